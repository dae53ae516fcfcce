package io.apigwsim.internal.pipeline;

import io.apigwsim.http.HttpResponse;
import java.util.Optional;

/**
 * One step of API Gateway's request processing. A stage either passes the request on to the next stage, leaving what
 * it learned in the {@link RequestScope}, or answers it.
 */
interface Stage {

    /**
     * Run this stage for one request.
     *
     * @return the response that ends the request here, or empty to pass the request on
     */
    Optional<HttpResponse> apply(RequestScope scope);
}

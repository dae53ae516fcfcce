package io.apigwsim.internal.pipeline;

import io.apigwsim.http.HttpResponse;
import java.util.Optional;

/** The authorizer that guards a route: it lets a request through, with its output in the context, or answers it. */
interface RouteAuthorizer {

    /** The authorizer's name. */
    String name();

    /**
     * Authorize one routed request.
     *
     * @return the gateway's answer when the request may not pass; empty when it may, its context updated
     */
    Optional<HttpResponse> authorize(RequestScope scope);
}

package io.apigwsim.internal.gatewayresponse;

import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.http.HttpResponse;
import java.util.Map;

/**
 * The catalogue of the responses one API produces itself, with their exact status, headers and bytes. A REST API's
 * catalogue holds its customizations; an HTTP API's answers are fixed.
 */
public interface GatewayResponses {

    /** API Gateway refuses request bodies above 10 MB (docs/behavior.md#limits). */
    int MAX_REQUEST_PAYLOAD_BYTES = 10_485_760;

    /**
     * A REST API's gateway responses.
     *
     * @param customizations the API's customized types; empty for AWS's defaults
     */
    static GatewayResponses restApi(Map<GatewayResponseType, GatewayResponse> customizations) {
        return customizations.isEmpty() ? RestGatewayResponses.DEFAULTS : new RestGatewayResponses(customizations);
    }

    /** An HTTP API's fixed error answers; HTTP APIs have no customizable gateway responses. */
    static GatewayResponses httpApi() {
        return HttpApiError.CATALOGUE;
    }

    /**
     * Render the response for a request that API Gateway answers itself.
     *
     * @param problem why the gateway answers, with its message
     * @param request what the response's ids, headers and templates may read of the request
     */
    HttpResponse render(Problem problem, RequestValues request);
}

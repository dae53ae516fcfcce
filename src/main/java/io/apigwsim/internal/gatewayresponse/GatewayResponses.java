package io.apigwsim.internal.gatewayresponse;

import io.apigwsim.http.HttpResponse;

/**
 * The catalogue of the responses one API produces itself, with their exact status, headers and bytes. A REST API
 * and an HTTP API each have their own; overrides of a REST API's gateway responses belong to its catalogue.
 */
public interface GatewayResponses {

    /** API Gateway refuses request bodies above 10 MB (docs/behavior.md#limits). */
    int MAX_REQUEST_PAYLOAD_BYTES = 10_485_760;

    /** A REST API's gateway responses, with AWS's defaults. */
    static GatewayResponses restApi() {
        return RestGatewayResponses.DEFAULTS;
    }

    /** An HTTP API's fixed error answers; HTTP APIs have no customizable gateway responses. */
    static GatewayResponses httpApi() {
        return HttpApiError.CATALOGUE;
    }

    /**
     * Render the response for a request that API Gateway answers itself.
     *
     * @param type why the gateway answers
     * @param stamp the ids and date the response carries
     */
    HttpResponse render(GatewayResponseType type, Stamp stamp);

    /**
     * What stamps a gateway response as belonging to one request.
     *
     * @param requestId the request id
     * @param extendedRequestId the extended request id
     * @param httpDate the Date header value
     */
    record Stamp(String requestId, String extendedRequestId, String httpDate) {}
}

package io.apigwsim.internal.pipeline;

import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.lambda.Invocation;

/**
 * How one route hands the request to Lambda and turns Lambda's answer into the method response; or, for a mock
 * integration, answers without Lambda.
 */
interface RouteIntegration {

    /** The integration request: the payload Lambda is invoked with, or the gateway's own answer. */
    IntegrationRequest request(RequestScope scope);

    /**
     * The integration response: the client response made from what Lambda answered.
     *
     * @param sent what {@link #request} decided
     * @param invocation a synchronous invocation that Lambda answered, or {@code null} after an asynchronous one
     */
    HttpResponse response(RequestScope scope, IntegrationRequest.Invoke sent, Invocation invocation);

    /** What the integration request decided: invoke the function, refuse, or answer without a function. */
    sealed interface IntegrationRequest {

        /**
         * Invoke the function.
         *
         * @param payload the event or rendered template
         * @param asynchronous whether the invocation type is {@code Event}
         * @param state what the response side needs from the request side, or {@code null}
         */
        record Invoke(byte[] payload, boolean asynchronous, Object state) implements IntegrationRequest {}

        /**
         * Answer without invoking the function.
         *
         * @param type the gateway response
         */
        record Refuse(GatewayError type) implements IntegrationRequest {}

        /**
         * Answer with the method response at once: a mock integration has no backend to invoke.
         *
         * @param response the client response
         */
        record Answer(HttpResponse response) implements IntegrationRequest {}
    }
}

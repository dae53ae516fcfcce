package io.apigwsim.internal.pipeline;

import io.apigwsim.http.Headers.Header;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.cors.CorsPolicy;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.integration.proxy.HttpApiEventWriter;
import io.apigwsim.internal.integration.proxy.HttpApiResponseReader;
import io.apigwsim.internal.integration.proxy.ProxyRequest;
import io.apigwsim.internal.integration.proxy.ProxyResult;
import io.apigwsim.internal.lambda.Invocation;
import java.util.ArrayList;
import java.util.List;

/** An HTTP API's Lambda proxy integration, payload format 2.0 or 1.0. */
final class HttpProxyIntegration implements RouteIntegration {

    private final boolean payloadV2;
    private final CorsPolicy cors;

    /**
     * @param payloadV2 whether the route sends payload format 2.0 rather than 1.0
     * @param cors the API's CORS configuration, or {@code null}
     */
    HttpProxyIntegration(boolean payloadV2, CorsPolicy cors) {
        this.payloadV2 = payloadV2;
        this.cors = cors;
    }

    /**
     * Whether the request's route sends payload format 2.0, the shape in which an authorizer's output reaches it
     * (docs/behavior.md#http-api-authorizer-events, #jwt-claims-in-events).
     */
    static boolean sendsPayloadV2(RequestScope scope) {
        return scope.route().prepared().integration() instanceof HttpProxyIntegration http && http.payloadV2;
    }

    @Override
    public IntegrationRequest request(RequestScope scope) {
        // An HTTP API decides itself which bodies are binary (docs/behavior.md#http-api-payload-20-event).
        ProxyRequest proxy = RestProxyIntegration.proxyRequest(scope, false);
        scope.log(payloadV2 ? "Payload format 2.0" : "Payload format 1.0");
        byte[] event = payloadV2 ? HttpApiEventWriter.writeV2(proxy) : HttpApiEventWriter.writeV1(proxy);
        return new IntegrationRequest.Invoke(event, false, null);
    }

    @Override
    public HttpResponse response(RequestScope scope, IntegrationRequest.Invoke sent, Invocation invocation) {
        if (invocation.outcome() == Invocation.Outcome.FUNCTION_ERROR) {
            scope.log("Lambda function error (X-Amz-Function-Error: Unhandled): " + invocation.errorDescription());
            return scope.gatewayResponse(GatewayError.INTEGRATION_FAILURE);
        }
        ProxyResult result = payloadV2
                ? HttpApiResponseReader.readV2(invocation.payload())
                : HttpApiResponseReader.readV1(invocation.payload());
        if (result instanceof ProxyResult.Malformed malformed) {
            scope.log("The function's response is not one API Gateway can map: " + malformed.reason());
            return scope.gatewayResponse(GatewayError.INTEGRATION_FAILURE);
        }
        ProxyResult.Response response = (ProxyResult.Response) result;
        List<Header> headers = response.headers();
        if (cors != null) {
            // The integration's CORS headers are ignored; the configured ones are added
            // (docs/behavior.md#http-api-cors).
            headers = new ArrayList<>(headers);
            headers.removeIf(header -> CorsPolicy.isCorsHeader(header.name()));
            headers.addAll(cors.responseHeaders(scope.request().headers()));
        }
        return MethodResponse.http(scope, response.status(), headers, response.body());
    }
}

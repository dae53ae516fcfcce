package io.apigwsim.internal.pipeline;

import io.apigwsim.definition.ApiType;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.content.BinaryMediaTypes;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.integration.proxy.ProxyRequest;
import io.apigwsim.internal.integration.proxy.ProxyResult;
import io.apigwsim.internal.integration.proxy.RestProxyEventWriter;
import io.apigwsim.internal.integration.proxy.RestProxyResponseReader;
import io.apigwsim.internal.lambda.Invocation;

/** A REST API's Lambda proxy integration: payload format 1.0 in, a proxy response out. */
final class RestProxyIntegration implements RouteIntegration {

    private final BinaryMediaTypes binaryMediaTypes;

    RestProxyIntegration(BinaryMediaTypes binaryMediaTypes) {
        this.binaryMediaTypes = binaryMediaTypes;
    }

    @Override
    public IntegrationRequest request(RequestScope scope) {
        boolean binaryBody = binaryMediaTypes.matchesContentType(
                scope.request().headers().first("Content-Type").orElse(null));
        byte[] event = RestProxyEventWriter.write(proxyRequest(scope, binaryBody));
        return new IntegrationRequest.Invoke(event, false, null);
    }

    /** What a proxy event is written from: the method request and its context. */
    static ProxyRequest proxyRequest(RequestScope scope, boolean binaryBody) {
        HttpRequest request = scope.request();
        MatchedRoute route = scope.route();
        return new ProxyRequest(
                scope.deployment().restEventPathPrefix()
                        + (scope.deployment().type() == ApiType.REST
                                ? route.path()
                                : scope.context().path()),
                request.headers(),
                request.rawQuery().orElse(null),
                route.pathParameters(),
                scope.deployment().stageVariables(),
                request.body(),
                binaryBody,
                scope.addedTraceHeader(),
                scope.context(),
                request.sourceIp());
    }

    @Override
    public HttpResponse response(RequestScope scope, IntegrationRequest.Invoke sent, Invocation invocation) {
        if (invocation.outcome() == Invocation.Outcome.FUNCTION_ERROR) {
            scope.log("Lambda execution failed with status 200 due to customer function error: "
                    + invocation.errorDescription());
            return scope.gatewayResponse(GatewayError.INTEGRATION_FAILURE);
        }
        ProxyResult result = RestProxyResponseReader.read(
                invocation.payload(), scope.request().headers().first("Accept").orElse(null), binaryMediaTypes);
        if (result instanceof ProxyResult.Malformed malformed) {
            scope.log("Execution failed due to configuration error: Malformed Lambda proxy response: "
                    + malformed.reason());
            return scope.gatewayResponse(GatewayError.INTEGRATION_FAILURE);
        }
        if (result instanceof ProxyResult.Undecodable undecodable) {
            scope.log("Execution failed due to configuration error: Unable to base64 decode the body: "
                    + undecodable.reason());
            return scope.gatewayResponse(GatewayError.API_CONFIGURATION_ERROR);
        }
        ProxyResult.Response response = (ProxyResult.Response) result;
        return MethodResponse.rest(scope, response.status(), response.headers(), response.body());
    }
}

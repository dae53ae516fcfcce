package io.apigwsim.internal.pipeline;

import io.apigwsim.http.Headers.Header;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.internal.request.RequestContext;

/** Writes the request context of a routed request, for a REST API and for an HTTP API. */
final class RequestContexts {

    private RequestContexts() {}

    /** A REST method's context (docs/behavior.md#rest-request-context). */
    static RequestContext rest(RequestScope scope) {
        HttpRequest request = scope.request();
        MatchedRoute route = scope.route();
        Deployment deployment = scope.deployment();
        return new RequestContext(
                deployment.accountId(),
                deployment.apiId(),
                deployment.domainName(),
                deployment.apiId(),
                deployment.deploymentId(),
                deployment.stage(),
                scope.requestId(),
                scope.extendedRequestId(),
                TimeFormats.REQUEST_TIME.format(scope.receivedAt()),
                scope.receivedAt().toEpochMilli(),
                request.method(),
                route.prepared().resourceId(),
                route.resourcePath(),
                null,
                "/" + deployment.stage() + request.path(),
                new RequestContext.Identity(request.sourceIp(), lastUserAgent(request)),
                null);
    }

    /** An HTTP API route's context (docs/behavior.md#http-api-payload-20-event). */
    static RequestContext http(RequestScope scope) {
        HttpRequest request = scope.request();
        MatchedRoute route = scope.route();
        Deployment deployment = scope.deployment();
        return new RequestContext(
                deployment.accountId(),
                deployment.apiId(),
                deployment.domainName(),
                deployment.apiId(),
                null,
                deployment.stage(),
                scope.requestId(),
                scope.extendedRequestId(),
                TimeFormats.REQUEST_TIME.format(scope.receivedAt()),
                scope.receivedAt().toEpochMilli(),
                request.method(),
                null,
                route.resourcePath(),
                route.prepared().definition().routeKey(),
                deployment.httpPathPrefix() + scope.decodedPath(),
                new RequestContext.Identity(
                        request.sourceIp(),
                        request.headers().first("User-Agent").orElse(null)),
                null);
    }

    // The REST event keeps the last User-Agent the client sent.
    private static String lastUserAgent(HttpRequest request) {
        String userAgent = null;
        for (Header header : request.headers().entries()) {
            if (header.name().equalsIgnoreCase("User-Agent")) {
                userAgent = header.value();
            }
        }
        return userAgent;
    }
}

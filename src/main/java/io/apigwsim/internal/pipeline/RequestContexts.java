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
        return of(
                scope,
                scope.route().prepared().resourceId(),
                null,
                scope.deployment().restContextPathPrefix() + request.path(),
                lastUserAgent(request));
    }

    /** An HTTP API route's context (docs/behavior.md#http-api-payload-20-event). */
    static RequestContext http(RequestScope scope) {
        return of(
                scope,
                null,
                scope.route().prepared().routeKey(),
                scope.deployment().httpPathPrefix() + scope.decodedPath(),
                scope.request().headers().first("User-Agent").orElse(null));
    }

    private static RequestContext of(
            RequestScope scope, String resourceId, String routeKey, String path, String userAgent) {
        Deployment deployment = scope.deployment();
        return new RequestContext(
                deployment.accountId(),
                deployment.apiId(),
                deployment.domainName(),
                deployment.domainPrefix(),
                deployment.deploymentId(),
                deployment.stage(),
                scope.requestId(),
                scope.extendedRequestId(),
                TimeFormats.REQUEST_TIME.format(scope.receivedAt()),
                scope.receivedAt().toEpochMilli(),
                scope.request().method(),
                resourceId,
                scope.route().resourcePath(),
                routeKey,
                path,
                new RequestContext.Identity(scope.clientRequest().sourceIp(), userAgent),
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

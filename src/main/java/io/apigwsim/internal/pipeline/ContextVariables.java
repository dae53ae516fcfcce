package io.apigwsim.internal.pipeline;

import io.apigwsim.internal.request.RequestContext;
import java.util.Map;

/**
 * The {@code $context} variables a gateway response's headers and templates read
 * (docs/behavior.md#gateway-response-customization), and Lambda authorizers' context identity sources. Before a
 * route matches, only what the stage knows is set.
 */
final class ContextVariables {

    private ContextVariables() {}

    /** The variable's value as text, or {@code null} when the request has none. */
    static String value(RequestScope scope, String variable) {
        RequestContext context = scope.context();
        if (context == null) {
            Deployment deployment = scope.deployment();
            return switch (variable) {
                case "requestId" -> scope.requestId();
                case "extendedRequestId" -> scope.extendedRequestId();
                case "stage" -> deployment.stage();
                case "apiId" -> deployment.apiId();
                case "domainPrefix" -> deployment.domainPrefix();
                case "accountId" -> deployment.accountId();
                case "domainName" -> deployment.domainName();
                case "httpMethod" -> scope.request().method();
                case "identity.sourceIp" -> scope.clientRequest().sourceIp();
                default -> null;
            };
        }
        if (variable.startsWith("identity.")) {
            return context.identity().restFields().get(variable.substring("identity.".length()));
        }
        if (variable.startsWith("authorizer.")) {
            // Nested outputs such as authorizer.claims.sub walk the maps of the authorizer's output.
            Object value = context.authorizer();
            for (String part : variable.substring("authorizer.".length()).split("\\.")) {
                value = value instanceof Map<?, ?> map ? map.get(part) : null;
            }
            return value == null || value instanceof Map<?, ?> ? null : value.toString();
        }
        if (variable.equals("routeKey")) {
            // An HTTP API's matched route key, which an authorizer can cache by
            // (docs/behavior.md#http-api-lambda-authorizers).
            return context.routeKey();
        }
        if (RequestContext.REST_KEYS.contains(variable) && !variable.equals("identity")) {
            Object value = context.restValue(variable);
            return value == null ? null : value.toString();
        }
        return null;
    }
}

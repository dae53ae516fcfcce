package io.apigwsim.internal.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The route a request was routed to: a REST API's (method, resource) pair or an HTTP API's route key.
 *
 * @param target what the caller attached to the route
 * @param resourcePath the resource path template as declared, such as {@code /pets/{id}}; {@code ""} for an HTTP API's
 *     {@code $default} route
 * @param method the declared method, which may be {@code ANY}; {@code $default} for an HTTP API's default route
 * @param pathParameters the path variable values, in the order of the template: as sent for a REST API, decoded for
 *     an HTTP API; unmodifiable, and empty when the route has no path variables
 * @param <T> the type of the attached target
 */
public record RouteMatch<T>(T target, String resourcePath, String method, Map<String, String> pathParameters) {

    private static final String DEFAULT_ROUTE_KEY = "$default";

    /** Check the parts and copy the path parameters, keeping their order. */
    public RouteMatch {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(resourcePath, "resourcePath");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathParameters, "pathParameters");
        if (pathParameters.isEmpty()) {
            pathParameters = Map.of();
        } else {
            Map<String, String> copy = new LinkedHashMap<>(pathParameters);
            copy.forEach((name, value) -> {
                Objects.requireNonNull(name, "path parameter name");
                Objects.requireNonNull(value, "path parameter value");
            });
            pathParameters = Collections.unmodifiableMap(copy);
        }
    }

    /** Return the route key: the method and resource path, such as {@code GET /pets/{id}}, or {@code $default}. */
    public String routeKey() {
        return method.equals(DEFAULT_ROUTE_KEY) ? DEFAULT_ROUTE_KEY : method + " " + resourcePath;
    }

    /** Return the route and its path parameters, such as {@code GET /pets/{id} {id=42}}. */
    @Override
    public String toString() {
        return pathParameters.isEmpty() ? routeKey() : routeKey() + " " + pathParameters;
    }
}

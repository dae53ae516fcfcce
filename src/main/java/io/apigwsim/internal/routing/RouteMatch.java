package io.apigwsim.internal.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The (method, resource) pair a request was routed to.
 *
 * @param target what the caller attached to the pair
 * @param resourcePath the resource path template as declared, such as {@code /pets/{id}}
 * @param method the declared method, which may be {@code ANY}
 * @param pathParameters the path variable values as sent (not decoded), in the order of the template; unmodifiable,
 *     and empty when the resource has no path variables
 * @param <T> the type of the attached target
 */
public record RouteMatch<T>(T target, String resourcePath, String method, Map<String, String> pathParameters) {

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

    /** Return the route and its path parameters, such as {@code GET /pets/{id} {id=42}}. */
    @Override
    public String toString() {
        return pathParameters.isEmpty()
                ? method + " " + resourcePath
                : method + " " + resourcePath + " " + pathParameters;
    }
}

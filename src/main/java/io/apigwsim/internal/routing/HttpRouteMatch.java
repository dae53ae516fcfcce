package io.apigwsim.internal.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The HTTP API route a request was routed to.
 *
 * @param target what the caller attached to the route
 * @param routeKey the route key as declared, such as {@code GET /pets/{id}} or {@code $default}
 * @param pathParameters the path variable values percent-decoded as UTF-8, in the order of the template; unmodifiable,
 *     and empty for a route without path variables and for {@code $default}
 * @param <T> the type of the attached target
 */
public record HttpRouteMatch<T>(T target, String routeKey, Map<String, String> pathParameters) {

    /** Check the parts and copy the path parameters, keeping their order. */
    public HttpRouteMatch {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(routeKey, "routeKey");
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

    /** Return the route key and its path parameters, such as {@code GET /pets/{id} {id=42}}. */
    @Override
    public String toString() {
        return pathParameters.isEmpty() ? routeKey : routeKey + " " + pathParameters;
    }
}

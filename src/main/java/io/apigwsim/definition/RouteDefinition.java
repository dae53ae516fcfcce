package io.apigwsim.definition;

import java.util.Objects;

/**
 * One method of one resource, with the integration that serves it.
 *
 * @param method an upper-case HTTP method such as {@code GET}, or {@code ANY}
 * @param path the resource path, such as {@code /pets/{id}} or {@code /{proxy+}}
 * @param integration the integration behind the method
 * @param origin where the route was declared, used in error messages, such as
 *     {@code @Route on class PetTests}
 * @param methodRequest who may call the method and what the request must carry
 * @since 0.1
 */
public record RouteDefinition(
        String method, String path, Integration integration, String origin, MethodRequest methodRequest) {

    /** The route key of an HTTP API's catch-all route; such a route has an empty path. */
    public static final String DEFAULT_ROUTE_KEY = "$default";

    /**
     * Check the route's parts; the path's syntax is checked when the gateway is built.
     *
     * @param method an upper-case HTTP method such as {@code GET}, or {@code ANY}
     * @param path the resource path
     * @param integration the integration behind the method
     * @param origin where the route was declared
     * @param methodRequest the method request settings
     */
    public RouteDefinition {
        Objects.requireNonNull(method, "method");
        if (method.equals(DEFAULT_ROUTE_KEY) != path.isEmpty()) {
            throw new IllegalArgumentException("The $default route has the method \"$default\" and an empty path");
        }
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(methodRequest, "methodRequest");
    }

    /**
     * Declare an open route, with no authorizer and nothing required of the request.
     *
     * @param method an upper-case HTTP method such as {@code GET}, or {@code ANY}
     * @param path the resource path
     * @param integration the integration behind the method
     * @param origin where the route was declared
     * @since 0.1
     */
    public RouteDefinition(String method, String path, Integration integration, String origin) {
        this(method, path, integration, origin, MethodRequest.NONE);
    }

    /**
     * Return this route with other method request settings.
     *
     * @param methodRequest the settings
     * @return a copy of this route
     * @since 0.2
     */
    public RouteDefinition withMethodRequest(MethodRequest methodRequest) {
        return new RouteDefinition(method, path, integration, origin, methodRequest);
    }

    /**
     * Read a route key such as {@code "GET /pets/{id}"} or {@code "$default"} into a route.
     *
     * @param routeKey the method, one space, and the resource path; or {@code $default}
     * @param integration the integration behind the method
     * @return the route
     * @throws ApiDefinitionException when the key is not a method, a space and a path
     * @since 0.1
     */
    public static RouteDefinition parse(String routeKey, Integration integration) {
        Objects.requireNonNull(routeKey, "routeKey");
        if (routeKey.equals(DEFAULT_ROUTE_KEY)) {
            return new RouteDefinition(DEFAULT_ROUTE_KEY, "", integration, "route \"$default\"");
        }
        int space = routeKey.indexOf(' ');
        if (space <= 0 || space != routeKey.lastIndexOf(' ') || space == routeKey.length() - 1) {
            throw new ApiDefinitionException("Route key \"" + routeKey
                    + "\" is not a method, one space and a resource path; write for example \"GET /pets/{id}\""
                    + " or \"ANY /{proxy+}\"");
        }
        return new RouteDefinition(
                routeKey.substring(0, space), routeKey.substring(space + 1), integration, "route \"" + routeKey + "\"");
    }

    /**
     * Return the route key: the method, a space and the path.
     *
     * @return the route key, such as {@code GET /pets/{id}}
     * @since 0.1
     */
    public String routeKey() {
        return isDefault() ? DEFAULT_ROUTE_KEY : method + " " + path;
    }

    /**
     * Describe where the route was declared, with its route key unless the origin already names it.
     *
     * @return such as {@code @Route on class PetTests (GET /pets)} or {@code route "GET /pets"}
     * @since 0.1
     */
    public String describe() {
        return origin.contains(routeKey()) ? origin : origin + " (" + routeKey() + ")";
    }

    /**
     * Tell whether this is an HTTP API's {@code $default} route.
     *
     * @return whether the route key is {@code $default}
     * @since 0.1
     */
    public boolean isDefault() {
        return method.equals(DEFAULT_ROUTE_KEY);
    }

    @Override
    public String toString() {
        return routeKey() + " -> " + integration;
    }
}

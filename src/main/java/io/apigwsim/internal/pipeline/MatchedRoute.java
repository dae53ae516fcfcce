package io.apigwsim.internal.pipeline;

import java.util.Map;

/**
 * The route a request matched.
 *
 * @param prepared the route
 * @param resourcePath the matched resource path template, such as {@code /pets/{id}}, or an HTTP API route's path
 *     ({@code $default} for the default route)
 * @param path the request path as routing read it: for a REST API with the slashes right after the stage collapsed
 * @param pathParameters the path variables of the request, in template order
 */
record MatchedRoute(PreparedRoute prepared, String resourcePath, String path, Map<String, String> pathParameters) {}

package io.apigwsim.internal.integration.proxy;

import io.apigwsim.http.Headers;
import java.util.Map;

/**
 * What an HTTP API knows about one request when it builds a proxy event (payload 2.0 or 1.0).
 *
 * @param httpMethod the request method
 * @param routeKey the matched route key, such as {@code GET /pets/{id}} or {@code $default}
 * @param routePath the matched route's path, or {@code $default}
 * @param rawPath the decoded path with a named stage's prefix, for {@code rawPath} and {@code http.path}
 * @param clientHeaders the headers the client sent
 * @param rawQuery the query string as sent, or {@code null} without {@code ?}
 * @param pathParameters the decoded path variables, empty when the route has none
 * @param stageVariables the stage variables, empty when the stage has none
 * @param body the body bytes, empty for none
 * @param context the request-context values
 */
public record HttpProxyRequest(
        String httpMethod,
        String routeKey,
        String routePath,
        String rawPath,
        Headers clientHeaders,
        String rawQuery,
        Map<String, String> pathParameters,
        Map<String, String> stageVariables,
        byte[] body,
        RestProxyRequest.RequestContextValues context) {}

package io.apigwsim.internal.integration.proxy;

import io.apigwsim.http.Headers;
import io.apigwsim.internal.request.RequestContext;
import java.util.Map;

/**
 * What a Lambda proxy event is written from, for a REST API (payload 1.0) and an HTTP API (payload 2.0 and 1.0).
 *
 * @param path the event's {@code path}: REST, the path after the stage (with a custom domain's base path); HTTP
 *     API payload 1.0, the context's path (with a custom domain's mapping key); unused by payload 2.0
 * @param clientHeaders the headers the client sent
 * @param rawQuery the query string as sent, or {@code null} without {@code ?}
 * @param pathParameters the path variables, empty for a route without variables
 * @param stageVariables the stage variables, empty when the stage has none
 * @param body the body bytes, empty for none
 * @param binaryBody REST: whether the body's Content-Type matches a binary media type; unused by HTTP APIs
 * @param traceHeader the {@code X-Amzn-Trace-Id} API Gateway adds when the client sent none
 * @param context the request context
 * @param connectingIp the address API Gateway received the request from, which it appends to
 *     {@code X-Forwarded-For}: the client's, or on an edge-optimized endpoint a CloudFront server's
 */
public record ProxyRequest(
        String path,
        Headers clientHeaders,
        String rawQuery,
        Map<String, String> pathParameters,
        Map<String, String> stageVariables,
        byte[] body,
        boolean binaryBody,
        String traceHeader,
        RequestContext context,
        String connectingIp) {}

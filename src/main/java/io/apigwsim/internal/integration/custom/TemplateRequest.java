package io.apigwsim.internal.integration.custom;

import io.apigwsim.http.Headers;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.internal.request.QueryString;
import io.apigwsim.internal.request.RequestContext;
import io.apigwsim.internal.request.RestEventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The method request as a custom integration's templates and parameter mappings see it.
 *
 * @param body the body text, {@code ""} for none
 * @param rawBody the body bytes, empty for none
 * @param contentType the request's Content-Type, or {@code null}
 * @param accept the request's Accept, or {@code null}
 * @param path path parameters
 * @param querystring decoded query parameters, every value in order
 * @param headers the headers templates can see, every value in order
 * @param context the {@code $context} tree
 * @param stageVariables the stage variables
 */
public record TemplateRequest(
        String body,
        byte[] rawBody,
        String contentType,
        String accept,
        Map<String, String> path,
        Map<String, List<String>> querystring,
        Map<String, List<String>> headers,
        Map<String, Object> context,
        Map<String, String> stageVariables) {

    /**
     * The method request of one call, as templates see it: the headers API Gateway forwards
     * (docs/behavior.md#headers-visible-to-templates), the decoded query string, and {@code $context} written from
     * the request context.
     *
     * @param clientHeaders the headers the client sent
     * @param body the body bytes
     * @param rawQuery the query string as sent, or {@code null}
     * @param pathParameters the path variables
     * @param stageVariables the stage variables
     * @param addedTraceHeader the X-Amzn-Trace-Id API Gateway adds when the client sent none
     * @param context the request context
     * @param connectingIp the address API Gateway received the request from, appended to {@code X-Forwarded-For}
     */
    public static TemplateRequest of(
            Headers clientHeaders,
            byte[] body,
            String rawQuery,
            Map<String, String> pathParameters,
            Map<String, String> stageVariables,
            String addedTraceHeader,
            RequestContext context,
            String connectingIp) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header :
                RestEventHeaders.forEvent(clientHeaders, context.domainName(), addedTraceHeader, connectingIp)) {
            headers.computeIfAbsent(header.name(), name -> new ArrayList<>(1)).add(header.value());
        }
        return new TemplateRequest(
                new String(body, StandardCharsets.UTF_8),
                body,
                clientHeaders.first("Content-Type").orElse(null),
                clientHeaders.first("Accept").orElse(null),
                pathParameters,
                QueryString.parse(rawQuery),
                headers,
                TemplateContext.of(context),
                stageVariables);
    }
}

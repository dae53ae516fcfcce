package io.apigwsim.internal.integration.proxy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.internal.content.MediaType;
import io.apigwsim.internal.request.QueryString;
import io.apigwsim.internal.request.RequestContext;
import io.apigwsim.internal.request.RestEventHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the HTTP API Lambda proxy events: payload format 2.0 (docs/behavior.md#http-api-payload-20-event)
 * and the HTTP API's payload format 1.0 (docs/behavior.md#http-api-payload-10), key by key, leaving out the
 * keys AWS leaves out; and the events of HTTP API Lambda authorizers in both formats
 * (docs/behavior.md#http-api-authorizer-events).
 */
public final class HttpApiEventWriter {

    // The headers REST drops or sets itself are dropped here too (docs/behavior.md#rest-event-headers);
    // content-length is recomputed (docs/behavior.md#http-api-payload-20-event).

    // HTTP APIs pass only these content types as text; everything else, including no Content-Type,
    // arrives base64-encoded (docs/behavior.md#http-api-request-bodies).
    private static final Set<String> TEXT_TYPES =
            Set.of("application/json", "application/xml", "application/javascript");

    private HttpApiEventWriter() {}

    /** Whether an HTTP API base64-encodes a request body with this Content-Type (null for none). */
    public static boolean isBinary(String contentType) {
        if (contentType == null) {
            return true;
        }
        String essence = MediaType.essence(contentType);
        return !(essence.startsWith("text/") || TEXT_TYPES.contains(essence));
    }

    /** Payload format 2.0. */
    public static byte[] writeV2(ProxyRequest request) {
        V2Request parts = V2Request.of(request);
        boolean binary = isBinary(first(parts.headers(), "content-type"));
        return EventJson.object(request.body().length, json -> {
            json.writeStringField("version", "2.0");
            parts.write(json);
            writeMapIfAny(json, "pathParameters", request.pathParameters());
            writeMapIfAny(json, "stageVariables", request.stageVariables());
            writeRequestContextV2(json, request.context());
            writeBody(json, request.body(), binary, false);
        });
    }

    /**
     * The event of an HTTP API Lambda authorizer with payload format 2.0 (docs/behavior.md#http-api-authorizer-events):
     * {@code version}, {@code type}, {@code routeArn} and {@code identitySource}, then the request as the 2.0 proxy
     * event writes it, without a body; {@code cookies}, {@code queryStringParameters}, {@code pathParameters} and
     * {@code stageVariables} only when the request has them.
     *
     * @param routeArn the route ARN the authorizer's policy is evaluated against
     * @param identitySource the identity source values in declaration order, or {@code null} for an authorizer without
     *     identity sources, which API Gateway sends as JSON null
     */
    public static byte[] writeAuthorizerV2(ProxyRequest request, String routeArn, List<String> identitySource) {
        V2Request parts = V2Request.of(request);
        return EventJson.object(0, json -> {
            json.writeStringField("version", "2.0");
            json.writeStringField("type", "REQUEST");
            json.writeStringField("routeArn", routeArn);
            if (identitySource == null) {
                json.writeNullField("identitySource");
            } else {
                json.writeArrayFieldStart("identitySource");
                for (String value : identitySource) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
            parts.write(json);
            // After requestContext, in the guide's order [UNCERTAIN]
            // (docs/behavior.md#uncertain-http-api-lambda-authorizers).
            writeRequestContextV2(json, request.context());
            writeMapIfAny(json, "pathParameters", request.pathParameters());
            writeMapIfAny(json, "stageVariables", request.stageVariables());
        });
    }

    /** What payload 2.0 events write of the request: headers grouped and lower-cased, the cookies taken out. */
    private record V2Request(ProxyRequest request, Map<String, List<String>> headers, List<String> cookies) {

        static V2Request of(ProxyRequest request) {
            Map<String, List<String>> grouped = EventJson.group(eventHeaders(request, request.context()));
            List<String> cookies = cookiePairs(grouped.remove("cookie"));
            return new V2Request(request, grouped, cookies);
        }

        // routeKey, rawPath, rawQueryString, cookies, headers and queryStringParameters.
        void write(JsonGenerator json) throws IOException {
            RequestContext context = request.context();
            json.writeStringField("routeKey", context.routeKey());
            json.writeStringField("rawPath", context.path());
            // rawQueryString is present, "" when there is none (docs/behavior.md#http-api-payload-20-event).
            json.writeStringField("rawQueryString", request.rawQuery() == null ? "" : request.rawQuery());
            if (!cookies.isEmpty()) {
                json.writeArrayFieldStart("cookies");
                for (String cookie : cookies) {
                    json.writeString(cookie);
                }
                json.writeEndArray();
            }
            // Repeated headers and query parameters are joined with "," and no space
            // (docs/behavior.md#http-api-payload-20-event).
            json.writeObjectFieldStart("headers");
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                json.writeStringField(header.getKey(), joined(header.getValue()));
            }
            json.writeEndObject();
            Map<String, List<String>> query = QueryString.parse(request.rawQuery());
            if (!query.isEmpty()) {
                json.writeObjectFieldStart("queryStringParameters");
                for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
                    json.writeStringField(parameter.getKey(), joined(parameter.getValue()));
                }
                json.writeEndObject();
            }
        }
    }

    private static void writeRequestContextV2(JsonGenerator json, RequestContext context) throws IOException {
        json.writeObjectFieldStart("requestContext");
        json.writeStringField("accountId", context.accountId());
        json.writeStringField("apiId", context.apiId());
        if (context.authorizer() != null) {
            // After apiId; absent for a route without authorizer (docs/behavior.md#jwt-claims-in-events,
            // #http-api-authorizer-events).
            json.writeFieldName("authorizer");
            EventJson.writeValue(json, context.authorizer());
        }
        json.writeStringField("domainName", context.domainName());
        json.writeStringField("domainPrefix", context.domainPrefix());
        json.writeObjectFieldStart("http");
        json.writeStringField("method", context.httpMethod());
        json.writeStringField("path", context.path());
        json.writeStringField("protocol", RequestContext.PROTOCOL);
        json.writeStringField("sourceIp", context.identity().sourceIp());
        String userAgent = context.identity().userAgent();
        json.writeStringField("userAgent", userAgent == null ? "" : userAgent);
        json.writeEndObject();
        json.writeStringField("requestId", context.requestId());
        json.writeStringField("routeKey", context.routeKey());
        json.writeStringField("stage", context.stage());
        json.writeStringField("time", context.requestTime());
        json.writeNumberField("timeEpoch", context.requestTimeEpoch());
        json.writeEndObject();
    }

    /**
     * Payload format 1.0 as HTTP APIs send it: the REST structure plus {@code "version": "1.0"},
     * lower-case header names, the Cookie header kept as a header, {@code path} with a named stage's
     * prefix, and the requestContext of the documented example (docs/behavior.md#http-api-payload-10),
     * whose key set is [UNCERTAIN] (docs/behavior.md#uncertain-http-api-events).
     */
    public static byte[] writeV1(ProxyRequest request) {
        RequestContext context = request.context();
        Map<String, List<String>> grouped = EventJson.group(eventHeaders(request, context));
        boolean binary = isBinary(first(grouped, "content-type"));
        return EventJson.object(request.body().length, json -> {
            json.writeStringField("version", "1.0");
            writeRequestLineV1(json, request);
            // The documented 1.0 example: headers carry the last value, multiValueHeaders every value, and a
            // repeated query parameter its first value (docs/behavior.md#uncertain-http-api-events).
            EventJson.writeHeaders(json, grouped);
            EventJson.writeQuery(json, QueryString.parse(request.rawQuery()), true);
            EventJson.writeMapOrNull(json, "pathParameters", request.pathParameters());
            EventJson.writeMapOrNull(json, "stageVariables", request.stageVariables());
            writeRequestContextV1(json, context, true);
            writeBody(json, request.body(), binary, true);
        });
    }

    /**
     * The event of an HTTP API Lambda authorizer with payload format 1.0 (docs/behavior.md#http-api-authorizer-events):
     * the REST {@code REQUEST} authorizer event with {@code version}, and {@code identitySource} and
     * {@code authorizationToken} both the identity values joined with commas; its request part is written as the
     * HTTP API's payload 1.0 event writes it, with empty objects for absent parameters and without body or
     * {@code requestContext.authorizer} [UNCERTAIN] (docs/behavior.md#uncertain-http-api-lambda-authorizers).
     *
     * @param methodArn the method ARN the authorizer's policy is evaluated against
     * @param identitySource the identity values joined with {@code ","}, or {@code null} for an authorizer without
     *     identity sources
     */
    public static byte[] writeAuthorizerV1(ProxyRequest request, String methodArn, String identitySource) {
        RequestContext context = request.context();
        Map<String, List<String>> grouped = EventJson.group(eventHeaders(request, context));
        return EventJson.object(0, json -> {
            json.writeStringField("version", "1.0");
            json.writeStringField("type", "REQUEST");
            json.writeStringField("methodArn", methodArn);
            json.writeFieldName("identitySource");
            EventJson.writeValue(json, identitySource);
            json.writeFieldName("authorizationToken");
            EventJson.writeValue(json, identitySource);
            writeRequestLineV1(json, request);
            EventJson.writeHeaders(json, grouped);
            EventJson.writeQueryOrEmpty(json, QueryString.parse(request.rawQuery()), true);
            EventJson.writeMap(json, "pathParameters", request.pathParameters());
            EventJson.writeMap(json, "stageVariables", request.stageVariables());
            writeRequestContextV1(json, context, false);
        });
    }

    // The 1.0 path is the request path with a custom domain's mapping key, which rawPath lacks
    // (docs/behavior.md#custom-domains).
    private static void writeRequestLineV1(JsonGenerator json, ProxyRequest request) throws IOException {
        RequestContext context = request.context();
        json.writeStringField("resource", context.resourcePath());
        json.writeStringField("path", request.path());
        json.writeStringField("httpMethod", context.httpMethod());
    }

    private static void writeRequestContextV1(JsonGenerator json, RequestContext context, boolean withAuthorizer)
            throws IOException {
        String userAgent = context.identity().userAgent();
        json.writeObjectFieldStart("requestContext");
        json.writeStringField("accountId", context.accountId());
        json.writeStringField("apiId", context.apiId());
        if (withAuthorizer) {
            json.writeFieldName("authorizer");
            // The authorizer's output in the 1.0 shape its stage wrote; {"claims": null, "scopes": null} for a route
            // without authorizer (docs/behavior.md#http-api-payload-10).
            if (context.authorizer() == null) {
                json.writeStartObject();
                json.writeNullField("claims");
                json.writeNullField("scopes");
                json.writeEndObject();
            } else {
                EventJson.writeValue(json, context.authorizer());
            }
        }
        json.writeStringField("domainName", context.domainName());
        json.writeStringField("domainPrefix", context.domainPrefix());
        json.writeStringField("extendedRequestId", context.extendedRequestId());
        json.writeStringField("httpMethod", context.httpMethod());
        json.writeObjectFieldStart("identity");
        for (String key : List.of(
                "accessKey",
                "accountId",
                "caller",
                "cognitoAuthenticationProvider",
                "cognitoAuthenticationType",
                "cognitoIdentityId",
                "cognitoIdentityPoolId",
                "principalOrgId")) {
            json.writeNullField(key);
        }
        json.writeStringField("sourceIp", context.identity().sourceIp());
        json.writeNullField("user");
        if (userAgent == null) {
            json.writeNullField("userAgent");
        } else {
            json.writeStringField("userAgent", userAgent);
        }
        json.writeNullField("userArn");
        json.writeEndObject();
        json.writeStringField("path", context.path());
        json.writeStringField("protocol", RequestContext.PROTOCOL);
        json.writeStringField("requestId", context.requestId());
        json.writeStringField("requestTime", context.requestTime());
        json.writeNumberField("requestTimeEpoch", context.requestTimeEpoch());
        json.writeNullField("resourceId");
        json.writeStringField("resourcePath", context.resourcePath());
        json.writeStringField("stage", context.stage());
        json.writeEndObject();
    }

    // Names lower-cased; API Gateway adds host, trace id, forwarding headers and content-length
    // (docs/behavior.md#http-api-payload-20-event).
    private static List<Header> eventHeaders(ProxyRequest request, RequestContext context) {
        List<Header> headers = new ArrayList<>();
        String forwardedFor = null;
        String trace = null;
        for (Header header : request.clientHeaders().entries()) {
            String name = header.name().toLowerCase(Locale.ROOT);
            if (RestEventHeaders.isReplacedOrDropped(name)) {
                continue;
            }
            if (name.equals("x-forwarded-for")) {
                forwardedFor = forwardedFor == null ? header.value() : forwardedFor + ", " + header.value();
            } else if (name.equals("x-amzn-trace-id")) {
                trace = header.value();
            } else {
                headers.add(new Header(name, header.value()));
            }
        }
        headers.add(new Header("content-length", Integer.toString(request.body().length)));
        headers.add(new Header("host", context.domainName()));
        headers.add(new Header("x-amzn-trace-id", trace == null ? request.traceHeader() : trace));
        headers.add(new Header(
                "x-forwarded-for",
                forwardedFor == null
                        ? context.identity().sourceIp()
                        : forwardedFor + ", " + context.identity().sourceIp()));
        headers.add(new Header("x-forwarded-port", "443"));
        headers.add(new Header("x-forwarded-proto", "https"));
        return headers;
    }

    // Repeated values are joined with "," and no space (docs/behavior.md#http-api-payload-20-event).
    private static String joined(List<String> values) {
        return values.size() == 1 ? values.get(0) : String.join(",", values);
    }

    private static String first(Map<String, List<String>> grouped, String name) {
        List<String> values = grouped.get(name);
        return values == null ? null : values.get(0);
    }

    // Every Cookie header's pairs, split on "; ", one element each (docs/behavior.md#http-api-payload-20-event).
    private static List<String> cookiePairs(List<String> cookieHeaders) {
        List<String> cookies = new ArrayList<>();
        if (cookieHeaders != null) {
            for (String header : cookieHeaders) {
                for (String pair : header.split(";")) {
                    String trimmed = pair.trim();
                    if (!trimmed.isEmpty()) {
                        cookies.add(trimmed);
                    }
                }
            }
        }
        return cookies;
    }

    private static void writeMapIfAny(JsonGenerator json, String field, Map<String, String> map) throws IOException {
        if (!map.isEmpty()) {
            EventJson.writeMap(json, field, map);
        }
    }

    // 2.0 leaves body out without one; 1.0 sends null as REST does.
    private static void writeBody(JsonGenerator json, byte[] body, boolean binary, boolean nullWhenEmpty)
            throws IOException {
        if (body.length == 0) {
            if (nullWhenEmpty) {
                json.writeNullField("body");
            }
            json.writeBooleanField("isBase64Encoded", false);
            return;
        }
        json.writeStringField(
                "body", binary ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
        json.writeBooleanField("isBase64Encoded", binary);
    }
}

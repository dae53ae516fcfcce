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
 * keys AWS leaves out.
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
        RequestContext context = request.context();
        List<Header> headers = eventHeaders(request, context);
        Map<String, List<String>> grouped = EventJson.group(headers);
        List<String> cookies = cookies(grouped.remove("cookie"));
        boolean binary = isBinary(first(grouped, "content-type"));
        return EventJson.object(request.body().length, json -> {
            json.writeStringField("version", "2.0");
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
            for (Map.Entry<String, List<String>> header : grouped.entrySet()) {
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
            writeMapIfAny(json, "pathParameters", request.pathParameters());
            writeMapIfAny(json, "stageVariables", request.stageVariables());
            json.writeObjectFieldStart("requestContext");
            json.writeStringField("accountId", context.accountId());
            json.writeStringField("apiId", context.apiId());
            if (context.authorizer() != null) {
                // After apiId; absent for a route without authorizer (docs/behavior.md#jwt-claims-in-events).
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
            writeBody(json, request.body(), binary, false);
        });
    }

    /**
     * Payload format 1.0 as HTTP APIs send it: the REST structure plus {@code "version": "1.0"},
     * lower-case header names, the Cookie header kept as a header, {@code path} with a named stage's
     * prefix, and the requestContext of the documented example (docs/behavior.md#http-api-payload-10),
     * whose key set is [UNCERTAIN] (docs/behavior.md#uncertain-http-api-events).
     */
    public static byte[] writeV1(ProxyRequest request) {
        RequestContext context = request.context();
        List<Header> headers = eventHeaders(request, context);
        Map<String, List<String>> grouped = EventJson.group(headers);
        boolean binary = isBinary(first(grouped, "content-type"));
        String userAgent = context.identity().userAgent();
        return EventJson.object(request.body().length, json -> {
            json.writeStringField("version", "1.0");
            json.writeStringField("resource", context.resourcePath());
            json.writeStringField("path", context.path());
            json.writeStringField("httpMethod", context.httpMethod());
            // The documented 1.0 example: headers carry the last value, multiValueHeaders every value, and a
            // repeated query parameter its first value (docs/behavior.md#uncertain-http-api-events).
            EventJson.writeHeaders(json, grouped);
            EventJson.writeQuery(json, QueryString.parse(request.rawQuery()), true);
            EventJson.writeMapOrNull(json, "pathParameters", request.pathParameters());
            EventJson.writeMapOrNull(json, "stageVariables", request.stageVariables());
            json.writeObjectFieldStart("requestContext");
            json.writeStringField("accountId", context.accountId());
            json.writeStringField("apiId", context.apiId());
            // A JWT authorizer's claims and scopes, REST-style; null for a route without authorizer
            // [UNCERTAIN] (docs/behavior.md#uncertain-jwt-and-cognito).
            Object jwt =
                    context.authorizer() == null ? null : context.authorizer().get("jwt");
            Map<?, ?> jwtValues = jwt instanceof Map<?, ?> map ? map : Map.of();
            json.writeObjectFieldStart("authorizer");
            json.writeFieldName("claims");
            EventJson.writeValue(json, jwtValues.get("claims"));
            json.writeFieldName("scopes");
            EventJson.writeValue(json, jwtValues.get("scopes"));
            json.writeEndObject();
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
            writeBody(json, request.body(), binary, true);
        });
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
    private static List<String> cookies(List<String> cookieHeaders) {
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

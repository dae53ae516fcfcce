package io.apigwsim.internal.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.http.Headers;
import io.apigwsim.internal.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Lambda proxy event captured from a real API Gateway (a CloudWatch log line, a console test event, a file of
 * {@code aws-lambda-java-tests}), and the client request it was made from, rebuilt: method, target after the stage,
 * the headers the client sent, body and source IP.
 *
 * @param format which payload the capture is
 * @param tree the captured event
 * @param method the request method
 * @param target the path after the stage, with the raw query string
 * @param headers the header lines the client sent
 * @param body the body bytes
 * @param sourceIp the client's address
 */
public record CapturedEvent(
        Format format, JsonNode tree, String method, String target, Headers headers, byte[] body, String sourceIp) {

    /** The payloads a capture can be. */
    public enum Format {
        /** A REST API's Lambda proxy event (payload 1.0, no {@code version} key). */
        REST_1_0("REST API payload 1.0"),
        /** An HTTP API's payload 1.0 event ({@code "version": "1.0"}). */
        HTTP_1_0("HTTP API payload 1.0"),
        /** An HTTP API's payload 2.0 event. */
        HTTP_2_0("HTTP API payload 2.0");

        private final String description;

        Format(String description) {
            this.description = description;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    // Headers API Gateway adds or replaces, and those CloudFront adds in front of an edge-optimized API: the client
    // did not send them, so the rebuilt request leaves them out (docs/behavior.md#replaying-captured-events).
    private static final Set<String> ADDED_BY_AWS = Set.of(
            "host",
            "x-amzn-trace-id",
            "x-forwarded-for",
            "x-forwarded-port",
            "x-forwarded-proto",
            "content-length",
            "x-amz-cf-id");

    /**
     * Read a captured event.
     *
     * @param json the event as JSON text
     * @return the capture and its rebuilt request
     * @throws IllegalArgumentException naming what is missing when the text is not an API Gateway proxy event
     */
    public static CapturedEvent parse(String json) {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The captured event is not JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("The captured event is not a JSON object; paste the whole event the"
                    + " function received, from its opening { to its closing }");
        }
        JsonNode context = tree.path("requestContext");
        if (!context.isObject()) {
            throw new IllegalArgumentException("The captured event has no requestContext object, so it is not an API"
                    + " Gateway proxy event; a REST API event has httpMethod, path and requestContext, an HTTP API"
                    + " payload 2.0 event has version \"2.0\", rawPath and requestContext.http");
        }
        if ("2.0".equals(tree.path("version").asText())) {
            return http20(tree, context);
        }
        Format format = "1.0".equals(tree.path("version").asText()) ? Format.HTTP_1_0 : Format.REST_1_0;
        return payload10(tree, context, format);
    }

    private static CapturedEvent payload10(JsonNode tree, JsonNode context, Format format) {
        String method = required(tree, "httpMethod", format);
        String path = required(tree, "path", format);
        if (format == Format.HTTP_1_0) {
            // An HTTP API's 1.0 path keeps a named stage's segment and is decoded, as rawPath is
            // (docs/behavior.md#http-api-stages, #http-api-paths).
            path = encodePath(withoutStage(path, context.path("stage").asText("$default")));
        }
        StringBuilder query = new StringBuilder();
        JsonNode multiQuery = tree.path("multiValueQueryStringParameters");
        JsonNode singleQuery = tree.path("queryStringParameters");
        forEachValue(
                multiQuery.isObject() ? multiQuery : singleQuery,
                (name, value) -> query.append(query.length() == 0 ? "?" : "&")
                        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        Headers.Builder headers = Headers.builder();
        JsonNode multiHeaders = tree.path("multiValueHeaders");
        forEachValue(multiHeaders.isObject() ? multiHeaders : tree.path("headers"), (name, value) -> {
            if (sentByClient(name, value)) {
                headers.add(name, value);
            }
        });
        String sourceIp = context.path("identity").path("sourceIp").asText("");
        return new CapturedEvent(
                format, tree, method, path + query, headers.build(), body(tree), sourceIpOrDefault(sourceIp));
    }

    private static CapturedEvent http20(JsonNode tree, JsonNode context) {
        JsonNode http = context.path("http");
        if (!http.path("method").isTextual()) {
            throw new IllegalArgumentException(
                    "The captured event has version \"2.0\" but no requestContext.http.method;"
                            + " an HTTP API payload 2.0 event has requestContext.http with method, path and sourceIp");
        }
        String rawPath = required(tree, "rawPath", Format.HTTP_2_0);
        String path = encodePath(withoutStage(rawPath, context.path("stage").asText("$default")));
        String rawQuery = tree.path("rawQueryString").asText("");
        Headers.Builder headers = Headers.builder();
        forEachValue(tree.path("headers"), (name, value) -> {
            if (sentByClient(name, value)) {
                headers.add(name, value);
            }
        });
        // The event moves the Cookie header into cookies (docs/behavior.md#http-api-payload-20-event).
        List<String> cookies = Json.mapper()
                .convertValue(
                        tree.path("cookies"),
                        Json.mapper().getTypeFactory().constructCollectionType(List.class, String.class));
        if (cookies != null && !cookies.isEmpty()) {
            headers.add("cookie", String.join("; ", cookies));
        }
        return new CapturedEvent(
                Format.HTTP_2_0,
                tree,
                http.path("method").asText(),
                path + (rawQuery.isEmpty() ? "" : "?" + rawQuery),
                headers.build(),
                body(tree),
                sourceIpOrDefault(http.path("sourceIp").asText("")));
    }

    private static String required(JsonNode tree, String key, Format format) {
        JsonNode value = tree.path(key);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("The captured event reads as " + format + " but has no " + key
                    + (value.isMissingNode() ? "" : " string (it holds " + value + ")")
                    + "; a REST API event has httpMethod and path, an HTTP API payload 2.0 event has version"
                    + " \"2.0\", rawPath and requestContext.http.method");
        }
        return value.asText();
    }

    private static boolean sentByClient(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("cloudfront-")) {
            return false;
        }
        if (lower.equals("via")) {
            return !value.endsWith("(CloudFront)");
        }
        return !ADDED_BY_AWS.contains(lower);
    }

    private interface ValueConsumer {
        void accept(String name, String value);
    }

    // An object of strings or of string arrays, in its order; nulls are skipped.
    private static void forEachValue(JsonNode object, ValueConsumer consumer) {
        if (!object.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (field.getValue().isArray()) {
                for (JsonNode value : field.getValue()) {
                    if (!value.isNull()) {
                        consumer.accept(field.getKey(), value.asText());
                    }
                }
            } else if (!field.getValue().isNull()) {
                consumer.accept(field.getKey(), field.getValue().asText());
            }
        }
    }

    private static byte[] body(JsonNode tree) {
        JsonNode body = tree.path("body");
        if (!body.isTextual()) {
            return new byte[0];
        }
        if (tree.path("isBase64Encoded").asBoolean(false)) {
            try {
                return Base64.getDecoder().decode(body.asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The captured event has isBase64Encoded true but its body is not"
                        + " base64 (" + e.getMessage() + "); set isBase64Encoded to false if the body is text");
            }
        }
        return body.asText().getBytes(StandardCharsets.UTF_8);
    }

    private static String withoutStage(String path, String stage) {
        if (stage.equals("$default")) {
            return path;
        }
        String prefix = "/" + stage;
        if (path.equals(prefix)) {
            return "/";
        }
        return path.startsWith(prefix + "/") ? path.substring(prefix.length()) : path;
    }

    // rawPath is decoded (docs/behavior.md#http-api-paths): escape again what a client cannot send as it is.
    private static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && "%?#\"<>\\^`{|}".indexOf(c) < 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return encoded.toString();
    }

    private static String sourceIpOrDefault(String sourceIp) {
        return sourceIp.isEmpty() ? io.apigwsim.http.HttpRequest.DEFAULT_SOURCE_IP : sourceIp;
    }

    /** Return the captured stage, {@code $default} when the capture names none. */
    public String stage() {
        return tree.path("requestContext").path("stage").asText("$default");
    }

    /** Return the captured event as compact JSON text. */
    public String json() {
        return new String(Json.write(tree), StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CapturedEvent that && tree.equals(that.tree);
    }

    @Override
    public int hashCode() {
        return tree.hashCode();
    }

    @Override
    public String toString() {
        return format + " " + method + " " + target;
    }
}

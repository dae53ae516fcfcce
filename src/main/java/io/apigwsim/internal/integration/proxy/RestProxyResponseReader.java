package io.apigwsim.internal.integration.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.internal.content.BinaryMediaTypes;
import io.apigwsim.internal.content.RemappedHeaders;
import io.apigwsim.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a REST API Lambda proxy response the way API Gateway does (docs/behavior.md#rest-proxy-responses). */
public final class RestProxyResponseReader {

    private static final Set<String> ALLOWED_KEYS =
            Set.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded", "base64Encoded");

    private RestProxyResponseReader() {}

    public static ProxyResult read(byte[] payload, String accept, BinaryMediaTypes binaryMediaTypes) {
        Optional<JsonNode> parsed = Json.tryRead(payload);
        if (parsed.isEmpty() || !parsed.get().isObject()) {
            return new ProxyResult.Malformed(
                    parsed.isEmpty()
                            ? "the function's result is not JSON"
                            : "the function's result is a JSON " + kind(parsed.get()) + ", not an object");
        }
        JsonNode response = parsed.get();
        for (Map.Entry<String, JsonNode> key : response.properties()) {
            String name = key.getKey();
            if (!ALLOWED_KEYS.contains(name)) {
                return new ProxyResult.Malformed("the function's result has the key \"" + name
                        + "\"; a proxy response may only hold statusCode, headers, multiValueHeaders, body and"
                        + " isBase64Encoded");
            }
        }
        int status;
        JsonNode statusCode = response.path("statusCode");
        if (statusCode.isMissingNode() || statusCode.isNull()) {
            status = 200;
        } else if (statusCode.isIntegralNumber() && statusCode.canConvertToInt()) {
            status = statusCode.intValue();
        } else if (statusCode.isTextual() && statusCode.textValue().matches("[0-9]{1,9}")) {
            status = Integer.parseInt(statusCode.textValue());
        } else {
            return new ProxyResult.Malformed("statusCode is " + statusCode + ", not a number");
        }
        List<Header> headers = new ArrayList<>();
        JsonNode multiValueHeaders = response.path("multiValueHeaders");
        if (!multiValueHeaders.isMissingNode() && !multiValueHeaders.isNull()) {
            if (!multiValueHeaders.isObject()) {
                return new ProxyResult.Malformed("multiValueHeaders is not an object");
            }
            for (Map.Entry<String, JsonNode> field : multiValueHeaders.properties()) {
                if (field.getValue().isNull()) {
                    continue;
                }
                if (!field.getValue().isArray()) {
                    return new ProxyResult.Malformed(
                            "multiValueHeaders." + field.getKey() + " is " + field.getValue() + ", not an array");
                }
                for (JsonNode value : field.getValue()) {
                    Optional<String> text = headerValue(value);
                    if (text.isEmpty() && !value.isNull()) {
                        return new ProxyResult.Malformed(
                                "multiValueHeaders." + field.getKey() + " holds " + value + ", not a string");
                    }
                    text.ifPresent(t -> headers.add(new Header(field.getKey(), t)));
                }
            }
        }
        JsonNode singleHeaders = response.path("headers");
        if (!singleHeaders.isMissingNode() && !singleHeaders.isNull()) {
            if (!singleHeaders.isObject()) {
                return new ProxyResult.Malformed("headers is not an object");
            }
            for (Map.Entry<String, JsonNode> field : singleHeaders.properties()) {
                Optional<String> text = headerValue(field.getValue());
                if (text.isEmpty() && !field.getValue().isNull()) {
                    return new ProxyResult.Malformed(
                            "headers." + field.getKey() + " is " + field.getValue() + ", not a string");
                }
                text.ifPresent(t -> merge(headers, field.getKey(), t));
            }
        }
        JsonNode body = response.path("body");
        if (!body.isMissingNode() && !body.isNull() && !body.isTextual()) {
            return new ProxyResult.Malformed("body is a JSON " + kind(body) + ", not a string");
        }
        String bodyText = body.isTextual() ? body.textValue() : "";
        JsonNode base64 =
                response.has("isBase64Encoded") ? response.get("isBase64Encoded") : response.path("base64Encoded");
        if (!base64.isMissingNode() && !base64.isNull() && !base64.isBoolean()) {
            return new ProxyResult.Malformed("isBase64Encoded is " + base64 + ", not a boolean");
        }
        byte[] bytes;
        // A base64 body is decoded only when the first Accept type matches a binary media type
        // (docs/behavior.md#rest-binary-responses).
        if (base64.asBoolean(false) && binaryMediaTypes.matchesAccept(accept)) {
            if (!isBase64(bodyText)) {
                return new ProxyResult.Undecodable("the body is not valid base64");
            }
            try {
                bytes = Base64.getMimeDecoder().decode(bodyText);
            } catch (IllegalArgumentException incomplete) {
                // The characters are base64 but the last unit is incomplete, such as "A" or "AQ=".
                return new ProxyResult.Undecodable("the body is not valid base64: " + incomplete.getMessage());
            }
        } else {
            bytes = bodyText.getBytes(StandardCharsets.UTF_8);
        }
        // Some function headers reach the client renamed (docs/behavior.md#rest-response-header-merging,
        // #response-parameters).
        headers.replaceAll(
                header -> new Header(RemappedHeaders.PROXY_RESPONSE.clientName(header.name()), header.value()));
        return new ProxyResult.Response(status, headers, bytes);
    }

    private static boolean isBase64(String text) {
        return text.replaceAll("\\s", "").matches("[A-Za-z0-9+/]*={0,2}");
    }

    // Strings pass; booleans become "true"/"false" (docs/behavior.md#rest-proxy-response-object); numbers keep
    // their JSON text [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-responses).
    private static Optional<String> headerValue(JsonNode value) {
        if (value.isTextual()) {
            return Optional.of(value.textValue());
        }
        if (value.isBoolean() || value.isNumber()) {
            return Optional.of(value.asText());
        }
        return Optional.empty();
    }

    // headers merge into multiValueHeaders case-insensitively under the multiValueHeaders spelling, after
    // its values; the same name and value in both is kept once (docs/behavior.md#rest-response-header-merging).
    private static void merge(List<Header> headers, String name, String value) {
        String spelling = name;
        int last = -1;
        for (int i = 0; i < headers.size(); i++) {
            Header existing = headers.get(i);
            if (existing.name().equalsIgnoreCase(name)) {
                if (existing.value().equals(value)) {
                    return;
                }
                spelling = existing.name();
                last = i;
            }
        }
        Header merged = new Header(spelling, value);
        if (last < 0) {
            headers.add(merged);
        } else {
            headers.add(last + 1, merged);
        }
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}

package io.apigwsim.internal.integration.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.internal.content.Base64Body;
import io.apigwsim.internal.content.BinaryMediaTypes;
import io.apigwsim.internal.content.RemappedHeaders;
import io.apigwsim.internal.json.Json;
import java.nio.charset.StandardCharsets;
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
        // A status outside 100 to 599 is no HTTP status; API Gateway's own method responses allow only [1-5]\d\d.
        // Answered as a malformed response [UNCERTAIN] (docs/behavior.md#rest-proxy-status-codes,
        // #uncertain-robustness).
        if (status < 100 || status > 599) {
            return new ProxyResult.Malformed(
                    "statusCode is " + statusCode + ", not an HTTP status code from 100 to 599");
        }
        MergedHeaders headers = new MergedHeaders();
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
                    if (field.getKey().isEmpty() && text.isPresent()) {
                        return emptyHeaderName("multiValueHeaders");
                    }
                    text.ifPresent(t -> headers.addMultiValue(field.getKey(), t));
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
                if (field.getKey().isEmpty() && text.isPresent()) {
                    return emptyHeaderName("headers");
                }
                text.ifPresent(t -> headers.merge(field.getKey(), t));
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
            try {
                bytes = Base64Body.decode(bodyText);
            } catch (IllegalArgumentException notBase64) {
                return new ProxyResult.Undecodable(notBase64.getMessage());
            }
        } else {
            bytes = bodyText.getBytes(StandardCharsets.UTF_8);
        }
        // Some function headers reach the client renamed (docs/behavior.md#rest-response-header-merging,
        // #response-parameters).
        List<Header> merged = headers.toList();
        merged.replaceAll(
                header -> new Header(RemappedHeaders.PROXY_RESPONSE.clientName(header.name()), header.value()));
        return new ProxyResult.Response(status, merged, bytes);
    }

    // A header line needs a name: a result with an empty one is malformed [UNCERTAIN]
    // (docs/behavior.md#response-header-names, #uncertain-robustness).
    private static ProxyResult emptyHeaderName(String map) {
        return new ProxyResult.Malformed(map + " has a header with an empty name");
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

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}

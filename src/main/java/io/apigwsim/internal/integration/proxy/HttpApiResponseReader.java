package io.apigwsim.internal.integration.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.internal.content.Base64Body;
import io.apigwsim.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Lambda proxy response the way an HTTP API does: payload 2.0 with its inferred and structured
 * forms (docs/behavior.md#http-api-payload-20-response), payload 1.0 with its required {@code statusCode}
 * (docs/behavior.md#http-api-payload-10). Unknown keys are ignored and {@code isBase64Encoded: true} is
 * always honoured.
 */
public final class HttpApiResponseReader {

    private HttpApiResponseReader() {}

    /** Payload format 2.0. */
    public static ProxyResult readV2(byte[] payload) {
        Optional<JsonNode> parsed = Json.tryRead(payload);
        if (parsed.isEmpty()) {
            return new ProxyResult.Malformed("the function's result is not JSON");
        }
        JsonNode result = parsed.get();
        if (result.isTextual()
                && result.textValue().stripLeading().startsWith("{")
                && Json.tryRead(result.textValue()).isEmpty()) {
            // A string whose content starts like an object but is not JSON ({"key"}) was answered with a 500;
            // one holding a valid object was served as that text (docs/behavior.md#http-api-payload-20-response).
            return new ProxyResult.Malformed(
                    "the function returned a string that starts like a JSON object but is" + " not valid JSON");
        }
        if (!result.isObject() || !result.has("statusCode")) {
            // Inferred form: 200, application/json, the output as the body; a JSON string gives its content.
            byte[] body = result.isTextual()
                    ? result.textValue().getBytes(StandardCharsets.UTF_8)
                    : new String(payload, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
            return new ProxyResult.Response(200, List.of(new Header("content-type", "application/json")), body);
        }
        return structured(result, true);
    }

    /** Payload format 1.0 on an HTTP API: statusCode is required, no status is assumed. */
    public static ProxyResult readV1(byte[] payload) {
        Optional<JsonNode> parsed = Json.tryRead(payload);
        if (parsed.isEmpty() || !parsed.get().isObject()) {
            return new ProxyResult.Malformed("the function's result is not a JSON object");
        }
        if (!parsed.get().has("statusCode")) {
            return new ProxyResult.Malformed("the result has no statusCode; payload 1.0 responses must carry one");
        }
        return structured(parsed.get(), false);
    }

    private static ProxyResult structured(JsonNode result, boolean v2) {
        JsonNode statusCode = result.get("statusCode");
        // Java's APIGatewayV2HTTPResponse sends an unset int status as 0, answered as 500 [UNCERTAIN]
        // (docs/behavior.md#uncertain-http-api-responses-and-errors).
        if (!statusCode.isIntegralNumber()
                || !statusCode.canConvertToInt()
                || statusCode.intValue() < 100
                || statusCode.intValue() > 599) {
            return new ProxyResult.Malformed("statusCode is " + statusCode + ", not an HTTP status code");
        }
        List<Header> headers = new ArrayList<>();
        if (!v2) {
            JsonNode multi = result.path("multiValueHeaders");
            if (multi.isObject()) {
                for (Map.Entry<String, JsonNode> field : multi.properties()) {
                    if (!field.getValue().isArray()) {
                        return new ProxyResult.Malformed("multiValueHeaders." + field.getKey() + " is not an array");
                    }
                    for (JsonNode value : field.getValue()) {
                        if (!value.isNull()) {
                            if (field.getKey().isEmpty()) {
                                return emptyHeaderName("multiValueHeaders");
                            }
                            headers.add(new Header(field.getKey(), value.asText()));
                        }
                    }
                }
            }
        }
        JsonNode single = result.path("headers");
        if (single.isObject()) {
            for (Map.Entry<String, JsonNode> field : single.properties()) {
                JsonNode value = field.getValue();
                if (value.isContainerNode()) {
                    return new ProxyResult.Malformed("headers." + field.getKey() + " is not a string");
                }
                if (!value.isNull()) {
                    if (field.getKey().isEmpty()) {
                        return emptyHeaderName("headers");
                    }
                    headers.add(new Header(field.getKey(), value.asText()));
                }
            }
        } else if (!single.isMissingNode() && !single.isNull()) {
            return new ProxyResult.Malformed("headers is not an object");
        }
        if (v2) {
            // Each element of cookies becomes its own set-cookie header
            // (docs/behavior.md#http-api-payload-20-response).
            JsonNode cookies = result.path("cookies");
            if (cookies.isArray()) {
                for (JsonNode cookie : cookies) {
                    headers.add(new Header("set-cookie", cookie.asText()));
                }
            }
        }
        JsonNode body = result.path("body");
        if (!body.isMissingNode() && !body.isNull() && !body.isTextual()) {
            return new ProxyResult.Malformed("body is not a string");
        }
        String text = body.isTextual() ? body.textValue() : "";
        byte[] bytes;
        if (result.path("isBase64Encoded").asBoolean(false)) {
            // Decoded strictly, as a REST API decodes: a character outside the alphabet is not skipped
            // (docs/behavior.md#base64-bodies-in-proxy-results).
            try {
                bytes = Base64Body.decode(text);
            } catch (IllegalArgumentException notBase64) {
                return new ProxyResult.Malformed(notBase64.getMessage());
            }
        } else {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        }
        return new ProxyResult.Response(statusCode.intValue(), headers, bytes);
    }

    // A header line needs a name: a result with an empty one cannot be mapped, 500 [UNCERTAIN]
    // (docs/behavior.md#response-header-names, #uncertain-robustness).
    private static ProxyResult emptyHeaderName(String map) {
        return new ProxyResult.Malformed(map + " has a header with an empty name");
    }
}

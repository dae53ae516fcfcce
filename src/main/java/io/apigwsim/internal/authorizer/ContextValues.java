package io.apigwsim.internal.authorizer;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An authorizer's {@code context} object as plain Java values, and its values as API Gateway stringifies them
 * (docs/behavior.md#rest-authorizer-context). Values are {@code String}, {@code Integer}, {@code Long},
 * {@code BigInteger}, {@code Double}, {@code Boolean}, {@code null} for JSON null, and, where the API allows them,
 * unmodifiable {@code List} and {@code Map}.
 */
final class ContextValues {

    private ContextValues() {}

    /**
     * Read a context object; the keys keep the function's order.
     *
     * @param scalarsOnly {@code true} for a REST API, whose context values must be strings, numbers or booleans
     */
    static Map<String, Object> read(JsonNode context, String path, boolean scalarsOnly) {
        if (!context.isObject()) {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.notAnObject(path, context));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : context.properties()) {
            JsonNode value = entry.getValue();
            if (scalarsOnly && value.isContainerNode()) {
                throw new InvalidAuthorizerOutputException(
                        AuthorizerMessages.contextValueNotScalar(path + "." + entry.getKey(), value));
            }
            values.put(entry.getKey(), plain(value));
        }
        return Collections.unmodifiableMap(values);
    }

    /** A JSON value as a plain, unmodifiable Java value. */
    static Object plain(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isArray()) {
            List<Object> items = new ArrayList<>(value.size());
            for (JsonNode item : value) {
                items.add(plain(item));
            }
            return Collections.unmodifiableList(items);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            fields.put(field.getKey(), plain(field.getValue()));
        }
        return Collections.unmodifiableMap(fields);
    }

    /**
     * A plain value as API Gateway stringifies it: a string as it is, {@code 123} as {@code "123"}, {@code true} as
     * {@code "true"}, [UNCERTAIN] a fraction as Java prints a double ({@code 1.50} as {@code "1.5"}, {@code 1e3} as
     * {@code "1000.0"}), a list or object as compact JSON text, and JSON null stays {@code null}
     * (docs/behavior.md#rest-authorizer-context, #uncertain-authorizers).
     */
    static String stringify(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return Json.text(value);
        }
        return String.valueOf(value);
    }

    /** Every value of a context stringified, keeping the keys' order and JSON null as {@code null}. */
    static Map<String, String> stringify(Map<String, Object> context) {
        Map<String, String> strings = new LinkedHashMap<>();
        context.forEach((key, value) -> strings.put(key, stringify(value)));
        return Collections.unmodifiableMap(strings);
    }
}

package io.apigwsim.internal.vtl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns JSON trees into the Java objects templates work with ({@code $input.path}, {@code $util.parseJson}): a map
 * for an object, a list for an array, {@code String}, number or {@code Boolean} for a scalar, null for JSON null
 * (docs/behavior.md#vtl-input).
 */
final class JsonValues {

    private JsonValues() {}

    static Object toTemplateValue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            JsonObject object = new JsonObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                object.put(field.getKey(), toTemplateValue(field.getValue()));
            }
            return object;
        }
        if (node.isArray()) {
            JsonArray array = new JsonArray();
            node.forEach(element -> array.add(toTemplateValue(element)));
            return array;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    /**
     * A JSON object. Prints the way {@code java.util.Map} does, {@code {foo=bar}} (docs/behavior.md#vtl-input), and
     * stays a plain mutable map for {@code .put} and {@code .keySet()}.
     */
    static final class JsonObject extends LinkedHashMap<String, Object> {

        private static final long serialVersionUID = 1L;
    }

    /**
     * A JSON array. Prints as compact JSON, {@code [{"foo":"bar"}]}, also inside a printed map:
     * {@code {foo=[{"nested":"bar"}]}} (docs/behavior.md#vtl-input).
     */
    static final class JsonArray extends ArrayList<Object> {

        private static final long serialVersionUID = 1L;

        @Override
        public String toString() {
            try {
                return Json.mapper().writeValueAsString(this);
            } catch (JsonProcessingException e) {
                // A template put something into the list that is not JSON; print it the Java way instead.
                return super.toString();
            }
        }
    }
}

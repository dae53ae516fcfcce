package io.apigwsim.assertions;

import io.apigwsim.internal.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Looks up a field in a JSON object tree by its key path, keeping apart an absent key, a JSON null and a
 * value, and words what it found for failure messages.
 */
final class JsonLookup {

    private final String rootName;
    private final Map<String, Object> root;

    /**
     * @param rootName how messages name the root object, such as {@code "the Lambda event"}
     * @param root the tree as read by {@link Json#tryReadObject(String)}
     */
    JsonLookup(String rootName, Map<String, Object> root) {
        this.rootName = rootName;
        this.root = root;
    }

    /** Look up a path given key by key, so that keys may contain dots. */
    Field find(List<String> keys) {
        String fullPath = String.join(".", keys);
        Map<?, ?> container = root;
        String containerPath = "";
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String path = containerPath.isEmpty() ? key : containerPath + "." + key;
            if (!container.containsKey(key)) {
                String problem = containerPath.isEmpty()
                        ? rootName + " has no " + key + "; its keys are:" + System.lineSeparator() + "  "
                                + container.keySet()
                        : containerPath + " has no " + key + "; it holds:" + System.lineSeparator() + "  "
                                + shortText(container);
                return new Field(fullPath, false, null, problem);
            }
            Object value = container.get(key);
            if (i == keys.size() - 1) {
                return new Field(fullPath, true, value, "");
            }
            if (value == null) {
                return new Field(fullPath, false, null, path + " is null");
            }
            if (!(value instanceof Map)) {
                String problem = path + " is not an object:" + System.lineSeparator() + "  " + shortText(value);
                return new Field(fullPath, false, null, problem);
            }
            container = (Map<?, ?>) value;
            containerPath = path;
        }
        return new Field(rootName, true, root, "");
    }

    /** Render a JSON value compactly, as in a message. */
    static String text(Object value) {
        return Json.text(value);
    }

    /** Check an expected JSON text given to an assertion, the way AssertJ checks its arguments. */
    static void requireJson(String expectedJson) {
        Objects.requireNonNull(expectedJson, "expectedJson");
        if (Json.tryRead(expectedJson).isEmpty()) {
            throw new IllegalArgumentException("The expected JSON is not one JSON value: " + expectedJson);
        }
    }

    private static String shortText(Object value) {
        return ExchangeDescription.truncated(Json.text(value));
    }

    /**
     * What a lookup found.
     *
     * @param path the dotted path looked up
     * @param present whether the last key is present; its value may then be JSON null
     * @param value the value when present, {@code null} for JSON null
     * @param problem when not present, why, such as {@code "pathParameters is null"}
     */
    record Field(String path, boolean present, Object value, String problem) {

        /** Tell whether the field is present and holds the same JSON value as the given one. */
        boolean holds(Object expected) {
            return present && Json.sameJson(Json.text(value), Json.text(expected));
        }

        /** Tell whether the field is absent or holds JSON null. */
        boolean isAbsentOrNull() {
            return !present || value == null;
        }

        /** The end of a failure message: {@code but was: <value>} or the reason it is missing. */
        String butWas() {
            return present ? "but was:" + System.lineSeparator() + "  " + shortText(value) : "but " + problem;
        }
    }
}

package io.apigwsim.internal.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The differences between two JSON trees, path by path: values that changed, and members or elements only one side
 * has. Objects compare without regard to key order; arrays element by element.
 */
final class JsonDiff {

    private static final int MAX_VALUE_CHARS = 300;

    /** One difference; an empty side means the member or element is missing there. */
    record Difference(String path, Optional<JsonNode> expected, Optional<JsonNode> actual) {}

    private JsonDiff() {}

    static List<Difference> between(JsonNode expected, JsonNode actual) {
        List<Difference> differences = new ArrayList<>();
        compare(expected, actual, new ArrayList<>(), differences);
        return differences;
    }

    private static void compare(JsonNode expected, JsonNode actual, List<Object> location, List<Difference> out) {
        if (expected.isObject() && actual.isObject()) {
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                location.add(name);
                if (actual.has(name)) {
                    compare(expected.get(name), actual.get(name), location, out);
                } else {
                    out.add(new Difference(
                            JsonPath.render(location), Optional.of(expected.get(name)), Optional.empty()));
                }
                location.remove(location.size() - 1);
            }
            Iterator<String> actualNames = actual.fieldNames();
            while (actualNames.hasNext()) {
                String name = actualNames.next();
                if (!expected.has(name)) {
                    location.add(name);
                    out.add(new Difference(JsonPath.render(location), Optional.empty(), Optional.of(actual.get(name))));
                    location.remove(location.size() - 1);
                }
            }
            return;
        }
        if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                location.add(i);
                if (i >= actual.size()) {
                    out.add(new Difference(JsonPath.render(location), Optional.of(expected.get(i)), Optional.empty()));
                } else if (i >= expected.size()) {
                    out.add(new Difference(JsonPath.render(location), Optional.empty(), Optional.of(actual.get(i))));
                } else {
                    compare(expected.get(i), actual.get(i), location, out);
                }
                location.remove(location.size() - 1);
            }
            return;
        }
        if (!same(expected, actual)) {
            out.add(new Difference(JsonPath.render(location), Optional.of(expected), Optional.of(actual)));
        }
    }

    private static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    /** Render the differences, one path per entry with the expected and actual values below it. */
    static String describe(List<Difference> differences) {
        StringBuilder text = new StringBuilder();
        for (Difference difference : differences) {
            text.append("  ").append(difference.path()).append('\n');
            text.append("    expected: ").append(value(difference.expected())).append('\n');
            text.append("    actual:   ").append(value(difference.actual())).append('\n');
        }
        return text.toString();
    }

    static String value(Optional<JsonNode> node) {
        if (node.isEmpty()) {
            return "(missing)";
        }
        String json = new String(Json.write(node.get()), StandardCharsets.UTF_8);
        return json.length() <= MAX_VALUE_CHARS
                ? json
                : json.substring(0, MAX_VALUE_CHARS) + "... (" + json.length() + " characters in all)";
    }
}

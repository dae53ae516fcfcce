package io.apigwsim.internal.integration.custom;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The {@code statusCode} a mock integration's request template rendered (docs/behavior.md#mock-integrations): a JSON
 * integer, read from a JSON object or from the JavaScript-like object API Gateway also accepts, such as the
 * {@code {statusCode: 200}} the AWS CDK writes.
 */
final class MockStatusCode {

    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    private MockStatusCode() {}

    /** The statusCode, or empty when the text holds none or one that is not an integer (a string included). */
    static OptionalInt read(String rendered) {
        Optional<JsonNode> json = Json.tryRead(rendered);
        if (json.isPresent()) {
            JsonNode statusCode = json.get().get("statusCode");
            return json.get().isObject() && statusCode != null && statusCode.isInt()
                    ? OptionalInt.of(statusCode.intValue())
                    : OptionalInt.empty();
        }
        return readLoose(rendered.strip());
    }

    // An object whose keys may be bare or single-quoted and whose members may be empty, as in "{statusCode: 200, }";
    // only the statusCode member's value is read [UNCERTAIN] (docs/behavior.md#uncertain-mock-integrations).
    private static OptionalInt readLoose(String text) {
        if (text.length() < 2 || text.charAt(0) != '{' || text.charAt(text.length() - 1) != '}') {
            return OptionalInt.empty();
        }
        String inner = text.substring(1, text.length() - 1);
        List<Integer> commas = separators(inner, ',');
        if (commas == null) {
            return OptionalInt.empty();
        }
        OptionalInt status = OptionalInt.empty();
        int start = 0;
        for (int comma : commas) {
            String member = inner.substring(start, comma);
            start = comma + 1;
            if (member.isBlank()) {
                continue;
            }
            List<Integer> colons = separators(member, ':');
            if (colons == null || colons.size() < 2) {
                return OptionalInt.empty();
            }
            String key = unquoted(member.substring(0, colons.get(0)).strip());
            String value = member.substring(colons.get(0) + 1).strip();
            if (key == null || value.isEmpty()) {
                return OptionalInt.empty();
            }
            if (key.equals("statusCode")) {
                if (!INTEGER.matcher(value).matches()) {
                    return OptionalInt.empty();
                }
                try {
                    status = OptionalInt.of(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    return OptionalInt.empty();
                }
            }
        }
        return status;
    }

    private static String unquoted(String key) {
        if (BARE_KEY.matcher(key).matches()) {
            return key;
        }
        if (key.length() >= 2
                && (key.charAt(0) == '"' || key.charAt(0) == '\'')
                && key.charAt(key.length() - 1) == key.charAt(0)) {
            return key.substring(1, key.length() - 1);
        }
        return null;
    }

    // The positions of a separator outside quotes, braces and brackets, with the text's length last; null when a
    // quote or a bracket is left open.
    private static List<Integer> separators(String text, char separator) {
        List<Integer> positions = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = closingQuote(text, i);
                if (end < 0) {
                    return null;
                }
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth < 0) {
                    return null;
                }
            } else if (c == separator && depth == 0) {
                positions.add(i);
            }
        }
        if (depth != 0) {
            return null;
        }
        positions.add(text.length());
        return positions;
    }

    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }
}

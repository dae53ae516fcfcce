package io.apigwsim.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.apigwsim.internal.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code $context.error.validationErrorString} of a body that does not match its model, written the way API
 * Gateway writes it (docs/behavior.md#request-validation-error-details).
 *
 * <p>API Gateway's texts are those of the validator it runs, {@code java-json-tools/json-schema-validator}: a
 * bracketed list of messages such as {@code [object has missing required properties (["b","c"])]}. This class
 * rewrites the errors of the validator apigw-sim runs into those messages and keeps that validator's walk: the
 * keywords of one value in name order, and no descent into the values inside once a message has been written.
 * Only the message for missing required properties and the text for an unreadable body are recorded; the rest
 * follows that library and is uncertain [UNCERTAIN] (docs/behavior.md#uncertain-request-validation).
 */
final class ValidationErrorText {

    /** The detail for a body that is not one JSON value, an empty body included. */
    static final String UNPARSABLE_BODY = "[Unknown error parsing request body]";

    // In the order of that library's type list, which its "allowed" lists follow.
    private static final List<String> TYPE_NAMES =
            List.of("array", "boolean", "integer", "null", "number", "object", "string");

    private static final Set<String> COMBINATORS = Set.of("allOf", "anyOf", "not", "oneOf");

    private static final String DATE_TIME_FORMATS =
            "[\"yyyy-MM-dd'T'HH:mm:ssZ\",\"yyyy-MM-dd'T'HH:mm:ss.[0-9]{1,12}Z\"]";

    private final JsonNode schema;
    private final JsonNode instance;

    private ValidationErrorText(JsonNode schema, JsonNode instance) {
        this.schema = schema;
        this.instance = instance;
    }

    /** The detail for these errors of a body against its model's schema. */
    static String of(List<Error> errors, JsonNode schema, JsonNode instance) {
        ValidationErrorText text = new ValidationErrorText(schema, instance);
        Map<String, List<Message>> byLocation = new LinkedHashMap<>();
        for (Group group : text.groups(errors)) {
            byLocation
                    .computeIfAbsent(group.location(), location -> new ArrayList<>())
                    .add(new Message(group.keyword(), text.message(group)));
        }
        List<String> written = new ArrayList<>();
        walk(instance, "", byLocation, written);
        if (written.isEmpty()) {
            byLocation.values().forEach(messages -> messages.forEach(message -> written.add(message.text())));
        }
        return "[" + String.join(", ", written) + "]";
    }

    private record Message(String keyword, String text) {}

    /** Errors that make one message: one keyword of one schema at one instance location. */
    private record Group(String location, String keyword, List<String> evaluationPath, List<Error> errors) {}

    // The validator's walk: a value's keywords in name order; its children, by sorted name or by index, only
    // while nothing has been written.
    private static void walk(JsonNode node, String pointer, Map<String, List<Message>> byLocation, List<String> out) {
        byLocation.getOrDefault(pointer, List.of()).stream()
                .sorted(Comparator.comparing(Message::keyword))
                .map(Message::text)
                .distinct()
                .forEach(out::add);
        if (!out.isEmpty()) {
            return;
        }
        if (node.isObject()) {
            node.properties().stream()
                    .map(Map.Entry::getKey)
                    .sorted()
                    .forEach(name -> walk(node.get(name), pointer + "/" + escape(name), byLocation, out));
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                walk(node.get(index), pointer + "/" + index, byLocation, out);
            }
        }
    }

    // Errors under allOf, anyOf, oneOf or not make one message for that keyword, as the subschemas' own messages
    // are not written; several missing or unwanted properties of one object make one message.
    private List<Group> groups(List<Error> errors) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Error error : errors) {
            List<String> evaluationPath = segments(error.getEvaluationPath());
            List<String> instancePath = segments(error.getInstanceLocation());
            Combinator combinator = outermostCombinator(evaluationPath);
            String location;
            String keyword;
            List<String> path;
            String key;
            if (combinator != null) {
                location = pointer(instancePath.subList(0, Math.min(combinator.depth(), instancePath.size())));
                path = evaluationPath.subList(0, combinator.index() + 1);
                keyword = path.get(path.size() - 1);
                key = location + " " + path;
            } else {
                location = pointer(instancePath);
                path = evaluationPath;
                keyword = error.getKeyword();
                key = switch (keyword) {
                    case "required", "additionalProperties" -> location + " " + path;
                    case "dependencies" -> location + " " + path + " " + error.getProperty();
                    default -> location + " " + path + " " + groups.size();
                };
            }
            groups.computeIfAbsent(key, ignored -> new Group(location, keyword, path, new ArrayList<>()))
                    .errors()
                    .add(error);
        }
        return List.copyOf(groups.values());
    }

    private record Combinator(int index, int depth) {}

    // The first allOf, anyOf, oneOf or not on the evaluation path, and how many instance levels lie above it.
    private static Combinator outermostCombinator(List<String> evaluationPath) {
        int depth = 0;
        for (int i = 0; i < evaluationPath.size(); i++) {
            String segment = evaluationPath.get(i);
            if (COMBINATORS.contains(segment)) {
                return new Combinator(i, depth);
            }
            switch (segment) {
                case "properties", "patternProperties" -> {
                    depth++;
                    i++;
                }
                case "additionalProperties", "additionalItems" -> depth++;
                case "items" -> {
                    depth++;
                    if (i + 1 < evaluationPath.size() && isIndex(evaluationPath.get(i + 1))) {
                        i++;
                    }
                }
                case "dependencies", "definitions" -> i++;
                default -> {}
            }
        }
        return null;
    }

    private String message(Group group) {
        Error first = group.errors().get(0);
        List<String> path = group.evaluationPath();
        return switch (group.keyword()) {
            case "allOf", "anyOf", "oneOf", "not" -> combinatorMessage(group);
            case "required" ->
                "object has missing required properties (" + jsonArray(new TreeSet<>(properties(group))) + ")";
            case "additionalProperties" ->
                "object instance has properties which are not allowed by the schema: "
                        + jsonArray(new TreeSet<>(properties(group)));
            default -> keywordMessage(first, schemaAt(path.subList(0, path.size() - 1)), instanceAt(first));
        };
    }

    private String keywordMessage(Error error, JsonNode parent, JsonNode value) {
        String keyword = error.getKeyword();
        return switch (keyword) {
            case "type" ->
                "instance type (" + typeName(value) + ") does not match any allowed primitive type" + " (allowed: "
                        + jsonArray(allowedTypes(parent.path("type"))) + ")";
            case "enum" ->
                "instance value (" + value + ") not found in enum (possible values: " + parent.path("enum") + ")";
            case "minimum" -> limitMessage(parent, value, "minimum", "exclusiveMinimum", "lower", "greater");
            case "maximum" -> limitMessage(parent, value, "maximum", "exclusiveMaximum", "greater", "lower");
            case "minLength" ->
                "string \"" + value.textValue() + "\" is too short (length: " + length(value) + ", required minimum: "
                        + parent.path(keyword) + ")";
            case "maxLength" ->
                "string \"" + value.textValue() + "\" is too long (length: " + length(value) + ", maximum allowed: "
                        + parent.path(keyword) + ")";
            case "pattern" ->
                "ECMA 262 regex \"" + parent.path(keyword).textValue() + "\" does not match input string \""
                        + value.textValue() + "\"";
            case "minItems" ->
                "array is too short: must have at least " + parent.path(keyword) + " elements but instance has "
                        + value.size() + " elements";
            case "maxItems" ->
                "array is too long: must have at most " + parent.path(keyword) + " elements but instance has "
                        + value.size() + " elements";
            case "additionalItems" ->
                "schema only allows " + parent.path("items").size() + " elements in array but instance has "
                        + value.size() + " elements";
            case "uniqueItems" -> "array must not contain duplicate elements";
            case "minProperties" ->
                "object has too few properties (found " + value.size() + " but schema requires at least "
                        + parent.path(keyword) + ")";
            case "maxProperties" ->
                "object has too many properties (found " + value.size() + " but schema requires at most "
                        + parent.path(keyword) + ")";
            case "multipleOf" -> "remainder of division is not zero (" + value + " / " + parent.path(keyword) + ")";
            case "dependencies" -> dependenciesMessage(error.getProperty(), parent, value);
            case "format" -> formatMessage(parent.path("format").asText(), value, error);
            default -> error.getMessage();
        };
    }

    private static String limitMessage(
            JsonNode parent, JsonNode value, String keyword, String exclusive, String beyond, String strictly) {
        JsonNode limit = parent.path(keyword);
        if (value.decimalValue().compareTo(limit.decimalValue()) == 0
                && parent.path(exclusive).asBoolean(false)) {
            return "numeric instance is not strictly " + strictly + " than the required " + keyword + " " + limit;
        }
        return "numeric instance is " + beyond + " than the required " + keyword + " (" + keyword + ": " + limit
                + ", found: " + value + ")";
    }

    private static String dependenciesMessage(String property, JsonNode parent, JsonNode value) {
        Set<String> required = new TreeSet<>();
        parent.path("dependencies").path(property).forEach(name -> required.add(name.asText()));
        Set<String> missing = new TreeSet<>(required);
        missing.removeIf(value::has);
        return "property \"" + property + "\" of object has missing property dependencies (schema requires "
                + jsonArray(required) + "; missing: " + jsonArray(missing) + ")";
    }

    private static String formatMessage(String format, JsonNode value, Error error) {
        String string = "string \"" + value.textValue() + "\"";
        return switch (format) {
            case "email" -> string + " is not a valid email address";
            case "hostname" -> string + " is not a valid hostname";
            case "ipv4" -> string + " is not a valid IPv4 address";
            case "ipv6" -> string + " is not a valid IPv6 address";
            case "uri" -> string + " is not a valid URI";
            case "regex" -> string + " is not a valid ECMA 262 regular expression";
            case "date-time" -> string + " is invalid against requested date format(s) " + DATE_TIME_FORMATS;
            default -> error.getMessage();
        };
    }

    private String combinatorMessage(Group group) {
        List<String> path = group.evaluationPath();
        String keyword = group.keyword();
        int schemas = schemaAt(path).size();
        return switch (keyword) {
            case "not" -> "instance matched a schema which it should not have";
            case "anyOf" -> "instance failed to match at least one required schema among " + schemas;
            case "oneOf" ->
                "instance failed to match exactly one schema (matched " + oneOfMatches(group) + " out of " + schemas
                        + ")";
            default ->
                "instance failed to match all required schemas (matched only " + (schemas - failedSubschemas(group))
                        + " out of " + schemas + ")";
        };
    }

    // The oneOf error itself counts the subschemas that matched; without it none did.
    private static int oneOfMatches(Group group) {
        int pathLength = group.evaluationPath().size();
        for (Error error : group.errors()) {
            Object[] arguments = error.getArguments();
            if (segments(error.getEvaluationPath()).size() == pathLength && arguments != null && arguments.length > 0) {
                try {
                    return Integer.parseInt(String.valueOf(arguments[0]));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static int failedSubschemas(Group group) {
        int pathLength = group.evaluationPath().size();
        Set<String> failed = new TreeSet<>();
        for (Error error : group.errors()) {
            List<String> path = segments(error.getEvaluationPath());
            if (path.size() > pathLength) {
                failed.add(path.get(pathLength));
            }
        }
        return failed.size();
    }

    private static List<String> properties(Group group) {
        List<String> names = new ArrayList<>();
        group.errors().forEach(error -> names.add(error.getProperty()));
        return names;
    }

    // The schema reached by an evaluation path, following references inside the model.
    private JsonNode schemaAt(List<String> evaluationPath) {
        JsonNode node = schema;
        for (String segment : evaluationPath) {
            if (segment.equals("$ref")) {
                String reference = node.path("$ref").asText();
                node = reference.equals("#") ? schema : schema.at(reference.substring(1));
            } else if (node.isArray() && isIndex(segment)) {
                node = node.path(Integer.parseInt(segment));
            } else {
                node = node.path(segment);
            }
        }
        return node;
    }

    private JsonNode instanceAt(Error error) {
        JsonNode node = instance;
        for (String segment : segments(error.getInstanceLocation())) {
            node = node.isArray() && isIndex(segment) ? node.path(Integer.parseInt(segment)) : node.path(segment);
        }
        return node;
    }

    private static List<String> allowedTypes(JsonNode type) {
        Set<String> declared = new LinkedHashSet<>();
        if (type.isTextual()) {
            declared.add(type.textValue());
        } else {
            type.forEach(element -> declared.add(element.asText()));
        }
        // "number" admits integers, and that validator lists both.
        if (declared.contains("number")) {
            declared.add("integer");
        }
        return TYPE_NAMES.stream().filter(declared::contains).toList();
    }

    private static String typeName(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        return switch (value.getNodeType()) {
            case ARRAY -> "array";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case OBJECT -> "object";
            default -> "string";
        };
    }

    private static int length(JsonNode string) {
        String text = string.textValue();
        return text.codePointCount(0, text.length());
    }

    // A compact JSON array of strings, as that library prints its lists: ["a","b"].
    private static String jsonArray(Iterable<String> names) {
        List<String> list = new ArrayList<>();
        names.forEach(list::add);
        return Json.text(list);
    }

    private static List<String> segments(NodePath path) {
        List<String> segments = new ArrayList<>(path.getNameCount());
        for (int i = 0; i < path.getNameCount(); i++) {
            segments.add(String.valueOf(path.getElement(i)));
        }
        return segments;
    }

    private static String pointer(List<String> segments) {
        StringBuilder pointer = new StringBuilder();
        segments.forEach(segment -> pointer.append('/').append(escape(segment)));
        return pointer.toString();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }
}

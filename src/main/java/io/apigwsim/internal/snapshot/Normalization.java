package io.apigwsim.internal.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a snapshot document into what the file holds: the user's ignored paths become {@code "<ignored>"}, values
 * that fit the user's patterns become {@code "<matches REGEX>"}, and the values API Gateway makes anew for every
 * request become placeholders such as {@code "<requestId-1>"}, the same value the same placeholder.
 */
final class Normalization {

    static final String IGNORED = "<ignored>";

    /**
     * Where the values that change on every run are found, by kind. A value found at one of these paths is replaced
     * wherever it appears (whole or inside a longer text such as a Host header or a method ARN) when it is 8
     * characters or longer; shorter values, such as a latency of 3 ms, only where they were found.
     */
    private static final Map<String, List<JsonPath>> VOLATILE = volatilePaths();

    private static final int REPLACE_EVERYWHERE_LENGTH = 8;

    /**
     * Values recognized by their form wherever they appear: $context.requestTime, which a mapping template may put
     * anywhere (docs/behavior.md#rest-request-context), and the CloudFront address an edge-optimized API's requests
     * come from (docs/behavior.md#endpoint-types).
     */
    private static final List<Map.Entry<String, Pattern>> VOLATILE_FORMS = List.of(
            Map.entry("requestTime", Pattern.compile("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4}")),
            Map.entry("cloudFrontIp", Pattern.compile("\\b130\\.176\\.\\d{1,3}\\.\\d{1,3}\\b")));

    private Normalization() {}

    private static Map<String, List<JsonPath>> volatilePaths() {
        Map<String, List<JsonPath>> paths = new LinkedHashMap<>();
        paths.put(
                "requestId",
                paths(
                        "$..requestContext.requestId",
                        "$.response.headers.x-amzn-RequestId",
                        "$.response.headers.apigw-requestid"));
        paths.put(
                "extendedRequestId", paths("$..requestContext.extendedRequestId", "$.response.headers.x-amz-apigw-id"));
        paths.put("cloudFrontId", paths("$..X-Amz-Cf-Id", "$..x-amz-cf-id"));
        paths.put("via", paths("$..Via", "$..via"));
        paths.put("traceId", paths("$..X-Amzn-Trace-Id", "$..x-amzn-trace-id"));
        paths.put("requestTime", paths("$..requestContext.requestTime", "$..requestContext.time"));
        paths.put("epochMillis", paths("$..requestContext.requestTimeEpoch", "$..requestContext.timeEpoch"));
        paths.put("date", paths("$.response.headers.Date", "$.response.headers.date"));
        paths.put("latency", paths("$..requestContext.authorizer.integrationLatency"));
        return paths;
    }

    private static List<JsonPath> paths(String... texts) {
        List<JsonPath> list = new ArrayList<>();
        for (String text : texts) {
            list.add(JsonPath.parse(text));
        }
        return List.copyOf(list);
    }

    /** A value at a path that a pattern rule says must match, and does not. */
    record PatternMismatch(String path, String regex, JsonNode actual) {}

    /** The normalized document and the pattern rules it broke. */
    record Result(JsonNode document, List<PatternMismatch> mismatches) {}

    /**
     * Normalize a document.
     *
     * @param document the exchange's document; not changed
     * @param rules the user's rules
     * @param requestId the exchange's request id, a placeholder even where no event carries it (a mock integration)
     */
    static Result apply(JsonNode document, SnapshotRules rules, String requestId) {
        List<JsonPath> ignored = rules.ignored().stream().map(JsonPath::parse).toList();
        Map<JsonPath, Pattern> patterns = new LinkedHashMap<>();
        rules.patterns().forEach((path, regex) -> patterns.put(JsonPath.parse(path), Pattern.compile(regex)));
        List<PatternMismatch> mismatches = new ArrayList<>();
        JsonNode userRules = transform(document, new ArrayList<>(), (location, node) -> {
            for (JsonPath path : ignored) {
                if (path.matches(location)) {
                    return Optional.of(TextNode.valueOf(IGNORED));
                }
            }
            for (Map.Entry<JsonPath, Pattern> rule : patterns.entrySet()) {
                if (rule.getKey().matches(location)) {
                    String regex = rule.getValue().pattern();
                    if (node.isValueNode()
                            && rule.getValue().matcher(node.asText()).matches()) {
                        return Optional.of(TextNode.valueOf("<matches " + regex + ">"));
                    }
                    mismatches.add(new PatternMismatch(JsonPath.render(location), regex, node));
                    return Optional.of(node);
                }
            }
            return Optional.empty();
        });
        if (!rules.placeholders()) {
            return new Result(userRules, mismatches);
        }
        Volatiles volatiles = Volatiles.harvest(document, requestId);
        return new Result(volatiles.replace(userRules), mismatches);
    }

    /**
     * Rebuild a tree, asking at each node whether to replace it; a replaced node's children are not visited.
     */
    private static JsonNode transform(
            JsonNode node, List<Object> location, BiFunction<List<Object>, JsonNode, Optional<JsonNode>> replace) {
        Optional<JsonNode> replaced = replace.apply(location, node);
        if (replaced.isPresent()) {
            return replaced.get();
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                location.add(field.getKey());
                copy.set(field.getKey(), transform(field.getValue(), location, replace));
                location.remove(location.size() - 1);
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            for (int i = 0; i < node.size(); i++) {
                location.add(i);
                copy.add(transform(node.get(i), location, replace));
                location.remove(location.size() - 1);
            }
            return copy;
        }
        return node;
    }

    /** The volatile values of one document: their kinds, and where the short ones were found. */
    private static final class Volatiles {

        private final Map<String, String> kindByValue = new LinkedHashMap<>();
        private final Set<List<Object>> shortValueLocations = new HashSet<>();
        private final Map<String, String> placeholderByValue = new HashMap<>();
        private final Map<String, Integer> countByKind = new HashMap<>();
        private List<String> longValues = List.of();

        static Volatiles harvest(JsonNode document, String requestId) {
            Volatiles volatiles = new Volatiles();
            VOLATILE.forEach((kind, paths) -> transform(document, new ArrayList<>(), (location, node) -> {
                if (paths.stream().anyMatch(path -> path.matches(location))) {
                    volatiles.collect(kind, node, new ArrayList<>(location));
                    return Optional.of(node);
                }
                return Optional.empty();
            }));
            volatiles.kindByValue.putIfAbsent(requestId, "requestId");
            volatiles.longValues = volatiles.kindByValue.keySet().stream()
                    .filter(value -> value.length() >= REPLACE_EVERYWHERE_LENGTH)
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
            return volatiles;
        }

        private void collect(String kind, JsonNode node, List<Object> location) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    location.add(i);
                    collect(kind, node.get(i), new ArrayList<>(location));
                    location.remove(location.size() - 1);
                }
                return;
            }
            if (!node.isValueNode() || node.isNull() || node.asText().isEmpty()) {
                return;
            }
            String value = node.asText();
            kindByValue.putIfAbsent(value, kind);
            if (value.length() < REPLACE_EVERYWHERE_LENGTH) {
                shortValueLocations.add(List.copyOf(location));
            }
        }

        JsonNode replace(JsonNode document) {
            return transform(document, new ArrayList<>(), (location, node) -> {
                if (!node.isValueNode() || node.isNull()) {
                    return Optional.empty();
                }
                String text = node.asText();
                if (kindByValue.containsKey(text)
                        && (text.length() >= REPLACE_EVERYWHERE_LENGTH || shortValueLocations.contains(location))) {
                    return Optional.of(TextNode.valueOf(placeholder(text)));
                }
                if (!node.isTextual()) {
                    return Optional.empty();
                }
                String replaced = text;
                for (String value : longValues) {
                    if (replaced.contains(value)) {
                        replaced = replaced.replace(value, placeholder(value));
                    }
                }
                for (Map.Entry<String, Pattern> form : VOLATILE_FORMS) {
                    replaced = form.getValue().matcher(replaced).replaceAll(match -> {
                        kindByValue.putIfAbsent(match.group(), form.getKey());
                        return Matcher.quoteReplacement(placeholder(match.group()));
                    });
                }
                return replaced.equals(text) ? Optional.empty() : Optional.of(TextNode.valueOf(replaced));
            });
        }

        private String placeholder(String value) {
            return placeholderByValue.computeIfAbsent(value, v -> {
                String kind = kindByValue.get(v);
                int n = countByKind.merge(kind, 1, Integer::sum);
                return "<" + kind + "-" + n + ">";
            });
        }
    }
}

package io.apigwsim.internal.vtl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a mapping template can see, as plain immutable values (no Jackson or Velocity types). Maps keep the
 * order they were given in, because templates such as the "Method Request passthrough" one print them in that order.
 *
 * <ul>
 *   <li>{@code body}: the raw request (or integration response) body text, {@code ""} when there is none. A template
 *       reads an empty body as {@code {}} (docs/behavior.md#vtl-input).
 *   <li>{@code path}: the path parameters, decoded as API Gateway provides them.
 *   <li>{@code querystring} and {@code header}: every value of each name, in the order received, under the name as
 *       sent. Templates see one value per name: {@code $input.params().querystring} and {@code $input.params('x')}
 *       give the <em>last</em> value of a repeated name, an inference AWS did not record
 *       (docs/behavior.md#vtl-input). All values are kept here so that the choice stays in this package.
 *   <li>{@code context}: the {@code $context} tree (docs/behavior.md#vtl-context): nested {@code Map}s with
 *       {@code String} keys, {@code List}s, {@code String}s, {@code Number}s and {@code Boolean}s; {@code null}
 *       values are kept and render as empty. Keys {@code requestOverride} and {@code responseOverride}, when
 *       present, seed the override maps with what an earlier template set, since values set in the request
 *       template are readable in the response template (docs/behavior.md#vtl-overrides); the engine adds them,
 *       empty, at the end of {@code $context} when absent.
 *   <li>{@code stageVariables}: the stage's variables, empty when it has none.
 * </ul>
 *
 */
public final class VtlInput {

    private final String body;
    private final Map<String, String> path;
    private final Map<String, List<String>> querystring;
    private final Map<String, List<String>> header;
    private final Map<String, Object> context;
    private final Map<String, String> stageVariables;

    /** Validate and copy every part, keeping the order of the maps. */
    public VtlInput(
            String body,
            Map<String, String> path,
            Map<String, List<String>> querystring,
            Map<String, List<String>> header,
            Map<String, Object> context,
            Map<String, String> stageVariables) {
        this.body = Objects.requireNonNull(body, "body");
        this.path = copyStrings(path, "path");
        this.querystring = copyMultiValues(querystring, "querystring");
        this.header = copyMultiValues(header, "header");
        this.context = copyTree(Objects.requireNonNull(context, "context"), "context");
        this.stageVariables = copyStrings(stageVariables, "stageVariables");
    }

    private VtlInput(
            Map<String, String> path,
            Map<String, List<String>> querystring,
            Map<String, List<String>> header,
            Map<String, Object> context,
            Map<String, String> stageVariables,
            String body) {
        this.body = body;
        this.path = path;
        this.querystring = querystring;
        this.header = header;
        this.context = context;
        this.stageVariables = stageVariables;
    }

    /**
     * Wrap the parts without copying them, for a caller that built them for this request and never changes them
     * afterwards; the parts must already hold only the types the public constructor accepts. A request renders its
     * templates from its own maps this way instead of copying them for each template.
     */
    public static VtlInput ofUnshared(
            String body,
            Map<String, String> path,
            Map<String, List<String>> querystring,
            Map<String, List<String>> header,
            Map<String, Object> context,
            Map<String, String> stageVariables) {
        return new VtlInput(path, querystring, header, context, stageVariables, Objects.requireNonNull(body, "body"));
    }

    /** Return the raw body text, {@code ""} when none. */
    public String body() {
        return body;
    }

    /** Return the path parameters. */
    public Map<String, String> path() {
        return path;
    }

    /** Return the query parameters, every value in order. */
    public Map<String, List<String>> querystring() {
        return querystring;
    }

    /** Return the headers, every value in order. */
    public Map<String, List<String>> header() {
        return header;
    }

    /** Return the {@code $context} tree. */
    public Map<String, Object> context() {
        return context;
    }

    /** Return the stage variables. */
    public Map<String, String> stageVariables() {
        return stageVariables;
    }

    /** Return an input with only a body: no parameters, an empty context and no stage variables. */
    public static VtlInput ofBody(String body) {
        return new VtlInput(body, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static Map<String, String> copyStrings(Map<String, String> map, String what) {
        Objects.requireNonNull(map, what);
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((name, value) -> copy.put(
                Objects.requireNonNull(name, what + " name"),
                Objects.requireNonNull(value, () -> what + " value of \"" + name + "\"")));
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, List<String>> copyMultiValues(Map<String, List<String>> map, String what) {
        Objects.requireNonNull(map, what);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        map.forEach((name, values) -> copy.put(
                Objects.requireNonNull(name, what + " name"),
                List.copyOf(Objects.requireNonNull(values, () -> what + " values of \"" + name + "\""))));
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, Object> copyTree(Map<?, ?> map, String where) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException(where + " has a key that is not a String: " + key);
            }
            copy.put(name, copyValue(value, where + "." + name));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value, String where) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return copyTree(map, where);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                copy.add(copyValue(list.get(i), where + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException(where + " is a " + value.getClass().getName()
                + "; $context values must be maps, lists, strings, numbers or booleans");
    }
}

package io.apigwsim.internal.vtl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What rendering a mapping template produced: the text, and the override trees the template left in
 * {@code $context.requestOverride} and {@code $context.responseOverride} (docs/behavior.md#vtl-overrides).
 *
 * <p>The two trees are plain immutable values (maps, lists, strings, numbers, booleans) in the shape the template
 * saw: {@code requestOverride} has {@code path}, {@code header} and {@code querystring} maps;
 * {@code responseOverride} has a {@code header} map, {@code status} once set, and any other key a template set
 * (recorded: such keys are passed on to the response template). Pass them back under the same keys in the
 * {@link VtlInput#context()} of the next template of the same request so that it reads what this one set.
 *
 * <p>The typed accessors read the trees the way API Gateway applies them: a header override that is a list, such as
 * {@code [$a, $b]}, becomes one value joined with {@code ","}, as in the documented example log
 * {@code multivalueheader=foo,header1Valheader2Val} (docs/behavior.md#vtl-overrides); a status that is not an
 * integer from 100 to 599 is ignored.
 *
 * @param output the rendered text
 * @param requestOverride the {@code $context.requestOverride} tree after rendering
 * @param responseOverride the {@code $context.responseOverride} tree after rendering
 */
public record VtlResult(String output, Map<String, Object> requestOverride, Map<String, Object> responseOverride) {

    /** Validate the parts; the trees are expected to be immutable already. */
    public VtlResult {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(requestOverride, "requestOverride");
        Objects.requireNonNull(responseOverride, "responseOverride");
    }

    /** Return the integration request headers set through {@code $context.requestOverride.header}. */
    public Map<String, String> requestHeaderOverrides() {
        return flatten(requestOverride.get(OverrideMaps.HEADER));
    }

    /** Return the integration request query parameters set through {@code $context.requestOverride.querystring}. */
    public Map<String, String> querystringOverrides() {
        return flatten(requestOverride.get(OverrideMaps.QUERYSTRING));
    }

    /** Return the integration request path parameters set through {@code $context.requestOverride.path}. */
    public Map<String, String> pathOverrides() {
        return flatten(requestOverride.get(OverrideMaps.PATH));
    }

    /** Return the method response headers set through {@code $context.responseOverride.header}. */
    public Map<String, String> responseHeaderOverrides() {
        return flatten(responseOverride.get(OverrideMaps.HEADER));
    }

    /**
     * Return the status set through {@code $context.responseOverride.status}, or empty when none was set or the
     * value is not an integer from 100 to 599.
     */
    public OptionalInt statusOverride() {
        return OverrideMaps.status(responseOverride.get(OverrideMaps.STATUS));
    }

    private static Map<String, String> flatten(Object parameters) {
        if (!(parameters instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, String> flat = new LinkedHashMap<>();
        map.forEach((name, value) -> {
            if (value != null) {
                flat.put(String.valueOf(name), joined(value));
            }
        });
        return Collections.unmodifiableMap(flat);
    }

    private static String joined(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}

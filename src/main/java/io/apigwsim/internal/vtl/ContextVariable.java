package io.apigwsim.internal.vtl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code $context} for one rendering (docs/behavior.md#vtl-context): a mutable copy of the input's tree plus the
 * override maps.
 */
final class ContextVariable {

    private ContextVariable() {}

    static ContextMap of(Map<String, Object> context, OverrideMaps overrides) {
        ContextMap root = new ContextMap();
        context.forEach((key, value) -> root.put(key, templateValue(value)));
        root.put(OverrideMaps.REQUEST_OVERRIDE, overrides.request());
        root.put(OverrideMaps.RESPONSE_OVERRIDE, overrides.response());
        return root;
    }

    /** A mutable copy of an input value: maps become {@link ContextMap}s, lists array lists. */
    static Object templateValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            ContextMap copy = new ContextMap();
            map.forEach((key, entry) -> copy.put(key, templateValue(entry)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(templateValue(element)));
            return copy;
        }
        return value;
    }

    /**
     * A map of {@code $context}. It prints as nothing: {@code "$context.get('identity')"} rendered {@code ""} on AWS
     * (docs/behavior.md#vtl-context).
     */
    static class ContextMap extends LinkedHashMap<Object, Object> {

        private static final long serialVersionUID = 1L;

        @Override
        public String toString() {
            return "";
        }
    }
}

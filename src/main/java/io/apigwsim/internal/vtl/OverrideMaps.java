package io.apigwsim.internal.vtl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code $context.requestOverride} and {@code $context.responseOverride} for one rendering
 * (docs/behavior.md#vtl-overrides): the maps a template writes to, seeded with what an earlier template of the
 * request set, and read back as plain values after rendering.
 */
final class OverrideMaps {

    static final String REQUEST_OVERRIDE = "requestOverride";
    static final String RESPONSE_OVERRIDE = "responseOverride";
    static final String PATH = "path";
    static final String HEADER = "header";
    static final String QUERYSTRING = "querystring";
    static final String STATUS = "status";

    private final Parameters request;
    private final Parameters response;

    private OverrideMaps(Parameters request, Parameters response) {
        this.request = request;
        this.response = response;
    }

    /**
     * Fresh override maps holding the values found under {@code requestOverride} and {@code responseOverride} in
     * {@code context}. Key sets as recorded: {@code path, header, querystring} for the request, only {@code header}
     * for the response until a template sets {@code status} or another key (docs/behavior.md#vtl-context).
     */
    static OverrideMaps seededFrom(Map<String, Object> context) {
        String requestName = "$context." + REQUEST_OVERRIDE;
        Parameters request = new Parameters(requestName);
        for (String kind : List.of(PATH, HEADER, QUERYSTRING)) {
            request.seed(kind, new Parameters(requestName + "." + kind));
        }
        seed(request, context.get(REQUEST_OVERRIDE));
        String responseName = "$context." + RESPONSE_OVERRIDE;
        Parameters response = new Parameters(responseName);
        response.seed(HEADER, new Parameters(responseName + "." + HEADER));
        seed(response, context.get(RESPONSE_OVERRIDE));
        return new OverrideMaps(request, response);
    }

    private static void seed(Parameters target, Object source) {
        if (!(source instanceof Map<?, ?> values)) {
            return;
        }
        values.forEach((key, value) -> {
            if (target.get(key) instanceof Parameters nested && value instanceof Map<?, ?> nestedValues) {
                nestedValues.forEach((name, entry) -> nested.seed(name, ContextVariable.templateValue(entry)));
            } else {
                target.seed(key, ContextVariable.templateValue(value));
            }
        });
    }

    Parameters request() {
        return request;
    }

    Parameters response() {
        return response;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> requestTree() {
        return (Map<String, Object>) plain(request);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> responseTree() {
        return (Map<String, Object>) plain(response);
    }

    /**
     * The status a {@code responseOverride.status} value stands for: an integer from 100 to 599, given as a number
     * or as decimal digits; anything else is ignored, as inferred from LocalStack's comment on AWS
     * (docs/behavior.md#vtl-overrides, #uncertain-custom-integrations).
     */
    static OptionalInt status(Object value) {
        BigInteger status = null;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            status = BigInteger.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            status = big;
        } else if (value instanceof String text && text.matches("[0-9]{1,9}")) {
            status = new BigInteger(text);
        }
        if (status == null || status.intValue() < 100 || status.intValue() > 599 || status.bitLength() > 31) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(status.intValue());
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, entry) -> copy.put(String.valueOf(key), plain(entry)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>();
            collection.forEach(element -> copy.add(plain(element)));
            return Collections.unmodifiableList(copy);
        }
        return value.toString();
    }

    /**
     * One override map. A template may assign each name once: setting the same override parameter twice makes API
     * Gateway answer 5XX (docs/behavior.md#vtl-overrides), so the second assignment fails the rendering. Values
     * seeded from an earlier template do not count.
     */
    static final class Parameters extends ContextVariable.ContextMap {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final HashSet<Object> assigned = new HashSet<>();

        Parameters(String name) {
            this.name = name;
        }

        void seed(Object key, Object value) {
            super.put(key, value);
        }

        @Override
        public Object put(Object key, Object value) {
            if (!assigned.add(key)) {
                throw new TemplateFunctionException(TemplateFailures.overrideSetTwice(name + "." + key), null);
            }
            return super.put(key, value);
        }

        @Override
        public void putAll(Map<?, ?> values) {
            values.forEach(this::put);
        }
    }
}

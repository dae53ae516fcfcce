package io.apigwsim.internal.integration.custom;

import io.apigwsim.internal.request.RequestContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code $context} tree of a REST method, written from the request context (docs/behavior.md#vtl-context). */
final class TemplateContext {

    private TemplateContext() {}

    // The request context's keys in the recorded order, with the authorizer's output after resourceId.
    static Map<String, Object> of(RequestContext values) {
        Map<String, Object> context = new LinkedHashMap<>();
        for (String key : RequestContext.REST_KEYS) {
            // The override maps sit among the request context's keys: before stage and before apiId.
            if (key.equals("stage")) {
                Map<String, Object> requestOverride = new LinkedHashMap<>();
                requestOverride.put("path", new LinkedHashMap<>());
                requestOverride.put("header", new LinkedHashMap<>());
                requestOverride.put("querystring", new LinkedHashMap<>());
                context.put("requestOverride", requestOverride);
            } else if (key.equals("apiId")) {
                context.put("responseOverride", new LinkedHashMap<>(Map.of("header", new LinkedHashMap<>())));
            }
            Object value = values.restValue(key);
            if (key.equals("resourceId") && values.authorizer() != null) {
                // After resourceId, as in the proxy event (docs/behavior.md#rest-authorizer-output-in-events).
                context.put(key, value);
                context.put("authorizer", new LinkedHashMap<>(values.authorizer()));
                continue;
            }
            context.put(
                    key,
                    value instanceof RequestContext.Identity identity
                            ? new LinkedHashMap<String, Object>(identity.restFields())
                            : value);
        }
        return context;
    }
}

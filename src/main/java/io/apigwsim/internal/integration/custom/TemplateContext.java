package io.apigwsim.internal.integration.custom;

import io.apigwsim.internal.request.RequestContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code $context} tree of a REST method, written from the request context (docs/behavior.md#vtl-context). */
final class TemplateContext {

    private TemplateContext() {}

    // The keys of a method without authorizer or API key, in the recorded order.
    static Map<String, Object> of(RequestContext values) {
        Map<String, Object> identity = new LinkedHashMap<>(values.identity().restFields());
        Map<String, Object> requestOverride = new LinkedHashMap<>();
        requestOverride.put("path", new LinkedHashMap<>());
        requestOverride.put("header", new LinkedHashMap<>());
        requestOverride.put("querystring", new LinkedHashMap<>());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("resourceId", values.resourceId());
        context.put("resourcePath", values.resourcePath());
        context.put("httpMethod", values.httpMethod());
        context.put("extendedRequestId", values.extendedRequestId());
        context.put("requestTime", values.requestTime());
        context.put("path", values.path());
        context.put("accountId", values.accountId());
        context.put("protocol", RequestContext.PROTOCOL);
        context.put("requestOverride", requestOverride);
        context.put("stage", values.stage());
        context.put("domainPrefix", values.domainPrefix());
        context.put("requestTimeEpoch", values.requestTimeEpoch());
        context.put("requestId", values.requestId());
        context.put("identity", identity);
        context.put("domainName", values.domainName());
        context.put("deploymentId", values.deploymentId());
        context.put("responseOverride", new LinkedHashMap<>(Map.of("header", new LinkedHashMap<>())));
        context.put("apiId", values.apiId());
        return context;
    }
}

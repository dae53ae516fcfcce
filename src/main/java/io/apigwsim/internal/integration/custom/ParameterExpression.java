package io.apigwsim.internal.integration.custom;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.vtl.MappingPaths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One mapping expression of a request or response parameter (docs/behavior.md#request-parameter-mapping,
 * #response-parameters): {@code method.request.*}, {@code integration.response.*},
 * {@code stageVariables.*}, {@code context.*} or a single-quoted literal.
 */
final class ParameterExpression {

    private final String source;
    private final String kind;
    private final String name;

    private ParameterExpression(String source, String kind, String name) {
        this.source = source;
        this.kind = kind;
        this.name = name;
    }

    /** Parse an expression, or throw IllegalArgumentException with the rule and an example. */
    static ParameterExpression parse(String expression, boolean responseSide) {
        if (expression.length() >= 2 && expression.startsWith("'") && expression.endsWith("'")) {
            return new ParameterExpression(expression, "literal", expression.substring(1, expression.length() - 1));
        }
        List<String> prefixes = responseSide
                ? List.of(
                        "integration.response.header.",
                        "integration.response.multivalueheader.",
                        "integration.response.body.",
                        "stageVariables.",
                        "context.")
                : List.of(
                        "method.request.path.",
                        "method.request.querystring.",
                        "method.request.multivaluequerystring.",
                        "method.request.header.",
                        "method.request.multivalueheader.",
                        "method.request.body.",
                        "stageVariables.",
                        "context.");
        String whole = responseSide ? "integration.response.body" : "method.request.body";
        if (expression.equals(whole)) {
            return new ParameterExpression(expression, whole, "");
        }
        for (String prefix : prefixes) {
            if (expression.startsWith(prefix) && expression.length() > prefix.length()) {
                return new ParameterExpression(expression, prefix, expression.substring(prefix.length()));
            }
        }
        throw new IllegalArgumentException("\"" + expression + "\" is not a mapping expression; write a static value"
                + " in single quotes such as 'Event', or one of " + String.join("NAME, ", prefixes) + "NAME");
    }

    /** Evaluate against the method request. */
    Optional<String> evaluate(TemplateRequest request) {
        return switch (kind) {
            case "literal" -> Optional.of(name);
            case "method.request.path." -> Optional.ofNullable(request.path().get(name));
            case "method.request.querystring." -> last(request.querystring().get(name));
            case "method.request.multivaluequerystring." ->
                joined(request.querystring().get(name));
            case "method.request.header." -> last(request.headers().get(name));
            case "method.request.multivalueheader." -> joined(request.headers().get(name));
            case "method.request.body" -> Optional.of(request.body());
            case "method.request.body." -> bodyPath(request.body(), name);
            case "stageVariables." ->
                Optional.ofNullable(request.stageVariables().get(name));
            case "context." -> contextValue(request.context(), name);
            default -> Optional.empty();
        };
    }

    /** Evaluate against the integration response. */
    Optional<String> evaluate(TemplateRequest request, String responseBody, Map<String, List<String>> responseHeaders) {
        return switch (kind) {
            case "integration.response.header." -> last(responseHeaders.get(name));
            case "integration.response.multivalueheader." -> joined(responseHeaders.get(name));
            case "integration.response.body" -> Optional.of(responseBody);
            case "integration.response.body." -> bodyPath(responseBody, name);
            default -> evaluate(request);
        };
    }

    private static Optional<String> last(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    private static Optional<String> joined(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
    }

    // Complex values become JSON text, numbers their digits; a string holding JSON is navigated into,
    // as for the stringified custom error in errorMessage (docs/behavior.md#response-parameters).
    private static Optional<String> bodyPath(String body, String path) {
        Optional<JsonNode> document = Json.tryRead(body);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        JsonNode value = MappingPaths.read(document.get(), path);
        if (value.isMissingNode()) {
            int dot = path.indexOf('.');
            if (dot > 0) {
                JsonNode head = MappingPaths.read(document.get(), path.substring(0, dot));
                if (head.isTextual()) {
                    return bodyPath(head.textValue(), path.substring(dot + 1));
                }
            }
            return Optional.empty();
        }
        if (value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(
                value.isValueNode()
                        ? value.asText()
                        : Json.mapper().valueToTree(value).toString());
    }

    private static Optional<String> contextValue(Map<String, Object> context, String dotted) {
        Object current = context;
        for (String key : dotted.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return current == null || current instanceof Map ? Optional.empty() : Optional.of(String.valueOf(current));
    }

    @Override
    public String toString() {
        return source;
    }
}

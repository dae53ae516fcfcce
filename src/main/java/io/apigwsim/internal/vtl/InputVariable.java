package io.apigwsim.internal.vtl;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code $input} for one rendering (docs/behavior.md#vtl-input). The body is parsed as JSON at most once, on first
 * use.
 *
 * <p>The methods templates call are declared by {@link TemplateMembers.Input}.
 */
final class InputVariable implements TemplateMembers.Input {

    // An empty body reads as "{}" (docs/behavior.md#vtl-input), and $input.json('$') then yields {} too.
    private static final String EMPTY_BODY = "{}";

    private final VtlInput input;
    private final JsonPaths jsonPaths;
    private final String body;
    private JsonNode document;

    InputVariable(VtlInput input, JsonPaths jsonPaths) {
        this.input = input;
        this.jsonPaths = jsonPaths;
        this.body = input.body().isEmpty() ? EMPTY_BODY : input.body();
    }

    @Override
    public String getBody() {
        return body;
    }

    // $input.json: the match as JSON text; a single-value path that matches nothing gives "" as JSON, that is two
    // double quotes, as inferred from LocalStack; not recorded on AWS (docs/behavior.md#uncertain-vtl).
    @Override
    public String json(Object path) {
        JsonNode result = evaluate("$input.json", path);
        if (result.isMissingNode()) {
            return "\"\"";
        }
        return new String(Json.write(result), StandardCharsets.UTF_8);
    }

    @Override
    public Object path(Object path) {
        return JsonValues.toTemplateValue(evaluate("$input.path", path));
    }

    // Exactly the keys path, querystring and header, in that order, one value per name
    // (docs/behavior.md#vtl-input, #method-request-passthrough-template).
    @Override
    public Map<String, Map<String, String>> params() {
        Map<String, Map<String, String>> params = new LinkedHashMap<>();
        params.put("path", new LinkedHashMap<>(input.path()));
        params.put("querystring", lastValues(input.querystring()));
        params.put("header", lastValues(input.header()));
        return params;
    }

    // Path first, then query string, then header; empty when absent (docs/behavior.md#vtl-input).
    // Names match exactly: mapping is case-sensitive (docs/behavior.md#request-parameter-mapping); a header's case
    // was not recorded (docs/behavior.md#uncertain-vtl).
    @Override
    public String params(Object name) {
        if (name == null) {
            return "";
        }
        String key = name.toString();
        String value = input.path().get(key);
        if (value != null) {
            return value;
        }
        return last(input.querystring().get(key))
                .or(() -> last(input.header().get(key)))
                .orElse("");
    }

    private JsonNode evaluate(String function, Object path) {
        if (path == null) {
            throw new TemplateFunctionException(TemplateFailures.nullJsonPath(function), null);
        }
        return jsonPaths.read(document(function), path.toString());
    }

    private JsonNode document(String function) {
        if (document == null) {
            document = Json.tryRead(body)
                    .orElseThrow(
                            () -> new TemplateFunctionException(TemplateFailures.bodyNotJson(function, body), null));
        }
        return document;
    }

    // Repeated names: the last value, inferred (docs/behavior.md#vtl-input).
    private static Map<String, String> lastValues(Map<String, List<String>> multi) {
        Map<String, String> single = new LinkedHashMap<>();
        multi.forEach((name, values) -> last(values).ifPresent(value -> single.put(name, value)));
        return single;
    }

    private static Optional<String> last(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    @Override
    public String toString() {
        return "$input with a body of " + body.length() + " characters";
    }
}

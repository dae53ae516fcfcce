package io.apigwsim.internal.vtl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.apigwsim.internal.json.Json;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates JSONPath expressions the way {@code $input.path} and {@code $input.json} do: Jayway JsonPath, the
 * "JSONPath for Java" the AWS reference links (docs/behavior.md#vtl-input), over Jackson trees. Compiled
 * expressions are kept per engine, so a template that runs many times parses each expression once.
 */
final class JsonPaths {

    // Both providers are given, so JsonPath never falls back to its json-smart defaults (excluded from the build).
    private static final Configuration CONFIGURATION = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(Json.mapper()))
            .mappingProvider(new JacksonMappingProvider(Json.mapper()))
            .build();

    // Templates usually pass literal expressions; the bound only guards against expressions built per request.
    private static final int MAX_CACHED = 512;

    private final Map<String, JsonPath> compiled = new ConcurrentHashMap<>();

    /**
     * Evaluate {@code expression} against {@code document}: the matched value, a JSON array for an expression that
     * can match several values, or a {@link MissingNode} when a single-value expression matches nothing.
     */
    JsonNode read(JsonNode document, String expression) {
        JsonPath path;
        try {
            path = compile(expression);
        } catch (NoClassDefFoundError e) {
            throw needsJsonSmart(expression, e);
        }
        Object result;
        try {
            result = path.read(document, CONFIGURATION);
        } catch (PathNotFoundException e) {
            // An expression that can match several values matches none: Jayway's rule is a list, here an empty one.
            return path.isDefinite() ? MissingNode.getInstance() : Json.mapper().createArrayNode();
        } catch (JsonPathException e) {
            throw new TemplateFunctionException(TemplateFailures.jsonPathFailed(expression, e), e);
        } catch (NoClassDefFoundError e) {
            throw needsJsonSmart(expression, e);
        }
        return result instanceof JsonNode node ? node : Json.mapper().valueToTree(result);
    }

    // Only filters that compare against JSON literals need json-smart, which the build leaves out.
    private static TemplateFunctionException needsJsonSmart(String expression, NoClassDefFoundError e) {
        return new TemplateFunctionException(TemplateFailures.jsonPathNeedsJsonSmart(expression), e);
    }

    private JsonPath compile(String expression) {
        JsonPath path = compiled.get(expression);
        if (path != null) {
            return path;
        }
        try {
            path = JsonPath.compile(expression);
        } catch (InvalidPathException | IllegalArgumentException e) {
            throw new TemplateFunctionException(TemplateFailures.invalidJsonPath(expression, e), e);
        }
        if (compiled.size() >= MAX_CACHED) {
            compiled.clear();
        }
        compiled.put(expression, path);
        return path;
    }
}

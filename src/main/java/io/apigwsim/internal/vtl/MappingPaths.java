package io.apigwsim.internal.vtl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSONPath for parameter mappings such as {@code method.request.body.pets[0].name} and
 * {@code integration.response.body.errorMessage}: the same evaluator the templates' {@code $input.path} uses.
 */
public final class MappingPaths {

    private static final JsonPaths PATHS = new JsonPaths();

    private MappingPaths() {}

    /**
     * Evaluate a mapping's JSONPath, written without the leading {@code $.}, against a document.
     *
     * @return the value, or a missing node when nothing matches
     * @throws IllegalArgumentException when the path is not valid JSONPath
     */
    public static JsonNode read(JsonNode document, String pathWithoutRoot) {
        try {
            return PATHS.read(document, "$." + pathWithoutRoot);
        } catch (TemplateFunctionException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}

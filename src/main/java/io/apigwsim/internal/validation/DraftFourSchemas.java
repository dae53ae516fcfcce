package io.apigwsim.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.apigwsim.internal.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compiles request models the way API Gateway accepts them: JSON Schema draft 4 only, checked against the draft 4
 * meta-schema, referring only inside itself (docs/behavior.md#request-body-models).
 */
final class DraftFourSchemas {

    private static final String DRAFT_4 = "http://json-schema.org/draft-04/schema";

    // Only the bundled draft 4 meta-schema is ever loaded: nothing is fetched from the network or the class path.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(
            Dialects.getDraft4(),
            registry -> registry.schemaLoader(
                    loader -> loader.allow(iri -> iri.toString().startsWith(DRAFT_4))));

    private static final Schema META_SCHEMA = REGISTRY.getSchema(SchemaLocation.of(DRAFT_4 + "#"));

    private static final int PROBLEMS_SHOWN = 3;

    private DraftFourSchemas() {}

    /**
     * Compile the schema declared for a content type (or {@code $default}); a schema that is not JSON, not draft 4,
     * not a valid draft 4 schema, or that refers to another document is refused with a message naming the model.
     */
    static RequestModel compile(String contentType, String schemaText) {
        String model = "request model for \"" + contentType + "\"";
        JsonNode tree = Json.tryRead(schemaText)
                .orElseThrow(() -> new IllegalArgumentException(model
                        + " is not JSON: write its schema as one JSON object, for example {\"type\": \"object\"}"));
        JsonNode declared = tree.path("$schema");
        if (declared.isTextual() && !isDraftFour(declared.textValue())) {
            throw new IllegalArgumentException(model + " declares \"$schema\": \"" + declared.textValue()
                    + "\", but API Gateway models are JSON Schema draft 4: use \"" + DRAFT_4
                    + "#\" or leave \"$schema\" out");
        }
        List<Error> problems =
                META_SCHEMA.validate(tree, context -> context.executionConfig(config -> config.locale(Locale.ENGLISH)));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(model + " is not a valid JSON Schema draft 4 (" + describe(problems)
                    + "): correct the schema, as API Gateway refuses to create such a model");
        }
        Optional<String> reference = externalReference(tree);
        if (reference.isPresent()) {
            throw new IllegalArgumentException(model + " refers to \"" + reference.get()
                    + "\", outside itself: copy the referenced schema into its \"definitions\" and refer to it as"
                    + " \"#/definitions/NAME\"");
        }
        try {
            Schema schema = REGISTRY.getSchema(tree);
            schema.initializeValidators();
            return new RequestModel(contentType, tree, schema);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    model + " cannot be compiled (" + e.getMessage() + "): correct the schema", e);
        }
    }

    private static boolean isDraftFour(String schemaId) {
        return schemaId.equals(DRAFT_4) || schemaId.equals(DRAFT_4 + "#");
    }

    private static String describe(List<Error> problems) {
        String shown = problems.stream()
                .limit(PROBLEMS_SHOWN)
                .map(problem -> {
                    String location = problem.getInstanceLocation().toString();
                    return (location.isEmpty() ? "the root" : location) + ": " + problem.getMessage();
                })
                .collect(Collectors.joining("; "));
        return problems.size() > PROBLEMS_SHOWN ? shown + "; ..." : shown;
    }

    // The first "$ref" that does not point inside this schema, such as another model's URL.
    private static Optional<String> externalReference(JsonNode node) {
        JsonNode reference = node.path("$ref");
        if (reference.isTextual() && !reference.textValue().startsWith("#")) {
            return Optional.of(reference.textValue());
        }
        for (JsonNode child : node) {
            Optional<String> found = externalReference(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}

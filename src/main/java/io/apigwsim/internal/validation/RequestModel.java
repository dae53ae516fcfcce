package io.apigwsim.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.apigwsim.internal.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One compiled request model: a JSON Schema draft 4 that a request body must match
 * (docs/behavior.md#request-body-models). Immutable and safe to share between threads.
 */
final class RequestModel {

    private final String contentType;
    private final JsonNode schemaTree;
    private final Schema schema;

    RequestModel(String contentType, JsonNode schemaTree, Schema schema) {
        this.contentType = contentType;
        this.schemaTree = schemaTree;
        this.schema = schema;
    }

    /** The content type this model was declared for, as declared, or {@code $default}. */
    String contentType() {
        return contentType;
    }

    /**
     * The {@code validationErrorString} of a body that does not match, or empty when it matches. A body that is
     * not one JSON value, an empty body included, never matches (docs/behavior.md#request-body-models,
     * #request-validation-error-details).
     */
    Optional<String> violations(byte[] body) {
        Optional<JsonNode> instance = Json.tryRead(body);
        if (instance.isEmpty()) {
            return Optional.of(ValidationErrorText.UNPARSABLE_BODY);
        }
        // English whatever the default locale: the few library messages that are kept must not be translated.
        List<Error> errors = schema.validate(
                instance.get(), context -> context.executionConfig(config -> config.locale(Locale.ENGLISH)));
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ValidationErrorText.of(errors, schemaTree, instance.get()));
    }

    @Override
    public String toString() {
        return contentType + " " + schemaTree;
    }
}

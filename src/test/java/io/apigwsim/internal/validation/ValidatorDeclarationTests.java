package io.apigwsim.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValidatorDeclarationTests {

    private static MethodRequestValidator parameters(String key) {
        return MethodRequestValidator.compile(false, true, Set.of(key), Map.of());
    }

    private static MethodRequestValidator model(String contentType, String schema) {
        return MethodRequestValidator.compile(true, false, Set.of(), Map.of(contentType, schema));
    }

    @Nested
    class RequiredParameterKeys {

        // Keys are method.request.{header|querystring|path}.NAME (docs/behavior.md#required-request-parameters).
        @Test
        void key_outside_the_method_request_is_refused() {
            assertThatThrownBy(() -> parameters("querystring.limit"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("required request parameter \"querystring.limit\" is not of the form"
                            + " method.request.{header|querystring|path}.NAME, for example"
                            + " \"method.request.querystring.limit\"");
        }

        // Keys are method.request.{header|querystring|path}.NAME (docs/behavior.md#required-request-parameters).
        @Test
        void unknown_location_is_refused() {
            assertThatThrownBy(() -> parameters("method.request.body.name"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("required request parameter \"method.request.body.name\" has the location \"body\","
                            + " which a method request does not have: use method.request.header.NAME,"
                            + " method.request.querystring.NAME or method.request.path.NAME");
        }

        // Keys are method.request.{header|querystring|path}.NAME (docs/behavior.md#required-request-parameters).
        @Test
        void key_without_a_name_is_refused() {
            assertThatThrownBy(() -> parameters("method.request.path."))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("required request parameter \"method.request.path.\" has no name: write"
                            + " \"method.request.path.NAME\", for example \"method.request.path.id\"");
        }

        // Keys are method.request.{header|querystring|path}.NAME (docs/behavior.md#required-request-parameters).
        @Test
        void key_without_a_location_is_refused() {
            assertThatThrownBy(() -> parameters("method.request.limit"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("required request parameter \"method.request.limit\" is not of the form");
        }

        // A name may hold dots: the name is all after the location (docs/behavior.md#required-request-parameters).
        @Test
        void name_with_dots_is_accepted() {
            assertThat(parameters("method.request.header.x.trace.id").toString())
                    .contains("method.request.header.x.trace.id");
        }

        // Only what the validator uses is read: keys are not checked when parameters are not validated.
        @Test
        void keys_are_not_read_when_parameters_are_not_validated() {
            assertThat(MethodRequestValidator.compile(false, false, Set.of("nonsense"), Map.of())
                            .validatesAnything())
                    .isFalse();
        }
    }

    @Nested
    class ModelContentTypes {

        // requestModels keys are media types or $default (docs/behavior.md#request-body-models).
        @Test
        void key_that_is_not_a_media_type_is_refused() {
            assertThatThrownBy(() -> model("json", "{}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "request model content type \"json\" is not a media type: use type/subtype without"
                                    + " parameters, such as \"application/json\", or \"$default\" for every other content type");
        }

        // requestModels keys are media types or $default (docs/behavior.md#request-body-models).
        @Test
        void key_with_parameters_is_refused() {
            assertThatThrownBy(() -> model("application/json; charset=utf-8", "{}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(
                            "request model content type \"application/json; charset=utf-8\" is not a media type");
        }

        // Media types are compared without regard to case (docs/behavior.md#request-body-models).
        @Test
        void two_keys_of_one_media_type_are_refused() {
            Map<String, String> models = new LinkedHashMap<>();
            models.put("application/json", "{}");
            models.put("Application/JSON", "{}");

            assertThatThrownBy(() -> MethodRequestValidator.compile(true, false, Set.of(), models))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("request model content types \"application/json\" and \"Application/JSON\" are the"
                            + " same media type: keep one of them");
        }
    }

    @Nested
    class ModelSchemas {

        // Models are JSON Schema draft 4 documents (docs/behavior.md#request-body-models).
        @Test
        void schema_that_is_not_json_is_refused() {
            assertThatThrownBy(() -> model("application/json", "{type: object}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("request model for \"application/json\" is not JSON: write its schema as one JSON"
                            + " object, for example {\"type\": \"object\"}");
        }

        // Models are JSON Schema draft 4 documents (docs/behavior.md#request-body-models).
        @Test
        void schema_of_another_draft_is_refused() {
            assertThatThrownBy(() -> model(
                            "$default",
                            "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"type\": \"object\"}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("request model for \"$default\" declares \"$schema\":"
                            + " \"http://json-schema.org/draft-07/schema#\", but API Gateway models are JSON Schema"
                            + " draft 4: use \"http://json-schema.org/draft-04/schema#\" or leave \"$schema\" out");
        }

        // API Gateway refuses a model whose schema is not valid draft 4, such as "required": []
        // (docs/behavior.md#request-body-models).
        @Test
        void invalid_draft_four_schema_is_refused() {
            assertThatThrownBy(() -> model("application/json", "{\"type\": \"object\", \"required\": []}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("request model for \"application/json\" is not a valid JSON Schema draft 4"
                            + " (/required: must have at least 1 items but found 0): correct the schema, as API Gateway"
                            + " refuses to create such a model");
        }

        // A schema must be a JSON object (docs/behavior.md#request-body-models).
        @Test
        void schema_that_is_not_an_object_is_refused() {
            assertThatThrownBy(() -> model("application/json", "[1]"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("request model for \"application/json\" is not a valid JSON Schema draft 4"
                            + " (the root: ");
        }

        // A reference to another model cannot be resolved here (docs/behavior.md#request-body-models).
        @Test
        void reference_outside_the_model_is_refused() {
            assertThatThrownBy(() -> model(
                            "application/json",
                            "{\"type\": \"array\", \"items\": {\"$ref\":"
                                    + " \"https://apigateway.amazonaws.com/restapis/abc123/models/testSchema\"}}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("request model for \"application/json\" refers to"
                            + " \"https://apigateway.amazonaws.com/restapis/abc123/models/testSchema\", outside itself:"
                            + " copy the referenced schema into its \"definitions\" and refer to it as"
                            + " \"#/definitions/NAME\"");
        }

        // A reference inside the model must resolve (docs/behavior.md#request-body-models).
        @Test
        void unresolvable_reference_is_refused() {
            assertThatThrownBy(() ->
                            model("application/json", "{\"properties\": {\"a\": {\"$ref\": \"#/definitions/Nope\"}}}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("request model for \"application/json\" cannot be compiled (")
                    .hasMessageEndingWith("): correct the schema");
        }

        // A pattern must be a regular expression (docs/behavior.md#request-body-models).
        @Test
        void invalid_pattern_is_refused() {
            assertThatThrownBy(() -> model("application/json", "{\"pattern\": \"(\"}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("request model for \"application/json\" is not a valid JSON Schema draft 4"
                            + " (/pattern: ");
        }

        // The draft 4 $schema, with or without its trailing #, is accepted (docs/behavior.md#request-body-models).
        @Test
        void draft_four_schema_is_accepted() {
            assertThat(model("application/json", "{\"$schema\": \"http://json-schema.org/draft-04/schema\"}")
                            .validatesAnything())
                    .isTrue();
        }

        // Only what the validator uses is compiled: models are not read when the body is not validated.
        @Test
        void models_are_not_read_when_the_body_is_not_validated() {
            assertThat(MethodRequestValidator.compile(false, false, Set.of(), Map.of("json", "not json"))
                            .validatesAnything())
                    .isFalse();
        }
    }
}

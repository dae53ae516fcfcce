package io.apigwsim.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.http.Headers;
import io.apigwsim.internal.validation.ValidationFailure.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestBodyModelTests {

    private static final byte[] NO_BODY = new byte[0];

    private static final String TEST_SCHEMA = """
            {"$schema": "http://json-schema.org/draft-04/schema#", "title": "testSchema", "type": "object",
             "properties": {"a": {"type": "number"}, "b": {"type": "number"}}, "required": ["a", "b"]}""";

    private static final String PET_SCHEMA = """
            {"type": "object",
             "properties": {
               "id": {"type": "integer"},
               "type": {"type": "string", "enum": ["dog", "cat", "fish"]},
               "name": {"type": "string"},
               "price": {"type": "number", "minimum": 25, "maximum": 500}},
             "required": ["type", "name", "price"]}""";

    private static final String CREATE_USER_SCHEMA = """
            {"$schema": "http://json-schema.org/draft-04/schema#", "title": "Create User Model Schema",
             "type": "object",
             "properties": {
               "firstName": {"type": "string"}, "lastName": {"type": "string"}, "email": {"type": "string"},
               "password": {"type": "string"}, "repeatPassword": {"type": "string"}, "age": {"type": "integer"}},
             "required": ["firstName", "lastName", "email", "password", "repeatPassword"]}""";

    private static MethodRequestValidator bodyOnly(Map<String, String> models) {
        return MethodRequestValidator.compile(true, false, Set.of(), models);
    }

    private static Optional<ValidationFailure> send(MethodRequestValidator validator, String contentType, String body) {
        Headers headers = contentType == null
                ? Headers.empty()
                : Headers.builder().add("Content-Type", contentType).build();
        return validator.validate(
                headers, Map.of(), Map.of(), body == null ? NO_BODY : body.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class RecordedOnAws {

        private final MethodRequestValidator testSchema = bodyOnly(Map.of("application/json", TEST_SCHEMA));

        // {"test": "test"} against the model requiring a and b: 400 Invalid request body
        // (docs/behavior.md#request-body-models, #request-validation-error-details).
        @Test
        void body_without_the_required_properties_is_invalid() {
            assertThat(send(testSchema, "application/json", "{\"test\": \"test\"}"))
                    .contains(new ValidationFailure(
                            Kind.BAD_REQUEST_BODY,
                            "Invalid request body",
                            "[object has missing required properties ([\"a\",\"b\"])]"));
        }

        // {"a": 1, "b": 2} matches (docs/behavior.md#request-body-models).
        @Test
        void body_matching_the_model_passes() {
            assertThat(send(testSchema, "application/json", "{\"a\": 1, \"b\": 2}"))
                    .isEmpty();
        }

        // A GET without body and without Content-Type is validated against the application/json model and fails
        // (docs/behavior.md#request-body-models).
        @Test
        void missing_body_without_content_type_is_invalid() {
            assertThat(send(testSchema, null, null).map(ValidationFailure::message))
                    .contains("Invalid request body");
        }

        // The same GET with Content-Type application/json fails too (docs/behavior.md#request-body-models).
        @Test
        void missing_body_with_json_content_type_is_invalid() {
            assertThat(send(testSchema, "application/json", null).map(ValidationFailure::message))
                    .contains("Invalid request body");
        }

        // The model whose status is null or a StatusModel object: both pass; no body and {"badFormat": "bla"}
        // fail (docs/behavior.md#request-body-models).
        @Test
        void one_of_null_or_a_referenced_model() {
            MethodRequestValidator validator = bodyOnly(Map.of("application/json", """
                    {"type": "object",
                     "properties": {"status": {"oneOf": [{"type": "null"}, {"$ref": "#/definitions/StatusModel"}]}},
                     "required": ["status"],
                     "definitions": {"StatusModel": {"type": "object",
                        "properties": {"Status": {"type": "string"}, "Order": {"type": "integer"}},
                        "required": ["Status", "Order"]}}}"""));

            assertThat(send(validator, "application/json", "{\"status\": null}"))
                    .isEmpty();
            assertThat(send(validator, "application/json", "{\"status\": {\"Status\": \"works\", \"Order\": 1}}"))
                    .isEmpty();
            assertThat(send(validator, null, null).map(ValidationFailure::message))
                    .contains("Invalid request body");
            assertThat(send(validator, "application/json", "{\"badFormat\": \"bla\"}"))
                    .map(ValidationFailure::validationErrorString)
                    .contains("[object has missing required properties ([\"status\"])]");
        }

        // A model that is an array of testSchema objects: [{"a": 1, "b": 2}] passes, no body fails
        // (docs/behavior.md#request-body-models).
        @Test
        void array_of_a_referenced_model() {
            MethodRequestValidator validator = bodyOnly(Map.of("application/json", """
                    {"type": "array", "items": {"$ref": "#/definitions/testSchema"},
                     "definitions": {"testSchema": %s}}""".formatted(TEST_SCHEMA)));

            assertThat(send(validator, "application/json", "[{\"a\": 1, \"b\": 2}]"))
                    .isEmpty();
            assertThat(send(validator, null, null).map(ValidationFailure::message))
                    .contains("Invalid request body");
        }

        // Two of five required properties sent: the detail lists the other three
        // (docs/behavior.md#request-validation-error-details).
        @Test
        void detail_lists_the_missing_required_properties() {
            assertThat(send(
                                    bodyOnly(Map.of("application/json", CREATE_USER_SCHEMA)),
                                    "application/json",
                                    "{\"firstName\": \"Art\", \"lastName\": \"Shyshkin\"}")
                            .map(ValidationFailure::validationErrorString))
                    .contains("[object has missing required properties ([\"email\",\"password\",\"repeatPassword\"])]");
        }

        // An empty body: [Unknown error parsing request body] (docs/behavior.md#request-validation-error-details).
        @Test
        void empty_body_cannot_be_parsed() {
            assertThat(send(bodyOnly(Map.of("application/json", CREATE_USER_SCHEMA)), "application/json", "")
                            .map(ValidationFailure::validationErrorString))
                    .contains("[Unknown error parsing request body]");
        }
    }

    @Nested
    class Documented {

        private final MethodRequestValidator pets = bodyOnly(Map.of("application/json", PET_SCHEMA));

        // The sample API's model: a dog named Marco at 260 passes (docs/behavior.md#request-body-models).
        @Test
        void pet_matching_the_model_passes() {
            assertThat(send(pets, "application/json", "{\"name\": \"Marco\", \"type\": \"dog\", \"price\": 260}"))
                    .isEmpty();
        }

        // type bird is not in the enumeration: Invalid request body (docs/behavior.md#request-body-models).
        @Test
        void value_outside_the_enumeration_is_invalid() {
            assertThat(send(pets, "application/json", "{\"name\": \"Molly\", \"type\": \"bird\", \"price\": 269}"))
                    .map(ValidationFailure::message)
                    .contains("Invalid request body");
        }

        // price 501 is above the maximum 500: Invalid request body (docs/behavior.md#request-body-models).
        @Test
        void number_above_the_maximum_is_invalid() {
            assertThat(send(pets, "application/json", "{\"name\": \"Molly\", \"type\": \"dog\", \"price\": 501}"))
                    .map(ValidationFailure::message)
                    .contains("Invalid request body");
        }

        // A body that is not JSON fails (docs/behavior.md#request-body-models).
        @Test
        void body_that_is_not_json_is_invalid() {
            assertThat(send(pets, "application/json", "name=Marco&type=dog"))
                    .contains(new ValidationFailure(
                            Kind.BAD_REQUEST_BODY, "Invalid request body", "[Unknown error parsing request body]"));
        }

        // A JSON value followed by more text is not one JSON value (docs/behavior.md#request-body-models).
        @Test
        void body_with_trailing_text_is_invalid() {
            assertThat(send(pets, "application/json", "{\"name\": \"Marco\", \"type\": \"dog\", \"price\": 260} x"))
                    .map(ValidationFailure::validationErrorString)
                    .contains("[Unknown error parsing request body]");
        }
    }

    @Nested
    class ModelSelection {

        private final MethodRequestValidator jsonOnly = bodyOnly(Map.of("application/json", TEST_SCHEMA));

        // The media type selects the model; parameters and case do not matter (docs/behavior.md#request-body-models).
        @Test
        void content_type_parameters_and_case_are_ignored() {
            assertThat(send(jsonOnly, "application/json; charset=utf-8", "{}")).isPresent();
            assertThat(send(jsonOnly, "Application/JSON", "{}")).isPresent();
            assertThat(send(jsonOnly, " application/json ;charset=UTF-8", "{\"a\": 1, \"b\": 2}"))
                    .isEmpty();
        }

        // No model for the content type and no $default: the body is not validated
        // (docs/behavior.md#request-body-models).
        @Test
        void body_of_another_content_type_is_not_validated() {
            assertThat(send(jsonOnly, "application/xml", "<pet/>")).isEmpty();
            assertThat(send(jsonOnly, "text/plain", "")).isEmpty();
        }

        // $default applies to every content type without a model of its own (docs/behavior.md#request-body-models).
        @Test
        void default_model_applies_to_other_content_types() {
            Map<String, String> models = new LinkedHashMap<>();
            models.put("application/json", TEST_SCHEMA);
            models.put("$default", "{\"type\": \"array\"}");
            MethodRequestValidator validator = bodyOnly(models);

            assertThat(send(validator, "text/plain", "[1]")).isEmpty();
            assertThat(send(validator, "text/plain", "{\"a\": 1, \"b\": 2}"))
                    .map(ValidationFailure::validationErrorString)
                    .contains(
                            "[instance type (object) does not match any allowed primitive type (allowed: [\"array\"])]");
            assertThat(send(validator, "application/json", "{\"a\": 1, \"b\": 2}"))
                    .isEmpty();
        }

        // $default alone also validates a request without Content-Type (docs/behavior.md#request-body-models).
        @Test
        void default_model_validates_a_request_without_content_type() {
            assertThat(send(bodyOnly(Map.of("$default", TEST_SCHEMA)), null, "{\"a\": 1}"))
                    .map(ValidationFailure::validationErrorString)
                    .contains("[object has missing required properties ([\"b\"])]");
        }

        // A validator that validates only parameters does not look at the body (docs/behavior.md#request-validators).
        @Test
        void body_is_not_validated_when_the_validator_validates_only_parameters() {
            MethodRequestValidator parametersOnly =
                    MethodRequestValidator.compile(false, true, Set.of(), Map.of("application/json", TEST_SCHEMA));

            assertThat(send(parametersOnly, "application/json", "not json")).isEmpty();
        }

        // Body validation without any model validates nothing (docs/behavior.md#request-body-models).
        @Test
        void method_without_models_is_not_validated() {
            MethodRequestValidator validator = bodyOnly(Map.of());

            assertThat(validator.validatesAnything()).isFalse();
            assertThat(send(validator, "application/json", "not json")).isEmpty();
        }
    }

    @Nested
    class Sharing {

        // A compiled validator serves a stage's requests from many threads at once.
        @Test
        void one_validator_validates_from_several_threads() throws InterruptedException, ExecutionException {
            MethodRequestValidator validator = bodyOnly(Map.of("application/json", TEST_SCHEMA));
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<Optional<ValidationFailure>>> results = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    String body = i % 2 == 0 ? "{\"a\": 1, \"b\": 2}" : "{\"a\": 1}";
                    results.add(threads.submit(() -> send(validator, "application/json", body)));
                }
                for (int i = 0; i < results.size(); i++) {
                    Optional<String> detail = results.get(i).get().map(ValidationFailure::validationErrorString);
                    if (i % 2 == 0) {
                        assertThat(detail).isEmpty();
                    } else {
                        assertThat(detail).contains("[object has missing required properties ([\"b\"])]");
                    }
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }
}

package io.apigwsim.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.http.Headers;
import io.apigwsim.internal.validation.ValidationFailure.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequiredRequestParametersTests {

    private static final byte[] NO_BODY = new byte[0];

    private static final String TEST_SCHEMA = """
            {"$schema": "http://json-schema.org/draft-04/schema#", "title": "testSchema", "type": "object",
             "properties": {"a": {"type": "number"}, "b": {"type": "number"}}, "required": ["a", "b"]}""";

    private static MethodRequestValidator parametersOnly(String... keys) {
        return MethodRequestValidator.compile(false, true, Set.of(keys), Map.of());
    }

    private static Headers headers(String... namesAndValues) {
        Headers.Builder builder = Headers.builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            builder.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return builder.build();
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Nested
    class RecordedOnAws {

        // The method of the recording: POST /nested/{test} requiring header x-header-param, query string qs1 and
        // the path parameter issuer, which is not a variable of the resource path
        // (docs/behavior.md#required-request-parameters).
        private final MethodRequestValidator nestedTest = MethodRequestValidator.compile(
                true,
                true,
                Set.of(
                        "method.request.header.x-header-param",
                        "method.request.path.issuer",
                        "method.request.querystring.qs1"),
                Map.of("application/json", TEST_SCHEMA));

        // Every required parameter missing and a body that fails the model: the parameters' failure, names only,
        // x-header-param, issuer, qs1 (docs/behavior.md#required-request-parameters, #request-validators).
        @Test
        void all_parameters_missing_are_reported_before_the_invalid_body() {
            Optional<ValidationFailure> failure = nestedTest.validate(
                    Headers.builder().add("Content-Type", "application/json").build(),
                    Map.of(),
                    Map.of("test", "value"),
                    json("{\"test\": \"test\"}"));

            assertThat(failure)
                    .contains(new ValidationFailure(
                            Kind.BAD_REQUEST_PARAMETERS,
                            "Missing required request parameters: [x-header-param, issuer, qs1]",
                            "Missing required request parameters: [x-header-param, issuer, qs1]"));
        }

        // GET with qs1 only: [x-header-param]; the path parameter issuer is missing too, but the recording ran
        // the GET method, which required the path parameter test instead
        // (docs/behavior.md#required-request-parameters).
        @Test
        void missing_header_alone_is_reported() {
            MethodRequestValidator get = MethodRequestValidator.compile(
                    true,
                    true,
                    Set.of(
                            "method.request.header.x-header-param",
                            "method.request.path.test",
                            "method.request.querystring.qs1"),
                    Map.of("application/json", TEST_SCHEMA));

            assertThat(get.validate(Headers.empty(), Map.of("qs1", List.of("test")), Map.of("test", "value"), NO_BODY)
                            .map(ValidationFailure::message))
                    .contains("Missing required request parameters: [x-header-param]");
            assertThat(get.validate(headers("x-header-param", "test"), Map.of(), Map.of("test", "value"), NO_BODY)
                            .map(ValidationFailure::message))
                    .contains("Missing required request parameters: [qs1]");
        }

        // A required path parameter that is not a variable of the resource path is always missing
        // (docs/behavior.md#required-request-parameters).
        @Test
        void path_parameter_that_is_not_a_resource_variable_is_always_missing() {
            Optional<ValidationFailure> failure = nestedTest.validate(
                    headers("x-header-param", "test", "Content-Type", "application/json"),
                    Map.of("qs1", List.of("test")),
                    Map.of("test", "value"),
                    json("{\"a\": 1, \"b\": 2}"));

            assertThat(failure.map(ValidationFailure::message))
                    .contains("Missing required request parameters: [issuer]");
        }

        // Two required query strings, both missing: [divisor, dividend], not in key order
        // (docs/behavior.md#required-request-parameters).
        @Test
        void two_missing_query_strings_are_listed_in_api_gateways_order() {
            MethodRequestValidator divide =
                    parametersOnly("method.request.querystring.dividend", "method.request.querystring.divisor");

            assertThat(divide.validate(Headers.empty(), Map.of(), Map.of(), NO_BODY)
                            .map(ValidationFailure::message))
                    .contains("Missing required request parameters: [divisor, dividend]");
        }

        // A missing required header is named as declared: [Authorization]
        // (docs/behavior.md#required-request-parameters).
        @Test
        void header_is_named_as_declared() {
            assertThat(parametersOnly("method.request.header.Authorization")
                            .validate(Headers.empty(), Map.of("count", List.of("2")), Map.of(), NO_BODY)
                            .map(ValidationFailure::message))
                    .contains("Missing required request parameters: [Authorization]");
        }

        // All present and a body matching the model: the request passes (docs/behavior.md#request-validators).
        @Test
        void request_with_every_parameter_and_a_valid_body_passes() {
            MethodRequestValidator post = MethodRequestValidator.compile(
                    true,
                    true,
                    Set.of(
                            "method.request.header.x-header-param",
                            "method.request.path.test",
                            "method.request.querystring.qs1"),
                    Map.of("application/json", TEST_SCHEMA));

            assertThat(post.validate(
                            headers("x-header-param", "test", "Content-Type", "application/json"),
                            Map.of("qs1", List.of("test")),
                            Map.of("test", "value"),
                            json("{\"a\": 1, \"b\": 2}")))
                    .isEmpty();
        }
    }

    @Nested
    class PresentAndNotBlank {

        // GET /validation without q1 and with q1= both fail: a required parameter must be present and not blank
        // (docs/behavior.md#required-request-parameters).
        @Test
        void missing_or_empty_query_string_fails() {
            MethodRequestValidator validator = parametersOnly("method.request.querystring.q1");

            assertThat(validator
                            .validate(Headers.empty(), Map.of(), Map.of(), NO_BODY)
                            .map(ValidationFailure::message))
                    .contains("Missing required request parameters: [q1]");
            assertThat(validator
                            .validate(Headers.empty(), Map.of("q1", List.of("")), Map.of(), NO_BODY)
                            .map(ValidationFailure::message))
                    .contains("Missing required request parameters: [q1]");
            assertThat(validator.validate(Headers.empty(), Map.of("q1", List.of("cat")), Map.of(), NO_BODY))
                    .isEmpty();
        }

        // POST /validation without h1 or with h1 blank fails (docs/behavior.md#required-request-parameters).
        @Test
        void missing_or_empty_header_fails() {
            MethodRequestValidator validator = parametersOnly("method.request.header.h1");

            assertThat(validator
                            .validate(Headers.empty(), Map.of(), Map.of(), NO_BODY)
                            .map(ValidationFailure::message))
                    .contains("Missing required request parameters: [h1]");
            assertThat(validator
                            .validate(headers("h1", ""), Map.of(), Map.of(), NO_BODY)
                            .map(ValidationFailure::message))
                    .contains("Missing required request parameters: [h1]");
            assertThat(validator.validate(headers("h1", "v1"), Map.of(), Map.of(), NO_BODY))
                    .isEmpty();
        }

        // [UNCERTAIN] A value of spaces counts as blank (docs/behavior.md#uncertain-request-validation).
        @Test
        void value_of_spaces_is_blank() {
            assertThat(parametersOnly("method.request.header.h1")
                            .validate(headers("h1", "   "), Map.of(), Map.of(), NO_BODY))
                    .isPresent();
        }

        // Header names are compared without regard to case (docs/behavior.md#required-request-parameters).
        @Test
        void header_name_matches_in_any_case() {
            assertThat(parametersOnly("method.request.header.x-api-version")
                            .validate(headers("X-API-Version", "2"), Map.of(), Map.of(), NO_BODY))
                    .isEmpty();
        }

        // Query string names are case-sensitive (docs/behavior.md#required-request-parameters).
        @Test
        void query_string_name_matches_only_in_its_case() {
            assertThat(parametersOnly("method.request.querystring.limit")
                            .validate(Headers.empty(), Map.of("Limit", List.of("10")), Map.of(), NO_BODY)
                            .map(ValidationFailure::message))
                    .contains("Missing required request parameters: [limit]");
        }

        // A present path variable satisfies a required path parameter (docs/behavior.md#required-request-parameters).
        @Test
        void path_variable_satisfies_required_path_parameter() {
            assertThat(parametersOnly("method.request.path.id")
                            .validate(Headers.empty(), Map.of(), Map.of("id", "42"), NO_BODY))
                    .isEmpty();
        }

        // [UNCERTAIN] A repeated query string parameter counts with its last value
        // (docs/behavior.md#uncertain-request-validation).
        @Test
        void repeated_query_string_counts_with_its_last_value() {
            MethodRequestValidator validator = parametersOnly("method.request.querystring.q1");

            assertThat(validator.validate(Headers.empty(), Map.of("q1", List.of("cat", "")), Map.of(), NO_BODY))
                    .isPresent();
            assertThat(validator.validate(Headers.empty(), Map.of("q1", List.of("", "cat")), Map.of(), NO_BODY))
                    .isEmpty();
        }
    }

    @Nested
    class Validator {

        // A validator that does not validate parameters lets a request without them through
        // (docs/behavior.md#request-validators).
        @Test
        void parameters_are_not_checked_when_the_validator_validates_only_the_body() {
            MethodRequestValidator bodyOnly =
                    MethodRequestValidator.compile(true, false, Set.of("method.request.querystring.q1"), Map.of());

            assertThat(bodyOnly.validate(Headers.empty(), Map.of(), Map.of(), NO_BODY))
                    .isEmpty();
            assertThat(bodyOnly.validatesAnything()).isFalse();
        }

        // Parameter validation without required parameters checks nothing (docs/behavior.md#request-validators).
        @Test
        void validator_without_required_parameters_checks_nothing() {
            MethodRequestValidator validator = MethodRequestValidator.compile(false, true, Set.of(), Map.of());

            assertThat(validator.validatesAnything()).isFalse();
            assertThat(validator.validate(Headers.empty(), Map.of(), Map.of(), NO_BODY))
                    .isEmpty();
        }

        // The same name required in two locations and missing in both is listed once [UNCERTAIN]
        // (docs/behavior.md#uncertain-request-validation).
        @Test
        void name_missing_in_two_locations_is_listed_once() {
            assertThat(parametersOnly("method.request.header.id", "method.request.querystring.id")
                            .validate(Headers.empty(), Map.of(), Map.of(), NO_BODY)
                            .map(ValidationFailure::message))
                    .contains("Missing required request parameters: [id]");
        }
    }
}

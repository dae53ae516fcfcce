package io.apigwsim.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.http.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

// [UNCERTAIN] Beyond the recorded missing-properties message, these texts follow the messages of the validator
// API Gateway runs, not recordings (docs/behavior.md#request-validation-error-details,
// #uncertain-request-validation).
class ValidationErrorTextTests {

    private static String detail(String schema, String body) {
        MethodRequestValidator validator =
                MethodRequestValidator.compile(true, false, Set.of(), Map.of("application/json", schema));
        return validator
                .validate(Headers.empty(), Map.of(), Map.of(), body.getBytes(StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("expected " + body + " to fail " + schema))
                .validationErrorString();
    }

    @Test
    void missing_required_properties_are_listed_sorted_in_one_message() {
        assertThat(detail("{\"required\": [\"c\", \"a\", \"b\"]}", "{\"b\": 1}"))
                .isEqualTo("[object has missing required properties ([\"a\",\"c\"])]");
    }

    @Test
    void wrong_type_names_the_found_and_allowed_types() {
        assertThat(detail("{\"type\": \"integer\"}", "\"s\""))
                .isEqualTo(
                        "[instance type (string) does not match any allowed primitive type (allowed: [\"integer\"])]");
    }

    @Test
    void number_type_also_allows_integers() {
        assertThat(detail("{\"type\": [\"string\", \"number\"]}", "true"))
                .isEqualTo("[instance type (boolean) does not match any allowed primitive type"
                        + " (allowed: [\"integer\",\"number\",\"string\"])]");
    }

    @Test
    void value_outside_the_enumeration_shows_value_and_enumeration() {
        assertThat(detail("{\"enum\": [\"dog\", \"cat\", \"fish\"]}", "\"bird\""))
                .isEqualTo(
                        "[instance value (\"bird\") not found in enum (possible values: [\"dog\",\"cat\",\"fish\"])]");
    }

    @Test
    void numbers_outside_their_limits() {
        assertThat(detail("{\"minimum\": 25}", "10"))
                .isEqualTo("[numeric instance is lower than the required minimum (minimum: 25, found: 10)]");
        assertThat(detail("{\"maximum\": 500}", "501"))
                .isEqualTo("[numeric instance is greater than the required maximum (maximum: 500, found: 501)]");
        assertThat(detail("{\"minimum\": 25, \"exclusiveMinimum\": true}", "25"))
                .isEqualTo("[numeric instance is not strictly greater than the required minimum 25]");
        assertThat(detail("{\"maximum\": 500, \"exclusiveMaximum\": true}", "500"))
                .isEqualTo("[numeric instance is not strictly lower than the required maximum 500]");
        assertThat(detail("{\"multipleOf\": 3}", "7")).isEqualTo("[remainder of division is not zero (7 / 3)]");
    }

    @Test
    void strings_outside_their_limits() {
        assertThat(detail("{\"minLength\": 3}", "\"ab\""))
                .isEqualTo("[string \"ab\" is too short (length: 2, required minimum: 3)]");
        assertThat(detail("{\"maxLength\": 3}", "\"abcd\""))
                .isEqualTo("[string \"abcd\" is too long (length: 4, maximum allowed: 3)]");
        assertThat(detail("{\"pattern\": \"^a+$\"}", "\"b\""))
                .isEqualTo("[ECMA 262 regex \"^a+$\" does not match input string \"b\"]");
        assertThat(detail("{\"format\": \"email\"}", "\"nope\""))
                .isEqualTo("[string \"nope\" is not a valid email address]");
        assertThat(detail("{\"format\": \"date-time\"}", "\"yesterday\""))
                .isEqualTo("[string \"yesterday\" is invalid against requested date format(s)"
                        + " [\"yyyy-MM-dd'T'HH:mm:ssZ\",\"yyyy-MM-dd'T'HH:mm:ss.[0-9]{1,12}Z\"]]");
        assertThat(detail("{\"format\": \"ipv4\"}", "\"1.2.3\""))
                .isEqualTo("[string \"1.2.3\" is not a valid IPv4 address]");
    }

    @Test
    void arrays_and_objects_outside_their_limits() {
        assertThat(detail("{\"minItems\": 2}", "[1]"))
                .isEqualTo("[array is too short: must have at least 2 elements but instance has 1 elements]");
        assertThat(detail("{\"maxItems\": 1}", "[1, 2]"))
                .isEqualTo("[array is too long: must have at most 1 elements but instance has 2 elements]");
        assertThat(detail("{\"uniqueItems\": true}", "[1, 1]"))
                .isEqualTo("[array must not contain duplicate elements]");
        assertThat(detail("{\"items\": [{}], \"additionalItems\": false}", "[1, 2]"))
                .isEqualTo("[schema only allows 1 elements in array but instance has 2 elements]");
        assertThat(detail("{\"minProperties\": 2}", "{\"a\": 1}"))
                .isEqualTo("[object has too few properties (found 1 but schema requires at least 2)]");
        assertThat(detail("{\"maxProperties\": 1}", "{\"a\": 1, \"b\": 2}"))
                .isEqualTo("[object has too many properties (found 2 but schema requires at most 1)]");
    }

    @Test
    void unwanted_properties_are_listed_sorted_in_one_message() {
        assertThat(detail(
                        "{\"properties\": {\"a\": {}}, \"additionalProperties\": false}",
                        "{\"a\": 1, \"z\": 2, \"y\": 3}"))
                .isEqualTo("[object instance has properties which are not allowed by the schema: [\"y\",\"z\"]]");
    }

    @Test
    void missing_property_dependencies() {
        assertThat(detail("{\"dependencies\": {\"a\": [\"c\", \"b\"]}}", "{\"a\": 1, \"b\": 2}"))
                .isEqualTo("[property \"a\" of object has missing property dependencies"
                        + " (schema requires [\"b\",\"c\"]; missing: [\"c\"])]");
    }

    @Test
    void combinators_make_one_message_without_their_subschemas_messages() {
        String twoTypes = "[{\"type\": \"string\"}, {\"type\": \"integer\"}]";
        assertThat(detail("{\"oneOf\": " + twoTypes + "}", "true"))
                .isEqualTo("[instance failed to match exactly one schema (matched 0 out of 2)]");
        assertThat(detail("{\"oneOf\": [{\"type\": \"integer\"}, {\"minimum\": 0}]}", "1"))
                .isEqualTo("[instance failed to match exactly one schema (matched 2 out of 2)]");
        assertThat(detail("{\"anyOf\": " + twoTypes + "}", "true"))
                .isEqualTo("[instance failed to match at least one required schema among 2]");
        assertThat(detail("{\"allOf\": [{\"type\": \"integer\"}, {\"minimum\": 5}, {\"maximum\": 9}]}", "3"))
                .isEqualTo("[instance failed to match all required schemas (matched only 2 out of 3)]");
        assertThat(detail("{\"not\": {\"type\": \"string\"}}", "\"x\""))
                .isEqualTo("[instance matched a schema which it should not have]");
    }

    @Test
    void combinator_inside_a_property_is_reported_for_that_property() {
        assertThat(detail(
                        "{\"properties\": {\"p\": {\"anyOf\": [{\"type\": \"string\"}, {\"required\": [\"q\"]}]}}}",
                        "{\"p\": {}}"))
                .isEqualTo("[instance failed to match at least one required schema among 2]");
    }

    @Test
    void messages_of_one_value_follow_keyword_names() {
        assertThat(detail("{\"type\": \"string\", \"enum\": [\"x\"]}", "1"))
                .isEqualTo(
                        "[instance value (1) not found in enum (possible values: [\"x\"]),"
                                + " instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])]");
    }

    @Test
    void unwanted_and_missing_properties_of_one_object_make_two_messages() {
        assertThat(detail(
                        "{\"properties\": {\"a\": {}}, \"additionalProperties\": false, \"required\": [\"a\"]}",
                        "{\"z\": 1}"))
                .isEqualTo("[object instance has properties which are not allowed by the schema: [\"z\"],"
                        + " object has missing required properties ([\"a\"])]");
    }

    @Test
    void values_inside_are_not_checked_once_their_container_failed() {
        assertThat(detail(
                        "{\"required\": [\"a\", \"b\"], \"properties\": {\"a\": {\"type\": \"number\"}}}",
                        "{\"a\": \"x\"}"))
                .isEqualTo("[object has missing required properties ([\"b\"])]");
    }

    @Test
    void siblings_are_checked_but_not_descended_after_the_first_message() {
        String schema = "{\"properties\": {"
                + "\"a\": {\"type\": \"number\"},"
                + "\"b\": {\"type\": \"object\", \"properties\": {\"c\": {\"type\": \"number\"}}},"
                + "\"d\": {\"type\": \"number\"}}}";
        assertThat(detail(schema, "{\"d\": \"x\", \"b\": {\"c\": \"y\"}, \"a\": \"z\"}"))
                .isEqualTo(
                        "[instance type (string) does not match any allowed primitive type (allowed: [\"integer\",\"number\"]),"
                                + " instance type (string) does not match any allowed primitive type (allowed: [\"integer\",\"number\"])]");
    }

    @Test
    void nested_value_is_reported_when_its_containers_pass() {
        String schema = "{\"properties\": {\"b\": {\"properties\": {\"c\": {\"type\": \"number\"}}}}}";
        assertThat(detail(schema, "{\"b\": {\"c\": \"y\"}}"))
                .isEqualTo("[instance type (string) does not match any allowed primitive type"
                        + " (allowed: [\"integer\",\"number\"])]");
    }

    @Test
    void array_elements_are_checked_in_order() {
        assertThat(detail("{\"items\": {\"type\": \"string\"}}", "[\"a\", 2, true]"))
                .isEqualTo(
                        "[instance type (integer) does not match any allowed primitive type (allowed: [\"string\"]),"
                                + " instance type (boolean) does not match any allowed primitive type (allowed: [\"string\"])]");
    }

    @Test
    void referenced_definition_is_reported_with_its_own_keywords() {
        assertThat(detail(
                        "{\"properties\": {\"p\": {\"$ref\": \"#/definitions/P\"}},"
                                + " \"definitions\": {\"P\": {\"minimum\": 1, \"exclusiveMinimum\": true}}}",
                        "{\"p\": 1}"))
                .isEqualTo("[numeric instance is not strictly greater than the required minimum 1]");
    }
}

package io.apigwsim.internal.authorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorizerOutputTests {

    private static final String METHOD_ARN = "arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets";
    private static final String ALLOW_ALL = """
            {"Version": "2012-10-17", "Statement": [{"Action": "execute-api:Invoke", "Effect": "Allow",
              "Resource": "*"}]}""";
    private static final String DENY_ALL = """
            {"Version": "2012-10-17", "Statement": [{"Action": "execute-api:Invoke", "Effect": "Deny",
              "Resource": "*"}]}""";

    // The guide's output: principalId, policyDocument, context, usageIdentifierKey
    // (docs/behavior.md#rest-authorizer-output).
    @Test
    void the_guides_output_is_read_whole() {
        AuthorizerOutput output = AuthorizerOutput.parse(utf8("""
                {"principalId": "user|a1b2c3", "policyDocument": %s,
                 "context": {"stringKey": "value", "numberKey": 1, "booleanKey": true},
                 "usageIdentifierKey": "key-value"}""".formatted(ALLOW_ALL)));

        assertThat(output.principalId()).contains("user|a1b2c3");
        assertThat(output.usageIdentifierKey()).contains("key-value");
        assertThat(output.context()).contains(Map.of("stringKey", "value", "numberKey", 1, "booleanKey", true));
        assertThat(output.evaluate(METHOD_ARN).decision()).isEqualTo(PolicyDecision.ALLOW);
    }

    @Test
    void context_and_usage_identifier_key_are_optional() {
        AuthorizerOutput output =
                AuthorizerOutput.parse(utf8("{\"principalId\": \"u\", \"policyDocument\": " + ALLOW_ALL + "}"));

        assertThat(output.context()).isEmpty();
        assertThat(output.stringifiedContext()).isEmpty();
        assertThat(output.usageIdentifierKey()).isEmpty();
    }

    @Test
    void a_null_context_is_no_context() {
        AuthorizerOutput output = AuthorizerOutput.parse(
                utf8("{\"principalId\": \"u\", \"policyDocument\": " + ALLOW_ALL + ", \"context\": null}"));

        assertThat(output.context()).isEmpty();
    }

    @Nested
    class PrincipalId {

        // principalId reaches the integration as a string even when the function returned a number
        // (docs/behavior.md#rest-authorizer-output).
        @ParameterizedTest(name = "{0} is read as \"{1}\"")
        @CsvSource(delimiter = '|', textBlock = """
                "user"  | user
                123     | 123
                true    | true
                ""      | ''
                """)
        void a_scalar_principal_id_is_a_string(String json, String expected) {
            AuthorizerOutput output = AuthorizerOutput.parse(
                    utf8("{\"principalId\": " + json + ", \"policyDocument\": " + ALLOW_ALL + "}"));

            assertThat(output.principalId()).contains(expected);
        }

        // A Deny answer without principalId is still a deny, 403 (docs/behavior.md#rest-authorizer-output).
        @Test
        void a_deny_without_principal_id_is_a_valid_deny() {
            AuthorizerOutput output = AuthorizerOutput.parse(utf8("{\"policyDocument\": " + DENY_ALL + "}"));

            assertThat(output.principalId()).isEmpty();
            assertThat(output.evaluate(METHOD_ARN).decision()).isEqualTo(PolicyDecision.EXPLICIT_DENY);
        }

        @Test
        void an_implicit_deny_without_principal_id_is_a_valid_deny() {
            AuthorizerOutput output = AuthorizerOutput.parse(
                    utf8(
                            "{\"principalId\": null, \"policyDocument\": {"
                                    + "\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"execute-api:Invoke\", \"Resource\": []}]}}"));

            assertThat(output.evaluate(METHOD_ARN).decision()).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        }

        // [UNCERTAIN] An Allow without principalId is an invalid output (docs/behavior.md#uncertain-authorizers).
        @Test
        void an_allow_without_principal_id_is_invalid() {
            AuthorizerOutput output = AuthorizerOutput.parse(utf8("{\"policyDocument\": " + ALLOW_ALL + "}"));

            assertThatThrownBy(() -> output.evaluate(METHOD_ARN))
                    .isInstanceOf(InvalidAuthorizerOutputException.class)
                    .hasMessage("the policy allows " + METHOD_ARN + " but the function's result has no principalId;"
                            + " an authorizer that allows a request must return its principalId");
        }

        @Test
        void an_object_principal_id_is_invalid() {
            assertThatThrownBy(() -> AuthorizerOutput.parse(
                            utf8("{\"principalId\": {\"id\": 1}, \"policyDocument\": " + ALLOW_ALL + "}")))
                    .isInstanceOf(InvalidAuthorizerOutputException.class)
                    .hasMessage("principalId is an object, not a string");
        }
    }

    @Nested
    class Context {

        // Context values are stringified for REST integrations and $context.authorizer: 123 -> "123", true -> "true";
        // JSON null stays null (docs/behavior.md#rest-authorizer-context).
        @Test
        void values_are_stringified_and_null_stays_null() {
            AuthorizerOutput output = AuthorizerOutput.parse(utf8("""
                    {"principalId": "my-username", "policyDocument": %s,
                     "context": {"str": "hello", "num": 123, "bool": true, "null": null}}""".formatted(ALLOW_ALL)));

            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("str", "hello");
            expected.put("num", "123");
            expected.put("bool", "true");
            expected.put("null", null);
            assertThat(output.stringifiedContext()).containsExactlyEntriesOf(expected);
        }

        // [UNCERTAIN] Fractions are written as Java prints a double (docs/behavior.md#uncertain-authorizers).
        @ParameterizedTest(name = "{0} is stringified as {1}")
        @CsvSource(delimiter = '|', textBlock = """
                1.5                    | 1.5
                1.50                   | 1.5
                1.0                    | 1.0
                1e3                    | 1000.0
                -0.25                  | -0.25
                12345678901234567890   | 12345678901234567890
                -7                     | -7
                false                  | false
                ""                     | ''
                """)
        void numbers_are_stringified_as_java_prints_them(String json, String expected) {
            AuthorizerOutput output = AuthorizerOutput.parse(utf8("{\"principalId\": \"u\", \"policyDocument\": "
                    + ALLOW_ALL + ", \"context\": {\"value\": " + json + "}}"));

            assertThat(output.stringifiedContext()).containsExactly(entry("value", expected));
        }

        @Test
        void typed_values_keep_their_json_types() {
            AuthorizerOutput output = AuthorizerOutput.parse(utf8("""
                    {"principalId": "u", "policyDocument": %s,
                     "context": {"n": 7, "big": 12345678901234567890, "f": 1.5, "b": false, "s": "x"}}""".formatted(ALLOW_ALL)));

            assertThat(output.context().orElseThrow())
                    .containsExactly(
                            entry("n", 7),
                            entry("big", new BigInteger("12345678901234567890")),
                            entry("f", 1.5),
                            entry("b", false),
                            entry("s", "x"));
        }

        // REST: an object or list as a context value is an authorizer configuration error (500)
        // (docs/behavior.md#rest-authorizer-context).
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                {"roles": ["admin"]}        | context.roles is a list; a REST API authorizer's context values must be strings, numbers or booleans
                {"user": {"id": 1}}         | context.user is an object; a REST API authorizer's context values must be strings, numbers or booleans
                """)
        void a_rest_context_value_may_not_be_a_list_or_object(String context, String message) {
            byte[] result = utf8(
                    "{\"principalId\": \"u\", \"policyDocument\": " + ALLOW_ALL + ", \"context\": " + context + "}");

            assertThatThrownBy(() -> AuthorizerOutput.parse(result))
                    .isInstanceOf(InvalidAuthorizerOutputException.class)
                    .hasMessage(message);
        }

        @Test
        void a_context_that_is_not_an_object_is_invalid() {
            byte[] result = utf8("{\"principalId\": \"u\", \"policyDocument\": " + ALLOW_ALL + ", \"context\": [1]}");

            assertThatThrownBy(() -> AuthorizerOutput.parseHttpApi(result))
                    .isInstanceOf(InvalidAuthorizerOutputException.class)
                    .hasMessage("context is a list, not an object");
        }

        // HTTP API authorizers may return lists and maps in their context (docs/behavior.md#rest-authorizer-context).
        @Test
        void an_http_api_context_keeps_lists_and_objects() {
            AuthorizerOutput output = AuthorizerOutput.parseHttpApi(utf8("""
                    {"principalId": "abcdef", "policyDocument": %s,
                     "context": {"stringKey": "value", "numberKey": 1, "booleanKey": true,
                       "arrayKey": ["value1", "value2"], "mapKey": {"value1": "value2"}, "nullKey": null}}""".formatted(ALLOW_ALL)));

            Map<String, Object> context = output.context().orElseThrow();
            assertThat(context)
                    .containsEntry("arrayKey", List.of("value1", "value2"))
                    .containsEntry("mapKey", Map.of("value1", "value2"))
                    .containsEntry("nullKey", null);
            assertThat(output.stringifiedContext())
                    .containsEntry("arrayKey", "[\"value1\",\"value2\"]")
                    .containsEntry("mapKey", "{\"value1\":\"value2\"}")
                    .containsEntry("numberKey", "1");
        }

        @Test
        void the_typed_context_cannot_be_changed() {
            AuthorizerOutput output = AuthorizerOutput.parseHttpApi(utf8("{\"principalId\": \"u\", \"policyDocument\": "
                    + ALLOW_ALL + ", \"context\": {\"list\": [1], \"map\": {\"a\": 1}}}"));

            Map<String, Object> context = output.context().orElseThrow();
            assertThatThrownBy(() -> context.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> ((List<?>) context.get("list")).clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> ((Map<?, ?>) context.get("map")).clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void usage_identifier_key_is_read_as_a_string() {
        AuthorizerOutput output = AuthorizerOutput.parse(
                utf8("{\"principalId\": \"u\", \"policyDocument\": " + ALLOW_ALL + ", \"usageIdentifierKey\": 42}"));

        assertThat(output.usageIdentifierKey()).isEqualTo(Optional.of("42"));
    }

    @Test
    void a_list_usage_identifier_key_is_invalid() {
        assertThatThrownBy(() -> AuthorizerOutput.parse(utf8(
                        "{\"principalId\": \"u\", \"policyDocument\": " + ALLOW_ALL + ", \"usageIdentifierKey\": []}")))
                .isInstanceOf(InvalidAuthorizerOutputException.class)
                .hasMessage("usageIdentifierKey is a list, not a string");
    }

    // A result API Gateway cannot parse as a policy answer, such as null or an HTTP-style {statusCode, body}, is an
    // authorizer configuration error, 500 (docs/behavior.md#rest-authorizer-output).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            null                                                        | the function's result is null, not an object such as {"principalId": "...", "policyDocument": {"Version": "2012-10-17", "Statement": [...]}}
            `"Allow"`                                                   | the function's result is the string "Allow", not an object such as {"principalId": "...", "policyDocument": {"Version": "2012-10-17", "Statement": [...]}}
            not json                                                    | the function's result is not JSON; an authorizer returns an object such as {"principalId": "...", "policyDocument": {"Version": "2012-10-17", "Statement": [...]}}
            {"statusCode": 401, "body": "Unauthorized"}                 | the function's result has no policyDocument; an authorizer returns an object such as {"principalId": "...", "policyDocument": {"Version": "2012-10-17", "Statement": [...]}}
            {"principalId": "u"}                                        | the function's result has no policyDocument; an authorizer returns an object such as {"principalId": "...", "policyDocument": {"Version": "2012-10-17", "Statement": [...]}}
            {"principalId": "u", "policyDocument": null}                | policyDocument is null, not an object
            {"principalId": "u", "policyDocument": "{}"}                | policyDocument is the string "{}", not an object
            """)
    void results_that_are_not_policy_answers_are_invalid(String result, String message) {
        assertThatThrownBy(() -> AuthorizerOutput.parse(utf8(result)))
                .isInstanceOf(InvalidAuthorizerOutputException.class)
                .hasMessage(message);
    }

    @Test
    void an_empty_result_is_invalid() {
        assertThatThrownBy(() -> AuthorizerOutput.parse(new byte[0]))
                .isInstanceOf(InvalidAuthorizerOutputException.class)
                .hasMessageStartingWith("the function's result is not JSON");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package io.apigwsim.internal.authorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimpleAuthorizerResponseTests {

    // The guide's simple response, with context values of every JSON type (docs/behavior.md#http-api-simple-responses).
    @Test
    void the_guides_simple_response_keeps_its_context_types() {
        SimpleAuthorizerResponse response = SimpleAuthorizerResponse.parse(utf8("""
                {"isAuthorized": true, "context": {"stringKey": "value", "numberKey": 1, "booleanKey": true,
                  "arrayKey": ["value1", "value2"], "mapKey": {"value1": "value2"}}}"""));

        assertThat(response.authorized()).isTrue();
        assertThat(response.context().orElseThrow())
                .containsExactly(
                        entry("stringKey", "value"),
                        entry("numberKey", 1),
                        entry("booleanKey", true),
                        entry("arrayKey", List.of("value1", "value2")),
                        entry("mapKey", Map.of("value1", "value2")));
    }

    @Test
    void is_authorized_false_is_a_deny() {
        SimpleAuthorizerResponse response = SimpleAuthorizerResponse.parse(utf8("{\"isAuthorized\": false}"));

        assertThat(response.authorized()).isFalse();
        assertThat(response.context()).isEmpty();
    }

    @Test
    void a_null_context_is_no_context() {
        SimpleAuthorizerResponse response =
                SimpleAuthorizerResponse.parse(utf8("{\"isAuthorized\": true, \"context\": null}"));

        assertThat(response.context()).isEmpty();
    }

    @Test
    void an_empty_context_is_kept() {
        SimpleAuthorizerResponse response =
                SimpleAuthorizerResponse.parse(utf8("{\"isAuthorized\": true, \"context\": {}}"));

        assertThat(response.context()).contains(Map.of());
    }

    // [UNCERTAIN] isAuthorized must be the JSON boolean; anything else is an invalid response, 500
    // (docs/behavior.md#uncertain-authorizers).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {}                                        | the function's result has no isAuthorized; a simple response is {"isAuthorized": true, "context": {...}}
            {"context": {"a": 1}}                     | the function's result has no isAuthorized; a simple response is {"isAuthorized": true, "context": {...}}
            {"isAuthorized": "true"}                  | isAuthorized is the string "true", not the boolean true or false
            {"isAuthorized": 1}                       | isAuthorized is the number 1, not the boolean true or false
            {"isAuthorized": null}                    | isAuthorized is null, not the boolean true or false
            {"isAuthorized": true, "context": "x"}    | context is the string "x", not an object
            `[true]`                                  | the function's result is a list, not an object such as {"isAuthorized": true, "context": {...}}
            true                                      | the function's result is the boolean true, not an object such as {"isAuthorized": true, "context": {...}}
            """)
    void responses_without_a_boolean_is_authorized_are_invalid(String result, String message) {
        assertThatThrownBy(() -> SimpleAuthorizerResponse.parse(utf8(result)))
                .isInstanceOf(InvalidAuthorizerOutputException.class)
                .hasMessage(message);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

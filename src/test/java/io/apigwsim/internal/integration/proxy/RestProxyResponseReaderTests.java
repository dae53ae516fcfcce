package io.apigwsim.internal.integration.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.http.Headers.Header;
import io.apigwsim.internal.content.BinaryMediaTypes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RestProxyResponseReaderTests {

    private static final BinaryMediaTypes NO_BINARY_TYPES = BinaryMediaTypes.of(List.of());
    private static final BinaryMediaTypes PNG = BinaryMediaTypes.of(List.of("image/png"));

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {}                                              | 200
            {"statusCode": null}                            | 200
            {"statusCode": 201}                             | 201
            {"statusCode": "201"}                           | 201
            {"statusCode": 404, "headers": null}            | 404
            {"statusCode": 200, "multiValueHeaders": null}  | 200
            {"statusCode": 200, "body": null}               | 200
            {"statusCode": 200, "isBase64Encoded": null}    | 200
            {"statusCode": 200, "base64Encoded": false}     | 200
            {"statusCode": 100}                             | 100
            {"statusCode": 599}                             | 599
            {"headers": {"": null}}                         | 200
            {"multiValueHeaders": {"": [], "x": null}}      | 200
            """)
    void accepted_responses_answer_their_status(String payload, int status) {
        ProxyResult result = read(payload);

        assertThat(response(result).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} is malformed: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            not json                                               | is not JSON
            ["statusCode", 200]                                    | is a JSON array, not an object
            "ok"                                                   | is a JSON string, not an object
            null                                                   | is a JSON null, not an object
            {"statusCode": 200, "cookies": ["a=1"]}                | has the key "cookies"
            {"statusCode": "abc"}                                  | not a number
            {"statusCode": "-1"}                                   | not a number
            {"statusCode": 200.5}                                  | not a number
            {"statusCode": 200, "body": {"id": 7}}                 | body is a JSON object, not a string
            {"statusCode": 200, "body": 42}                        | body is a JSON number, not a string
            {"headers": "X-A: 1"}                                  | headers is not an object
            {"headers": {"X-A": {"b": 1}}}                         | headers.X-A is {"b":1}, not a string
            {"multiValueHeaders": ["X-A"]}                         | multiValueHeaders is not an object
            {"multiValueHeaders": {"X-A": "1"}}                    | multiValueHeaders.X-A is "1", not an array
            {"multiValueHeaders": {"X-A": [["1"]]}}                | multiValueHeaders.X-A holds ["1"], not a string
            {"isBase64Encoded": "true"}                            | isBase64Encoded is "true", not a boolean
            {"statusCode": 0}                                      | statusCode is 0, not an HTTP status code from 100 to 599
            {"statusCode": -1}                                     | statusCode is -1, not an HTTP status code
            {"statusCode": 99}                                     | statusCode is 99, not an HTTP status code
            {"statusCode": 600}                                    | statusCode is 600, not an HTTP status code
            {"statusCode": 2147483647}                             | statusCode is 2147483647, not an HTTP status code
            {"statusCode": "1000"}                                 | statusCode is "1000", not an HTTP status code
            {"headers": {"": "x"}}                                 | headers has a header with an empty name
            {"multiValueHeaders": {"": ["x"]}}                     | multiValueHeaders has a header with an empty name
            """)
    void malformed_responses_say_why(String payload, String reason) {
        ProxyResult result = read(payload);

        assertThat(result)
                .isInstanceOfSatisfying(
                        ProxyResult.Malformed.class,
                        malformed -> assertThat(malformed.reason()).contains(reason));
    }

    @Test
    void the_body_string_is_the_response_body() {
        ProxyResult result = read("{\"statusCode\": 200, \"body\": \"{\\\"id\\\": 7}\"}");

        assertThat(text(response(result).body())).isEqualTo("{\"id\": 7}");
    }

    @Test
    void no_body_is_an_empty_body() {
        ProxyResult result = read("{\"statusCode\": 204}");

        assertThat(response(result).body()).isEmpty();
    }

    @Test
    void boolean_header_values_become_their_text_and_null_ones_are_left_out() {
        ProxyResult result = read("{\"headers\": {\"X-Cached\": true, \"X-Gone\": null}}");

        assertThat(response(result).headers()).containsExactly(new Header("X-Cached", "true"));
    }

    @Test
    void headers_follow_the_multi_value_headers_of_the_same_name_under_their_spelling() {
        ProxyResult result =
                read("{\"headers\": {\"x-tag\": \"c\"}, \"multiValueHeaders\": {\"X-Tag\": [\"a\", \"b\"]}}");

        assertThat(response(result).headers())
                .containsExactly(new Header("X-Tag", "a"), new Header("X-Tag", "b"), new Header("X-Tag", "c"));
    }

    @Test
    void a_header_merges_right_after_the_last_value_of_its_name() {
        ProxyResult result = read("{\"multiValueHeaders\": {\"X-Tag\": [\"a\"], \"X-Other\": [\"o\"]},"
                + " \"headers\": {\"X-TAG\": \"b\"}}");

        assertThat(response(result).headers())
                .containsExactly(new Header("X-Tag", "a"), new Header("X-Tag", "b"), new Header("X-Other", "o"));
    }

    @Test
    void the_same_name_and_value_in_both_maps_is_kept_once() {
        ProxyResult result =
                read("{\"headers\": {\"x-tag\": \"b\"}, \"multiValueHeaders\": {\"X-Tag\": [\"a\", \"b\"]}}");

        assertThat(response(result).headers()).containsExactly(new Header("X-Tag", "a"), new Header("X-Tag", "b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Connection", "Content-Length", "date", "SERVER"})
    void headers_api_gateway_sets_itself_are_renamed_x_amzn_remapped(String name) {
        ProxyResult result = read("{\"headers\": {\"" + name + "\": \"v\"}}");

        assertThat(response(result).headers()).containsExactly(new Header("x-amzn-Remapped-" + name, "v"));
    }

    @Test
    void multi_value_headers_api_gateway_sets_itself_are_renamed_too() {
        ProxyResult result = read("{\"multiValueHeaders\": {\"Date\": [\"Tue, 09 Apr 2024 12:00:00 GMT\"]}}");

        assertThat(response(result).headers())
                .containsExactly(new Header("x-amzn-Remapped-Date", "Tue, 09 Apr 2024 12:00:00 GMT"));
    }

    @Test
    void other_headers_keep_their_name() {
        ProxyResult result = read("{\"headers\": {\"Content-Type\": \"image/png\"}}");

        assertThat(response(result).headers()).containsExactly(new Header("Content-Type", "image/png"));
    }

    @Test
    void a_base64_body_is_decoded_when_the_first_accept_type_is_binary() {
        ProxyResult result = RestProxyResponseReader.read(
                utf8("{\"isBase64Encoded\": true, \"body\": \"AQL/\"}"), "image/png, */*", PNG);

        assertThat(response(result).body()).containsExactly(1, 2, 255);
    }

    @Test
    void a_base64_body_stays_text_when_only_a_later_accept_type_is_binary() {
        ProxyResult result = RestProxyResponseReader.read(
                utf8("{\"isBase64Encoded\": true, \"body\": \"AQL/\"}"), "text/html, image/png", PNG);

        assertThat(text(response(result).body())).isEqualTo("AQL/");
    }

    @Test
    void a_base64_body_stays_text_without_accept() {
        ProxyResult result =
                RestProxyResponseReader.read(utf8("{\"isBase64Encoded\": true, \"body\": \"AQL/\"}"), null, PNG);

        assertThat(text(response(result).body())).isEqualTo("AQL/");
    }

    @Test
    void a_body_not_marked_base64_stays_text_for_a_binary_client() {
        ProxyResult result = RestProxyResponseReader.read(
                utf8("{\"isBase64Encoded\": false, \"body\": \"AQL/\"}"), "image/png", PNG);

        assertThat(text(response(result).body())).isEqualTo("AQL/");
    }

    @Test
    void the_base64_encoded_spelling_also_marks_a_base64_body() {
        ProxyResult result =
                RestProxyResponseReader.read(utf8("{\"base64Encoded\": true, \"body\": \"AQL/\"}"), "image/png", PNG);

        assertThat(response(result).body()).containsExactly(1, 2, 255);
    }

    @Test
    void a_base64_body_may_be_broken_into_lines() {
        ProxyResult result = RestProxyResponseReader.read(
                utf8("{\"isBase64Encoded\": true, \"body\": \"AQ\\r\\nL/\"}"), "image/png", PNG);

        assertThat(response(result).body()).containsExactly(1, 2, 255);
    }

    @Test
    void invalid_base64_for_a_binary_client_is_undecodable() {
        ProxyResult result = RestProxyResponseReader.read(
                utf8("{\"isBase64Encoded\": true, \"body\": \"not base64!\"}"), "image/png", PNG);

        assertThat(result).isInstanceOf(ProxyResult.Undecodable.class);
    }

    @Test
    void invalid_base64_for_a_text_client_is_passed_as_text() {
        ProxyResult result = RestProxyResponseReader.read(
                utf8("{\"isBase64Encoded\": true, \"body\": \"not base64!\"}"), "text/plain", PNG);

        assertThat(text(response(result).body())).isEqualTo("not base64!");
    }

    // A character outside the base64 alphabet is not skipped: the body does not decode
    // (docs/behavior.md#base64-bodies-in-proxy-results).
    @Test
    void base64_with_a_character_outside_the_alphabet_is_undecodable_for_a_binary_client() {
        ProxyResult result = RestProxyResponseReader.read(
                utf8("{\"isBase64Encoded\": true, \"body\": \"QUJD!!!!\"}"), "image/png", PNG);

        assertThat(result)
                .isInstanceOfSatisfying(
                        ProxyResult.Undecodable.class,
                        undecodable -> assertThat(undecodable.reason())
                                .isEqualTo("the body is not valid base64: \"!\" at index 4 is not a base64 character"));
    }

    private static ProxyResult read(String payload) {
        return RestProxyResponseReader.read(utf8(payload), "application/json", NO_BINARY_TYPES);
    }

    private static ProxyResult.Response response(ProxyResult result) {
        assertThat(result).isInstanceOf(ProxyResult.Response.class);
        return (ProxyResult.Response) result;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    // A body whose characters are base64 but whose last unit is incomplete does not decode either: 500
    // (docs/behavior.md#rest-binary-responses).
    @ParameterizedTest
    @ValueSource(strings = {"A", "AQIDB", "AQ=", "="})
    void base64_with_an_incomplete_last_unit_is_undecodable(String body) {
        byte[] payload = ("{\"isBase64Encoded\": true, \"body\": \"" + body + "\"}").getBytes(StandardCharsets.UTF_8);

        ProxyResult result =
                RestProxyResponseReader.read(payload, "image/png", BinaryMediaTypes.of(List.of("image/png")));

        assertThat(result).isInstanceOf(ProxyResult.Undecodable.class);
    }
}

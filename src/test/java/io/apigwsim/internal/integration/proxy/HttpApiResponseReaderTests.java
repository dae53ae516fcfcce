package io.apigwsim.internal.integration.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.http.Headers.Header;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpApiResponseReaderTests {

    // Payload 2.0: anything but an object with statusCode is the body of a 200 application/json response.
    @ParameterizedTest(name = "{0} is served as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"message": "hi"}                 | {"message": "hi"}
            {"body": "x", "headers": {}}      | {"body": "x", "headers": {}}
            [1, 2]                            | [1, 2]
            42                                | 42
            true                              | true
            "hello"                           | hello
            "{\\"id\\": 7}"                   | {"id": 7}
            `  {"padded": true}  `            | {"padded": true}
            """)
    void v2_infers_a_200_json_response_from_a_result_without_status_code(String payload, String body) {
        ProxyResult result = HttpApiResponseReader.readV2(utf8(payload));

        ProxyResult.Response response = response(result);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsExactly(new Header("content-type", "application/json"));
        assertThat(text(response.body())).isEqualTo(body);
    }

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"statusCode": 100}                                  | 100
            {"statusCode": 201, "body": "created"}               | 201
            {"statusCode": 599}                                  | 599
            {"statusCode": 204, "headers": null}                 | 204
            {"statusCode": 200, "unknownKey": {"a": 1}}          | 200
            {"statusCode": 200, "multiValueHeaders": {"A": "1"}} | 200
            """)
    void v2_reads_the_structured_form_by_its_status_code(String payload, int status) {
        ProxyResult result = HttpApiResponseReader.readV2(utf8(payload));

        assertThat(response(result).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} is malformed: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            not json                                           | not JSON
            "{\\"key\\"}"                                      | starts like a JSON object
            "  {oops"                                          | starts like a JSON object
            {"statusCode": 99}                                 | not an HTTP status code
            {"statusCode": 600}                                | not an HTTP status code
            {"statusCode": 0}                                  | not an HTTP status code
            {"statusCode": "201"}                              | not an HTTP status code
            {"statusCode": null}                               | not an HTTP status code
            {"statusCode": 200.0}                              | not an HTTP status code
            {"statusCode": 200, "body": {"id": 7}}             | body is not a string
            {"statusCode": 200, "headers": "a"}                | headers is not an object
            {"statusCode": 200, "headers": {"A": ["1"]}}       | headers.A is not a string
            {"statusCode": 200, "isBase64Encoded": true, "body": "A"} | not valid base64
            {"statusCode": 200, "isBase64Encoded": true, "body": "QUJD!!!!"} | at index 4 is not a base64 character
            {"statusCode": 200, "headers": {"": "x"}}          | headers has a header with an empty name
            {"statusCode": 2147483647}                         | not an HTTP status code
            {"statusCode": -1}                                 | not an HTTP status code
            """)
    void v2_rejects_malformed_results(String payload, String reason) {
        ProxyResult result = HttpApiResponseReader.readV2(utf8(payload));

        assertMalformed(result, reason);
    }

    @Test
    void v2_structured_form_adds_no_content_type() {
        ProxyResult result = HttpApiResponseReader.readV2(utf8("{\"statusCode\": 200, \"body\": \"x\"}"));

        assertThat(response(result).headers()).isEmpty();
    }

    @Test
    void v2_header_values_keep_their_text_and_null_ones_are_left_out() {
        ProxyResult result = HttpApiResponseReader.readV2(
                utf8("{\"statusCode\": 200, \"headers\": {\"X-Count\": 5, \"X-Ok\": true, \"X-Gone\": null}}"));

        assertThat(response(result).headers()).containsExactly(new Header("X-Count", "5"), new Header("X-Ok", "true"));
    }

    @Test
    void v2_cookies_become_set_cookie_headers_after_the_headers() {
        ProxyResult result = HttpApiResponseReader.readV2(
                utf8("{\"statusCode\": 200, \"cookies\": [\"a=1\", \"b=2; Path=/\"], \"headers\": {\"X-A\": \"1\"}}"));

        assertThat(response(result).headers())
                .containsExactly(
                        new Header("X-A", "1"),
                        new Header("set-cookie", "a=1"),
                        new Header("set-cookie", "b=2; Path=/"));
    }

    @Test
    void v2_ignores_multi_value_headers() {
        ProxyResult result =
                HttpApiResponseReader.readV2(utf8("{\"statusCode\": 200, \"multiValueHeaders\": {\"X-A\": [\"1\"]}}"));

        assertThat(response(result).headers()).isEmpty();
    }

    @Test
    void v2_decodes_a_base64_body_whatever_the_client_accepts() {
        ProxyResult result = HttpApiResponseReader.readV2(
                utf8("{\"statusCode\": 200, \"isBase64Encoded\": true, \"body\": \"AQL/\"}"));

        assertThat(response(result).body()).containsExactly(1, 2, 255);
    }

    @Test
    void v2_without_body_has_an_empty_body() {
        ProxyResult result = HttpApiResponseReader.readV2(utf8("{\"statusCode\": 204}"));

        assertThat(response(result).body()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is malformed: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            not json                                                  | not a JSON object
            "hello"                                                   | not a JSON object
            [1, 2]                                                    | not a JSON object
            {"body": "x"}                                             | no statusCode
            {"statusCode": "200"}                                     | not an HTTP status code
            {"statusCode": 700}                                       | not an HTTP status code
            {"statusCode": 200, "multiValueHeaders": {"X-A": "1"}}    | multiValueHeaders.X-A is not an array
            {"statusCode": 200, "body": 1}                            | body is not a string
            {"statusCode": 200, "headers": {"": "x"}}                 | headers has a header with an empty name
            {"statusCode": 200, "multiValueHeaders": {"": ["x"]}}     | multiValueHeaders has a header with an empty name
            {"statusCode": 200, "isBase64Encoded": true, "body": "QUJD!!!!"} | at index 4 is not a base64 character
            """)
    void v1_rejects_malformed_results(String payload, String reason) {
        ProxyResult result = HttpApiResponseReader.readV1(utf8(payload));

        assertMalformed(result, reason);
    }

    @Test
    void v1_ignores_unknown_keys() {
        ProxyResult result =
                HttpApiResponseReader.readV1(utf8("{\"statusCode\": 202, \"unknownKey\": 1, \"body\": \"queued\"}"));

        assertThat(response(result).status()).isEqualTo(202);
        assertThat(text(response(result).body())).isEqualTo("queued");
    }

    @Test
    void v1_reads_every_multi_value_header() {
        ProxyResult result = HttpApiResponseReader.readV1(
                utf8("{\"statusCode\": 200, \"multiValueHeaders\": {\"X-Tag\": [\"a\", null, \"b\"]}}"));

        assertThat(response(result).headers()).containsExactly(new Header("X-Tag", "a"), new Header("X-Tag", "b"));
    }

    @Test
    void v1_ignores_cookies() {
        ProxyResult result = HttpApiResponseReader.readV1(utf8("{\"statusCode\": 200, \"cookies\": [\"a=1\"]}"));

        assertThat(response(result).headers()).isEmpty();
    }

    @Test
    void v1_decodes_a_base64_body() {
        ProxyResult result = HttpApiResponseReader.readV1(
                utf8("{\"statusCode\": 200, \"isBase64Encoded\": true, \"body\": \"AQL/\"}"));

        assertThat(response(result).body()).containsExactly(1, 2, 255);
    }

    private static void assertMalformed(ProxyResult result, String reason) {
        assertThat(result)
                .isInstanceOfSatisfying(
                        ProxyResult.Malformed.class,
                        malformed -> assertThat(malformed.reason()).contains(reason));
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
}

package io.apigwsim.behavior;

import static io.apigwsim.behavior.BehaviorHandlers.json;
import static io.apigwsim.behavior.BehaviorHandlers.returning;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Binary media types: base64 request bodies by Content-Type, decoded responses by the first Accept type. */
class BinaryMediaTypeTests {

    // "test-data" in base64, as in the recorded response-format test (docs/behavior.md#rest-proxy-response-object).
    private static final String BASE64_BODY = "dGVzdC1kYXRh";
    private static final String BINARY_RESULT = "{\"statusCode\":200,\"headers\":{\"Content-Type\":\"image/png\"},"
            + "\"body\":\"" + BASE64_BODY + "\",\"isBase64Encoded\":true}";

    private static ApiGateway none;
    private static ApiGateway pngAndWildcardType;
    private static ApiGateway applicationWildcard;
    private static ApiGateway everything;

    @BeforeAll
    static void build() {
        none = gateway(51);
        pngAndWildcardType = gateway(52, "image/png", "*/test");
        applicationWildcard = gateway(53, "application/*", "image/jpg");
        everything = gateway(54, "*/*");
    }

    private static ApiGateway gateway(long seed, String... binaryMediaTypes) {
        return ApiGateway.builder()
                .seed(seed)
                .binaryMediaTypes(binaryMediaTypes)
                .route("POST /echo", new EchoHandler())
                .route("GET /png", returning(BINARY_RESULT))
                .route(
                        "GET /no-content-type",
                        returning("{\"statusCode\":200,\"body\":\"" + BASE64_BODY + "\",\"isBase64Encoded\":true}"))
                .route("GET /not-base64", returning(BINARY_RESULT.replace("true}", "false}")))
                .route(
                        "GET /invalid",
                        returning("{\"statusCode\":200,\"body\":\"not base64 at all!\",\"isBase64Encoded\":true}"))
                .build();
    }

    @AfterAll
    static void close() {
        none.close();
        pngAndWildcardType.close();
        applicationWildcard.close();
        everything.close();
    }

    private static JsonNode event(Exchange exchange) {
        return json(exchange.lambdaEvent().raw());
    }

    private static final byte[] PNG_BYTES = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, (byte) 0xff};

    // A request body whose Content-Type matches a binary media type exactly is base64-encoded, isBase64Encoded true
    // (docs/behavior.md#rest-binary-request-bodies).
    @Test
    void request_body_with_an_exactly_matching_content_type_is_base64() {
        Exchange exchange = pngAndWildcardType
                .post("/echo")
                .header("Content-Type", "image/png")
                .body(PNG_BYTES)
                .send();

        assertThat(event(exchange).get("body").asText())
                .isEqualTo(Base64.getEncoder().encodeToString(PNG_BYTES));
        assertThat(event(exchange).get("isBase64Encoded").asBoolean()).isTrue();
    }

    // type/* covers every subtype of the type (docs/behavior.md#rest-binary-request-bodies).
    @Test
    void request_body_matching_a_type_wildcard_is_base64() {
        Exchange exchange = applicationWildcard
                .post("/echo")
                .header("Content-Type", "application/octet-stream")
                .body("abc")
                .send();

        assertThat(event(exchange).get("body").asText()).isEqualTo("YWJj");
        assertThat(event(exchange).get("isBase64Encoded").asBoolean()).isTrue();
    }

    // */* as an entry covers every type, even application/json (docs/behavior.md#rest-binary-request-bodies,
    // #rest-binary-responses); a live capture leaves doubt and the documented rule is followed [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-proxy-event).
    @Test
    void request_body_of_any_type_is_base64_under_star_slash_star() {
        Exchange exchange = everything
                .post("/echo")
                .header("Content-Type", "application/json; charset=utf-8")
                .body("{}")
                .send();

        assertThat(event(exchange).get("body").asText()).isEqualTo("e30=");
        assertThat(event(exchange).get("isBase64Encoded").asBoolean()).isTrue();
    }

    // A body whose Content-Type does not match is UTF-8 text, isBase64Encoded false
    // (docs/behavior.md#rest-binary-request-bodies).
    @Test
    void request_body_with_a_non_matching_content_type_is_text() {
        Exchange exchange = pngAndWildcardType
                .post("/echo")
                .header("Content-Type", "text/plain")
                .body("hello")
                .send();

        assertThat(event(exchange).get("body").asText()).isEqualTo("hello");
        assertThat(event(exchange).get("isBase64Encoded").asBoolean()).isFalse();
    }

    // An entry with a wildcard type such as */test never matches (docs/behavior.md#rest-binary-responses).
    @Test
    void wildcard_type_entry_never_matches_a_request_body() {
        Exchange exchange = pngAndWildcardType
                .post("/echo")
                .header("Content-Type", "random/test")
                .body("hello")
                .send();

        assertThat(event(exchange).get("isBase64Encoded").asBoolean()).isFalse();
    }

    // Without binaryMediaTypes a base64 result is returned as its base64 text, whatever Accept says
    // (docs/behavior.md#rest-proxy-response-object, #rest-binary-responses).
    @Test
    void base64_result_is_text_without_binary_media_types() {
        Exchange exchange = none.get("/png").header("Accept", "image/png").send();

        assertThat(exchange.response().status()).isEqualTo(200);
        assertThat(exchange.response().bodyAsText()).isEqualTo(BASE64_BODY);
    }

    // Accept: image/png with image/png declared: the client gets the decoded bytes
    // (docs/behavior.md#rest-binary-responses).
    @Test
    void base64_result_is_decoded_when_accept_matches() {
        Exchange exchange =
                pngAndWildcardType.get("/png").header("Accept", "image/png").send();

        assertThat(exchange.response().body()).isEqualTo("test-data".getBytes(StandardCharsets.US_ASCII));
        assertThat(exchange.response().headers().first("Content-Type")).contains("image/png");
        assertThat(exchange.response().headers().first("Content-Length")).contains("9");
    }

    // With [image/png, */test]: these Accept values, and no Accept, give the base64 text
    // (docs/behavior.md#rest-binary-responses).
    @ParameterizedTest
    @ValueSource(strings = {"image/jpg", "image/*", "*/*", "*/test", "random/test", "application"})
    void base64_result_stays_text_when_accept_does_not_match(String accept) {
        Exchange exchange =
                pngAndWildcardType.get("/png").header("Accept", accept).send();

        assertThat(exchange.response().bodyAsText()).isEqualTo(BASE64_BODY);
    }

    // No Accept header: text (docs/behavior.md#rest-binary-responses).
    @Test
    void base64_result_stays_text_without_accept() {
        Exchange exchange = pngAndWildcardType.get("/png").send();

        assertThat(exchange.response().bodyAsText()).isEqualTo(BASE64_BODY);
    }

    // Only the first media type of Accept counts (docs/behavior.md#rest-binary-responses).
    @Test
    void only_the_first_accept_type_counts() {
        Exchange pngSecond = pngAndWildcardType
                .get("/png")
                .header("Accept", "image/webp,image/png,*/*;q=0.8")
                .send();
        Exchange pngFirst = pngAndWildcardType
                .get("/png")
                .header("Accept", "image/png,image/*,*/*;q=0.8")
                .send();

        assertThat(pngSecond.response().bodyAsText()).isEqualTo(BASE64_BODY);
        assertThat(pngFirst.response().body()).isEqualTo("test-data".getBytes(StandardCharsets.US_ASCII));
    }

    // isBase64Encoded false gives text regardless of Accept (docs/behavior.md#rest-binary-responses).
    @Test
    void result_not_marked_base64_is_text_even_when_accept_matches() {
        Exchange exchange = pngAndWildcardType
                .get("/not-base64")
                .header("Accept", "image/png")
                .send();

        assertThat(exchange.response().bodyAsText()).isEqualTo(BASE64_BODY);
    }

    // With [application/*, image/jpg]: Accept application/whatever, application/test, application/* get the bytes;
    // the function's Content-Type is irrelevant, even missing (docs/behavior.md#rest-binary-responses).
    @ParameterizedTest
    @ValueSource(strings = {"application/whatever", "application/test", "application/*"})
    void type_wildcard_entry_decodes_for_any_subtype_in_accept(String accept) {
        Exchange exchange = applicationWildcard
                .get("/no-content-type")
                .header("Accept", accept)
                .send();

        assertThat(exchange.response().body()).isEqualTo("test-data".getBytes(StandardCharsets.US_ASCII));
    }

    // Invalid base64 with a matching Accept: 500 (docs/behavior.md#rest-binary-responses). The body is not recorded;
    // the simulator answers API_CONFIGURATION_ERROR (docs/behavior.md#rest-gateway-errors) and logs the cause.
    @Test
    void invalid_base64_with_a_matching_accept_gets_500() {
        Exchange exchange =
                pngAndWildcardType.get("/invalid").header("Accept", "image/png").send();

        assertThat(exchange.invoked()).isTrue();
        assertThat(exchange.response().status()).isEqualTo(500);
        assertThat(exchange.executionLog()).anySatisfy(line -> assertThat(line).contains("base64"));
    }

    // The same invalid base64 without a matching Accept is passed as text (docs/behavior.md#rest-binary-responses:
    // decoding happens only for a matching Accept).
    @Test
    void invalid_base64_without_a_matching_accept_is_text() {
        Exchange exchange =
                pngAndWildcardType.get("/invalid").header("Accept", "text/html").send();

        assertThat(exchange.response().status()).isEqualTo(200);
        assertThat(exchange.response().bodyAsText()).isEqualTo("not base64 at all!");
    }

    // Non-UTF-8 bytes in a non-binary body: likely lossy; pins the simulator, which decodes as UTF-8 with replacement
    // characters [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-event).
    @Test
    void non_utf8_bytes_in_a_text_body_are_replaced() {
        Exchange exchange = none.post("/echo")
                .header("Content-Type", "text/plain")
                .body(new byte[] {'a', (byte) 0xff, 'b'})
                .send();

        assertThat(event(exchange).get("body").asText()).isEqualTo("a\uFFFDb");
        assertThat(event(exchange).get("isBase64Encoded").asBoolean()).isFalse();
    }
}

package io.apigwsim.behavior;

import static io.apigwsim.behavior.BehaviorHandlers.returning;
import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Binary media types: base64 request bodies by Content-Type, decoded responses by the first Accept type. Each test
 * builds a gateway with the binary media types it is about.
 */
class BinaryMediaTypeTests {

    // "test-data" in base64, as in the recorded response-format test (docs/behavior.md#rest-proxy-response-object).
    private static final String BASE64_BODY = "dGVzdC1kYXRh";
    private static final String BINARY_RESULT = "{\"statusCode\":200,\"headers\":{\"Content-Type\":\"image/png\"},"
            + "\"body\":\"" + BASE64_BODY + "\",\"isBase64Encoded\":true}";

    private static final byte[] PNG_BYTES = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, (byte) 0xff};

    // A request body whose Content-Type matches a binary media type exactly is base64-encoded, isBase64Encoded true
    // (docs/behavior.md#rest-binary-request-bodies).
    @Test
    void request_body_with_an_exactly_matching_content_type_is_base64() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("image/png", "*/test")
                .route("POST /echo", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.post("/echo")
                    .header("Content-Type", "image/png")
                    .body(PNG_BYTES)
                    .send();

            assertThat(exchange)
                    .lambdaEvent()
                    .hasBody(Base64.getEncoder().encodeToString(PNG_BYTES))
                    .isBase64Encoded();
        }
    }

    // type/* covers every subtype of the type (docs/behavior.md#rest-binary-request-bodies).
    @Test
    void request_body_matching_a_type_wildcard_is_base64() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("application/*", "image/jpg")
                .route("POST /echo", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.post("/echo")
                    .header("Content-Type", "application/octet-stream")
                    .body("abc")
                    .send();

            assertThat(exchange).lambdaEvent().hasBody("YWJj").isBase64Encoded();
        }
    }

    // */* as an entry covers every type, even application/json (docs/behavior.md#rest-binary-request-bodies,
    // #rest-binary-responses); a live capture leaves doubt and the documented rule is followed [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-proxy-event).
    @Test
    void request_body_of_any_type_is_base64_under_star_slash_star() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("*/*")
                .route("POST /echo", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.post("/echo")
                    .header("Content-Type", "application/json; charset=utf-8")
                    .body("{}")
                    .send();

            assertThat(exchange).lambdaEvent().hasBody("e30=").isBase64Encoded();
        }
    }

    // A body whose Content-Type does not match is UTF-8 text, isBase64Encoded false
    // (docs/behavior.md#rest-binary-request-bodies).
    @Test
    void request_body_with_a_non_matching_content_type_is_text() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("image/png", "*/test")
                .route("POST /echo", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.post("/echo")
                    .header("Content-Type", "text/plain")
                    .body("hello")
                    .send();

            assertThat(exchange).lambdaEvent().hasBody("hello").isNotBase64Encoded();
        }
    }

    // An entry with a wildcard type such as */test never matches (docs/behavior.md#rest-binary-responses).
    @Test
    void wildcard_type_entry_never_matches_a_request_body() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("image/png", "*/test")
                .route("POST /echo", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.post("/echo")
                    .header("Content-Type", "random/test")
                    .body("hello")
                    .send();

            assertThat(exchange).lambdaEvent().isNotBase64Encoded();
        }
    }

    // Without binaryMediaTypes a base64 result is returned as its base64 text, whatever Accept says
    // (docs/behavior.md#rest-proxy-response-object, #rest-binary-responses).
    @Test
    void base64_result_is_text_without_binary_media_types() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /png", returning(BINARY_RESULT)).build()) {
            Exchange exchange =
                    gateway.get("/png").header("Accept", "image/png").send();

            assertThat(exchange).response().hasStatus(200).hasBody(BASE64_BODY);
        }
    }

    // Accept: image/png with image/png declared: the client gets the decoded bytes
    // (docs/behavior.md#rest-binary-responses).
    @Test
    void base64_result_is_decoded_when_accept_matches() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("image/png", "*/test")
                .route("GET /png", returning(BINARY_RESULT))
                .build()) {
            Exchange exchange =
                    gateway.get("/png").header("Accept", "image/png").send();

            assertThat(exchange)
                    .response()
                    .hasBody("test-data".getBytes(StandardCharsets.US_ASCII))
                    .hasHeaderValues("Content-Type", "image/png")
                    .hasHeaderValues("Content-Length", "9");
        }
    }

    // With [image/png, */test]: these Accept values, and no Accept, give the base64 text
    // (docs/behavior.md#rest-binary-responses).
    @ParameterizedTest
    @ValueSource(strings = {"image/jpg", "image/*", "*/*", "*/test", "random/test", "application"})
    void base64_result_stays_text_when_accept_does_not_match(String accept) {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("image/png", "*/test")
                .route("GET /png", returning(BINARY_RESULT))
                .build()) {
            Exchange exchange = gateway.get("/png").header("Accept", accept).send();

            assertThat(exchange).response().hasBody(BASE64_BODY);
        }
    }

    // No Accept header: text (docs/behavior.md#rest-binary-responses).
    @Test
    void base64_result_stays_text_without_accept() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("image/png", "*/test")
                .route("GET /png", returning(BINARY_RESULT))
                .build()) {
            Exchange exchange = gateway.get("/png").send();

            assertThat(exchange).response().hasBody(BASE64_BODY);
        }
    }

    // Only the first media type of Accept counts (docs/behavior.md#rest-binary-responses).
    @Test
    void only_the_first_accept_type_counts() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("image/png", "*/test")
                .route("GET /png", returning(BINARY_RESULT))
                .build()) {
            Exchange pngSecond = gateway.get("/png")
                    .header("Accept", "image/webp,image/png,*/*;q=0.8")
                    .send();
            Exchange pngFirst = gateway.get("/png")
                    .header("Accept", "image/png,image/*,*/*;q=0.8")
                    .send();

            assertThat(pngSecond).response().hasBody(BASE64_BODY);
            assertThat(pngFirst).response().hasBody("test-data".getBytes(StandardCharsets.US_ASCII));
        }
    }

    // isBase64Encoded false gives text regardless of Accept (docs/behavior.md#rest-binary-responses).
    @Test
    void result_not_marked_base64_is_text_even_when_accept_matches() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("image/png", "*/test")
                .route("GET /not-base64", returning(BINARY_RESULT.replace("true}", "false}")))
                .build()) {
            Exchange exchange =
                    gateway.get("/not-base64").header("Accept", "image/png").send();

            assertThat(exchange).response().hasBody(BASE64_BODY);
        }
    }

    // With [application/*, image/jpg]: Accept application/whatever, application/test, application/* get the bytes;
    // the function's Content-Type is irrelevant, even missing (docs/behavior.md#rest-binary-responses).
    @ParameterizedTest
    @ValueSource(strings = {"application/whatever", "application/test", "application/*"})
    void type_wildcard_entry_decodes_for_any_subtype_in_accept(String accept) {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("application/*", "image/jpg")
                .route(
                        "GET /no-content-type",
                        returning("{\"statusCode\":200,\"body\":\"" + BASE64_BODY + "\",\"isBase64Encoded\":true}"))
                .build()) {
            Exchange exchange =
                    gateway.get("/no-content-type").header("Accept", accept).send();

            assertThat(exchange).response().hasBody("test-data".getBytes(StandardCharsets.US_ASCII));
        }
    }

    // Invalid base64 with a matching Accept: 500 (docs/behavior.md#rest-binary-responses). The body is not recorded;
    // the simulator answers API_CONFIGURATION_ERROR (docs/behavior.md#rest-gateway-errors) and logs the cause.
    @Test
    void invalid_base64_with_a_matching_accept_gets_500() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("image/png", "*/test")
                .route(
                        "GET /invalid",
                        returning("{\"statusCode\":200,\"body\":\"not base64 at all!\",\"isBase64Encoded\":true}"))
                .build()) {
            Exchange exchange =
                    gateway.get("/invalid").header("Accept", "image/png").send();

            assertThat(exchange).wasInvoked();
            assertThat(exchange).response().hasStatus(500);
            assertThat(exchange).log().anySatisfy(line -> assertThat(line).contains("base64"));
        }
    }

    // The same invalid base64 without a matching Accept is passed as text (docs/behavior.md#rest-binary-responses:
    // decoding happens only for a matching Accept).
    @Test
    void invalid_base64_without_a_matching_accept_is_text() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("image/png", "*/test")
                .route(
                        "GET /invalid",
                        returning("{\"statusCode\":200,\"body\":\"not base64 at all!\",\"isBase64Encoded\":true}"))
                .build()) {
            Exchange exchange =
                    gateway.get("/invalid").header("Accept", "text/html").send();

            assertThat(exchange).response().hasStatus(200).hasBody("not base64 at all!");
        }
    }

    // Non-UTF-8 bytes in a non-binary body: likely lossy; pins the simulator, which decodes as UTF-8 with replacement
    // characters [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-event).
    @Test
    void non_utf8_bytes_in_a_text_body_are_replaced() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("POST /echo", new EchoHandler()).build()) {
            Exchange exchange = gateway.post("/echo")
                    .header("Content-Type", "text/plain")
                    .body(new byte[] {'a', (byte) 0xff, 'b'})
                    .send();

            assertThat(exchange).lambdaEvent().hasBody("a\uFFFDb").isNotBase64Encoded();
        }
    }
}

package io.apigwsim.behavior.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.RawEchoHandler;
import io.apigwsim.behavior.custom.CustomHandlers.RawResultHandler;
import io.apigwsim.definition.ContentHandling;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import io.apigwsim.definition.LambdaCustomIntegration;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Content handling of custom and mock integrations: the request body converted between text and binary before the
 * request template, the endpoint response before the response template, both by the API's binary media types and
 * contentHandling (docs/behavior.md#content-handling).
 */
class ContentHandlingTests {

    // Not valid UTF-8, as the gzip bytes of the recorded conversions.
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', (byte) 0xFF, 0x00};
    private static final String PNG_BASE64 = Base64.getEncoder().encodeToString(PNG);
    private static final String DATA_TEMPLATE = "{\"data\": \"$input.body\"}";

    private static ApiGateway gateway(LambdaCustomIntegration.Builder integration, String... binaryMediaTypes) {
        return ApiGateway.builder()
                .binaryMediaTypes(binaryMediaTypes)
                .route("POST /images", integration.build())
                .build();
    }

    @Nested
    class Request {

        // Text with contentHandling unset or CONVERT_TO_TEXT: the template reads the text as sent.
        @Test
        void text_reaches_the_template_unchanged() {
            for (ContentHandling handling :
                    new ContentHandling[] {ContentHandling.PASSTHROUGH, ContentHandling.CONVERT_TO_TEXT}) {
                try (ApiGateway gateway = gateway(Integration.lambdaCustom(new RawEchoHandler())
                        .contentHandling(handling)
                        .requestTemplate("text/plain", DATA_TEMPLATE))) {
                    Exchange exchange = gateway.post("/images")
                            .header("Content-Type", "text/plain")
                            .body("hello")
                            .send();

                    assertThat(exchange.lambdaEvent().raw()).as(handling.name()).isEqualTo("{\"data\": \"hello\"}");
                }
            }
        }

        // Text with CONVERT_TO_BINARY: base64-decoded; passed through, the decoded bytes are the payload.
        @Test
        void convert_to_binary_decodes_base64_text() {
            String json = "{\"id\":7}";
            try (ApiGateway gateway = gateway(Integration.lambdaCustom(new RawEchoHandler())
                    .contentHandling(ContentHandling.CONVERT_TO_BINARY))) {
                Exchange exchange = gateway.post("/images")
                        .header("Content-Type", "text/plain")
                        .body(Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)))
                        .send();

                assertThat(exchange.lambdaEvent().raw()).isEqualTo(json);
                assertThat(exchange.executionLog())
                        .contains("Endpoint request body after transformations: [Binary Data]");
            }
        }

        // A text that is not base64 (here with spaces, as the recorded one) cannot be converted: 500, no invocation.
        @Test
        void convert_to_binary_of_text_that_is_not_base64_is_a_configuration_error() {
            try (ApiGateway gateway = gateway(Integration.lambdaCustom(new RawEchoHandler())
                    .contentHandling(ContentHandling.CONVERT_TO_BINARY))) {
                Exchange exchange = gateway.post("/images")
                        .header("Content-Type", "text/plain")
                        .body("this is a UTF8 text typed object")
                        .send();

                assertThat(exchange)
                        .wasNotInvoked()
                        .response()
                        .hasStatus(500)
                        .hasBody("{\"message\": \"Internal server error\"}");
                assertThat(exchange.executionLog())
                        .anyMatch(line -> line.startsWith(
                                "Execution failed due to configuration error: Unable to transform request"));
            }
        }

        // Binary with contentHandling unset: no template can read it, the request fails with API Gateway's log line.
        @Test
        void binary_body_into_a_template_without_conversion_is_a_configuration_error() {
            try (ApiGateway gateway = gateway(
                    Integration.lambdaCustom(new RawEchoHandler()).requestTemplate("image/png", DATA_TEMPLATE),
                    "image/png")) {
                Exchange exchange = gateway.post("/images")
                        .header("Content-Type", "image/png")
                        .body(PNG)
                        .send();

                assertThat(exchange).wasNotInvoked().response().hasStatus(500);
                assertThat(exchange.executionLog())
                        .anyMatch(line -> line.startsWith(
                                "Execution failed due to configuration error: Unable to transform request (the"
                                        + " image/png body is binary"));
            }
        }

        // Binary with CONVERT_TO_TEXT: the template reads the body as base64 through $input.body.
        @Test
        void convert_to_text_gives_the_template_base64() {
            try (ApiGateway gateway = gateway(
                    Integration.lambdaCustom(new RawEchoHandler())
                            .contentHandling(ContentHandling.CONVERT_TO_TEXT)
                            .requestTemplate("image/png", DATA_TEMPLATE),
                    "image/png")) {
                Exchange exchange = gateway.post("/images")
                        .header("Content-Type", "image/png")
                        .body(PNG)
                        .send();

                assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"data\": \"" + PNG_BASE64 + "\"}");
            }
        }

        // Binary passed through unconverted: Lambda's Invoke API refuses a payload that is not JSON, answered as
        // the other invalid payloads are (docs/behavior.md#invalid-json-payloads).
        @Test
        void binary_passed_through_must_still_be_json_for_lambda() {
            try (ApiGateway gateway = gateway(Integration.lambdaCustom(new RawEchoHandler()), "image/png")) {
                Exchange exchange = gateway.post("/images")
                        .header("Content-Type", "image/png")
                        .body(PNG)
                        .send();

                assertThat(exchange).wasNotInvoked().response().hasStatus(502);
                assertThat(exchange.executionLog())
                        .anyMatch(line -> line.contains("the payload is not one JSON value: [Binary Data]"));
            }
        }

        // Under */* every body is binary; a JSON body passed through reaches the function byte for byte.
        @Test
        void binary_json_passes_through_byte_for_byte() {
            try (ApiGateway gateway = gateway(Integration.lambdaCustom(new RawEchoHandler()), "*/*")) {
                Exchange exchange = gateway.post("/images")
                        .header("Content-Type", "application/json")
                        .body("{ \"id\" : 7 }")
                        .send();

                assertThat(exchange.lambdaEvent().raw()).isEqualTo("{ \"id\" : 7 }");
            }
        }

        // Under */* a request without Content-Type counts as application/json, so binary: its template fails, as
        // the recorded CORS preflights did.
        @Test
        void request_without_content_type_is_binary_under_star_star() {
            try (ApiGateway gateway = gateway(
                    Integration.lambdaCustom(new RawEchoHandler()).requestTemplate("application/json", "{}"), "*/*")) {
                assertThat(gateway.post("/images").send())
                        .wasNotInvoked()
                        .response()
                        .hasStatus(500);
            }
        }
    }

    @Nested
    class Response {

        private ApiGateway returning(String result, ContentHandling handling, String template, String... binaryTypes) {
            IntegrationResponseDefinition.Builder response =
                    IntegrationResponseDefinition.status(200).contentHandling(handling);
            if (template != null) {
                response.responseTemplate("application/json", template);
            }
            return gateway(
                    Integration.lambdaCustom(new RawResultHandler(result)).integrationResponse(response.build()),
                    binaryTypes);
        }

        private Exchange get(ApiGateway gateway, String accept) {
            return gateway.post("/images").header("Accept", accept).send();
        }

        // Text result, text client: unset and CONVERT_TO_TEXT pass it, CONVERT_TO_BINARY decodes it.
        @Test
        void text_for_a_text_client() {
            try (ApiGateway gateway = returning("aGVsbG8=", ContentHandling.PASSTHROUGH, null)) {
                assertThat(get(gateway, "text/plain")).response().hasBody("aGVsbG8=");
            }
            try (ApiGateway gateway = returning("aGVsbG8=", ContentHandling.CONVERT_TO_TEXT, null)) {
                assertThat(get(gateway, "text/plain")).response().hasBody("aGVsbG8=");
            }
            try (ApiGateway gateway = returning("aGVsbG8=", ContentHandling.CONVERT_TO_BINARY, null)) {
                Exchange exchange = get(gateway, "text/plain");
                assertThat(exchange).response().hasBody("hello");
                assertThat(exchange.executionLog())
                        .contains("Method response body after transformations: [Binary Data]");
            }
        }

        // Text result, binary client (Accept matches): unset decodes it, CONVERT_TO_TEXT keeps it.
        @Test
        void text_for_a_binary_client() {
            try (ApiGateway gateway = returning("aGVsbG8=", ContentHandling.PASSTHROUGH, null, "image/png")) {
                assertThat(get(gateway, "image/png")).response().hasBody("hello");
                assertThat(get(gateway, "text/html, image/png")).response().hasBody("aGVsbG8=");
            }
            try (ApiGateway gateway = returning("aGVsbG8=", ContentHandling.CONVERT_TO_TEXT, null, "image/png")) {
                assertThat(get(gateway, "image/png")).response().hasBody("aGVsbG8=");
            }
        }

        // A JSON result that a binary client makes API Gateway decode is not base64: 500.
        @Test
        void json_result_for_a_binary_client_cannot_be_decoded() {
            try (ApiGateway gateway = returning("{\"id\":7}", ContentHandling.PASSTHROUGH, null, "image/png")) {
                Exchange exchange = get(gateway, "image/png");

                assertThat(exchange).response().hasStatus(500).hasBody("{\"message\": \"Internal server error\"}");
                assertThat(exchange.executionLog())
                        .anyMatch(line -> line.startsWith(
                                "Execution failed due to configuration error: Unable to transform response"));
            }
        }

        // Lambda answers application/json: when that is a binary media type the result is binary, base64-encoded for
        // a text client unless CONVERT_TO_BINARY keeps it binary, as is for a binary client unless CONVERT_TO_TEXT.
        @Test
        void binary_result_by_client_and_content_handling() {
            String json = "{\"id\":7}";
            String encoded = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
            try (ApiGateway gateway = returning(json, ContentHandling.PASSTHROUGH, null, "application/json")) {
                assertThat(get(gateway, "text/plain")).response().hasBody(encoded);
                assertThat(get(gateway, "application/json")).response().hasBody(json);
            }
            try (ApiGateway gateway = returning(json, ContentHandling.CONVERT_TO_BINARY, null, "application/json")) {
                assertThat(get(gateway, "text/plain")).response().hasBody(json);
            }
            try (ApiGateway gateway = returning(json, ContentHandling.CONVERT_TO_TEXT, null, "application/json")) {
                assertThat(get(gateway, "application/json")).response().hasBody(encoded);
            }
        }

        // A template reads a binary result only as base64, through CONVERT_TO_TEXT; unconverted, it fails.
        @Test
        void binary_result_into_a_template() {
            String json = "{\"id\":7}";
            String encoded = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
            try (ApiGateway gateway = returning(json, ContentHandling.CONVERT_TO_TEXT, DATA_TEMPLATE, "*/*")) {
                assertThat(get(gateway, "application/json")).response().hasBody("{\"data\": \"" + encoded + "\"}");
            }
            try (ApiGateway gateway = returning(json, ContentHandling.PASSTHROUGH, DATA_TEMPLATE, "*/*")) {
                Exchange exchange = get(gateway, "application/json");

                assertThat(exchange).response().hasStatus(500);
                assertThat(exchange.executionLog())
                        .anyMatch(line -> line.startsWith(
                                "Execution failed due to configuration error: Unable to transform response (the"
                                        + " endpoint response is binary"));
            }
        }
    }

    @Nested
    class Mock {

        private ApiGateway preflight(ContentHandling request, ContentHandling response) {
            return ApiGateway.builder()
                    .binaryMediaTypes("*/*")
                    .route(
                            "OPTIONS /images",
                            Integration.mock()
                                    .contentHandling(request)
                                    .requestTemplate("application/json", "{\"statusCode\": 200}")
                                    .responseContentHandling(response)
                                    .responseTemplate("application/json", "{\"ok\": true}")
                                    .build())
                    .build();
        }

        // Under */* a mock's preflight without content handling fails on the request side, as the recorded
        // CORS preflights did; with CONVERT_TO_TEXT on the request only, it fails on the response side.
        @Test
        void star_star_breaks_a_mock_until_both_sides_convert_to_text() {
            try (ApiGateway gateway = preflight(ContentHandling.PASSTHROUGH, ContentHandling.PASSTHROUGH)) {
                Exchange exchange =
                        gateway.options("/images").header("Accept", "*/*").send();
                assertThat(exchange).response().hasStatus(500);
                assertThat(exchange.executionLog())
                        .anyMatch(line -> line.startsWith(
                                "Execution failed due to configuration error: Unable to transform request"));
            }
            try (ApiGateway gateway = preflight(ContentHandling.CONVERT_TO_TEXT, ContentHandling.PASSTHROUGH)) {
                Exchange exchange =
                        gateway.options("/images").header("Accept", "*/*").send();
                assertThat(exchange).response().hasStatus(500);
                assertThat(exchange.executionLog())
                        .anyMatch(line -> line.startsWith(
                                "Execution failed due to configuration error: Unable to transform response"));
            }
            try (ApiGateway gateway = preflight(ContentHandling.CONVERT_TO_TEXT, ContentHandling.CONVERT_TO_TEXT)) {
                assertThat(gateway.options("/images").header("Accept", "*/*").send())
                        .response()
                        .hasStatus(200)
                        .hasBody("{\"ok\": true}");
            }
        }
    }
}

package io.apigwsim.behavior.http;

import static io.apigwsim.behavior.http.HttpHandlers.returning;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.http.HttpHandlers.ThrowingHandler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an HTTP API reads a payload 2.0 function result: the inferred form, the structured form, and 500s. */
class PayloadV2ResponseTests {

    private static final String INTERNAL_SERVER_ERROR = "{\"message\":\"Internal Server Error\"}";

    /** A Java handler returning a String, which the runtime serializes as a JSON string. */
    static final class StringHandler implements RequestHandler<APIGatewayV2HTTPEvent, String> {

        private final String result;

        StringHandler(String result) {
            this.result = result;
        }

        @Override
        public String handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            return result;
        }
    }

    /** A Java handler returning APIGatewayV2HTTPResponse; status 0 leaves the primitive int unset. */
    static final class PojoHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

        private final int status;

        PojoHandler(int status) {
            this.status = status;
        }

        @Override
        public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            APIGatewayV2HTTPResponse.APIGatewayV2HTTPResponseBuilder response = APIGatewayV2HTTPResponse.builder()
                    .withHeaders(Map.of("content-type", "text/plain"))
                    .withCookies(List.of("id=1"))
                    .withBody("from java");
            if (status != 0) {
                response.withStatusCode(status);
            }
            return response.build();
        }
    }

    // 2.0 inferred form: a JSON object without statusCode gives 200, content-type application/json, the object as
    // the body (docs/behavior.md#http-api-payload-20-response).
    @Test
    void object_without_status_code_is_the_json_body() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /object", returning("{\"message\":\"Hello\"}"))
                .build()) {
            Exchange exchange = gateway.get("/object").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("application/json")
                    .hasBody("{\"message\":\"Hello\"}");
        }
    }

    // 2.0 inferred form: an object with body and headers but no statusCode is data, returned whole; its headers are
    // not applied (docs/behavior.md#http-api-payload-20-response).
    @Test
    void object_with_body_but_without_status_code_is_returned_whole() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /object-with-body", returning("{\"body\":\"x\",\"headers\":{\"x-a\":\"1\"}}"))
                .build()) {
            Exchange exchange = gateway.get("/object-with-body").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("application/json")
                    .hasBody("{\"body\":\"x\",\"headers\":{\"x-a\":\"1\"}}")
                    .doesNotHaveHeader("x-a");
        }
    }

    // 2.0 inferred form: a JSON string gives its content without the quotes, 200, application/json
    // (docs/behavior.md#http-api-payload-20-response).
    @Test
    void json_string_gives_its_content() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /string", returning("\"Hello from Lambda!\""))
                .build()) {
            Exchange exchange = gateway.get("/string").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("application/json")
                    .hasBody("Hello from Lambda!");
        }
    }

    // 2.0 inferred form: a number gives the body 42, 200, application/json
    // (docs/behavior.md#http-api-payload-20-response; inferred from the documented rule).
    @Test
    void number_is_the_body() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /number", returning("42"))
                .build()) {
            Exchange exchange = gateway.get("/number").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("application/json")
                    .hasBody("42");
        }
    }

    // 2.0 inferred form: a boolean is the body (docs/behavior.md#http-api-payload-20-response; inferred from the
    // documented rule).
    @Test
    void boolean_is_the_body() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /boolean", returning("true"))
                .build()) {
            Exchange exchange = gateway.get("/boolean").send();

            assertThat(exchange).response().hasStatus(200).hasBody("true");
        }
    }

    // 2.0 inferred form: an array is the body (docs/behavior.md#http-api-payload-20-response; inferred from the
    // documented rule).
    @Test
    void array_is_the_body() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /array", returning("[1,\"two\"]"))
                .build()) {
            Exchange exchange = gateway.get("/array").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("application/json")
                    .hasBody("[1,\"two\"]");
        }
    }

    // 2.0 inferred form: a Java handler returning a String is a JSON string to API Gateway, so the client gets the
    // string's content with application/json (docs/behavior.md#http-api-payload-20-response,
    // #java-handlers-and-serialization).
    @Test
    void java_string_result_gives_the_string_content() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /java-string", new StringHandler("Hello from lambda"))
                .build()) {
            Exchange exchange = gateway.get("/java-string").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("application/json")
                    .hasBody("Hello from lambda");
        }
    }

    // 2.0 inferred form: a returned string whose content is a JSON object is served as that text with
    // application/json; the headers inside are not applied (docs/behavior.md#http-api-payload-20-response).
    @Test
    void string_holding_a_json_object_is_served_as_that_text() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route(
                        "GET /java-string-object",
                        new StringHandler(
                                "{\"key\" : \"value\", \"headers\" : {\"content-type\": \"application/xml\"}}"))
                .build()) {
            Exchange exchange = gateway.get("/java-string-object").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("application/json")
                    .hasBody("{\"key\" : \"value\", \"headers\" : {\"content-type\": \"application/xml\"}}");
        }
    }

    // 2.0: a returned string whose content starts like an object but is not valid JSON ({"key"}) gives a 500 with
    // content-type application/json (docs/behavior.md#http-api-payload-20-response).
    @Test
    void string_holding_an_invalid_object_gets_500() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /java-string-invalid-object", new StringHandler("{\"key\"}"))
                .build()) {
            Exchange exchange = gateway.get("/java-string-invalid-object").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(500)
                    .hasContentType("application/json")
                    .hasBody(INTERNAL_SERVER_ERROR);
        }
    }

    // 2.0: a result that is not JSON at all cannot be parsed: 500 {"message":"Internal Server Error"}
    // (docs/behavior.md#http-api-payload-20-response, #http-api-errors).
    @Test
    void result_that_is_not_json_gets_500() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /not-json", returning("Hello, not JSON"))
                .build()) {
            Exchange exchange = gateway.get("/not-json").send();

            assertThat(exchange).response().hasStatus(500).hasBody(INTERNAL_SERVER_ERROR);
        }
    }

    // 2.0 structured form: statusCode, headers and body are applied; each cookies element becomes its own set-cookie
    // header, in order (docs/behavior.md#http-api-payload-20-response).
    @Test
    void structured_response_sets_status_headers_cookies_and_body() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /structured", returning("""
                        {"statusCode": 201,
                         "headers": {"content-type": "text/plain", "x-custom": "a"},
                         "cookies": ["session=abc; Path=/; HttpOnly", "theme=dark"],
                         "body": "created",
                         "isBase64Encoded": false}"""))
                .build()) {
            Exchange exchange = gateway.get("/structured").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(201)
                    .hasContentType("text/plain")
                    .hasHeader("x-custom", "a")
                    .hasHeaderValues("set-cookie", "session=abc; Path=/; HttpOnly", "theme=dark")
                    .hasBody("created");
        }
    }

    // 2.0 structured form: isBase64Encoded true means the body is always base64-decoded, without Accept or
    // binaryMediaTypes negotiation (docs/behavior.md#http-api-payload-20-response).
    @Test
    void base64_body_is_always_decoded() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route(
                        "GET /base64",
                        returning("{\"statusCode\":200,\"headers\":{\"content-type\":\"image/png\"},"
                                + "\"body\":\"iVBORw0KGgo=\",\"isBase64Encoded\":true}"))
                .build()) {
            Exchange exchange = gateway.get("/base64").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("image/png")
                    .hasBody(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        }
    }

    // 2.0 structured form: unknown keys are ignored (no error as in REST); multiValueHeaders is not part of the 2.0
    // format and is ignored (docs/behavior.md#http-api-payload-20-response); for multiValueHeaders [UNCERTAIN]
    // (docs/behavior.md#uncertain-http-api-responses-and-errors).
    @Test
    void unknown_keys_and_multi_value_headers_are_ignored() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route(
                        "GET /unknown-keys",
                        returning("{\"statusCode\":200,\"body\":\"ok\",\"extra\":{\"a\":1},"
                                + "\"multiValueHeaders\":{\"x-multi\":[\"a\",\"b\"]}}"))
                .build()) {
            Exchange exchange = gateway.get("/unknown-keys").send();

            assertThat(exchange).response().hasStatus(200).hasBody("ok").doesNotHaveHeader("x-multi");
        }
    }

    // 2.0 structured form without content-type: not documented; application/json as emulators do
    // [UNCERTAIN] (docs/behavior.md#uncertain-http-api-responses-and-errors): pins the simulator.
    @Test
    void structured_response_without_content_type_gets_application_json() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /no-content-type", returning("{\"statusCode\":200,\"body\":\"plain\"}"))
                .build()) {
            Exchange exchange = gateway.get("/no-content-type").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("application/json")
                    .hasBody("plain");
        }
    }

    // 2.0 structured form: a non-integer statusCode gives 500 {"message":"Internal Server Error"}, 35 bytes, capital
    // S and E, no space (docs/behavior.md#http-api-payload-20-response, #http-api-errors).
    @Test
    void text_status_code_gets_500_internal_server_error() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /status-text", returning("{\"statusCode\":\"OK\",\"body\":\"x\"}"))
                .build()) {
            Exchange exchange = gateway.get("/status-text").send();

            assertThat(exchange).response().hasStatus(500).hasBody(INTERNAL_SERVER_ERROR);
            assertThat(exchange.response().body()).hasSize(35);
            assertThat(exchange).response().hasHeaderValues("content-length", "35");
        }
    }

    // 2.0 structured form: a fractional statusCode is not an integer either: 500
    // (docs/behavior.md#http-api-payload-20-response).
    @Test
    void fractional_status_code_gets_500() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /status-fraction", returning("{\"statusCode\":200.5,\"body\":\"x\"}"))
                .build()) {
            Exchange exchange = gateway.get("/status-fraction").send();

            assertThat(exchange).response().hasStatus(500).hasBody(INTERNAL_SERVER_ERROR);
        }
    }

    // 2.0 from Java: an APIGatewayV2HTTPResponse is applied like the structured form, cookies included
    // (docs/behavior.md#http-api-payload-20-response, #java-handlers-and-serialization).
    @Test
    void java_response_object_is_the_structured_form() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /pojo", new PojoHandler(202))
                .build()) {
            Exchange exchange = gateway.get("/pojo").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(202)
                    .hasContentType("text/plain")
                    .hasHeader("set-cookie", "id=1")
                    .hasBody("from java");
        }
    }

    // 2.0 from Java: APIGatewayV2HTTPResponse.statusCode is a primitive int, so an unset status is sent as 0; AWS's
    // answer is not recorded, likely the 500 (docs/behavior.md#http-api-payload-20-response); pins the simulator
    // [UNCERTAIN] (docs/behavior.md#uncertain-http-api-responses-and-errors).
    @Test
    void java_response_with_unset_status_code_gets_500() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /pojo-unset-status", new PojoHandler(0))
                .build()) {
            Exchange exchange = gateway.get("/pojo-unset-status").send();

            assertThat(exchange.lambdaResult().raw()).contains("\"statusCode\":0");
            assertThat(exchange).response().hasStatus(500).hasBody(INTERNAL_SERVER_ERROR);
        }
    }

    // 2.0: an unhandled function error gives 500 {"message":"Internal Server Error"} with application/json
    // (docs/behavior.md#http-api-payload-20-response, #http-api-errors); the status for this case is [UNCERTAIN]
    // (docs/behavior.md#uncertain-http-api-responses-and-errors).
    @Test
    void function_error_gets_500_internal_server_error() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /throws", new ThrowingHandler())
                .build()) {
            Exchange exchange = gateway.get("/throws").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(500)
                    .hasContentType("application/json")
                    .hasBody(INTERNAL_SERVER_ERROR);
            assertThat(exchange).lambdaResult().hasFunctionError();
        }
    }

    // HTTP API response headers: apigw-requestid (the event's requestId), date (IMF-fixdate of the request time) and
    // content-length (docs/behavior.md#http-api-errors); for success responses [UNCERTAIN]
    // (docs/behavior.md#uncertain-http-api-responses-and-errors).
    @Test
    void success_response_carries_apigw_requestid_date_and_content_length() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .clock(Clock.fixed(Instant.parse("2026-07-10T19:19:05.766Z"), ZoneId.systemDefault()))
                .route("GET /structured", returning("""
                        {"statusCode": 201,
                         "headers": {"content-type": "text/plain", "x-custom": "a"},
                         "cookies": ["session=abc; Path=/; HttpOnly", "theme=dark"],
                         "body": "created",
                         "isBase64Encoded": false}"""))
                .build()) {
            Exchange exchange = gateway.get("/structured").send();

            String requestId =
                    exchange.response().headers().first("apigw-requestid").orElseThrow();
            assertThat(exchange).lambdaEvent().hasRequestContextField("requestId", requestId);
            assertThat(exchange)
                    .response()
                    .hasHeader("date", "Fri, 10 Jul 2026 19:19:05 GMT")
                    .hasHeader("content-length", "7");
        }
    }

    // HTTP API responses carry no x-amzn-RequestId and no x-amzn-ErrorType, on success and on errors
    // (docs/behavior.md#http-api-errors).
    @Test
    void responses_have_no_rest_request_id_or_error_type_headers() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /structured", returning("""
                        {"statusCode": 201,
                         "headers": {"content-type": "text/plain", "x-custom": "a"},
                         "cookies": ["session=abc; Path=/; HttpOnly", "theme=dark"],
                         "body": "created",
                         "isBase64Encoded": false}"""))
                .route("GET /throws", new ThrowingHandler())
                .build()) {
            Exchange success = gateway.get("/structured").send();
            Exchange failure = gateway.get("/throws").send();

            for (Exchange exchange : List.of(success, failure)) {
                assertThat(exchange)
                        .response()
                        .hasHeader("apigw-requestid", exchange.requestId())
                        .doesNotHaveHeader("x-amzn-RequestId")
                        .doesNotHaveHeader("x-amzn-ErrorType")
                        .doesNotHaveHeader("x-amz-apigw-id");
            }
        }
    }
}

package io.apigwsim.behavior;

import static io.apigwsim.behavior.BehaviorHandlers.returning;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.http.Headers.Header;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the client gets for each form of the function's result (docs/behavior.md#rest-proxy-response-object,
 * #rest-response-header-merging, #rest-success-response-headers).
 */
class ProxyResponseTests {

    private static final String INTERNAL_SERVER_ERROR = "{\"message\": \"Internal server error\"}";

    /** A Java handler that returns JSON as a String; the runtime serializes it as a JSON string literal. */
    static final class JsonStringHandler implements RequestHandler<Map<String, Object>, String> {

        @Override
        public String handleRequest(Map<String, Object> event, Context context) {
            return "{\"statusCode\":200,\"body\":\"hello\"}";
        }
    }

    // Each row of the recorded table: what the function returns and the status and body the client gets
    // (docs/behavior.md#rest-proxy-response-object).
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"statusCode\":200}|200|''",
                "{\"statusCode\":200,\"headers\":null}|200|''",
                "{\"headers\":{\"test-header\":\"value\"}}|200|''",
                "{}|200|''",
                "{\"statusCode\":\"201\"}|201|''",
                "{\"statusCode\":\"test\"}|502|{\"message\": \"Internal server error\"}",
                "{\"statusCode\":200,\"wrongValue\":\"value\"}|502|{\"message\": \"Internal server error\"}",
                "{\"statusCode\":200,\"multiValueHeaders\":{\"test-multi-invalid\":\"value1\"}}"
                        + "|502|{\"message\": \"Internal server error\"}",
                "\"justAString\"|502|{\"message\": \"Internal server error\"}",
                "{\"statusCode\":200,\"body\":{\"a\":1}}|502|{\"message\": \"Internal server error\"}",
                "{\"statusCode\":200,\"body\":\"dGVzdC1kYXRh\",\"isBase64Encoded\":true}|200|dGVzdC1kYXRh",
                "{\"statusCode\":200,\"body\":\"dGVzdC1kYXRh\"}|200|dGVzdC1kYXRh",
            })
    void function_result_row_gives_the_recorded_client_response(String result, int status, String body) {
        try (ApiGateway gateway =
                ApiGateway.builder().route("POST /result", returning(result)).build()) {
            Exchange exchange = gateway.post("/result").send();

            assertThat(exchange).response().hasStatus(status).hasBody(body);
        }
    }

    // {"statusCode":200}: empty body, Content-Type application/json, Content-Length 0
    // (docs/behavior.md#rest-proxy-response-object).
    @Test
    void status_only_result_gets_json_content_type_and_zero_length() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("POST /status-only", returning("{\"statusCode\":200}"))
                .build()) {
            Exchange exchange = gateway.post("/status-only").send();

            assertThat(exchange)
                    .response()
                    .hasContentType("application/json")
                    .hasHeaderValues("Content-Length", "0")
                    .hasEmptyBody();
        }
    }

    // Header values that are booleans become "true"/"false"; names keep the function's casing
    // (docs/behavior.md#rest-proxy-response-object, #rest-response-header-merging).
    @Test
    void boolean_header_value_becomes_text_and_names_keep_their_casing() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /bool-header",
                        returning("{\"statusCode\":200,\"headers\":{\"test-header\":\"value\",\"header-bool\":true}}"))
                .build()) {
            Exchange exchange = gateway.post("/bool-header").send();

            // the names' casing is checked on the header entries, which keep each name's spelling
            assertThat(exchange.response().headers().entries())
                    .contains(new Header("test-header", "value"), new Header("header-bool", "true"));
        }
    }

    // A 502 for a malformed result is logged as "Malformed Lambda proxy response"
    // (docs/behavior.md#rest-proxy-response-object).
    @Test
    void malformed_result_is_explained_in_the_execution_log() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("POST /object-body", returning("{\"statusCode\":200,\"body\":{\"a\":1}}"))
                .build()) {
            Exchange exchange = gateway.post("/object-body").send();

            assertThat(exchange)
                    .response()
                    .hasHeaderValues("x-amzn-ErrorType", "InternalServerErrorException")
                    .hasBody(INTERNAL_SERVER_ERROR);
            assertThat(exchange).log().anySatisfy(line -> assertThat(line).contains("Malformed Lambda proxy response"));
        }
    }

    // A Java RequestHandler returning a String of JSON is serialized as a JSON string literal, so REST sees "a JSON
    // string" and answers 502 (docs/behavior.md#rest-proxy-response-object).
    @Test
    void java_handler_returning_a_json_string_gets_502() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("POST /java-string", new JsonStringHandler())
                .build()) {
            Exchange exchange = gateway.post("/java-string").send();

            assertThat(exchange.lambdaResult().raw())
                    .isEqualTo("\"{\\\"statusCode\\\":200,\\\"body\\\":\\\"hello\\\"}\"");
            assertThat(exchange).response().hasStatus(502).hasBody(INTERNAL_SERVER_ERROR);
        }
    }

    // Method and integration responses play no part: a status 300 with application/xml reaches the client unchanged
    // (docs/behavior.md#rest-proxy-response-object).
    @Test
    void function_status_content_type_and_body_reach_the_client_unchanged() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /xml-300",
                        returning("{\"statusCode\":300,\"headers\":{\"content-type\":\"application/xml\"},"
                                + "\"body\":\"<a>b</a>\"}"))
                .build()) {
            Exchange exchange = gateway.post("/xml-300").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(300)
                    .hasHeaderValues("Content-Type", "application/xml")
                    .hasBody("<a>b</a>");
        }
    }

    // multiValueHeaders {"test-multi":["value1","value2"]}: the client sees both values
    // (docs/behavior.md#rest-response-header-merging); separate header lines, the wire form being [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void multi_value_header_gives_every_value() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /multi",
                        returning(
                                "{\"statusCode\":200,\"multiValueHeaders\":{\"test-multi\":[\"value1\",\"value2\"]}}"))
                .build()) {
            Exchange exchange = gateway.post("/multi").send();

            assertThat(exchange).response().hasHeaderValues("test-multi", "value1", "value2");
        }
    }

    // multiValueHeaders and headers with one name are merged, multi first
    // (docs/behavior.md#rest-response-header-merging).
    @Test
    void headers_merge_after_multi_value_headers() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /multi-and-single",
                        returning("{\"statusCode\":200,\"multiValueHeaders\":{\"test-multi\":[\"value-multi\"]},"
                                + "\"headers\":{\"test-multi\":\"value-solo\"}}"))
                .build()) {
            Exchange exchange = gateway.post("/multi-and-single").send();

            assertThat(exchange).response().hasHeaderValues("test-multi", "value-multi", "value-solo");
        }
    }

    // Different casing merges case-insensitively under the multiValueHeaders spelling tesT-Multi
    // (docs/behavior.md#rest-response-header-merging).
    @Test
    void merged_header_takes_the_multi_value_headers_spelling() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /multi-casing",
                        returning("{\"statusCode\":200,\"multiValueHeaders\":{\"tesT-Multi\":[\"value-multi\"]},"
                                + "\"headers\":{\"test-multi\":\"value-solo\"}}"))
                .build()) {
            Exchange exchange = gateway.post("/multi-casing").send();

            // the spelling is checked on the header entries, which keep each name's spelling
            List<Header> testMulti = exchange.response().headers().entries().stream()
                    .filter(header -> header.name().equalsIgnoreCase("test-multi"))
                    .toList();
            assertThat(testMulti)
                    .containsExactly(new Header("tesT-Multi", "value-multi"), new Header("tesT-Multi", "value-solo"));
        }
    }

    // The same name and value in both maps is kept once (docs/behavior.md#rest-response-header-merging).
    @Test
    void same_name_and_value_in_both_maps_is_kept_once() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /same-value",
                        returning("{\"statusCode\":200,\"multiValueHeaders\":{\"x-same\":[\"one\"]},"
                                + "\"headers\":{\"x-same\":\"one\"}}"))
                .build()) {
            Exchange exchange = gateway.post("/same-value").send();

            assertThat(exchange).response().hasHeaderValues("x-same", "one");
        }
    }

    // Content-Type is the function's when it sets one (no second, default one) and Content-Length counts the UTF-8
    // bytes of the body (docs/behavior.md#rest-success-response-headers); the byte count is inferred [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void content_length_counts_utf8_bytes_and_the_function_content_type_is_kept() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /utf8",
                        returning("{\"statusCode\":200,\"headers\":{\"Content-Type\":\"text/plain\"},"
                                + "\"body\":\"héllo λ\"}"))
                .build()) {
            Exchange exchange = gateway.post("/utf8").send();

            assertThat(exchange)
                    .response()
                    .hasHeaderValues("Content-Type", "text/plain")
                    .hasHeaderValues("Content-Length", "9")
                    .hasBody("héllo λ");
        }
    }

    // x-amzn-RequestId equals requestContext.requestId; x-amz-apigw-id has the extendedRequestId format
    // (docs/behavior.md#rest-success-response-headers); x-amz-apigw-id = extendedRequestId is [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void success_response_carries_the_request_ids() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("POST /status-only", returning("{\"statusCode\":200}"))
                .build()) {
            Exchange exchange = gateway.post("/status-only").send();

            String requestId =
                    exchange.response().headers().first("x-amzn-RequestId").orElseThrow();
            String apigwId =
                    exchange.response().headers().first("x-amz-apigw-id").orElseThrow();
            assertThat(exchange)
                    .lambdaEvent()
                    .hasRequestContextField("requestId", requestId)
                    .hasRequestContextField("extendedRequestId", apigwId);
        }
    }

    // X-Amzn-Trace-Id on a Lambda proxy response: Root=...;Parent=<16 hex>;Sampled=<0 or 1> with the event's Root
    // (docs/behavior.md#trace-header).
    @Test
    void response_trace_id_has_the_event_root_and_a_new_parent() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("POST /status-only", returning("{\"statusCode\":200}"))
                .build()) {
            Exchange exchange = gateway.post("/status-only").send();

            String trace =
                    exchange.response().headers().first("X-Amzn-Trace-Id").orElseThrow();
            assertThat(trace).matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=[01]");
            assertThat(exchange).lambdaEvent().hasHeader("X-Amzn-Trace-Id", trace.substring(0, trace.indexOf(';')));
        }
    }

    // The client's Root is kept, and the client's Parent if one was sent (docs/behavior.md#trace-header).
    @Test
    void response_trace_id_keeps_the_client_root_and_parent() {
        String root = "Root=1-5759e988-bd862e3fe1be46a994272793";
        try (ApiGateway gateway = ApiGateway.builder()
                .route("POST /status-only", returning("{\"statusCode\":200}"))
                .build()) {
            Exchange rootOnly =
                    gateway.post("/status-only").header("X-Amzn-Trace-Id", root).send();
            Exchange withParent = gateway.post("/status-only")
                    .header("X-Amzn-Trace-Id", root + ";Parent=53995c3f42cd8ad8;Sampled=1")
                    .send();

            assertThat(rootOnly.response().headers().first("X-Amzn-Trace-Id"))
                    .hasValueSatisfying(trace -> assertThat(trace).matches(root + ";Parent=[0-9a-f]{16};Sampled=[01]"));
            assertThat(withParent.response().headers().first("X-Amzn-Trace-Id"))
                    .hasValueSatisfying(
                            trace -> assertThat(trace).startsWith(root + ";Parent=53995c3f42cd8ad8;Sampled="));
        }
    }

    // Function headers Connection, Content-Length, Date, Server come back as x-amzn-Remapped-<Name>;
    // Transfer-Encoding is dropped (docs/behavior.md#rest-response-header-merging); for AWS_PROXY it pins the simulator
    // [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void reserved_function_headers_are_remapped_or_dropped() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /remapped",
                        returning("{\"statusCode\":200,\"headers\":{\"Server\":\"mine\","
                                + "\"Transfer-Encoding\":\"chunked\"}}"))
                .build()) {
            Exchange exchange = gateway.post("/remapped").send();

            assertThat(exchange)
                    .response()
                    .hasHeaderValues("x-amzn-Remapped-Server", "mine")
                    .doesNotHaveHeader("Server")
                    .doesNotHaveHeader("Transfer-Encoding");
        }
    }

    // Header values that are numbers: LocalStack rejects them, AWS is not recorded; pins the simulator, which keeps the
    // number's JSON text [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void numeric_header_value_is_sent_as_its_json_text() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("POST /number-header", returning("{\"statusCode\":200,\"headers\":{\"x-count\":42}}"))
                .build()) {
            Exchange exchange = gateway.post("/number-header").send();

            assertThat(exchange).response().hasStatus(200).hasHeaderValues("x-count", "42");
        }
    }

    // SAM CLI accepts base64Encoded as an alias of isBase64Encoded; pins the simulator, which accepts the key instead
    // of answering 502 for an unknown key [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void base64_encoded_alias_is_accepted() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /alias",
                        returning("{\"statusCode\":200,\"body\":\"dGVzdC1kYXRh\",\"base64Encoded\":false}"))
                .build()) {
            Exchange exchange = gateway.post("/alias").send();

            assertThat(exchange).response().hasStatus(200).hasBody("dGVzdC1kYXRh");
        }
    }
}

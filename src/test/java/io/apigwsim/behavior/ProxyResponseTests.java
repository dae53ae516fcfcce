package io.apigwsim.behavior;

import static io.apigwsim.behavior.BehaviorHandlers.json;
import static io.apigwsim.behavior.BehaviorHandlers.returning;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.http.Headers.Header;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the client gets for each form of the function's result (docs/behavior.md#rest-proxy-response-object,
 * #rest-response-header-merging, #rest-success-response-headers).
 */
class ProxyResponseTests {

    private static final String INTERNAL_SERVER_ERROR = "{\"message\": \"Internal server error\"}";

    private static ApiGateway gateway;

    @BeforeAll
    static void build() {
        gateway = ApiGateway.builder()
                .seed(61)
                .route("POST /status-only", returning("{\"statusCode\":200}"))
                .route(
                        "POST /bool-header",
                        returning("{\"statusCode\":200,\"headers\":{\"test-header\":\"value\",\"header-bool\":true}}"))
                .route("POST /null-headers", returning("{\"statusCode\":200,\"headers\":null}"))
                .route("POST /no-status", returning("{\"headers\":{\"test-header\":\"value\"}}"))
                .route("POST /empty-object", returning("{}"))
                .route("POST /string-status", returning("{\"statusCode\":\"201\"}"))
                .route("POST /text-status", returning("{\"statusCode\":\"test\"}"))
                .route("POST /unknown-key", returning("{\"statusCode\":200,\"wrongValue\":\"value\"}"))
                .route(
                        "POST /multi-not-array",
                        returning("{\"statusCode\":200,\"multiValueHeaders\":{\"test-multi-invalid\":\"value1\"}}"))
                .route("POST /json-string", returning("\"justAString\""))
                .route("POST /object-body", returning("{\"statusCode\":200,\"body\":{\"a\":1}}"))
                .route(
                        "POST /base64-flag",
                        returning("{\"statusCode\":200,\"body\":\"dGVzdC1kYXRh\",\"isBase64Encoded\":true}"))
                .route("POST /plain-body", returning("{\"statusCode\":200,\"body\":\"dGVzdC1kYXRh\"}"))
                .route(
                        "POST /xml-300",
                        returning("{\"statusCode\":300,\"headers\":{\"content-type\":"
                                + "\"application/xml\"},\"body\":\"<a>b</a>\"}"))
                .route(
                        "POST /multi",
                        returning(
                                "{\"statusCode\":200,\"multiValueHeaders\":{\"test-multi\":[\"value1\",\"value2\"]}}"))
                .route(
                        "POST /multi-and-single",
                        returning("{\"statusCode\":200,"
                                + "\"multiValueHeaders\":{\"test-multi\":[\"value-multi\"]},"
                                + "\"headers\":{\"test-multi\":\"value-solo\"}}"))
                .route(
                        "POST /multi-casing",
                        returning("{\"statusCode\":200,"
                                + "\"multiValueHeaders\":{\"tesT-Multi\":[\"value-multi\"]},"
                                + "\"headers\":{\"test-multi\":\"value-solo\"}}"))
                .route(
                        "POST /same-value",
                        returning("{\"statusCode\":200,"
                                + "\"multiValueHeaders\":{\"x-same\":[\"one\"]},\"headers\":{\"x-same\":\"one\"}}"))
                .route(
                        "POST /utf8",
                        returning(
                                "{\"statusCode\":200,\"headers\":{\"Content-Type\":\"text/plain\"},\"body\":\"héllo λ\"}"))
                .route(
                        "POST /remapped",
                        returning("{\"statusCode\":200,\"headers\":{\"Server\":\"mine\","
                                + "\"Transfer-Encoding\":\"chunked\"}}"))
                .route("POST /java-string", new JsonStringHandler())
                .route("POST /number-header", returning("{\"statusCode\":200,\"headers\":{\"x-count\":42}}"))
                .route(
                        "POST /alias",
                        returning("{\"statusCode\":200,\"body\":\"dGVzdC1kYXRh\",\"base64Encoded\":false}"))
                .build();
    }

    @AfterAll
    static void close() {
        gateway.close();
    }

    /** A Java handler that returns JSON as a String; the runtime serializes it as a JSON string literal. */
    static final class JsonStringHandler implements RequestHandler<Map<String, Object>, String> {

        @Override
        public String handleRequest(Map<String, Object> event, Context context) {
            return "{\"statusCode\":200,\"body\":\"hello\"}";
        }
    }

    private static List<Header> named(Exchange exchange, String name) {
        return exchange.response().headers().entries().stream()
                .filter(header -> header.name().equalsIgnoreCase(name))
                .toList();
    }

    // Each row of the recorded table: what the function returns and the status and body the client gets
    // (docs/behavior.md#rest-proxy-response-object).
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/status-only     |200|''",
                "/null-headers    |200|''",
                "/no-status       |200|''",
                "/empty-object    |200|''",
                "/string-status   |201|''",
                "/text-status     |502|{\"message\": \"Internal server error\"}",
                "/unknown-key     |502|{\"message\": \"Internal server error\"}",
                "/multi-not-array |502|{\"message\": \"Internal server error\"}",
                "/json-string     |502|{\"message\": \"Internal server error\"}",
                "/object-body     |502|{\"message\": \"Internal server error\"}",
                "/base64-flag     |200|dGVzdC1kYXRh",
                "/plain-body      |200|dGVzdC1kYXRh",
            })
    void function_result_row_gives_the_recorded_client_response(String path, int status, String body) {
        Exchange exchange = gateway.post(path).send();

        assertThat(exchange.response().status()).isEqualTo(status);
        assertThat(exchange.response().bodyAsText()).isEqualTo(body);
    }

    // {"statusCode":200}: empty body, Content-Type application/json, Content-Length 0
    // (docs/behavior.md#rest-proxy-response-object).
    @Test
    void status_only_result_gets_json_content_type_and_zero_length() {
        Exchange exchange = gateway.post("/status-only").send();

        assertThat(exchange.response().headers().first("Content-Type")).contains("application/json");
        assertThat(exchange.response().headers().first("Content-Length")).contains("0");
        assertThat(exchange.response().body()).isEmpty();
    }

    // Header values that are booleans become "true"/"false"; names keep the function's casing
    // (docs/behavior.md#rest-proxy-response-object, #rest-response-header-merging).
    @Test
    void boolean_header_value_becomes_text_and_names_keep_their_casing() {
        Exchange exchange = gateway.post("/bool-header").send();

        assertThat(exchange.response().headers().entries())
                .contains(new Header("test-header", "value"), new Header("header-bool", "true"));
    }

    // A 502 for a malformed result is logged as "Malformed Lambda proxy response"
    // (docs/behavior.md#rest-proxy-response-object).
    @Test
    void malformed_result_is_explained_in_the_execution_log() {
        Exchange exchange = gateway.post("/object-body").send();

        assertThat(exchange.response().headers().first("x-amzn-ErrorType")).contains("InternalServerErrorException");
        assertThat(exchange.executionLog())
                .anySatisfy(line -> assertThat(line).contains("Malformed Lambda proxy response"));
        assertThat(exchange.response().bodyAsText()).isEqualTo(INTERNAL_SERVER_ERROR);
    }

    // A Java RequestHandler returning a String of JSON is serialized as a JSON string literal, so REST sees "a JSON
    // string" and answers 502 (docs/behavior.md#rest-proxy-response-object).
    @Test
    void java_handler_returning_a_json_string_gets_502() {
        Exchange exchange = gateway.post("/java-string").send();

        assertThat(exchange.lambdaResult().raw()).isEqualTo("\"{\\\"statusCode\\\":200,\\\"body\\\":\\\"hello\\\"}\"");
        assertThat(exchange.response().status()).isEqualTo(502);
        assertThat(exchange.response().bodyAsText()).isEqualTo(INTERNAL_SERVER_ERROR);
    }

    // Method and integration responses play no part: a status 300 with application/xml reaches the client unchanged
    // (docs/behavior.md#rest-proxy-response-object).
    @Test
    void function_status_content_type_and_body_reach_the_client_unchanged() {
        Exchange exchange = gateway.post("/xml-300").send();

        assertThat(exchange.response().status()).isEqualTo(300);
        assertThat(exchange.response().headers().all("Content-Type")).containsExactly("application/xml");
        assertThat(exchange.response().bodyAsText()).isEqualTo("<a>b</a>");
    }

    // multiValueHeaders {"test-multi":["value1","value2"]}: the client sees both values
    // (docs/behavior.md#rest-response-header-merging); separate header lines, the wire form being [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void multi_value_header_gives_every_value() {
        Exchange exchange = gateway.post("/multi").send();

        assertThat(exchange.response().headers().all("test-multi")).containsExactly("value1", "value2");
    }

    // multiValueHeaders and headers with one name are merged, multi first
    // (docs/behavior.md#rest-response-header-merging).
    @Test
    void headers_merge_after_multi_value_headers() {
        Exchange exchange = gateway.post("/multi-and-single").send();

        assertThat(exchange.response().headers().all("test-multi")).containsExactly("value-multi", "value-solo");
    }

    // Different casing merges case-insensitively under the multiValueHeaders spelling tesT-Multi
    // (docs/behavior.md#rest-response-header-merging).
    @Test
    void merged_header_takes_the_multi_value_headers_spelling() {
        Exchange exchange = gateway.post("/multi-casing").send();

        assertThat(named(exchange, "test-multi"))
                .containsExactly(new Header("tesT-Multi", "value-multi"), new Header("tesT-Multi", "value-solo"));
    }

    // The same name and value in both maps is kept once (docs/behavior.md#rest-response-header-merging).
    @Test
    void same_name_and_value_in_both_maps_is_kept_once() {
        Exchange exchange = gateway.post("/same-value").send();

        assertThat(exchange.response().headers().all("x-same")).containsExactly("one");
    }

    // Content-Type is the function's when it sets one (no second, default one) and Content-Length counts the UTF-8
    // bytes of the body (docs/behavior.md#rest-success-response-headers); the byte count is inferred [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void content_length_counts_utf8_bytes_and_the_function_content_type_is_kept() {
        Exchange exchange = gateway.post("/utf8").send();

        assertThat(exchange.response().headers().all("Content-Type")).containsExactly("text/plain");
        assertThat(exchange.response().headers().first("Content-Length")).contains("9");
        assertThat(exchange.response().bodyAsText()).isEqualTo("héllo λ");
    }

    // x-amzn-RequestId equals requestContext.requestId; x-amz-apigw-id has the extendedRequestId format
    // (docs/behavior.md#rest-success-response-headers); x-amz-apigw-id = extendedRequestId is [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void success_response_carries_the_request_ids() {
        Exchange exchange = gateway.post("/status-only").send();

        String requestId = json(exchange.lambdaEvent().raw())
                .at("/requestContext/requestId")
                .asText();
        assertThat(exchange.response().headers().first("x-amzn-RequestId")).contains(requestId);
        assertThat(exchange.response().headers().first("x-amz-apigw-id"))
                .contains(json(exchange.lambdaEvent().raw())
                        .at("/requestContext/extendedRequestId")
                        .asText());
    }

    // X-Amzn-Trace-Id on a Lambda proxy response: Root=...;Parent=<16 hex>;Sampled=<0 or 1> with the event's Root
    // (docs/behavior.md#trace-header).
    @Test
    void response_trace_id_has_the_event_root_and_a_new_parent() {
        Exchange exchange = gateway.post("/status-only").send();

        String eventTrace = json(exchange.lambdaEvent().raw())
                .at("/headers/X-Amzn-Trace-Id")
                .asText();
        assertThat(exchange.response().headers().first("X-Amzn-Trace-Id"))
                .hasValueSatisfying(trace -> assertThat(trace)
                        .matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=[01]")
                        .startsWith(eventTrace + ";"));
    }

    // The client's Root is kept, and the client's Parent if one was sent (docs/behavior.md#trace-header).
    @Test
    void response_trace_id_keeps_the_client_root_and_parent() {
        String root = "Root=1-5759e988-bd862e3fe1be46a994272793";

        Exchange rootOnly =
                gateway.post("/status-only").header("X-Amzn-Trace-Id", root).send();
        Exchange withParent = gateway.post("/status-only")
                .header("X-Amzn-Trace-Id", root + ";Parent=53995c3f42cd8ad8;Sampled=1")
                .send();

        assertThat(rootOnly.response().headers().first("X-Amzn-Trace-Id"))
                .hasValueSatisfying(trace -> assertThat(trace).matches(root + ";Parent=[0-9a-f]{16};Sampled=[01]"));
        assertThat(withParent.response().headers().first("X-Amzn-Trace-Id"))
                .hasValueSatisfying(trace -> assertThat(trace).startsWith(root + ";Parent=53995c3f42cd8ad8;Sampled="));
    }

    // Function headers Connection, Content-Length, Date, Server come back as x-amzn-Remapped-<Name>;
    // Transfer-Encoding is dropped (docs/behavior.md#rest-response-header-merging); for AWS_PROXY it pins the simulator
    // [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void reserved_function_headers_are_remapped_or_dropped() {
        Exchange exchange = gateway.post("/remapped").send();

        assertThat(exchange.response().headers().all("x-amzn-Remapped-Server")).containsExactly("mine");
        assertThat(exchange.response().headers().all("Server")).isEmpty();
        assertThat(exchange.response().headers().all("Transfer-Encoding")).isEmpty();
    }

    // Header values that are numbers: LocalStack rejects them, AWS is not recorded; pins the simulator, which keeps the
    // number's JSON text [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void numeric_header_value_is_sent_as_its_json_text() {
        Exchange exchange = gateway.post("/number-header").send();

        assertThat(exchange.response().status()).isEqualTo(200);
        assertThat(exchange.response().headers().all("x-count")).containsExactly("42");
    }

    // SAM CLI accepts base64Encoded as an alias of isBase64Encoded; pins the simulator, which accepts the key instead
    // of answering 502 for an unknown key [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-responses).
    @Test
    void base64_encoded_alias_is_accepted() {
        Exchange exchange = gateway.post("/alias").send();

        assertThat(exchange.response().status()).isEqualTo(200);
        assertThat(exchange.response().bodyAsText()).isEqualTo("dGVzdC1kYXRh");
    }
}

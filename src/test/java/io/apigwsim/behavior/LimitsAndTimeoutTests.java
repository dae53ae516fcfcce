package io.apigwsim.behavior;

import static io.apigwsim.behavior.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.Integration;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Payload limits and timeouts as the client sees them (docs/behavior.md#payload-limits, #integration-timeouts,
 * #rest-gateway-errors).
 */
class LimitsAndTimeoutTests {

    private static final int MAX_BODY = 10_485_760;
    private static final int MAX_EVENT = 6_291_456;
    private static final int MAX_RESULT = 6_291_556;

    /** Sleeps five seconds, then answers 200; stops early when interrupted. */
    static final class SleepingHandler implements RequestStreamHandler {

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) {
            try {
                Thread.sleep(5_000);
                output.write("{\"statusCode\":200}".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static byte[] bytes(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        return body;
    }

    // A body over 10,485,760 bytes: 413, text body "HTTP content length exceeded 10485760 bytes." with Content-Type
    // "text; charset=utf-8" and no x-amzn-RequestId; the function is not invoked (docs/behavior.md#payload-limits,
    // #rest-gateway-errors).
    @Test
    void body_over_ten_megabytes_gets_413_in_plain_text() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("POST /upload", new EchoHandler()).build()) {
            Exchange exchange =
                    gateway.post("/upload").body(bytes(MAX_BODY + 1)).send();

            assertThat(exchange)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(413)
                    .hasBody("HTTP content length exceeded 10485760 bytes.")
                    .hasHeaderValues("Content-Type", "text; charset=utf-8");
            assertThat(exchange).response().doesNotHaveHeader("x-amzn-RequestId");
        }
    }

    // An event over 6,291,456 bytes: 413 {"message": "Request Too Long"} (31 bytes), x-amzn-ErrorType
    // BadRequestException, function not invoked (docs/behavior.md#payload-limits, #rest-gateway-errors).
    @Test
    void event_over_six_megabytes_gets_413_request_too_long() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("POST /upload", new EchoHandler()).build()) {
            Exchange exchange = gateway.post("/upload")
                    .header("Content-Type", "text/plain")
                    .body(bytes(MAX_EVENT))
                    .send();

            assertThat(exchange)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(413)
                    .hasBody("{\"message\": \"Request Too Long\"}")
                    .hasHeaderValues("Content-Length", "31")
                    .hasHeaderValues("x-amzn-ErrorType", "BadRequestException");
        }
    }

    // The 6 MB limit applies to the event, so base64 growth counts: a 4.8 MB binary body already exceeds it
    // (docs/behavior.md#payload-limits).
    @Test
    void base64_growth_of_a_binary_body_counts_toward_the_event_limit() {
        try (ApiGateway gateway = ApiGateway.builder()
                .binaryMediaTypes("application/octet-stream")
                .route("POST /upload", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.post("/upload")
                    .header("Content-Type", "application/octet-stream")
                    .body(bytes(4_800_000))
                    .send();

            assertThat(exchange).response().hasStatus(413).hasBody("{\"message\": \"Request Too Long\"}");
        }
    }

    // A body just under the event limit still reaches the function (docs/behavior.md#payload-limits).
    @Test
    void body_well_under_the_event_limit_reaches_the_function() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("POST /upload", new EchoHandler()).build()) {
            Exchange exchange =
                    gateway.post("/upload").body(bytes(MAX_EVENT - 100_000)).send();

            assertThat(exchange).wasInvoked();
            assertThat(json(exchange.lambdaEvent().raw()).get("body").asText()).hasSize(MAX_EVENT - 100_000);
        }
    }

    // Integration timeout before the function answers: 504 {"message": "Endpoint request timed out"}, answered at
    // the timeout, not when the function ends (docs/behavior.md#integration-timeouts, #rest-gateway-errors; the
    // x-amzn-ErrorType InternalServerErrorException is inferred from LocalStack).
    @Test
    void integration_timeout_gets_504_endpoint_request_timed_out_without_waiting_for_the_function() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /slow",
                        Integration.lambdaProxy(new SleepingHandler())
                                .timeout(Duration.ofMillis(200))
                                .build())
                .build()) {
            long start = System.nanoTime();

            Exchange exchange = gateway.get("/slow").send();

            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(exchange)
                    .response()
                    .hasStatus(504)
                    .hasBody("{\"message\": \"Endpoint request timed out\"}")
                    .hasHeaderValues("x-amzn-ErrorType", "InternalServerErrorException");
            assertThat(elapsedMillis).isLessThan(3_000);
        }
    }

    // A function timeout shorter than the integration timeout is a function error: 502 Internal server error
    // (docs/behavior.md#integration-timeouts, #rest-gateway-errors).
    @Test
    void function_timeout_before_the_integration_timeout_gets_502() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /slow-function",
                        Integration.lambdaProxy(new SleepingHandler())
                                .timeout(Duration.ofSeconds(10))
                                .functionTimeout(Duration.ofMillis(200))
                                .build())
                .build()) {
            long start = System.nanoTime();

            Exchange exchange = gateway.get("/slow-function").send();

            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(exchange).response().hasStatus(502).hasBody("{\"message\": \"Internal server error\"}");
            assertThat(exchange).lambdaResult().hasFunctionError();
            assertThat(json(exchange.lambdaResult().raw()).get("errorMessage").asText())
                    .endsWith("Task timed out after 0.20 seconds");
            assertThat(elapsedMillis).isLessThan(3_000);
        }
    }

    // A result over Lambda's 6,291,556-byte response limit is Lambda's function error Function.ResponseSizeTooLarge,
    // "Response payload size exceeded maximum allowed payload size (6291556 bytes).", and a 502 for the client
    // (docs/behavior.md#payload-limits, #rest-gateway-errors).
    @Test
    void result_over_the_lambda_response_limit_gets_502() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /huge-result",
                        BehaviorHandlers.returning("{\"statusCode\":200,\"body\":\"" + "a".repeat(MAX_RESULT) + "\"}"))
                .build()) {
            Exchange exchange = gateway.get("/huge-result").send();

            assertThat(exchange).response().hasStatus(502).hasBody("{\"message\": \"Internal server error\"}");
            assertThat(exchange).lambdaResult().hasFunctionError();
            assertThat(exchange)
                    .lambdaResult()
                    .isEqualToJson("{\"errorMessage\":\"Response payload size exceeded maximum allowed payload size"
                            + " (6291556 bytes).\",\"errorType\":\"Function.ResponseSizeTooLarge\"}");
            assertThat(exchange).log().anySatisfy(line -> assertThat(line).contains("Function.ResponseSizeTooLarge"));
        }
    }
}

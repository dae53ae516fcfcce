package io.apigwsim.behavior;

import static io.apigwsim.behavior.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.UncooperativeHandlers.Kind;
import io.apigwsim.definition.Integration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * API Gateway answers at its integration timeout whatever the function does, and the function keeps running
 * (docs/behavior.md#functions-still-running-at-the-timeout): handlers that ignore the simulator's interrupt in each way one can. Each
 * handler stays blocked until the test releases it, so "still running when the client got its answer" is a fact,
 * not a race. The timeouts guard against a hang: without them a failing test would never end.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UncooperativeHandlerTests {

    private static final Duration INTEGRATION_TIMEOUT = Duration.ofMillis(200);

    private final UncooperativeHandlers handlers = new UncooperativeHandlers();
    private final UncooperativeHandlers otherHandlers = new UncooperativeHandlers();
    private ApiGateway gateway;

    // Release the handlers first: closing the gateway waits a moment for its threads to end.
    @AfterEach
    void release_the_handlers_then_close_the_gateway() throws InterruptedException {
        handlers.release();
        otherHandlers.release();
        if (gateway != null) {
            gateway.close();
        }
    }

    // REST: 504 {"message": "Endpoint request timed out"} at the integration timeout, while the function still runs
    // (docs/behavior.md#integration-timeouts, #functions-still-running-at-the-timeout, #rest-gateway-errors).
    @ParameterizedTest
    @EnumSource(Kind.class)
    void rest_client_gets_504_at_the_integration_timeout_while_the_function_still_runs(Kind kind) {
        gateway = ApiGateway.builder()
                .route(
                        "GET /slow",
                        Integration.lambdaProxy(handlers.handler(kind)).timeout(INTEGRATION_TIMEOUT))
                .build();

        Exchange exchange = gateway.get("/slow").send();
        boolean stillRunning = handlers.stillRunning();

        assertThat(exchange).response().hasStatus(504).hasBody("{\"message\": \"Endpoint request timed out\"}");
        assertThat(stillRunning).as("the function is still running").isTrue();
    }

    // HTTP API: 503 {"message":"Service Unavailable"} at the integration timeout, while the function still runs
    // (docs/behavior.md#functions-still-running-at-the-timeout, #http-api-errors); for Lambda [UNCERTAIN]
    // (docs/behavior.md#uncertain-limits).
    @ParameterizedTest
    @EnumSource(Kind.class)
    void http_api_client_gets_503_at_the_integration_timeout_while_the_function_still_runs(Kind kind) {
        gateway = ApiGateway.builder()
                .httpApi()
                .route(
                        "GET /slow",
                        Integration.lambdaProxy(handlers.handler(kind)).timeout(INTEGRATION_TIMEOUT))
                .build();

        Exchange exchange = gateway.get("/slow").send();
        boolean stillRunning = handlers.stillRunning();

        assertThat(exchange).response().hasStatus(503).hasBody("{\"message\":\"Service Unavailable\"}");
        assertThat(stillRunning).as("the function is still running").isTrue();
    }

    // The exchange says that API Gateway stopped waiting while the function was still running, and until when the
    // function runs on (docs/behavior.md#functions-still-running-at-the-timeout).
    @Test
    void the_execution_log_says_the_function_was_still_running() {
        gateway = ApiGateway.builder()
                .route(
                        "GET /slow",
                        Integration.lambdaProxy(handlers.handler(Kind.BUSY_LOOP))
                                .timeout(INTEGRATION_TIMEOUT)
                                .functionTimeout(Duration.ofSeconds(6)))
                .build();

        Exchange exchange = gateway.get("/slow").send();

        assertThat(exchange)
                .log()
                .contains("Execution failed due to a timeout error: the function did not answer within the integration"
                        + " timeout of 200 ms; it is still running, and Lambda stops it at its function timeout of"
                        + " 6000 ms");
    }

    // A function timeout shorter than the integration timeout is Lambda's "Task timed out" function error, so REST
    // answers 502 at the function timeout, whatever the handler does (docs/behavior.md#integration-timeouts,
    // #functions-still-running-at-the-timeout, #rest-gateway-errors).
    @ParameterizedTest
    @EnumSource(Kind.class)
    void rest_client_gets_502_at_the_function_timeout_whatever_the_handler_does(Kind kind) {
        gateway = ApiGateway.builder()
                .route(
                        "GET /slow",
                        Integration.lambdaProxy(handlers.handler(kind))
                                .timeout(Duration.ofSeconds(10))
                                .functionTimeout(Duration.ofMillis(200)))
                .build();

        Exchange exchange = gateway.get("/slow").send();

        assertThat(exchange).response().hasStatus(502).hasBody("{\"message\": \"Internal server error\"}");
        assertThat(json(exchange.lambdaResult().raw()).get("errorMessage").asText())
                .endsWith("Task timed out after 0.20 seconds");
    }

    // Stopping a function can run the function's own code on the simulator's thread (the close of an interruptible
    // channel it is blocked in); an OutOfMemoryError thrown there ends nothing shared: the function is still stopped
    // at its function timeout, and the next request still gets its 504 at the integration timeout
    // (docs/behavior.md#functions-still-running-at-the-timeout).
    @Test
    void an_error_thrown_while_stopping_one_function_leaves_the_timeouts_of_later_requests_working()
            throws InterruptedException {
        gateway = ApiGateway.builder()
                .route(
                        "GET /channel",
                        Integration.lambdaProxy(handlers.blockedInChannelThatFailsToClose())
                                .timeout(Duration.ofMillis(100))
                                .functionTimeout(Duration.ofMillis(300)))
                .route(
                        "GET /slow",
                        Integration.lambdaProxy(otherHandlers.handler(Kind.NEVER_RETURNS))
                                .timeout(Duration.ofMillis(100)))
                .build();

        Exchange first = gateway.get("/channel").send();
        boolean stoppedAtItsFunctionTimeout = handlers.interrupted().await(10, TimeUnit.SECONDS);
        Exchange next = gateway.get("/slow").send();

        assertThat(first).response().hasStatus(504);
        assertThat(stoppedAtItsFunctionTimeout).isTrue();
        assertThat(next).response().hasStatus(504);
    }

    // A function runs in a process of its own: an interrupt a handler sets on its own thread reaches neither the
    // test's thread nor the next request, which its function answers normally
    // (docs/behavior.md#functions-still-running-at-the-timeout).
    @Test
    void a_handler_that_interrupts_itself_leaves_the_caller_and_the_next_request_unharmed() {
        RequestStreamHandler interruptsItself = (input, output, context) -> {
            Thread.currentThread().interrupt();
            output.write(ok());
        };
        RequestStreamHandler napping = (input, output, context) -> {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                throw new IllegalStateException("started interrupted", e);
            }
            output.write(ok());
        };
        gateway = ApiGateway.builder()
                .route("GET /self", interruptsItself)
                .route("GET /nap", napping)
                .build();

        Exchange first = gateway.get("/self").send();
        boolean callerInterrupted = Thread.currentThread().isInterrupted();
        Exchange next = gateway.get("/nap").send();

        assertThat(first).response().hasStatus(200);
        assertThat(callerInterrupted).isFalse();
        assertThat(next).response().hasStatus(200);
    }

    // A still-running function is stopped at its own timeout: the simulator interrupts it then
    // (docs/behavior.md#functions-still-running-at-the-timeout).
    @Test
    void a_function_still_running_after_the_integration_timeout_is_interrupted_at_its_function_timeout()
            throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        RequestStreamHandler sleeper = (input, output, context) -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        };
        gateway = ApiGateway.builder()
                .route(
                        "GET /slow",
                        Integration.lambdaProxy(sleeper)
                                .timeout(Duration.ofMillis(100))
                                .functionTimeout(Duration.ofMillis(300)))
                .build();

        Exchange exchange = gateway.get("/slow").send();
        boolean stopped = interrupted.await(10, TimeUnit.SECONDS);

        assertThat(exchange).response().hasStatus(504);
        assertThat(stopped).isTrue();
    }

    private static byte[] ok() {
        return "{\"statusCode\":200}".getBytes(StandardCharsets.UTF_8);
    }
}

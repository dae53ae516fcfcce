package io.apigwsim.behavior;

import static io.apigwsim.behavior.BehaviorHandlers.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The errors API Gateway answers itself in front of a Lambda proxy integration (docs/behavior.md#rest-gateway-errors).
 */
class GatewayErrorTests {

    private static ApiGateway gateway;

    @BeforeAll
    static void build() {
        gateway = ApiGateway.builder()
                .seed(71)
                .route("GET /fails", new FailingHandler())
                .route("GET /ok", new EchoHandler())
                .build();
    }

    @AfterAll
    static void close() {
        gateway.close();
    }

    /** Throws as a function with a bug would. */
    static final class FailingHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            throw new IllegalStateException("database password is hunter2");
        }
    }

    // A function error gives 502 with the exact 36-byte body {"message": "Internal server error"} (with a space)
    // and x-amzn-ErrorType InternalServerErrorException (docs/behavior.md#rest-proxy-response-object,
    // #rest-gateway-errors).
    @Test
    void function_error_gets_502_internal_server_error() {
        Exchange exchange = gateway.get("/fails").send();

        assertThat(exchange.response().status()).isEqualTo(502);
        assertThat(exchange.response().body())
                .isEqualTo("{\"message\": \"Internal server error\"}".getBytes(StandardCharsets.UTF_8))
                .hasSize(36);
        assertThat(exchange.response().headers().first("x-amzn-ErrorType")).contains("InternalServerErrorException");
        assertThat(exchange.response().headers().first("Content-Type")).contains("application/json");
        assertThat(exchange.response().headers().first("Content-Length")).contains("36");
    }

    // The cause goes to the execution log, never to the client (docs/behavior.md#rest-gateway-errors: the client sees
    // only the gateway response).
    @Test
    void function_error_cause_is_in_the_execution_log_not_in_the_body() {
        Exchange exchange = gateway.get("/fails").send();

        assertThat(exchange.executionLog())
                .anySatisfy(line -> assertThat(line)
                        .contains("java.lang.IllegalStateException")
                        .contains("database password is hunter2"));
        assertThat(exchange.response().bodyAsText()).doesNotContain("hunter2");
    }

    // Lambda hands API Gateway its error object: errorMessage, errorType, stackTrace, with the function error marker
    // Unhandled (docs/behavior.md#lambda-function-errors, #rest-proxy-response-object).
    @Test
    void function_error_result_is_lambdas_error_object_marked_unhandled() {
        Exchange exchange = gateway.get("/fails").send();

        JsonNode error = json(exchange.lambdaResult().raw());
        assertThat(error.get("errorMessage").asText()).isEqualTo("database password is hunter2");
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("stackTrace").isArray()).isTrue();
        assertThat(error.get("stackTrace").get(0).asText()).contains("FailingHandler.handleRequest");
        assertThat(exchange.functionError()).contains("Unhandled");
    }

    // A successful invocation has no function error marker (docs/behavior.md#lambda-function-errors:
    // X-Amz-Function-Error only on failure).
    @Test
    void successful_invocation_has_no_function_error() {
        Exchange exchange = gateway.get("/ok").send();

        assertThat(exchange.functionError()).isEmpty();
    }

    // Gateway error responses carry x-amzn-RequestId but normally no X-Amzn-Trace-Id (recorded on a 500)
    // (docs/behavior.md#rest-gateway-errors, #rest-no-matching-route).
    @Test
    void gateway_error_carries_the_request_id_but_no_trace_id() {
        Exchange exchange = gateway.get("/fails").send();

        assertThat(exchange.response().headers().first("x-amzn-RequestId")).contains(exchange.requestId());
        assertThat(exchange.response().headers().contains("X-Amzn-Trace-Id")).isFalse();
    }
}

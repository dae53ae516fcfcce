package io.apigwsim.behavior;

import static io.apigwsim.behavior.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The errors API Gateway answers itself in front of a Lambda proxy integration (docs/behavior.md#rest-gateway-errors).
 */
@ApiGatewayTest
@Route(method = "GET", path = "/fails", handler = GatewayErrorTests.FailingHandler.class)
class GatewayErrorTests {

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
    void function_error_gets_502_internal_server_error(ApiGateway gateway) {
        Exchange exchange = gateway.get("/fails").send();

        assertThat(exchange)
                .response()
                .hasStatus(502)
                .hasBody("{\"message\": \"Internal server error\"}".getBytes(StandardCharsets.UTF_8))
                .hasHeaderValues("x-amzn-ErrorType", "InternalServerErrorException")
                .hasContentType("application/json")
                .hasHeaderValues("Content-Length", "36");
        assertThat(exchange.response().body()).hasSize(36);
    }

    // The cause goes to the execution log, never to the client (docs/behavior.md#rest-gateway-errors: the client sees
    // only the gateway response).
    @Test
    void function_error_cause_is_in_the_execution_log_not_in_the_body(ApiGateway gateway) {
        Exchange exchange = gateway.get("/fails").send();

        assertThat(exchange)
                .log()
                .anySatisfy(line -> assertThat(line)
                        .contains("java.lang.IllegalStateException")
                        .contains("database password is hunter2"));
        assertThat(exchange).response().body().doesNotContain("hunter2");
    }

    // Lambda hands API Gateway its error object: errorMessage, errorType, stackTrace, with the function error marker
    // Unhandled (docs/behavior.md#lambda-function-errors, #rest-proxy-response-object).
    @Test
    void function_error_result_is_lambdas_error_object_marked_unhandled(ApiGateway gateway) {
        Exchange exchange = gateway.get("/fails").send();

        assertThat(exchange)
                .lambdaResult()
                .hasFunctionError()
                .hasErrorMessage("database password is hunter2")
                .hasErrorType("java.lang.IllegalStateException");
        JsonNode stackTrace = json(exchange.lambdaResult().raw()).get("stackTrace");
        assertThat(stackTrace.isArray()).isTrue();
        assertThat(stackTrace.get(0).asText()).contains("FailingHandler.handleRequest");
    }

    // A successful invocation has no function error marker (docs/behavior.md#lambda-function-errors:
    // X-Amz-Function-Error only on failure).
    @Test
    @Route(method = "GET", path = "/ok", handler = EchoHandler.class)
    void successful_invocation_has_no_function_error(ApiGateway gateway) {
        Exchange exchange = gateway.get("/ok").send();

        assertThat(exchange).lambdaResult().hasNoFunctionError();
    }

    // Gateway error responses carry x-amzn-RequestId but normally no X-Amzn-Trace-Id (recorded on a 500)
    // (docs/behavior.md#rest-gateway-errors, #rest-no-matching-route).
    @Test
    void gateway_error_carries_the_request_id_but_no_trace_id(ApiGateway gateway) {
        Exchange exchange = gateway.get("/fails").send();

        assertThat(exchange)
                .response()
                .hasHeaderValues("x-amzn-RequestId", exchange.requestId())
                .doesNotHaveHeader("X-Amzn-Trace-Id");
    }
}

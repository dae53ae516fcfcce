package io.apigwsim.behavior;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.Integration;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The X-Ray trace header: API Gateway keeps the client's Root, Parent and Sampled flag, and starts a trace with a new
 * Root and Parent, not sampled, when the client sends none (docs/behavior.md#trace-header).
 */
class TraceHeaderTests {

    private static final String CLIENT_TRACE =
            "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

    // The function's context reports the trace header it runs under.
    private static final RequestStreamHandler TRACE_ECHO = (input, output, context) -> output.write(
            ("{\"statusCode\":200,\"body\":\"" + context.getXrayTraceId() + "\"}").getBytes(StandardCharsets.UTF_8));

    @Test
    void rest_proxy_keeps_the_clients_sampled_flag_in_the_response_and_the_function_context() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /trace", TRACE_ECHO).build()) {

            Exchange exchange = gateway.get("/trace")
                    .header("X-Amzn-Trace-Id", CLIENT_TRACE)
                    .send();

            assertThat(exchange)
                    .response()
                    .hasHeader("X-Amzn-Trace-Id", CLIENT_TRACE)
                    .hasBody(CLIENT_TRACE);
        }
    }

    @Test
    void the_event_carries_the_clients_header_as_sent() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /trace", TRACE_ECHO).build()) {

            Exchange exchange = gateway.get("/trace")
                    .header("X-Amzn-Trace-Id", CLIENT_TRACE)
                    .send();

            assertThat(exchange).lambdaEvent().hasHeader("X-Amzn-Trace-Id", CLIENT_TRACE);
        }
    }

    @Test
    void a_client_root_without_parent_gets_a_new_parent_and_keeps_its_sampled_flag() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /trace", TRACE_ECHO).build()) {

            Exchange exchange = gateway.get("/trace")
                    .header("X-Amzn-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")
                    .send();

            assertThat(exchange.response().headers().first("X-Amzn-Trace-Id"))
                    .hasValueSatisfying(trace -> assertThat(trace)
                            .matches("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=[0-9a-f]{16};Sampled=1"));
        }
    }

    @Test
    void without_a_client_header_the_trace_is_new_and_not_sampled() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /trace", TRACE_ECHO).build()) {

            Exchange exchange = gateway.get("/trace").send();

            assertThat(exchange.response().bodyAsText())
                    .matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0");
            assertThat(exchange)
                    .response()
                    .hasHeader("X-Amzn-Trace-Id", exchange.response().bodyAsText());
        }
    }

    // A custom integration's function and response run under the same trace as a proxy's.
    @Test
    void custom_integration_keeps_the_clients_trace_too() {
        RequestStreamHandler traceResult = (input, output, context) ->
                output.write(("\"" + context.getXrayTraceId() + "\"").getBytes(StandardCharsets.UTF_8));
        try (ApiGateway gateway = ApiGateway.builder()
                .route("GET /trace", Integration.lambdaCustom(traceResult).build())
                .build()) {

            Exchange exchange = gateway.get("/trace")
                    .header("X-Amzn-Trace-Id", CLIENT_TRACE)
                    .send();

            assertThat(exchange).response().hasHeader("X-Amzn-Trace-Id", CLIENT_TRACE);
            assertThat(exchange).lambdaResult().isEqualToJson("\"" + CLIENT_TRACE + "\"");
        }
    }

    // HTTP APIs pass the client's trace on to the function (inferred: docs/behavior.md#uncertain-http-api-events).
    @Test
    void http_api_function_runs_under_the_clients_trace() {
        try (ApiGateway gateway =
                ApiGateway.builder().httpApi().route("GET /trace", TRACE_ECHO).build()) {

            Exchange exchange = gateway.get("/trace")
                    .header("X-Amzn-Trace-Id", CLIENT_TRACE)
                    .send();

            assertThat(exchange).response().hasBody(CLIENT_TRACE);
        }
    }
}

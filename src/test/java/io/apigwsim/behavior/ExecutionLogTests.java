package io.apigwsim.behavior;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import org.junit.jupiter.api.Test;

// The execution log in the shape of the console's test-invoke log (docs/behavior.md#execution-log).
class ExecutionLogTests {

    // A proxy request's log holds the method request, the endpoint request, the function's answer and the method
    // response, in the console's order and wording.
    @Test
    void a_proxy_request_logs_method_request_endpoint_request_and_method_response() {
        try (ApiGateway gateway = ApiGateway.builder()
                .region("eu-west-1")
                .accountId("210987654321")
                .function("PetsFunction", new EchoHandler())
                .route(io.apigwsim.definition.RouteDefinition.parse(
                        "POST /pets/{id}",
                        io.apigwsim.definition.Integration.lambdaProxy("PetsFunction")
                                .build()))
                .build()) {
            Exchange exchange = gateway.post("/pets/42?time=morning&tag=a&tag=b")
                    .header("day", "Wednesday")
                    .body("{\"name\":\"Rex\"}")
                    .send();

            assertThat(exchange.executionLog())
                    .containsSubsequence(
                            "Method request path: {id=42}",
                            "Method request query string: {time=morning, tag=[a, b]}",
                            "Method request headers: {day=Wednesday}",
                            "Method request body before transformations: {\"name\":\"Rex\"}",
                            "Endpoint request URI: https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/"
                                    + "arn:aws:lambda:eu-west-1:210987654321:function:PetsFunction/invocations",
                            "Endpoint request body after transformations: "
                                    + exchange.lambdaEvent().raw(),
                            "Sending request to PetsFunction",
                            "Endpoint response body before transformations: "
                                    + exchange.lambdaResult().raw(),
                            "Answered by pipeline stage IntegrationResponseStage",
                            "Method response body after transformations: "
                                    + exchange.response().bodyAsText(),
                            "Method completed with status: 200");
            String responseHeaders = "Method response headers: {Date="
                    + exchange.response().headers().first("Date").orElseThrow() + ", Content-Type=application/json, ";
            assertThat(exchange.executionLog())
                    .filteredOn(line -> line.startsWith("Method response headers: "))
                    .singleElement()
                    .asString()
                    .startsWith(responseHeaders)
                    .contains(", x-echo-aws-request-id="
                            + exchange.response()
                                    .headers()
                                    .first("x-echo-aws-request-id")
                                    .orElseThrow())
                    .endsWith(";Sampled=0}");
        }
    }

    // The log says which step of the pipeline answered a request the function never saw.
    @Test
    void a_request_no_route_serves_names_the_stage_that_answered() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /pets", new EchoHandler()).build()) {
            Exchange exchange = gateway.get("/cats").send();

            assertThat(exchange.executionLog())
                    .contains("Answered by pipeline stage RouteMatching")
                    .noneMatch(line -> line.startsWith("Method request path:"))
                    .last()
                    .isEqualTo("Method completed with status: 403");
        }
    }
}

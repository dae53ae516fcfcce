package io.apigwsim.behavior.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.RawEchoHandler;
import io.apigwsim.definition.Integration;
import org.junit.jupiter.api.Test;

/**
 * Mapping templates reach only what API Gateway offers them, and a runaway template is a template failure like any
 * other: the client gets API Gateway's 500, the simulator's thread and heap stay whole
 * (docs/behavior.md#vtl-sandbox, #vtl-limits, #custom-integration-failures).
 */
class TemplateSafetyTests {

    private static ApiGateway gateway(Integration integration) {
        return ApiGateway.builder().route("POST /pets", integration).build();
    }

    private static Exchange post(ApiGateway gateway, String body) {
        return gateway.post("/pets")
                .header("Content-Type", "application/json")
                .body(body)
                .send();
    }

    // [inferred] A call a template may not make (getClass, and from there reflection) renders as nothing, like a
    // method that does not exist (docs/behavior.md#vtl-sandbox, #uncertain-vtl).
    @Test
    void a_forbidden_call_renders_nothing_and_the_function_receives_the_rest() {
        try (ApiGateway gateway = gateway(Integration.lambdaCustom(new RawEchoHandler())
                .requestTemplate(
                        "application/json",
                        "{\"home\": \"$input.body.getClass().forName('java.lang.System').getProperty('user.home')\","
                                + " \"name\": \"$input.path('$.name')\"}")
                .build())) {

            Exchange exchange = post(gateway, "{\"name\": \"Rex\"}");

            assertThat(exchange).response().hasStatus(200).hasBody("{\"home\": \"\", \"name\": \"Rex\"}");
        }
    }

    // [inferred] A request template that runs away (a billion loop iterations) fails the rendering: 500
    // {"message": "Internal server error"}, the function is not called, and the log names the limit
    // (docs/behavior.md#vtl-limits, #custom-integration-failures).
    @Test
    void a_runaway_request_template_gets_500_and_the_function_is_not_called() {
        try (ApiGateway gateway = gateway(Integration.lambdaCustom(new RawEchoHandler())
                .requestTemplate(
                        "application/json",
                        "#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])#end#end#end")
                .build())) {

            Exchange exchange = post(gateway, "{}");

            assertThat(exchange)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(500)
                    .hasBody("{\"message\": \"Internal server error\"}")
                    .hasHeaderValues("x-amzn-ErrorType", "InternalServerErrorException");
            // Which limit stops it first, the three million steps or the five seconds, depends on the machine's
            // load; TemplateLimitsTests pins each message.
            String failed = "Execution failed due to configuration error: Unable to transform request: request"
                    + " template application/json of route \"POST /pets\", line 1, column 51: the rendering ";
            assertThat(exchange)
                    .log()
                    .containsAnyOf(
                            failed + "made more than 3000000 #foreach iterations and directive calls: nested loops or"
                                    + " macros that call themselves run away, so apigw-sim stops the rendering here",
                            failed + "ran longer than 5 seconds, so apigw-sim stops it here; a mapping template should"
                                    + " take milliseconds");
        }
    }

    // [inferred] A response template that doubles a string thirty times stops at the value limit: 500 after the
    // function ran (docs/behavior.md#vtl-limits, #custom-integration-failures).
    @Test
    void a_response_template_that_outgrows_the_payload_gets_500() {
        try (ApiGateway gateway = gateway(Integration.lambdaCustom(new RawEchoHandler())
                .responseTemplate(
                        "application/json", "#set($s = $input.body)#foreach($i in [1..30])#set($s = \"$s$s\")#end$s")
                .build())) {

            Exchange exchange = post(gateway, "{}");

            assertThat(exchange).wasInvoked();
            assertThat(exchange).response().hasStatus(500).hasBody("{\"message\": \"Internal server error\"}");
            assertThat(exchange)
                    .log()
                    .anyMatch(line -> line.contains("Unable to transform response")
                            && line.contains("a string of 16777216 characters is longer than the 10485760"));
        }
    }

    // [inferred] A response template that recurses without end (lists that contain each other) fails the same way
    // instead of overflowing the caller's stack (docs/behavior.md#vtl-limits).
    @Test
    void a_response_template_that_recurses_without_end_gets_500() {
        try (ApiGateway gateway = gateway(Integration.lambdaCustom(new RawEchoHandler())
                .responseTemplate(
                        "application/json",
                        "#set($a = [])#set($b = [])#set($ignored = $a.add($b))#set($ignored = $b.add($a))$a")
                .build())) {

            Exchange exchange = post(gateway, "{}");

            assertThat(exchange).response().hasStatus(500).hasBody("{\"message\": \"Internal server error\"}");
            assertThat(exchange)
                    .log()
                    .anyMatch(line -> line.contains("Unable to transform response")
                            && line.contains("the template nests too deeply and overflowed the stack"));
        }
    }
}

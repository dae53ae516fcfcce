package io.apigwsim.behavior.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.RawEchoHandler;
import io.apigwsim.behavior.custom.CustomHandlers.RawResultHandler;
import io.apigwsim.definition.Integration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * $context.requestOverride and $context.responseOverride through a Lambda custom integration
 * (docs/behavior.md#vtl-overrides).
 */
class OverrideTests {

    // responseOverride.status from the response template sets the client's status, with no method response
    // declared for it (docs/behavior.md#vtl-overrides, #final-method-response).
    @Test
    void status_override_needs_no_method_response() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /status/{status}",
                        Integration.lambdaCustom(new RawResultHandler("{\"ok\": true}"))
                                .responseTemplate(
                                        "application/json",
                                        "#set($context.responseOverride.status = $input.params('status'))$input.body")
                                .methodResponses(200)
                                .build())
                .build()) {
            Exchange exchange = gateway.get("/status/418").send();

            assertThat(exchange).response().hasStatus(418).hasBody("{\"ok\": true}");
        }
    }

    // [inferred] A status override that is not an integer from 100 to 599 is ignored (docs/behavior.md#vtl-overrides,
    // from a LocalStack code comment): the selected integration response's status stays.
    @ParameterizedTest
    @ValueSource(strings = {"abc", "700", "99"})
    void invalid_status_override_is_ignored(String status) {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /status/{status}",
                        Integration.lambdaCustom(new RawResultHandler("{\"ok\": true}"))
                                .responseTemplate(
                                        "application/json",
                                        "#set($context.responseOverride.status = $input.params('status'))$input.body")
                                .methodResponses(200)
                                .build())
                .build()) {
            Exchange exchange = gateway.get("/status/" + status).send();

            assertThat(exchange).response().hasStatus(200);
        }
    }

    // Header overrides go on top of the mapped response parameters and win (docs/behavior.md#final-method-response,
    // #vtl-overrides).
    @Test
    void header_override_wins_over_the_mapped_parameter() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /header-override",
                        Integration.lambdaCustom(new RawResultHandler("{\"ok\": true}"))
                                .responseParameter("method.response.header.X-Mode", "'mapped'")
                                .responseTemplate(
                                        "application/json",
                                        "#set($context.responseOverride.header[\"X-Mode\"] = \"override\")$input.body")
                                .build())
                .build()) {
            Exchange exchange = gateway.get("/header-override").send();

            assertThat(exchange).response().hasHeaderValues("X-Mode", "override");
        }
    }

    // responseOverride set in the request template takes effect without a response template: status 444, header
    // foo: bar, body the function's result (docs/behavior.md#vtl-overrides).
    @Test
    void response_override_from_the_request_template_without_response_template() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /request-set-no-response-template",
                        Integration.lambdaCustom(new RawEchoHandler())
                                .requestTemplate(
                                        "application/json",
                                        "#set($context.responseOverride.status = 444)"
                                                + "#set($context.responseOverride.header.foo = \"bar\"){\"a\": 1}")
                                .build())
                .build()) {
            Exchange exchange = gateway.get("/request-set-no-response-template").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(444)
                    .hasHeaderValues("foo", "bar")
                    .hasBody("{\"a\": 1}");
        }
    }

    // [inferred] Header overrides set in the request template and in the response template both reach the client
    // (docs/behavior.md#vtl-overrides: request-template responseOverride takes effect with a response template too).
    @Test
    void header_overrides_from_both_templates_reach_the_client() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /both-templates",
                        Integration.lambdaCustom(new RawEchoHandler())
                                .requestTemplate(
                                        "application/json",
                                        "#set($context.responseOverride.header.fromRequest = \"a\"){}")
                                .responseTemplate(
                                        "application/json",
                                        "#set($context.responseOverride.header.fromResponse = \"b\")$input.body")
                                .build())
                .build()) {
            Exchange exchange = gateway.get("/both-templates").send();

            assertThat(exchange).response().hasHeaderValues("fromRequest", "a").hasHeaderValues("fromResponse", "b");
        }
    }

    // Request overrides are applied after the parameter mappings and win: a mapped X-Amz-Invocation-Type 'Event'
    // overridden to RequestResponse keeps the call synchronous (docs/behavior.md#vtl-overrides).
    @Test
    void request_override_wins_over_the_parameter_mapping() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /invocation-type",
                        Integration.lambdaCustom(new RawEchoHandler())
                                .requestParameter("integration.request.header.X-Amz-Invocation-Type", "'Event'")
                                .requestTemplate(
                                        "application/json",
                                        "#set($context.requestOverride.header[\"X-Amz-Invocation-Type\"] ="
                                                + " \"RequestResponse\"){\"sync\": true}")
                                .build())
                .build()) {
            Exchange exchange = gateway.post("/invocation-type").body("{}").send();

            assertThat(exchange).response().hasBody("{\"sync\": true}");
        }
    }

    // Setting the same override parameter twice in one template makes API Gateway answer 5XX
    // (docs/behavior.md#vtl-overrides): the simulator answers 500 {"message": "Internal server error"} without calling
    // the function.
    @Test
    void setting_an_override_twice_fails_the_request() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /set-twice",
                        Integration.lambdaCustom(new RawEchoHandler())
                                .requestTemplate(
                                        "application/json",
                                        "#set($context.requestOverride.header.a = \"1\")"
                                                + "#set($context.requestOverride.header.a = \"2\"){}")
                                .build())
                .build()) {
            Exchange exchange = gateway.post("/set-twice").body("{}").send();

            assertThat(exchange)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(500)
                    .hasBody("{\"message\": \"Internal server error\"}");
        }
    }
}

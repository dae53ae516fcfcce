package io.apigwsim.behavior.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.EchoHandler;
import io.apigwsim.behavior.custom.CustomHandlers.RawEchoHandler;
import io.apigwsim.behavior.custom.CustomHandlers.SlowHandler;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import io.apigwsim.definition.LambdaCustomIntegration;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A custom integration that cannot work: rejected when the gateway is built, or failing a request at run time
 * (docs/behavior.md#vtl-engine-rules, #custom-integration-failures, #invalid-json-payloads).
 */
class CustomIntegrationErrorTests {

    private static ApiGateway build(LambdaCustomIntegration integration) {
        return ApiGateway.builder().route("POST /pets", integration).build();
    }

    @Nested
    class AtBuild {

        // A request template with a VTL syntax error is rejected at build, naming the route, the template's content
        // type and the line and column (docs/behavior.md#vtl-engine-rules; the simulator's own check).
        @Test
        void request_template_syntax_error_names_route_template_and_position() {
            LambdaCustomIntegration integration = Integration.lambdaCustom(new EchoHandler())
                    .requestTemplate("application/json", "{\n  \"a\": #if($x) \n}")
                    .build();

            assertThatThrownBy(() -> build(integration))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("request template application/json of route \"POST /pets\", line 3,"
                            + " column 2: the template ends before the #if at line 2, column 8 is closed; add #end");
        }

        // A response template's syntax error also names its integration response (docs/behavior.md#vtl-engine-rules).
        @Test
        void response_template_syntax_error_names_the_integration_response() {
            LambdaCustomIntegration integration = Integration.lambdaCustom(new EchoHandler())
                    .integrationResponse(IntegrationResponseDefinition.status(404)
                            .selectionPattern(".*not found.*")
                            .responseTemplate("application/json", "#end")
                            .build())
                    .build();

            assertThatThrownBy(() -> build(integration))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage(
                            "response template application/json of integration response 404 of route \"POST /pets\","
                                    + " line 1, column 1: #end has no #if, #foreach, #macro or #define to close");
        }

        // A selection pattern must be a Java regular expression (docs/behavior.md#integration-response-selection):
        // rejected at build, naming the route and the pattern.
        @Test
        void selection_pattern_that_is_not_a_regex_is_rejected() {
            LambdaCustomIntegration integration = Integration.lambdaCustom(new EchoHandler())
                    .integrationResponse(IntegrationResponseDefinition.status(400)
                            .selectionPattern("Invalid(")
                            .build())
                    .build();

            assertThatThrownBy(() -> build(integration))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("route \"POST /pets\": integration response 400 has selection pattern"
                            + " \"Invalid(\", which is not a Java regular expression: Unclosed group near index 8");
        }

        // A request parameter's value must be a mapping expression (docs/behavior.md#request-parameter-mapping):
        // rejected at build, naming the route and the parameter.
        @Test
        void invalid_request_mapping_expression_is_rejected() {
            LambdaCustomIntegration integration = Integration.lambdaCustom(new EchoHandler())
                    .requestParameter("integration.request.header.X-Tenant", "method.request.cookie.tenant")
                    .build();

            assertThatThrownBy(() -> build(integration))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("route \"POST /pets\": request parameter"
                            + " integration.request.header.X-Tenant maps \"method.request.cookie.tenant\" is not a"
                            + " mapping expression; write a static value in single quotes such as 'Event', or one of"
                            + " method.request.path.NAME, method.request.querystring.NAME,"
                            + " method.request.multivaluequerystring.NAME, method.request.header.NAME,"
                            + " method.request.multivalueheader.NAME, method.request.body.NAME, stageVariables.NAME,"
                            + " context.NAME");
        }

        // A response parameter's value must be a response-side mapping expression
        // (docs/behavior.md#response-parameters).
        @Test
        void invalid_response_mapping_expression_is_rejected() {
            LambdaCustomIntegration integration = Integration.lambdaCustom(new EchoHandler())
                    .responseParameter("method.response.header.X-Id", "method.request.body.id")
                    .build();

            assertThatThrownBy(() -> build(integration))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageStartingWith("route \"POST /pets\": integration response 200 maps"
                            + " method.response.header.X-Id from \"method.request.body.id\" is not a mapping"
                            + " expression");
        }

        // Request parameter keys are integration.request.{path|querystring|header}.NAME
        // (docs/behavior.md#request-parameter-mapping): anything else is rejected by the integration builder.
        @Test
        void request_parameter_key_must_be_an_integration_request_parameter() {
            LambdaCustomIntegration.Builder builder = Integration.lambdaCustom(new EchoHandler());

            assertThatThrownBy(() -> builder.requestParameter("method.request.header.X-Tenant", "'acme'"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Request parameter \"method.request.header.X-Tenant\" is not an integration request"
                            + " parameter; write for example \"integration.request.header.X-Amz-Invocation-Type\"");
        }

        // PARAM_NAME must match ^[a-zA-Z0-9._$-]+$ (docs/behavior.md#request-parameter-mapping).
        @Test
        void request_parameter_name_with_a_space_is_rejected() {
            LambdaCustomIntegration.Builder builder = Integration.lambdaCustom(new EchoHandler());

            assertThatThrownBy(() -> builder.requestParameter("integration.request.header.X Tenant", "'acme'"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage(
                            "Request parameter \"integration.request.header.X Tenant\" is not an integration"
                                    + " request parameter; write for example \"integration.request.header.X-Amz-Invocation-Type\"");
        }

        // Response parameter keys are method.response.header.NAME (docs/behavior.md#response-parameters).
        @Test
        void response_parameter_key_must_be_a_method_response_header() {
            IntegrationResponseDefinition.Builder builder = IntegrationResponseDefinition.status(200);

            assertThatThrownBy(() -> builder.responseParameter("integration.response.header.X", "'x'"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Response parameter \"integration.response.header.X\" is not a method response"
                            + " header; write for example \"method.response.header.X-Error-Type\"");
        }

        // An integration has one default integration response, the one without a selection pattern
        // (docs/behavior.md#integration-response-selection).
        @Test
        void two_default_integration_responses_are_rejected() {
            LambdaCustomIntegration.Builder builder = Integration.lambdaCustom(new EchoHandler())
                    .integrationResponse(
                            IntegrationResponseDefinition.status(200).build())
                    .integrationResponse(IntegrationResponseDefinition.status(201)
                            .selectionPattern("")
                            .build());

            assertThatThrownBy(builder::build)
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("A Lambda custom integration has one default integration response (the one without a"
                            + " selection pattern), but this one declares 2; give the others a selectionPattern");
        }
    }

    @Nested
    class AtRunTime {

        // [inferred] A request template failing at run time ($util.parseJson of a body that is not JSON) is an API
        // configuration error: 500 {"message": "Internal server error"}, the function is not called and the log
        // says why (docs/behavior.md#custom-integration-failures, #uncertain-vtl).
        @Test
        void request_template_failing_at_run_time_is_500() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "POST /parse",
                            Integration.lambdaCustom(new RawEchoHandler())
                                    .requestTemplate(
                                            "application/json",
                                            "#set($parsed = $util.parseJson($input.body)){\"name\": \"$parsed.name\"}")
                                    .build())
                    .build()) {
                Exchange exchange = gateway.post("/parse")
                        .header("Content-Type", "application/json")
                        .body("not json")
                        .send();

                assertThat(exchange)
                        .wasNotInvoked()
                        .response()
                        .hasStatus(500)
                        .hasBody("{\"message\": \"Internal server error\"}")
                        .hasHeaderValues("x-amzn-ErrorType", "InternalServerErrorException");
                assertThat(exchange)
                        .log()
                        .contains("Execution failed due to configuration error: Unable to transform request: request"
                                + " template application/json of route \"POST /parse\", line 1, column 22:"
                                + " $util.parseJson could not parse its argument as JSON: \"not json\"");
            }
        }

        // [inferred] A response template failing at run time: 500 after the function ran
        // (docs/behavior.md#custom-integration-failures).
        @Test
        void response_template_failing_at_run_time_is_500() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "POST /parse-response",
                            Integration.lambdaCustom(new RawEchoHandler())
                                    .responseTemplate(
                                            "application/json",
                                            "#set($parsed = $util.parseJson($input.path('$.text')))$parsed")
                                    .build())
                    .build()) {
                Exchange exchange = gateway.post("/parse-response")
                        .header("Content-Type", "application/json")
                        .body("{\"text\": \"not json\"}")
                        .send();

                assertThat(exchange).wasInvoked();
                assertThat(exchange).response().hasStatus(500).hasBody("{\"message\": \"Internal server error\"}");
                assertThat(exchange)
                        .log()
                        .contains("Execution failed due to configuration error: Unable to transform response: response"
                                + " template application/json of integration response 200 of route \"POST"
                                + " /parse-response\", line 1, column 22: $util.parseJson could not"
                                + " parse its argument as JSON: \"not json\"");
            }
        }

        // A rendered payload that is not JSON is rejected by Lambda's Invoke API
        // (docs/behavior.md#invalid-json-payloads). [UNCERTAIN] The client's status and body are not settled
        // (docs/behavior.md#uncertain-custom-integrations): the simulator answers 502 {"message": "Internal server
        // error"} without running the function and logs Lambda's reason.
        @Test
        void rendered_payload_that_is_not_json_is_rejected() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "POST /not-json",
                            Integration.lambdaCustom(new RawEchoHandler())
                                    .requestTemplate("application/json", "name=$input.path('$.name')")
                                    .build())
                    .build()) {
                Exchange exchange = gateway.post("/not-json")
                        .header("Content-Type", "application/json")
                        .body("{\"name\": \"Rex\"}")
                        .send();

                assertThat(exchange)
                        .wasNotInvoked()
                        .response()
                        .hasStatus(502)
                        .hasBody("{\"message\": \"Internal server error\"}")
                        .hasHeaderValues("x-amzn-ErrorType", "InternalServerErrorException");
                assertThat(exchange)
                        .log()
                        .contains("Execution failed: Lambda rejected the invocation: Could not parse request body into"
                                + " json: the payload is not one JSON value: name=Rex");
            }
        }

        // The integration timeout expires before the function answers: 504 {"message": "Endpoint request timed
        // out"} (docs/behavior.md#custom-integration-failures, inferred from the proxy behaviour).
        @Test
        void integration_timeout_is_504() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /slow",
                            Integration.lambdaCustom(new SlowHandler())
                                    .timeout(Duration.ofMillis(200))
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/slow").send();

                assertThat(exchange).response().hasStatus(504).hasBody("{\"message\": \"Endpoint request timed out\"}");
            }
        }
    }
}

package io.apigwsim.behavior.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import io.apigwsim.definition.MockIntegration;
import io.apigwsim.definition.PassthroughBehavior;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** REST mock integrations: API Gateway answers itself, the statusCode selecting the integration response. */
class MockIntegrationTests {

    private static final String INTERNAL_SERVER_ERROR = "{\"message\": \"Internal server error\"}";

    private static ApiGateway gateway(String routeKey, MockIntegration integration) {
        return ApiGateway.builder().route(routeKey, integration).build();
    }

    private static IntegrationResponseDefinition.Builder response(int status, String pattern) {
        return IntegrationResponseDefinition.status(status).selectionPattern(pattern);
    }

    @Nested
    class StatusCodeSelection {

        // The documented console example: the request template renders statusCode 200 for scope=internal and 500
        // otherwise; 200 is the default integration response, 500 the one with the HTTP status regex 5\d{2}
        // (docs/behavior.md#mock-integrations).
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                /?scope=internal | 200 | {"statusCode": 200, "message": "Go ahead without me"}
                /?scope=public   | 500 | {"statusCode": 500, "message": "The invoked method is not supported on the API resource."}
                /                | 500 | {"statusCode": 500, "message": "The invoked method is not supported on the API resource."}
                """)
        void the_rendered_status_code_selects_the_integration_response(String target, int status, String body) {
            ApiGateway gateway = gateway(
                    "GET /",
                    Integration.mock()
                            .requestTemplate(
                                    "application/json",
                                    "{\n  #if( $input.params('scope') == \"internal\" )\n    \"statusCode\": 200\n"
                                            + "  #else\n    \"statusCode\": 500\n  #end\n}")
                            .responseTemplate(
                                    "application/json", "{\"statusCode\": 200, \"message\": \"Go ahead without me\"}")
                            .integrationResponse(response(500, "5\\d{2}")
                                    .responseTemplate(
                                            "application/json",
                                            "{\"statusCode\": 500, \"message\": \"The invoked method is not"
                                                    + " supported on the API resource.\"}")
                                    .build())
                            .build());

            Exchange exchange = gateway.get(target).send();

            assertThat(exchange)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(status)
                    .hasContentType("application/json")
                    .hasBody(body);
        }

        // The AWS CDK's template {statusCode: 200} is not JSON, and API Gateway reads it: its 2\d{2} integration
        // response answers, with an empty body (docs/behavior.md#mock-integrations; recorded).
        @Test
        void an_unquoted_status_code_key_is_read() {
            ApiGateway gateway = gateway(
                    "GET /{testPath}",
                    Integration.mock()
                            .requestTemplate("application/json", "{statusCode: 200}")
                            .defaultStatus(500)
                            .integrationResponse(response(200, "2\\d{2}").build())
                            .build());

            Exchange exchange = gateway.get("/test-path").send();

            assertThat(exchange).response().hasStatus(200).hasEmptyBody();
        }

        // Any integer is a status code to match, negative ones included (docs/behavior.md#mock-integrations;
        // reported).
        @Test
        void any_integer_is_matched_against_the_selection_patterns() {
            ApiGateway gateway = gateway(
                    "GET /odd",
                    Integration.mock()
                            .requestTemplate("application/json", "{\"statusCode\": -1}")
                            .integrationResponse(response(400, "-\\d+").build())
                            .build());

            assertThat(gateway.get("/odd").send()).response().hasStatus(400);
        }

        // Among several matching patterns, the integration response of the rendered status itself wins; otherwise
        // the first in ascending status order (docs/behavior.md#mock-integrations; reported).
        @ParameterizedTest(name = "statusCode {0} answers {1}")
        @CsvSource({"204, 204", "201, 200"})
        void the_response_of_the_rendered_status_wins_among_matching_patterns(int rendered, int answered) {
            ApiGateway gateway = gateway(
                    "GET /items",
                    Integration.mock()
                            .requestTemplate("application/json", "{\"statusCode\": " + rendered + "}")
                            .defaultStatus(500)
                            .integrationResponse(response(200, "2\\d{2}").build())
                            .integrationResponse(response(204, "2\\d{2}").build())
                            .build());

            assertThat(gateway.get("/items").send()).response().hasStatus(answered);
        }

        // A selection pattern must match the whole status code, as for Lambda error messages [UNCERTAIN]
        // (docs/behavior.md#uncertain-mock-integrations).
        @Test
        void a_pattern_found_inside_the_status_code_does_not_select() {
            ApiGateway gateway = gateway(
                    "GET /items",
                    Integration.mock()
                            .requestTemplate("application/json", "{\"statusCode\": 500}")
                            .integrationResponse(response(500, "5").build())
                            .build());

            assertThat(gateway.get("/items").send()).response().hasStatus(200);
        }

        // A status code given as a string is not an integer: a configuration error, 500 Internal server error
        // (docs/behavior.md#mock-integrations; reported).
        @Test
        void a_status_code_string_is_a_configuration_error() {
            ApiGateway gateway = gateway(
                    "GET /items",
                    Integration.mock()
                            .requestTemplate("application/json", "{\"statusCode\": \"200\"}")
                            .build());

            Exchange exchange = gateway.get("/items").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(500)
                    .hasBody(INTERNAL_SERVER_ERROR)
                    .hasHeaderValues("x-amzn-ErrorType", "InternalServerErrorException");
            assertThat(exchange.executionLog())
                    .contains("Execution failed due to configuration error: statusCode should be an integer which"
                            + " defined in request template");
        }

        // A template that renders no statusCode, such as one copying a missing body field, is a configuration
        // error (docs/behavior.md#mock-integrations; reported).
        @Test
        void a_template_without_a_status_code_is_a_configuration_error() {
            ApiGateway gateway = gateway(
                    "POST /mock",
                    Integration.mock()
                            .requestTemplate(
                                    "application/json",
                                    "{\"statusCode\": $input.json('$.statusCode'), \"message\": $input.json('$.message')}")
                            .build());

            Exchange missing =
                    gateway.post("/mock").body("{\"message\": \"hi\"}").send();
            Exchange given = gateway.post("/mock")
                    .body("{\"statusCode\": 200, \"message\": \"hi\"}")
                    .send();

            assertThat(missing).response().hasStatus(500).hasBody(INTERNAL_SERVER_ERROR);
            assertThat(given).response().hasStatus(200);
        }

        // A selected status without a method response is an invalid configuration: 500
        // (docs/behavior.md#integration-response-selection).
        @Test
        void a_selected_status_without_a_method_response_is_a_configuration_error() {
            ApiGateway gateway = gateway(
                    "GET /items",
                    Integration.mock()
                            .requestTemplate("application/json", "{\"statusCode\": 500}")
                            .integrationResponse(response(500, "5\\d{2}").build())
                            .methodResponses(200)
                            .build());

            assertThat(gateway.get("/items").send()).response().hasStatus(500).hasBody(INTERNAL_SERVER_ERROR);
        }
    }

    @Nested
    class WithoutARequestTemplate {

        // Without a request template a mock returns its default integration response
        // (docs/behavior.md#mock-integrations; a statusCode in a passed-through body is not read [UNCERTAIN]).
        @Test
        void the_default_integration_response_answers() {
            ApiGateway gateway = gateway(
                    "POST /items",
                    Integration.mock()
                            .responseTemplate("application/json", "{\"ok\": true}")
                            .integrationResponse(response(500, "5\\d{2}").build())
                            .build());

            Exchange exchange =
                    gateway.post("/items").body("{\"statusCode\": 500}").send();

            assertThat(exchange).response().hasStatus(200).hasBody("{\"ok\": true}");
        }

        // The passthrough behavior applies as for any integration: NEVER refuses a Content-Type no template
        // matches with 415 (docs/behavior.md#mock-integrations, #passthrough-behaviors).
        @Test
        void never_passes_through_and_answers_415() {
            ApiGateway gateway = gateway(
                    "POST /items",
                    Integration.mock()
                            .requestTemplate("application/json", "{\"statusCode\": 200}")
                            .passthroughBehavior(PassthroughBehavior.NEVER)
                            .build());

            Exchange exchange = gateway.post("/items")
                    .header("Content-Type", "application/xml")
                    .body("<a/>")
                    .send();

            assertThat(exchange).response().hasStatus(415).hasBody("{\"message\":\"Unsupported Media Type\"}");
        }
    }

    @Nested
    class Overrides {

        private static final String OVERRIDING_TEMPLATE = """
                #set($context.responseOverride.status = 444)
                #set($context.responseOverride.header.foo = "bar")
                #set($context.responseOverride.custom = "is also passed around")
                {
                  "statusCode": 200
                }
                """;

        // responseOverride set in the request template sets the status and a header, and the response template
        // reads its values; without a response template the body is empty (docs/behavior.md#vtl-overrides;
        // recorded with a MOCK integration).
        @Test
        void response_overrides_of_the_request_template_reach_the_client_and_the_response_template() {
            IntegrationResponseDefinition.Builder selected = response(200, "2\\d{2}")
                    .responseTemplate(
                            "application/json",
                            "#set($statusOverride = $context.responseOverride.status)\n"
                                    + "#set($fooHeader = $context.responseOverride.header.foo)\n"
                                    + "#set($custom = $context.responseOverride.custom)\n"
                                    + "{\"statusOverride\": \"$statusOverride\", \"fooHeader\": \"$fooHeader\","
                                    + " \"custom\": \"$custom\"}");
            ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /templated",
                            Integration.mock()
                                    .requestTemplate("application/json", OVERRIDING_TEMPLATE)
                                    .integrationResponse(selected.build()))
                    .route(
                            "GET /bare",
                            Integration.mock()
                                    .requestTemplate("application/json", OVERRIDING_TEMPLATE)
                                    .integrationResponse(
                                            response(200, "2\\d{2}").build()))
                    .build();

            Exchange templated = gateway.get("/templated").send();
            Exchange bare = gateway.get("/bare").send();

            assertThat(templated)
                    .response()
                    .hasStatus(444)
                    .hasHeaderValues("foo", "bar")
                    .hasJsonBody("{\"statusOverride\": \"444\", \"fooHeader\": \"bar\","
                            + " \"custom\": \"is also passed around\"}");
            assertThat(bare)
                    .response()
                    .hasStatus(444)
                    .hasHeaderValues("foo", "bar")
                    .hasEmptyBody();
        }

        // A value kept in requestOverride.path by the request template is readable in the response template
        // (docs/behavior.md#vtl-overrides; recorded with a MOCK integration).
        @ParameterizedTest(name = "{0}")
        @CsvSource({"path1, path was path one", "path2, path was path two", "whatever, this is the else clause"})
        void request_overrides_carry_a_value_to_the_response_template(String message, String expected) {
            ApiGateway gateway = gateway(
                    "GET /{testPath}",
                    Integration.mock()
                            .requestTemplate(
                                    "application/json",
                                    "#set($body = $util.base64Decode($input.params('testPath')))\n"
                                            + "#set($context.requestOverride.path.body = $body)\n"
                                            + "{\n  \"statusCode\": 200\n}\n")
                            .integrationResponse(response(200, "2\\d{2}")
                                    .responseTemplate(
                                            "application/json",
                                            "#set($body = $util.parseJson($context.requestOverride.path.body))\n"
                                                    + "#set($inputBody = $body.message)\n"
                                                    + "#if($inputBody == \"path1\")\n"
                                                    + "{\"response\": \"path was path one\"}\n"
                                                    + "#elseif($inputBody == \"path2\")\n"
                                                    + "{\"response\": \"path was path two\"}\n"
                                                    + "#else\n"
                                                    + "{\"response\": \"this is the else clause\"}\n"
                                                    + "#end\n")
                                    .build())
                            .build());
            String path = Base64.getEncoder()
                    .encodeToString(("{\"message\": \"" + message + "\"}").getBytes(StandardCharsets.UTF_8));

            Exchange exchange = gateway.get("/" + path).send();

            assertThat(exchange).response().hasStatus(200).hasJsonBody("{\"response\": \"" + expected + "\"}");
        }
    }

    @Nested
    class Responses {

        // A mock's response carries Date, Content-Type, Content-Length, Connection, x-amzn-RequestId and
        // x-amz-apigw-id, and no X-Amzn-Trace-Id, even when the client sends one; no function is invoked
        // (docs/behavior.md#mock-integrations; recorded).
        @Test
        void a_mock_response_has_no_trace_header_and_invokes_nothing() {
            ApiGateway gateway = gateway(
                    "GET /path",
                    Integration.mock()
                            .requestTemplate("application/json", "{\"statusCode\": 200}")
                            .responseTemplate("application/json", "{\"statusCode\": 200}")
                            .build());

            Exchange plain = gateway.get("/path").send();
            Exchange traced = gateway.get("/path")
                    .header(
                            "X-Amzn-Trace-Id",
                            "Root=1-3152b799-8954dae64eda91bc9a23a7e8;Parent=7fa8c0f79203be72;Sampled=1")
                    .send();

            for (Exchange exchange : new Exchange[] {plain, traced}) {
                assertThat(exchange).wasNotInvoked().response().hasStatus(200).doesNotHaveHeader("X-Amzn-Trace-Id");
                assertThat(exchange.response().headers().names())
                        .containsExactlyInAnyOrderElementsOf(Set.of(
                                "Date",
                                "Content-Type",
                                "Content-Length",
                                "Connection",
                                "x-amzn-RequestId",
                                "x-amz-apigw-id"));
            }
        }

        // Response parameters set static headers from literals, which is how "Enable CORS" answers preflights
        // (docs/behavior.md#mock-integrations, #response-parameters).
        @Test
        void response_parameters_set_literal_headers() {
            ApiGateway gateway = gateway(
                    "GET /items",
                    Integration.mock()
                            .requestTemplate("application/json", "{\"statusCode\": 200}")
                            .responseParameter("method.response.header.X-Served-By", "'mock'")
                            .responseParameter("method.response.header.X-Stage", "context.stage")
                            .build());

            assertThat(gateway.get("/items").send())
                    .response()
                    .hasHeaderValues("X-Served-By", "mock")
                    .hasHeaderValues("X-Stage", "test");
        }
    }

    // A mock has one default integration response, as a custom integration (docs/behavior.md#mock-integrations,
    // #integration-response-selection): declaring a second is refused when the integration is built.
    @Test
    void a_second_default_integration_response_is_rejected() {
        MockIntegration.Builder integration = Integration.mock()
                .responseTemplate("application/json", "{}")
                .integrationResponse(IntegrationResponseDefinition.status(201).build());

        assertThatExceptionOfType(ApiDefinitionException.class)
                .isThrownBy(integration::build)
                .withMessage("A mock integration has one default integration response (the one without a selection"
                        + " pattern), but this one declares a second through responseTemplate, responseParameter or"
                        + " responseContentHandling;"
                        + " give the others a selectionPattern");
    }

    // HTTP APIs have no mock integrations (docs/behavior.md#mock-integrations): declaring one fails the build.
    @Test
    void a_mock_on_an_http_api_is_rejected() {
        ApiGateway.Builder builder = ApiGateway.builder().httpApi().route("GET /health", Integration.mock());

        assertThatExceptionOfType(ApiDefinitionException.class)
                .isThrownBy(builder::build)
                .withMessage("route \"GET /health\" has a mock integration, which HTTP APIs do not have; an HTTP API"
                        + " answers CORS preflights itself (CorsConfiguration), and other routes need a Lambda proxy"
                        + " integration, or declare a REST API to keep the mock");
    }
}

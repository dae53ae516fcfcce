package io.apigwsim.behavior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.Integration;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invalid API definitions are rejected when the gateway is built, with a message that names the place and the fix.
 * The texts are pinned literally from the simulator's message code; the AWS rules behind them are cited per test.
 */
class DefinitionErrorTests {

    private static final EchoHandler ECHO = new EchoHandler();

    static final class StringHandler implements RequestHandler<String, String> {

        @Override
        public String handleRequest(String event, Context context) {
            return event;
        }
    }

    static final class HttpApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayProxyResponseEvent> {

        @Override
        public APIGatewayProxyResponseEvent handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            return new APIGatewayProxyResponseEvent();
        }
    }

    private static void build(String routeKey, Object handler) {
        ApiGateway.builder().route(routeKey, handler).build().close();
    }

    // Resource paths start with "/", have no empty segment and no trailing slash; a variable is a whole segment
    // {name} and a greedy {name+} is the last segment (docs/behavior.md#rest-resources-and-methods).
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "pets/{id}       |a path must start with \"/\", for example \"/pets/{id}\"",
                "/pets/          |a path must not end with \"/\" (only the root path \"/\" does), for example \"/pets\"",
                "/pets//toys     |a path must not contain an empty segment (\"//\"), for example \"/pets/toys\"",
                "/res{id}        |a path variable must be a whole segment, for example \"/res/{id}\"",
                "/{proxy+}/more  |a greedy path variable {proxy+} must be the last segment, for example \"/{proxy+}\"",
                "/pets/{id       |\"{id\" has an unbalanced brace; write a path variable as a name in one pair of"
                        + " braces, for example \"{id}\"",
                "/pets/{}        |\"{}\" is a path variable without a name; name it, for example \"{id}\"",
                "/a/{id}/b/{id}  |the path variable {id} appears twice; give each path variable its own name, for"
                        + " example \"/a/{id}/b/{id2}\"",
            })
    void invalid_resource_path_is_rejected_with_the_rule_and_a_fix(String path, String rule) {
        assertThatThrownBy(() -> build("GET " + path, ECHO))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("route \"GET " + path + "\" has path \"" + path + "\": " + rule);
    }

    // Methods are ANY or the seven upper-case REST methods (docs/behavior.md#rest-resources-and-methods). The message
    // is about the method, not the path.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "get  |method \"get\" must be upper case, for example \"GET\"",
                "TRACE|method \"TRACE\" is not a REST API method; use ANY or one of GET, POST, PUT, PATCH, DELETE,"
                        + " HEAD, OPTIONS",
            })
    void invalid_method_is_rejected_as_a_method_problem(String method, String rule) {
        assertThatThrownBy(() -> build(method + " /pets", ECHO))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("route \"" + method + " /pets\": " + rule);
    }

    // A route key is a method, one space and a path (simulator syntax, mirroring HTTP API route keys,
    // docs/behavior.md#rest-resources-and-methods, #http-api-routes).
    @Test
    void route_key_without_a_space_is_rejected() {
        assertThatThrownBy(() -> ApiGateway.builder().route("GET/pets", ECHO))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Route key \"GET/pets\" is not a method, one space and a resource path; write for example"
                        + " \"GET /pets/{id}\" or \"ANY /{proxy+}\"");
    }

    // A method is declared once per resource (docs/behavior.md#rest-resources-and-methods: methods are attached per
    // resource).
    @Test
    void duplicate_route_is_rejected() {
        assertThatThrownBy(() -> ApiGateway.builder()
                        .route("GET /pets", ECHO)
                        .route("GET /pets", ECHO)
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("route \"GET /pets\" declares GET /pets a second time; declare each method of a resource"
                        + " once");
    }

    // Only one variable child per resource; AWS's CreateResource text is quoted
    // (docs/behavior.md#rest-resources-and-methods).
    @Test
    void two_different_variables_under_one_parent_are_rejected_with_the_aws_text() {
        assertThatThrownBy(() -> ApiGateway.builder()
                        .route("GET /pets/{id}", ECHO)
                        .route("GET /pets/{petId}/toys", ECHO)
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("The routes of this API conflict: GET /pets/{id} and GET /pets/{petId}/toys declare"
                        + " different path variables under \"/pets\": A sibling ({id}) of this resource already has a"
                        + " variable path part -- only one is allowed; use {id} at this position in every route, for"
                        + " example \"/pets/{id}/toys\"");
    }

    // A handler must implement RequestHandler or RequestStreamHandler
    // (docs/behavior.md#java-handlers-and-serialization).
    @Test
    void handler_implementing_neither_interface_is_rejected() {
        assertThatThrownBy(() -> build("GET /pets", new Object()))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Handler Object for route GET /pets implements neither"
                        + " RequestHandler nor RequestStreamHandler; implement"
                        + " RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> or"
                        + " RequestStreamHandler");
    }

    // The REST event is a JSON object; a String input cannot hold it
    // (docs/behavior.md#java-handlers-and-serialization).
    @Test
    void handler_taking_a_string_is_rejected() {
        assertThatThrownBy(() -> build("GET /pets", new StringHandler()))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Handler StringHandler for route GET /pets takes java.lang.String,"
                        + " which cannot hold the REST API proxy event (a JSON object); take"
                        + " APIGatewayProxyRequestEvent, Map<String, Object> or a class of your own with fields for"
                        + " the event's keys");
    }

    // REST and payload-1.0 events map to APIGatewayProxyRequestEvent, not the V2 class
    // (docs/behavior.md#java-handlers-and-serialization).
    @Test
    void handler_taking_the_http_api_event_class_is_rejected() {
        assertThatThrownBy(() -> build("GET /pets", new HttpApiHandler()))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Handler HttpApiHandler for route GET /pets takes"
                        + " APIGatewayV2HTTPEvent, but this route sends the REST API proxy event, which the runtime"
                        + " reads as APIGatewayProxyRequestEvent; take APIGatewayProxyRequestEvent, Map<String,"
                        + " Object> or a class of your own with fields for the event's keys");
    }

    // A raw mock's class has no type arguments, so the runtime could not pick the input type
    // (docs/behavior.md#java-handlers-and-serialization: the runtime reads RequestHandler's type arguments).
    @Test
    void raw_mock_without_handler_type_is_rejected_with_the_fix() {
        Object handler = mock(RequestHandler.class);

        assertThatThrownBy(() -> build("GET /pets", handler))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Handler RequestHandler for route GET /pets does not implement"
                        + " RequestHandler with concrete type parameters, so the Lambda runtime cannot tell which type"
                        + " to read the event into; declare them, for example"
                        + " RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> (for a Mockito"
                        + " mock, declare the @Mock field with that generic type, or pass it with"
                        + " Integration.lambdaProxy(mock).handlerType(type))");
    }

    // Simulator API: an integration builder may be passed to a route without build(); its settings apply.
    @Test
    void an_unbuilt_integration_builder_serves_the_route_with_its_settings() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("GET /pets", Integration.lambdaProxy(ECHO).functionName("pets-function"))
                .build()) {

            Exchange exchange = gateway.get("/pets").send();

            assertThat(exchange).response().hasStatus(200);
            assertThat(exchange).log().contains("Sending request to pets-function");
        }
    }

    // Stage names: letters, digits, "-" and "_", up to 128 characters (docs/behavior.md#rest-stage-and-url).
    @Test
    void invalid_stage_name_is_rejected() {
        assertThatThrownBy(() -> ApiGateway.builder().stage("prod stage"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Stage name \"prod stage\" is not valid: API Gateway accepts letters, digits, '-' and '_',"
                        + " up to 128 characters, for example \"prod\"");
    }

    // Stage variable names: letters, digits and "_", up to 64 characters (docs/behavior.md#stage-variables).
    @Test
    void invalid_stage_variable_name_is_rejected() {
        assertThatThrownBy(() -> ApiGateway.builder().stageVariable("table-name", "pets"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Stage variable name \"table-name\" is not valid: API Gateway accepts letters, digits and"
                        + " '_', up to 64 characters, for example \"tableName\"");
    }

    // Stage variable values: 1 to 512 characters of a restricted set (docs/behavior.md#stage-variables).
    @Test
    void invalid_stage_variable_value_is_rejected() {
        assertThatThrownBy(() -> ApiGateway.builder().stageVariable("table", "my pets"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Stage variable table has value \"my pets\", which API Gateway rejects: a value holds 1 to"
                        + " 512 letters, digits or any of -._~:/?#&=,");
    }

    // REST API proxy integrations send payload format 1.0 only; 2.0 is an HTTP API format
    // (docs/behavior.md#payload-format-versions).
    @Test
    void payload_format_2_0_is_rejected_on_a_rest_api() {
        assertThatThrownBy(() -> ApiGateway.builder()
                        .route("GET /pets", Integration.lambdaProxy(ECHO).payloadFormatVersion("2.0"))
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("route \"GET /pets\" sets payload format version 2.0, which only HTTP APIs"
                        + " send; REST API Lambda proxy integrations send 1.0");
    }

    // Payload format versions are "1.0" and "2.0" only (docs/behavior.md#payload-format-versions).
    @Test
    void an_unknown_payload_format_version_is_rejected() {
        assertThatThrownBy(() -> Integration.lambdaProxy(ECHO).payloadFormatVersion("3.0"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Payload format version \"3.0\" does not exist: Lambda proxy integrations send \"1.0\" or"
                        + " (HTTP APIs only) \"2.0\"");
    }

    // The integration timeout is at least 50 ms (docs/behavior.md#integration-timeouts).
    @Test
    void integration_timeout_under_50_ms_is_rejected() {
        assertThatThrownBy(() -> Integration.lambdaProxy(ECHO).timeout(Duration.ofMillis(49)))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Integration timeout 49 ms is too short: API Gateway waits at least 50 ms, for example"
                        + " Duration.ofMillis(500)");
    }

    // A binary media type is a type and a subtype (docs/behavior.md#rest-binary-request-bodies).
    @Test
    void binary_media_type_without_a_subtype_is_rejected() {
        assertThatThrownBy(() -> ApiGateway.builder().binaryMediaTypes("image"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Binary media type \"image\" is not a media type; write a type and a subtype, for example"
                        + " \"image/png\" or \"application/*\"");
    }
}

package io.apigwsim.behavior.auth;

import static io.apigwsim.behavior.auth.AuthorizerHandlers.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.behavior.auth.AuthorizerHandlers.ScriptedAuthorizer;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.definition.MethodRequest;
import org.junit.jupiter.api.Test;

/** A REST API's customized gateway responses (docs/behavior.md#gateway-responses, #gateway-response-customization). */
class GatewayResponseTests {

    private static final MethodRequest BEARER =
            MethodRequest.builder().authorizer("bearer").build();

    private static ApiGateway api(GatewayResponse... responses) {
        ApiGateway.Builder builder = ApiGateway.builder()
                .stageVariable("team", "pets")
                .authorizer(
                        AuthorizerDefinition.token("bearer", new ScriptedAuthorizer(event -> policy("u", "Deny", "*"))))
                .route("GET /pets/{id}", new EchoHandler(), BEARER)
                .route("GET /open", new EchoHandler());
        for (GatewayResponse response : responses) {
            builder.gatewayResponse(response);
        }
        return builder.build();
    }

    // A header added to UNAUTHORIZED appears next to the unchanged default body and error type
    // (docs/behavior.md#gateway-response-customization).
    @Test
    void header_added_to_a_type_keeps_its_default_body() {
        Exchange exchange = api(GatewayResponse.of(GatewayResponseType.UNAUTHORIZED)
                        .header("WWW-Authenticate", "'Bearer'")
                        .build())
                .get("/pets/1")
                .send();

        assertThat(exchange)
                .response()
                .hasStatus(401)
                .hasBody("{\"message\":\"Unauthorized\"}")
                .hasHeaderValues("WWW-Authenticate", "Bearer")
                .hasHeaderValues("x-amzn-ErrorType", "UnauthorizedException");
    }

    // DEFAULT_4XX with a CORS header reaches every 4XX answer not customized itself: the missing route, the 401 and
    // the 403 (docs/behavior.md#gateway-response-customization, #rest-cors).
    @Test
    void default_4xx_headers_reach_every_4xx_answer() {
        ApiGateway gateway = api(GatewayResponse.of(GatewayResponseType.DEFAULT_4XX)
                .header("Access-Control-Allow-Origin", "'https://app.example.com'")
                .build());

        Exchange missingRoute = gateway.get("/nowhere").send();
        Exchange unauthorized = gateway.get("/pets/1").send();
        Exchange denied = gateway.get("/pets/1").header("Authorization", "t").send();

        for (Exchange exchange : new Exchange[] {missingRoute, unauthorized, denied}) {
            assertThat(exchange).response().hasHeaderValues("Access-Control-Allow-Origin", "https://app.example.com");
        }
        assertThat(missingRoute).response().hasStatus(403).hasBody("{\"message\":\"Missing Authentication Token\"}");
        assertThat(denied).response().hasStatus(403);
    }

    // A type customized itself wins over DEFAULT_4XX; DEFAULT_5XX does not touch 4XX answers.
    @Test
    void a_customized_type_wins_over_the_defaults() {
        ApiGateway gateway = api(
                GatewayResponse.of(GatewayResponseType.DEFAULT_4XX)
                        .header("X-Default", "'4xx'")
                        .build(),
                GatewayResponse.of(GatewayResponseType.DEFAULT_5XX)
                        .header("X-Server", "'5xx'")
                        .build(),
                GatewayResponse.of(GatewayResponseType.ACCESS_DENIED)
                        .header("X-Denied", "'yes'")
                        .build());

        Exchange denied = gateway.get("/pets/1").header("Authorization", "t").send();
        Exchange unauthorized = gateway.get("/pets/1").send();

        assertThat(denied).response().hasHeaderValues("X-Denied", "yes").doesNotHaveHeader("X-Default");
        assertThat(unauthorized).response().hasHeaderValues("X-Default", "4xx").doesNotHaveHeader("X-Server");
    }

    // A template renders $context.error.* and other $context and $stageVariables values, and a status override
    // changes the status (docs/behavior.md#gateway-response-customization).
    @Test
    void template_renders_error_and_context_variables_with_the_status_override() {
        Exchange exchange = api(GatewayResponse.of(GatewayResponseType.MISSING_AUTHENTICATION_TOKEN)
                        .statusCode(404)
                        .template(
                                "application/json",
                                "{\"message\": $context.error.messageString, \"type\": \"$context.error.responseType\","
                                        + " \"stage\": \"$context.stage\", \"team\": \"$stageVariables.team\","
                                        + " \"id\": \"$context.requestId\"}")
                        .build())
                .get("/nowhere")
                .send();

        assertThat(exchange)
                .response()
                .hasStatus(404)
                .hasContentType("application/json")
                .hasBody("{\"message\": \"Missing Authentication Token\", \"type\": \"MISSING_AUTHENTICATION_TOKEN\","
                        + " \"stage\": \"test\", \"team\": \"pets\", \"id\": \"" + exchange.requestId() + "\"}")
                .hasHeaderValues("x-amzn-ErrorType", "MissingAuthenticationTokenException");
    }

    // Header values come from request headers, path and query parameters, context and stage variables; a source
    // without a value leaves the header out (docs/behavior.md#gateway-response-customization).
    @Test
    void header_values_come_from_the_request() {
        Exchange exchange = api(GatewayResponse.of(GatewayResponseType.ACCESS_DENIED)
                        .header("X-Origin", "method.request.header.Origin")
                        .header("X-Pet", "method.request.path.id")
                        .header("X-Q", "method.request.querystring.q")
                        .header("X-Stage", "context.stage")
                        .header("X-Team", "stageVariables.team")
                        .header("X-Absent", "method.request.header.X-Nothing")
                        .build())
                .get("/pets/7?q=a&q=b")
                .header("Authorization", "t")
                .header("Origin", "https://app.example.com")
                .send();

        assertThat(exchange)
                .response()
                .hasHeaderValues("X-Origin", "https://app.example.com")
                .hasHeaderValues("X-Pet", "7")
                .hasHeaderValues("X-Q", "b")
                .hasHeaderValues("X-Stage", "test")
                .hasHeaderValues("X-Team", "pets")
                .doesNotHaveHeader("X-Absent");
    }

    // The deny message reaches templates as $context.error.message (docs/behavior.md#gateway-response-customization).
    @Test
    void deny_message_reaches_the_template() {
        Exchange exchange = api(GatewayResponse.of(GatewayResponseType.ACCESS_DENIED)
                        .template("application/json", "{\"error\":\"$context.error.message\"}")
                        .build())
                .get("/pets/1")
                .header("Authorization", "t")
                .send();

        assertThat(exchange)
                .response()
                .hasBody("{\"error\":\"User is not authorized to access this resource with an explicit deny\"}");
    }

    // An authorizer configuration error has no message: messageString renders null
    // (docs/behavior.md#gateway-response-customization).
    @Test
    void authorizer_configuration_error_message_string_is_null() {
        Exchange exchange = ApiGateway.builder()
                .authorizer(AuthorizerDefinition.token("bearer", new ScriptedAuthorizer(event -> null)))
                .route("GET /pets", new EchoHandler(), BEARER)
                .gatewayResponse(GatewayResponse.of(GatewayResponseType.DEFAULT_5XX)
                        .template("application/json", "{\"error\":$context.error.messageString}"))
                .build()
                .get("/pets")
                .header("Authorization", "t")
                .send();

        assertThat(exchange).response().hasStatus(500).hasBody("{\"error\":null}");
    }

    // The template for the client's Accept type is chosen, else application/json
    // (docs/behavior.md#uncertain-gateway-responses).
    @Test
    void template_follows_the_accept_header() {
        ApiGateway gateway = api(GatewayResponse.of(GatewayResponseType.DEFAULT_4XX)
                .template("application/json", "{\"m\":$context.error.messageString}")
                .template("text/plain", "$context.error.message")
                .build());

        assertThat(gateway.get("/nowhere").header("Accept", "text/plain").send())
                .response()
                .hasContentType("text/plain")
                .hasBody("Missing Authentication Token");
        assertThat(gateway.get("/nowhere").send())
                .response()
                .hasContentType("application/json")
                .hasBody("{\"m\":\"Missing Authentication Token\"}");
    }

    // Gateway responses are a REST API setting, and their declarations are checked when built.
    @Test
    void invalid_customizations_fail_at_build() {
        assertThatThrownBy(() ->
                        GatewayResponse.of(GatewayResponseType.UNAUTHORIZED).header("X", "Bearer"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("not a value source");
        assertThatThrownBy(() ->
                        GatewayResponse.of(GatewayResponseType.UNAUTHORIZED).statusCode(99))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("100 to 599");
        assertThatThrownBy(() -> ApiGateway.builder()
                        .httpApi()
                        .route("GET /pets", new EchoHandler())
                        .gatewayResponse(GatewayResponse.of(GatewayResponseType.DEFAULT_4XX))
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("REST API setting");
    }
}

package io.apigwsim.behavior.auth;

import static io.apigwsim.behavior.auth.AuthorizerHandlers.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.behavior.auth.AuthorizerHandlers.ScriptedAuthorizer;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.MockIntegration;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Authorizer;
import io.apigwsim.junit.CorsPreflight;
import io.apigwsim.junit.Route;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * REST CORS: the OPTIONS method "Enable CORS" creates, a mock integration answering preflights; the CORS headers
 * of the other answers; and what a browser accepts of them (docs/behavior.md#rest-cors).
 */
class RestCorsTests {

    private static final String APP = "https://app.example.com";

    /** The console's default header list. */
    private static final String[] CONSOLE_HEADERS = {
        "Content-Type", "X-Amz-Date", "Authorization", "X-Api-Key", "X-Amz-Security-Token"
    };

    private static final MethodRequest GUARDED =
            MethodRequest.builder().authorizer("bearer").apiKeyRequired(true).build();

    private static Exchange preflight(ApiGateway gateway, String origin, String method, String headers) {
        return gateway.options("/pets")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .send();
    }

    /** POST /pets behind a token authorizer and an API key, with the OPTIONS method "Enable CORS" creates. */
    private static ApiGateway.Builder guardedPets() {
        return ApiGateway.builder()
                .authorizer(AuthorizerDefinition.token(
                        "bearer", new ScriptedAuthorizer(event -> policy("user", "Allow", "*"))))
                .route("POST /pets", new EchoHandler(), GUARDED)
                .route(
                        "OPTIONS /pets",
                        Integration.corsPreflight("*")
                                .allowHeaders(CONSOLE_HEADERS)
                                .allowMethods("OPTIONS", "POST"));
    }

    @Nested
    class Preflight {

        // "Enable CORS" writes AWS SAM's mock integration: request template {"statusCode" : 200}, a default 200
        // integration response setting Access-Control-Allow-Origin, -Headers, -Methods, -Max-Age and
        // -Credentials, in that order, from single-quoted literals, and the response template {}
        // (docs/behavior.md#rest-cors; documented by SAM's code).
        @Test
        void the_integration_is_the_one_enable_cors_generates() {
            MockIntegration integration = Integration.corsPreflight(APP)
                    .allowMethods("GET", "OPTIONS")
                    .allowHeaders("Content-Type", "Authorization")
                    .maxAge(600)
                    .allowCredentials()
                    .build();

            assertThat(integration.requestTemplates())
                    .containsExactly(Map.entry("application/json", "{\n  \"statusCode\" : 200\n}\n"));
            assertThat(integration.integrationResponses()).hasSize(1);
            IntegrationResponseDefinition response =
                    integration.integrationResponses().get(0);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.isDefault()).isTrue();
            assertThat(response.responseParameters())
                    .containsExactly(
                            Map.entry(
                                    "method.response.header.Access-Control-Allow-Origin", "'https://app.example.com'"),
                            Map.entry(
                                    "method.response.header.Access-Control-Allow-Headers",
                                    "'Content-Type,Authorization'"),
                            Map.entry("method.response.header.Access-Control-Allow-Methods", "'GET,OPTIONS'"),
                            Map.entry("method.response.header.Access-Control-Max-Age", "'600'"),
                            Map.entry("method.response.header.Access-Control-Allow-Credentials", "'true'"));
            assertThat(response.responseTemplates()).containsExactly(Map.entry("application/json", "{}\n"));
            assertThat(integration.methodResponses()).containsExactly(200);
        }

        // The values are the headers' values: a value in single quotes, as SAM's Cors property takes it, is refused
        // with the value to give instead.
        @Test
        void a_value_quoted_as_in_sam_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> Integration.corsPreflight("'*'"))
                    .withMessage("A CORS preflight's allowOrigin is \"'*'\", in single quotes as AWS SAM's Cors"
                            + " property writes it; give the header value itself, for example \"*\"");
        }

        // Credentials with the origin "*" are refused, as AWS SAM refuses them: no browser accepts the combination
        // (docs/behavior.md#rest-cors).
        @Test
        void credentials_with_any_origin_are_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() ->
                            Integration.corsPreflight("*").allowCredentials().build())
                    .withMessage("A CORS preflight that allows credentials must name the origin: browsers refuse"
                            + " Access-Control-Allow-Origin: * for a request with credentials, and AWS SAM refuses the"
                            + " combination; give the origin, for example"
                            + " Integration.corsPreflight(\"https://app.example.com\")");
        }

        // The preflight is answered by the mock: 200, the configured headers, the body {} as the template renders
        // it, no function invoked; and a browser accepts it for the method and headers listed
        // (docs/behavior.md#rest-cors, #mock-integrations).
        @Test
        void the_options_mock_answers_the_preflight() {
            ApiGateway gateway = guardedPets().build();

            Exchange exchange = preflight(gateway, APP, "POST", "content-type,authorization,x-api-key");

            assertThat(exchange)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(200)
                    .hasContentType("application/json")
                    .hasBody("{}\n")
                    .hasHeaderValues("Access-Control-Allow-Origin", "*")
                    .hasHeaderValues(
                            "Access-Control-Allow-Headers",
                            "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token")
                    .hasHeaderValues("Access-Control-Allow-Methods", "OPTIONS,POST")
                    .doesNotHaveHeader("Access-Control-Max-Age")
                    .doesNotHaveHeader("Access-Control-Allow-Credentials")
                    .allowsPreflight(APP, "POST", "content-type", "authorization", "x-api-key");
            assertThat(exchange.authorizer()).isEmpty();
        }

        // The generated OPTIONS method has no authorizer and no API key, so a preflight to a guarded resource passes
        // while the guarded method itself answers 401 (docs/behavior.md#rest-cors).
        @Test
        void the_preflight_needs_no_token_and_no_api_key() {
            ApiGateway gateway = guardedPets().build();

            Exchange preflight = preflight(gateway, APP, "POST", "authorization");
            Exchange post = gateway.post("/pets").header("Origin", APP).send();

            assertThat(preflight).response().hasStatus(200);
            assertThat(post).response().hasStatus(401);
        }

        // AWS SAM adds the API's default authorizer to the OPTIONS method unless AddDefaultAuthorizerToCorsPreflight is
        // false; browsers send no token in a preflight, so it gets the 401, which a browser refuses
        // (docs/behavior.md#rest-cors).
        @Test
        void a_preflight_guarded_by_the_authorizer_is_refused_by_the_browser() {
            ApiGateway gateway = ApiGateway.builder()
                    .authorizer(AuthorizerDefinition.token(
                            "bearer", new ScriptedAuthorizer(event -> policy("user", "Allow", "*"))))
                    .route(
                            "OPTIONS /pets",
                            Integration.corsPreflight("*").allowMethods("OPTIONS", "PUT"),
                            MethodRequest.builder().authorizer("bearer").build())
                    .build();

            Exchange exchange = preflight(gateway, APP, "PUT", "content-type");

            assertThat(exchange).response().hasStatus(401);
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).response().allowsPreflight(APP, "PUT"))
                    .withMessageContaining("but the response has no Access-Control-Allow-Origin header.");
        }

        // REST APIs match no origin: the configured value comes back whatever the request's Origin, and the browser
        // then refuses an origin it does not name (docs/behavior.md#rest-cors).
        @Test
        void the_configured_origin_is_sent_to_every_origin() {
            ApiGateway gateway = ApiGateway.builder()
                    .route("OPTIONS /pets", Integration.corsPreflight(APP).allowMethods("OPTIONS", "PUT"))
                    .build();

            Exchange exchange = preflight(gateway, "https://evil.example", "PUT", "content-type");

            assertThat(exchange).response().hasStatus(200).hasHeaderValues("Access-Control-Allow-Origin", APP);
            assertThat(exchange).response().allowsPreflight(APP, "PUT");
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).response().allowsPreflight("https://evil.example", "PUT"))
                    .withMessageContaining("but Access-Control-Allow-Origin is \"https://app.example.com\", which is"
                            + " not the origin and not \"*\"");
        }

        // With credentials allowed, the named origin and Access-Control-Allow-Credentials: true admit a credentialed
        // request; Access-Control-Max-Age is sent as set, 0 included (docs/behavior.md#rest-cors).
        @Test
        void credentials_and_max_age_are_sent_when_set() {
            ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "OPTIONS /pets",
                            Integration.corsPreflight(APP)
                                    .allowMethods("OPTIONS", "PUT")
                                    .maxAge(0)
                                    .allowCredentials())
                    .build();

            Exchange exchange = preflight(gateway, APP, "PUT", "content-type");

            assertThat(exchange)
                    .response()
                    .hasHeaderValues("Access-Control-Max-Age", "0")
                    .hasHeaderValues("Access-Control-Allow-Credentials", "true")
                    .allowsCredentialedOrigin(APP);
        }
    }

    @Nested
    class ActualRequests {

        /** A Lambda proxy function that sets Access-Control-Allow-Origin itself. */
        static final class CorsAwareFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {
            @Override
            public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                return Map.of("statusCode", 201, "headers", Map.of("Access-Control-Allow-Origin", APP), "body", "{}");
            }
        }

        // API Gateway adds no CORS header to a Lambda proxy response: a function that sets none is refused by the
        // browser, one that sets Access-Control-Allow-Origin is accepted (docs/behavior.md#rest-cors).
        @Test
        void a_proxy_function_must_set_the_cors_headers_itself() {
            ApiGateway gateway = ApiGateway.builder()
                    .route("POST /silent", new EchoHandler())
                    .route("POST /aware", new CorsAwareFunction())
                    .build();

            Exchange silent = gateway.post("/silent").header("Origin", APP).send();
            Exchange aware = gateway.post("/aware").header("Origin", APP).send();

            assertThat(silent).response().hasStatus(200).doesNotHaveHeader("Access-Control-Allow-Origin");
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(silent).response().allowsOrigin(APP))
                    .withMessageContaining("but the response has no Access-Control-Allow-Origin header.");
            assertThat(aware).response().hasStatus(201).allowsOrigin(APP);
        }

        // API Gateway's own 401 carries no CORS header, so the browser shows a CORS error instead of the 401
        // (docs/behavior.md#rest-cors).
        @Test
        void an_authorizer_401_without_a_default_4xx_header_fails_the_cors_check() {
            ApiGateway gateway = guardedPets().build();

            Exchange exchange = gateway.post("/pets").header("Origin", APP).send();

            assertThat(exchange).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).response().allowsOrigin(APP))
                    .withMessageContaining("but the response has no Access-Control-Allow-Origin header.");
        }

        // A DEFAULT_4XX gateway response with Access-Control-Allow-Origin '*' lets the browser read the 401
        // (docs/behavior.md#rest-cors, #gateway-response-customization).
        @Test
        void a_default_4xx_header_lets_the_browser_read_the_401() {
            ApiGateway gateway = guardedPets()
                    .gatewayResponse(GatewayResponse.of(GatewayResponseType.DEFAULT_4XX)
                            .header("Access-Control-Allow-Origin", "'*'")
                            .build())
                    .build();

            Exchange exchange = gateway.post("/pets").header("Origin", APP).send();

            assertThat(exchange)
                    .response()
                    .hasStatus(401)
                    .hasBody("{\"message\":\"Unauthorized\"}")
                    .allowsOrigin(APP);
        }
    }

    /** The same API declared with annotations: @CorsPreflight adds the OPTIONS method "Enable CORS" creates. */
    @Nested
    @ApiGatewayTest
    @Authorizer(name = "bearer", handler = AllowAll.class)
    @Route(method = "POST", path = "/pets", handler = EchoHandler.class, authorizer = "bearer")
    @CorsPreflight(
            path = "/pets",
            allowOrigin = APP,
            allowMethods = {"OPTIONS", "POST"},
            allowHeaders = {"Content-Type", "Authorization"},
            maxAgeSeconds = 300)
    class Declared {

        // The annotation's preflight answers like Integration.corsPreflight, without the route's authorizer
        // (docs/behavior.md#rest-cors).
        @Test
        void the_declared_preflight_is_answered_without_the_authorizer(ApiGateway gateway) {
            Exchange exchange = preflight(gateway, APP, "POST", "content-type,authorization");

            assertThat(exchange)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(200)
                    .hasHeaderValues("Access-Control-Allow-Origin", APP)
                    .hasHeaderValues("Access-Control-Allow-Headers", "Content-Type,Authorization")
                    .hasHeaderValues("Access-Control-Allow-Methods", "OPTIONS,POST")
                    .hasHeaderValues("Access-Control-Max-Age", "300")
                    .allowsPreflight(APP, "POST", "content-type", "authorization");
            assertThat(exchange.authorizer()).isEmpty();
        }
    }

    /** A token authorizer that allows everything. */
    public static final class AllowAll implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return policy("user", "Allow", "*");
        }
    }
}

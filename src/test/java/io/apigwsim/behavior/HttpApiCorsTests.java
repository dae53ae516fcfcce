package io.apigwsim.behavior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.RawResultHandler;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.CorsConfiguration;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Cors;
import io.apigwsim.junit.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** An HTTP API's built-in CORS (docs/behavior.md#http-api-cors). */
class HttpApiCorsTests {

    private static final String FUNCTION_RESULT = "{\"statusCode\":200,\"headers\":{\"content-type\":\"text/plain\","
            + "\"access-control-allow-origin\":\"https://evil.example\"},\"body\":\"pets\"}";

    /** Two origins, one of them a scheme wildcard, two methods, two request headers, an exposed header, 10 minutes. */
    private static final CorsConfiguration APP_CORS = CorsConfiguration.builder()
            .allowOrigins("https://app.example.com", "http://*")
            .allowMethods("GET", "POST")
            .allowHeaders("content-type", "x-api-version")
            .exposeHeaders("x-request-cost")
            .maxAge(Duration.ofMinutes(10))
            .build();

    /** Everything allowed, credentials included. */
    private static final CorsConfiguration CREDENTIALED_CORS = CorsConfiguration.builder()
            .allowOrigins("*")
            .allowMethods("*")
            .allowHeaders("*")
            .allowCredentials(true)
            .build();

    private static Exchange preflight(ApiGateway api, String origin, String method, String headers) {
        return api.options("/pets")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .send();
    }

    // An HTTP API with the app's CORS configuration and a function that sets CORS headers of its own.
    private static ApiGateway corsGateway() {
        return ApiGateway.builder()
                .httpApi()
                .cors(APP_CORS)
                .route("GET /pets", new RawResultHandler(FUNCTION_RESULT))
                .build();
    }

    // With CORS configured, API Gateway answers preflight OPTIONS itself, even without an OPTIONS route
    // (docs/behavior.md#http-api-cors); the answer is 204 with an empty body ([inferred],
    // docs/behavior.md#uncertain-http-api-cors).
    @Test
    void a_preflight_is_answered_by_the_gateway_without_an_options_route() {
        try (ApiGateway gateway = corsGateway()) {
            Exchange exchange = preflight(gateway, "https://app.example.com", "POST", "content-type,X-Api-Version");

            assertThat(exchange)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(204)
                    .hasEmptyBody()
                    .hasHeaderValues("access-control-allow-origin", "https://app.example.com")
                    .hasHeaderValues("access-control-allow-methods", "GET,POST")
                    .hasHeaderValues("access-control-allow-headers", "content-type,x-api-version")
                    .hasHeaderValues("access-control-max-age", "600")
                    .doesNotHaveHeader("access-control-allow-credentials");
        }
    }

    // allowOrigins accepts scheme wildcards such as http://*: any origin of that scheme
    // (docs/behavior.md#http-api-cors).
    @Test
    void a_scheme_wildcard_allows_any_origin_of_that_scheme() {
        try (ApiGateway gateway = corsGateway()) {
            Exchange exchange = preflight(gateway, "http://localhost:3000", "GET", "content-type");

            assertThat(exchange).response().hasHeaderValues("access-control-allow-origin", "http://localhost:3000");
        }
    }

    // A non-matching origin is not rejected, but gets no access-control-* headers ([inferred],
    // docs/behavior.md#uncertain-http-api-cors).
    @Test
    void a_preflight_from_another_origin_gets_no_cors_headers() {
        try (ApiGateway gateway = corsGateway()) {
            Exchange exchange = preflight(gateway, "https://evil.example", "GET", "content-type");

            assertThat(exchange).response().hasStatus(204);
            assertThat(exchange.response().headers().names()).noneMatch(name -> name.startsWith("access-control-"));
        }
    }

    // A method or request header the configuration does not allow gets no CORS headers either ([inferred],
    // docs/behavior.md#uncertain-http-api-cors).
    @Test
    void a_preflight_for_a_method_or_header_not_allowed_gets_no_cors_headers() {
        try (ApiGateway gateway = corsGateway()) {
            Exchange method = preflight(gateway, "https://app.example.com", "DELETE", "content-type");
            Exchange header = preflight(gateway, "https://app.example.com", "GET", "authorization");

            assertThat(method.response().headers().names()).noneMatch(name -> name.startsWith("access-control-"));
            assertThat(header.response().headers().names()).noneMatch(name -> name.startsWith("access-control-"));
        }
    }

    // On actual requests API Gateway adds the configured headers and ignores the integration's CORS headers
    // (docs/behavior.md#http-api-cors).
    @Test
    void an_actual_request_gets_the_configured_headers_instead_of_the_functions() {
        try (ApiGateway gateway = corsGateway()) {
            Exchange exchange = gateway.get("/pets")
                    .header("Origin", "https://app.example.com")
                    .send();

            assertThat(exchange).wasInvoked();
            assertThat(exchange)
                    .response()
                    .hasHeaderValues("access-control-allow-origin", "https://app.example.com")
                    .hasHeaderValues("access-control-expose-headers", "x-request-cost")
                    .hasBody("pets");
        }
    }

    // A request from an origin that is not allowed is still served, without CORS headers ([inferred],
    // docs/behavior.md#http-api-cors).
    @Test
    void an_actual_request_from_another_origin_is_served_without_cors_headers() {
        try (ApiGateway gateway = corsGateway()) {
            Exchange exchange = gateway.get("/pets")
                    .header("Origin", "https://evil.example")
                    .send();

            assertThat(exchange).response().hasStatus(200);
            assertThat(exchange.response().headers().names()).noneMatch(name -> name.startsWith("access-control-"));
        }
    }

    // An OPTIONS request that is not a preflight (no Access-Control-Request-Method) is routed as usual: here no
    // OPTIONS route matches, so 404 (docs/behavior.md#http-api-routes).
    @Test
    void an_options_request_that_is_not_a_preflight_is_routed() {
        try (ApiGateway gateway = corsGateway()) {
            Exchange exchange = gateway.options("/pets")
                    .header("Origin", "https://app.example.com")
                    .send();

            assertThat(exchange).response().hasStatus(404);
        }
    }

    // With credentials allowed, the origin is echoed rather than "*", and allow-credentials is true
    // (docs/behavior.md#http-api-cors).
    @Test
    void with_credentials_the_request_origin_is_echoed_instead_of_a_star() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .cors(CREDENTIALED_CORS)
                .route("GET /pets", new RawResultHandler(FUNCTION_RESULT))
                .build()) {
            Exchange exchange = preflight(gateway, "https://app.example.com", "PATCH", "x-anything");

            assertThat(exchange)
                    .response()
                    .hasHeaderValues("access-control-allow-origin", "https://app.example.com")
                    .hasHeaderValues("access-control-allow-credentials", "true")
                    .hasHeaderValues("access-control-allow-methods", "*");
        }
    }

    // REST APIs have no built-in CORS engine (docs/behavior.md#rest-cors): configuring one is a definition error.
    @Test
    void cors_on_a_rest_api_is_rejected() {
        assertThatThrownBy(() -> ApiGateway.builder()
                        .cors(CorsConfiguration.builder().allowOrigins("*").build())
                        .route("GET /pets", new RawResultHandler(FUNCTION_RESULT))
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Built-in CORS is an HTTP API setting; a REST API answers preflight requests with an"
                        + " OPTIONS method of its own, and its Lambda proxy functions return the CORS headers"
                        + " themselves");
    }

    // An origin is a scheme and a host, or "*" (docs/behavior.md#http-api-cors).
    @Test
    void an_origin_with_a_path_is_rejected() {
        assertThatThrownBy(() -> CorsConfiguration.builder().allowOrigins("https://app.example.com/"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("CORS origin \"https://app.example.com/\" is not an origin; write a scheme and a host"
                        + " without a path, for example \"https://app.example.com\", or \"*\"");
    }

    @Nested
    @ApiGatewayTest(type = ApiType.HTTP)
    @Cors(allowOrigins = "https://app.example.com", allowMethods = "GET", maxAgeSeconds = 0)
    @Route(method = "GET", path = "/pets", handler = PetsText.class)
    class DeclaredWithAnnotations {

        // @Cors configures the same CORS as the builder; a max age of 0 is sent (docs/behavior.md#http-api-cors: maxAge
        // when set).
        @Test
        void the_cors_annotation_configures_the_preflight_answer(ApiGateway api) {
            Exchange exchange = preflight(api, "https://app.example.com", "GET", "");

            assertThat(exchange).response().hasStatus(204).hasHeaderValues("access-control-max-age", "0");
        }
    }

    /** Answers 200 with a plain-text body. */
    public static final class PetsText implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            output.write("{\"statusCode\":200,\"body\":\"pets\"}".getBytes(StandardCharsets.UTF_8));
        }
    }
}

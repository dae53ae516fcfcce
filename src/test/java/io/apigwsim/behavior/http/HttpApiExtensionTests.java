package io.apigwsim.behavior.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.http.HttpHandlers.OkHandler;
import io.apigwsim.definition.ApiType;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.DefaultRoute;
import io.apigwsim.junit.Route;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;

/** HTTP APIs declared with @ApiGatewayTest(type = ApiType.HTTP), @Route and @DefaultRoute, as users write them. */
class HttpApiExtensionTests {

    /** A payload 2.0 handler that answers with the route's path parameter and a cookie. */
    static final class PetHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

        @Override
        public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200)
                    .withHeaders(Map.of("content-type", "text/plain"))
                    .withCookies(List.of("seen=" + event.getPathParameters().get("id")))
                    .withBody("pet " + event.getPathParameters().get("id"))
                    .build();
        }
    }

    /** A payload 1.0 handler that answers with the event's path. */
    static final class LegacyHandler
            implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

        @Override
        public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(Map.of("content-type", "text/plain"))
                    .withBody("legacy " + event.getPath());
        }
    }

    /** A payload 2.0 handler that uses the inferred form: it returns a plain object. */
    static final class FallbackHandler implements RequestHandler<APIGatewayV2HTTPEvent, Map<String, String>> {

        @Override
        public Map<String, String> handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            return Map.of("fallback", event.getRawPath());
        }
    }

    @Nested
    @ApiGatewayTest(type = ApiType.HTTP)
    @Route(method = "GET", path = "/pets/{id}", handler = PetHandler.class)
    @Route(method = "GET", path = "/legacy/{id}", handler = LegacyHandler.class, payloadFormatVersion = "1.0")
    @DefaultRoute(handler = FallbackHandler.class)
    class DefaultStage {

        // 2.0 event through the extension: version, routeKey, rawPath without prefix on $default, rawQueryString as
        // sent, cookies split (docs/behavior.md#http-api-stages, #http-api-payload-20-event).
        @Test
        void payload_2_0_route_gets_the_2_0_event(ApiGateway gateway) {
            Exchange exchange = gateway.get("/pets/42?verbose=true")
                    .header("Cookie", "session=abc; theme=dark")
                    .send();

            assertThat(exchange)
                    .lambdaEvent()
                    .hasVersion("2.0")
                    .hasRouteKey("GET /pets/{id}")
                    .hasRawPath("/pets/42")
                    .hasRawQueryString("verbose=true")
                    .hasCookie("session=abc")
                    .hasCookie("theme=dark")
                    .hasPathParameter("id", "42")
                    .doesNotHaveHeader("cookie");
        }

        // 2.0 event reads into APIGatewayV2HTTPEvent (docs/behavior.md#http-api-payload-20-event,
        // #java-handlers-and-serialization).
        @Test
        void payload_2_0_event_reads_into_api_gateway_v2_http_event(ApiGateway gateway) {
            Exchange exchange = gateway.get("/pets/42").send();

            assertThat(exchange).lambdaEvent().as(APIGatewayV2HTTPEvent.class).satisfies(event -> {
                assertThat(event.getRawPath()).isEqualTo("/pets/42");
                assertThat(event.getRequestContext().getStage()).isEqualTo("$default");
                assertThat(event.getCookies()).isNull();
            });
        }

        // 2.0 structured response from an APIGatewayV2HTTPResponse: status, headers, cookies as set-cookie
        // (docs/behavior.md#http-api-payload-20-response).
        @Test
        void v2_handler_response_is_applied(ApiGateway gateway) {
            Exchange exchange = gateway.get("/pets/42").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("text/plain")
                    .hasHeader("set-cookie", "seen=42")
                    .hasBody("pet 42");
        }

        // 1.0 route beside a 2.0 route: version 1.0, the cookie stays a header, no cookies key, the path in "path"
        // (docs/behavior.md#http-api-payload-10).
        @Test
        void payload_1_0_route_gets_the_1_0_event_side_by_side(ApiGateway gateway) {
            Exchange exchange =
                    gateway.get("/legacy/7").header("Cookie", "session=abc").send();

            assertThat(exchange)
                    .lambdaEvent()
                    .hasVersion("1.0")
                    .hasPath("/legacy/7")
                    .hasResource("/legacy/{id}")
                    .hasHeader("cookie", "session=abc")
                    .hasNoCookies()
                    .as(APIGatewayProxyRequestEvent.class)
                    .extracting(APIGatewayProxyRequestEvent::getPathParameters)
                    .isEqualTo(Map.of("id", "7"));
            assertThat(exchange).response().hasStatus(200).hasBody("legacy /legacy/7");
        }

        // $default serves what no route matches: routeKey "$default", no pathParameters; a Java object without
        // statusCode is the inferred form, 200 application/json (docs/behavior.md#http-api-routes,
        // #http-api-payload-20-event, #http-api-payload-20-response).
        @Test
        void default_route_serves_the_rest_with_the_inferred_form(ApiGateway gateway) {
            Exchange exchange = gateway.post("/anything/else").send();

            assertThat(exchange).hasRouteKey("$default");
            assertThat(exchange).lambdaEvent().hasRouteKey("$default").hasNoPathParameters();
            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("application/json")
                    .hasJsonBody("{\"fallback\":\"/anything/else\"}");
        }
    }

    @Nested
    @ApiGatewayTest(type = ApiType.HTTP, stage = "dev")
    @Route(method = "GET", path = "/pets/{id}", handler = PetHandler.class)
    @Route(method = "GET", path = "/legacy/{id}", handler = LegacyHandler.class, payloadFormatVersion = "1.0")
    class NamedStage {

        // Named stage: the prefix stays in rawPath and the 1.0 path, not in routeKey; requestContext.stage is the
        // name (docs/behavior.md#http-api-stages, #http-api-payload-10).
        @Test
        void stage_prefix_stays_in_the_paths(ApiGateway gateway) {
            Exchange v2 = gateway.get("/pets/1").send();
            Exchange v1 = gateway.get("/legacy/1").send();

            assertThat(v2)
                    .lambdaEvent()
                    .hasRawPath("/dev/pets/1")
                    .hasRouteKey("GET /pets/{id}")
                    .hasRequestContextField("stage", "dev")
                    .hasRequestContextField("http.path", "/dev/pets/1");
            assertThat(v1).lambdaEvent().hasPath("/dev/legacy/1").hasRequestContextField("stage", "dev");
        }

        // No route and no $default: 404 {"message":"Not Found"}, the function is not invoked
        // (docs/behavior.md#http-api-routes, #http-api-errors).
        @Test
        void unmatched_request_gets_404(ApiGateway gateway) {
            Exchange exchange = gateway.get("/nowhere").send();

            assertThat(exchange).wasNotInvoked().response().hasStatus(404).hasBody("{\"message\":\"Not Found\"}");
        }
    }

    /** Sleeps longer than the integration timeout of the route that uses it. */
    static final class SlowHandler implements RequestHandler<APIGatewayV2HTTPEvent, String> {

        @Override
        public String handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        }
    }

    @Nested
    @ApiGatewayTest(type = ApiType.HTTP)
    @Route(method = "GET", path = "/slow", handler = SlowHandler.class, timeoutMillis = 100)
    @DefaultRoute(handler = LegacyHandler.class, payloadFormatVersion = "1.0")
    class RouteSettings {

        // @Route(timeoutMillis) is the integration timeout; at it the HTTP API answers 503 {"message":"Service
        // Unavailable"} without content-type (docs/behavior.md#http-api-errors); for Lambda [UNCERTAIN]
        // (docs/behavior.md#uncertain-limits).
        @Test
        void timeout_millis_gives_503_service_unavailable(ApiGateway gateway) {
            Exchange exchange = gateway.get("/slow").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(503)
                    .hasBody("{\"message\":\"Service Unavailable\"}")
                    .doesNotHaveHeader("content-type");
        }

        // @DefaultRoute(payloadFormatVersion = "1.0") sends the HTTP API's 1.0 event to the $default route
        // (docs/behavior.md#http-api-payload-10).
        @Test
        void default_route_can_use_payload_1_0(ApiGateway gateway) {
            Exchange exchange = gateway.get("/other/path").send();

            assertThat(exchange).hasRouteKey("$default");
            assertThat(exchange).lambdaEvent().hasVersion("1.0").hasPath("/other/path");
        }
    }

    private static void assertFailure(Class<?> testCase, String expectedMessage) {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testCase))
                .execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class), message(expectedMessage))));
    }

    // An HTTP API class without routes is refused, with advice that fits HTTP APIs (simulator diagnostics).
    @Test
    void http_api_without_routes_is_rejected_with_http_advice() {
        assertFailure(
                NoRoutesTestCase.class,
                "@ApiGatewayTest class NoRoutesTestCase declares no routes, so its HTTP API would answer every request"
                        + " with 404 Not Found; add one, for example @Route(method = \"GET\", path = \"/pets/{id}\","
                        + " handler = GetPet.class) or @DefaultRoute(handler = Fallback.class)");
    }

    // HTTP APIs have no binaryMediaTypes; the annotation that declares them is named
    // (docs/behavior.md#http-api-request-bodies).
    @Test
    void binary_media_types_on_an_http_api_are_rejected_with_their_location() {
        assertFailure(
                BinaryMediaTypesTestCase.class,
                "@ApiGatewayTest on class BinaryMediaTypesTestCase: binaryMediaTypes [image/png] are a REST API"
                        + " setting; an HTTP API has none and base64-encodes every request body that is not text,"
                        + " JSON, XML or JavaScript; remove them");
    }

    // REST APIs have no $default route (docs/behavior.md#http-api-routes).
    @Test
    void default_route_on_a_rest_api_is_rejected() {
        assertFailure(
                DefaultRouteOnRestTestCase.class,
                "@DefaultRoute on class DefaultRouteOnRestTestCase declares the route $default, which only HTTP APIs"
                        + " have; a REST API catches every path with ANY /{proxy+}");
    }

    // REST API proxy integrations send payload 1.0 only (docs/behavior.md#payload-format-versions).
    @Test
    void payload_2_0_on_a_rest_api_is_rejected() {
        assertFailure(
                PayloadV2OnRestTestCase.class,
                "@Route on class PayloadV2OnRestTestCase (GET /pets) sets payload format version 2.0, which only HTTP"
                        + " APIs send; REST API Lambda proxy integrations send 1.0");
    }

    // HTTP API integration timeouts are at most 30 s (docs/behavior.md#integration-timeouts).
    @Test
    void timeout_over_30_seconds_is_rejected() {
        assertFailure(
                LongTimeoutTestCase.class,
                "@Route on class LongTimeoutTestCase (GET /pets) sets an integration timeout of 30001 ms; HTTP APIs"
                        + " wait at most 30,000 ms");
    }

    @ApiGatewayTest(type = ApiType.HTTP)
    static class NoRoutesTestCase {

        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest(type = ApiType.HTTP, binaryMediaTypes = "image/png")
    @Route(method = "GET", path = "/pets", handler = OkHandler.class)
    static class BinaryMediaTypesTestCase {

        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    @DefaultRoute(handler = OkHandler.class)
    static class DefaultRouteOnRestTestCase {

        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", handler = OkHandler.class, payloadFormatVersion = "2.0")
    static class PayloadV2OnRestTestCase {

        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest(type = ApiType.HTTP)
    @Route(method = "GET", path = "/pets", handler = OkHandler.class, timeoutMillis = 30_001)
    static class LongTimeoutTestCase {

        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }
}

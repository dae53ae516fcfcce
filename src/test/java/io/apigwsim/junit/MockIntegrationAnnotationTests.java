package io.apigwsim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Mock integrations declared with @Route(integration = MOCK), and @CorsPreflight. */
class MockIntegrationAnnotationTests {

    @Nested
    @ApiGatewayTest
    @Route(
            method = "GET",
            path = "/health",
            integration = IntegrationType.MOCK,
            requestTemplates =
                    @RequestTemplate(
                            "{#if($input.params('down') == 'yes')\"statusCode\": 503#else\"statusCode\": 200#end}"),
            responseTemplates = @ResponseTemplate("{\"status\": \"ok\"}"),
            responseParameters = "method.response.header.X-Mock='yes'",
            integrationResponses =
                    @IntegrationResponse(
                            status = 503,
                            selectionPattern = "5\\d{2}",
                            templates = @ResponseTemplate("{\"status\": \"down\"}")))
    @CorsPreflight(
            path = "/health",
            allowOrigin = "*",
            allowMethods = {"GET", "OPTIONS"})
    class Declared {

        // The rendered statusCode selects the integration response; no function is named or invoked
        // (docs/behavior.md#mock-integrations).
        @Test
        void the_mock_route_answers_by_its_status_code(ApiGateway gateway) {
            Exchange up = gateway.get("/health").send();
            Exchange down = gateway.get("/health?down=yes").send();

            assertThat(up.invoked()).isFalse();
            assertThat(up.response().status()).isEqualTo(200);
            assertThat(up.response().bodyAsText()).isEqualTo("{\"status\": \"ok\"}");
            assertThat(up.response().headers().first("X-Mock")).contains("yes");
            assertThat(down.response().status()).isEqualTo(503);
            assertThat(down.response().bodyAsText()).isEqualTo("{\"status\": \"down\"}");
        }

        // @CorsPreflight adds the OPTIONS method next to the mock route (docs/behavior.md#rest-cors).
        @Test
        void the_preflight_method_sits_next_to_the_route(ApiGateway gateway) {
            Exchange exchange = gateway.options("/health")
                    .header("Origin", "https://app.example.com")
                    .send();

            assertThat(exchange.response().status()).isEqualTo(200);
            assertThat(exchange.response().headers().all("Access-Control-Allow-Methods"))
                    .containsExactly("GET,OPTIONS");
            assertThat(exchange.routeKey()).contains("OPTIONS /health");
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

    @Test
    void a_mock_route_naming_a_handler_is_rejected_with_the_fix() {
        assertFailure(
                MockWithHandlerTestCase.class,
                "@Route on class MockWithHandlerTestCase has integration = IntegrationType.MOCK, which calls no"
                        + " function; remove handler, function, timeoutMillis, payloadFormatVersion and"
                        + " requestParameters, and give the request template that renders the statusCode, for example"
                        + " requestTemplates = @RequestTemplate(\"{\\\"statusCode\\\": 200}\")");
    }

    @Test
    void a_preflight_value_in_single_quotes_is_rejected_naming_the_annotation() {
        assertFailure(
                QuotedOriginTestCase.class,
                "@CorsPreflight on class QuotedOriginTestCase (OPTIONS /pets): A CORS preflight's allowOrigin is"
                        + " \"'*'\", in single quotes as AWS SAM's Cors property writes it; give the header value"
                        + " itself, for example \"*\"");
    }

    @Test
    void a_preflight_on_an_http_api_is_rejected() {
        assertFailure(
                HttpApiPreflightTestCase.class,
                "@CorsPreflight on class HttpApiPreflightTestCase (OPTIONS /pets) has a mock integration, which HTTP"
                        + " APIs do not have; an HTTP API answers CORS preflights itself (CorsConfiguration), and other"
                        + " routes need a Lambda proxy integration, or declare a REST API to keep the mock");
    }

    @ApiGatewayTest
    @Route(
            method = "GET",
            path = "/health",
            handler = EchoHandler.class,
            integration = IntegrationType.MOCK,
            requestTemplates = @RequestTemplate("{\"statusCode\": 200}"))
    static class MockWithHandlerTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/health").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class)
    @CorsPreflight(path = "/pets", allowOrigin = "'*'")
    static class QuotedOriginTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest(type = ApiType.HTTP)
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class)
    @CorsPreflight(path = "/pets", allowOrigin = "*")
    static class HttpApiPreflightTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }
}

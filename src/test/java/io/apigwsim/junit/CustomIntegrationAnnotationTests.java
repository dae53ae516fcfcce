package io.apigwsim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ContentHandling;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Custom integrations declared with @Route(integration = CUSTOM) and their nested annotations. */
class CustomIntegrationAnnotationTests {

    /** Returns its input with a marker, or throws when the input's id is "missing". */
    public static final class Lookup implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
            if ("missing".equals(input.get("id"))) {
                throw new IllegalArgumentException("Not found: " + input.get("id"));
            }
            return Map.of("found", input.get("id"), "stage", input.get("stage"));
        }
    }

    @Nested
    @ApiGatewayTest(stage = "prod")
    @Route(
            method = "GET",
            path = "/items/{id}",
            handler = Lookup.class,
            integration = IntegrationType.CUSTOM,
            requestTemplates = @RequestTemplate(resource = "io/apigwsim/junit/echo-id.vtl"),
            responseTemplates = @ResponseTemplate("{\"item\": \"$input.path('$.found')\"}"),
            responseParameters = "method.response.header.X-Stage=integration.response.body.stage",
            integrationResponses =
                    @IntegrationResponse(
                            status = 404,
                            selectionPattern = "Not found.*",
                            templates = @ResponseTemplate("{\"missing\": true}"),
                            parameters = "method.response.header.X-Reason='absent'"))
    class Declared {

        // A request template from a classpath resource renders the function's input
        // (docs/behavior.md#request-template-selection).
        @Test
        void the_request_template_resource_renders_the_functions_input(ApiGateway gateway) {
            Exchange exchange = gateway.get("/items/7").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"id\": \"7\", \"stage\": \"prod\"}\n");
            assertThat(exchange.response().status()).isEqualTo(200);
            assertThat(exchange.response().bodyAsText()).isEqualTo("{\"item\": \"7\"}");
            assertThat(exchange.response().headers().first("X-Stage")).contains("prod");
        }

        // A selection pattern matching errorMessage selects its integration response
        // (docs/behavior.md#integration-response-selection).
        @Test
        void an_integration_response_annotation_maps_the_error(ApiGateway gateway) {
            Exchange exchange = gateway.get("/items/missing").send();

            assertThat(exchange.response().status()).isEqualTo(404);
            assertThat(exchange.response().bodyAsText()).isEqualTo("{\"missing\": true}");
            assertThat(exchange.response().headers().first("X-Reason")).contains("absent");
        }
    }

    /** Returns what its input's {@code data} holds, as a JSON string. */
    public static final class Data implements RequestHandler<Map<String, Object>, Object> {
        @Override
        public Object handleRequest(Map<String, Object> input, Context context) {
            return input.get("data");
        }
    }

    @Nested
    @ApiGatewayTest(binaryMediaTypes = "image/png")
    @Route(
            method = "POST",
            path = "/images",
            handler = Data.class,
            integration = IntegrationType.CUSTOM,
            contentHandling = ContentHandling.CONVERT_TO_TEXT,
            requestTemplates = @RequestTemplate(contentType = "image/png", value = "{\"data\": \"$input.body\"}"),
            responseContentHandling = ContentHandling.CONVERT_TO_TEXT,
            integrationResponses =
                    @IntegrationResponse(
                            status = 400,
                            selectionPattern = "Invalid.*",
                            contentHandling = ContentHandling.CONVERT_TO_BINARY))
    class ContentHandlingDeclared {

        // contentHandling on @Route converts the request body, responseContentHandling the default integration
        // response's payload (docs/behavior.md#content-handling).
        @Test
        void the_binary_body_reaches_the_template_as_base64(ApiGateway gateway) {
            Exchange exchange = gateway.post("/images")
                    .header("Content-Type", "image/png")
                    .header("Accept", "image/png")
                    .body(new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"data\": \"iVBORw==\"}");
            // CONVERT_TO_TEXT keeps the text result for a binary client, where unset would base64-decode it.
            assertThat(exchange.response().bodyAsText()).isEqualTo("\"iVBORw==\"");
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
    void a_template_with_a_syntax_error_fails_naming_the_route_template_line_and_column() {
        assertFailure(
                BrokenTemplateTestCase.class,
                "request template application/json of @Route on class BrokenTemplateTestCase (POST /items), line 1,"
                        + " column 17: unexpected \"{\"; expected \")\"");
    }

    @Test
    void a_missing_template_resource_is_rejected_with_where_to_put_it() {
        assertFailure(
                MissingResourceTestCase.class,
                "@Route on class MissingResourceTestCase: @RequestTemplate names the resource \"templates/none.vtl\","
                        + " which is not on the test classpath; put it under src/test/resources/templates/none.vtl");
    }

    @Test
    void templates_on_a_proxy_route_are_rejected() {
        assertFailure(
                TemplatesOnProxyTestCase.class,
                "@Route on class TemplatesOnProxyTestCase declares mapping templates, parameters, content handling"
                        + " or integration responses, which only a Lambda custom integration has; add integration ="
                        + " IntegrationType.CUSTOM, or remove them for a Lambda proxy integration");
    }

    @Test
    void an_invalid_selection_pattern_is_rejected_naming_the_route() {
        assertFailure(
                InvalidPatternTestCase.class,
                "@Route on class InvalidPatternTestCase (GET /items): integration response 400 has selection pattern"
                        + " \"Invalid[\", which is not a Java regular expression: Unclosed character class near index"
                        + " 7");
    }

    @ApiGatewayTest
    @Route(
            method = "POST",
            path = "/items",
            handler = Lookup.class,
            integration = IntegrationType.CUSTOM,
            requestTemplates = @RequestTemplate("#if($input.body {\"a\": 1}"))
    static class BrokenTemplateTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.post("/items").send();
        }
    }

    @ApiGatewayTest
    @Route(
            method = "POST",
            path = "/items",
            handler = Lookup.class,
            integration = IntegrationType.CUSTOM,
            requestTemplates = @RequestTemplate(resource = "templates/none.vtl"))
    static class MissingResourceTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.post("/items").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "POST", path = "/items", handler = Lookup.class, requestTemplates = @RequestTemplate("{}"))
    static class TemplatesOnProxyTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.post("/items").send();
        }
    }

    @ApiGatewayTest
    @Route(
            method = "GET",
            path = "/items",
            handler = Lookup.class,
            integration = IntegrationType.CUSTOM,
            integrationResponses = @IntegrationResponse(status = 400, selectionPattern = "Invalid["))
    static class InvalidPatternTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/items").send();
        }
    }
}

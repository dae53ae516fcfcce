package io.apigwsim.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Misuse of the annotations fails the test before the first request, naming the place and the fix. */
class DeclarationErrorTests {

    private static void assertFailure(Class<?> testCase, Class<? extends Throwable> type, String expectedMessage) {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testCase))
                .execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(1, event(finishedWithFailure(instanceOf(type), message(expectedMessage))));
    }

    @Test
    void relative_route_path_is_rejected_with_its_location() {
        assertFailure(
                RelativePathTestCase.class,
                ExtensionConfigurationException.class,
                "@Route on class RelativePathTestCase has path \"pets/{id}\": a path must start with \"/\", for"
                        + " example \"/pets/{id}\"");
    }

    @Test
    void greedy_variable_that_is_not_last_is_rejected() {
        assertFailure(
                GreedyNotLastTestCase.class,
                ExtensionConfigurationException.class,
                "@Route on class GreedyNotLastTestCase has path \"/files/{proxy+}/meta\": a greedy path variable"
                        + " {proxy+} must be the last segment, for example \"/files/{proxy+}\"");
    }

    @Test
    void the_same_method_and_path_declared_twice_is_rejected() {
        assertFailure(
                DuplicateRouteTestCase.class,
                ExtensionConfigurationException.class,
                "@Route on method DuplicateRouteTestCase.reaches_the_gateway() declares GET /pets a second time;"
                        + " declare each method of a resource once");
    }

    @Test
    void a_function_name_without_a_field_is_rejected() {
        assertFailure(
                UnknownFunctionTestCase.class,
                ExtensionConfigurationException.class,
                "@Route on class UnknownFunctionTestCase names function \"pets\", but UnknownFunctionTestCase has no"
                        + " @LambdaFunction(\"pets\") field (it has orders); declare one, for example"
                        + " @LambdaFunction(\"pets\") PetsHandler pets = new PetsHandler();");
    }

    @Test
    void a_handler_class_without_a_no_argument_constructor_is_rejected() {
        assertFailure(
                NoConstructorTestCase.class,
                ExtensionConfigurationException.class,
                "@Route on class NoConstructorTestCase has handler NeedsArgument, which has no no-argument"
                        + " constructor; add one, or create the handler yourself in a @LambdaFunction field and name"
                        + " it with function = \"...\"");
    }

    @Test
    void a_handler_class_that_implements_no_handler_interface_is_rejected() {
        assertFailure(
                NotAHandlerTestCase.class,
                ExtensionConfigurationException.class,
                "Handler NotAHandler for route GET /pets (@Route on class NotAHandlerTestCase) implements neither"
                        + " RequestHandler nor RequestStreamHandler; implement"
                        + " RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> or"
                        + " RequestStreamHandler");
    }

    @Test
    void a_handler_whose_input_type_cannot_hold_the_event_is_rejected() {
        assertFailure(
                StringInputTestCase.class,
                ExtensionConfigurationException.class,
                "Handler TakesString for route GET /pets (@Route on class StringInputTestCase) takes"
                        + " java.lang.String, which cannot hold the REST API proxy event (a JSON object); take"
                        + " APIGatewayProxyRequestEvent, Map<String, Object> or a class of your own with fields for"
                        + " the event's keys");
    }

    @Test
    void handler_and_function_together_are_rejected() {
        assertFailure(
                HandlerAndFunctionTestCase.class,
                ExtensionConfigurationException.class,
                "@Route on class HandlerAndFunctionTestCase sets both handler and function; set one: handler ="
                        + " EchoHandler.class, or function = \"echo\"");
    }

    @Test
    void a_class_without_routes_is_rejected() {
        assertFailure(
                NoRoutesTestCase.class,
                ExtensionConfigurationException.class,
                "@ApiGatewayTest class NoRoutesTestCase declares no routes, and API Gateway cannot deploy a REST API"
                        + " without methods; add one, for example @Route(method = \"GET\", path = \"/pets/{id}\","
                        + " handler = GetPet.class)");
    }

    // A test that takes no gateway, as a parameter or a field, may build its own: the class's declarations are not
    // checked for it.
    @Test
    void a_test_that_takes_no_gateway_is_not_failed_by_the_class_declaring_no_routes() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(BuildsItsOwnGatewayTestCase.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    @Test
    void a_malformed_stage_variable_is_rejected() {
        assertFailure(
                MalformedStageVariableTestCase.class,
                ExtensionConfigurationException.class,
                "@ApiGatewayTest on class MalformedStageVariableTestCase: stage variable \"table\" is not written"
                        + " name=value; write for example stageVariables = \"table=pets\"");
    }

    @Test
    void an_invalid_stage_name_is_rejected() {
        assertFailure(
                InvalidStageTestCase.class,
                ExtensionConfigurationException.class,
                "@ApiGatewayTest on class InvalidStageTestCase: Stage name \"prod/v1\" is not valid: API Gateway"
                        + " accepts letters, digits, '-' and '_', up to 128 characters, for example \"prod\"");
    }

    @Test
    void a_too_short_integration_timeout_is_rejected() {
        assertFailure(
                ShortTimeoutTestCase.class,
                ExtensionConfigurationException.class,
                "@Route on class ShortTimeoutTestCase (GET /pets): Integration timeout 10 ms is too short: API"
                        + " Gateway waits at least 50 ms, for example Duration.ofMillis(500)");
    }

    @Test
    void a_null_lambda_function_field_is_rejected() {
        assertFailure(
                NullFunctionTestCase.class,
                ExtensionConfigurationException.class,
                "@LambdaFunction(\"pets\") on field NullFunctionTestCase.pets is null when the test starts; assign"
                        + " it in its declaration or in a @BeforeEach method, or annotate it with @Mock");
    }

    @Test
    void a_gateway_in_a_constructor_is_rejected() {
        assertFailure(
                ConstructorInjectionTestCase.class,
                ParameterResolutionException.class,
                "ApiGateway cannot be injected into the constructor of ConstructorInjectionTestCase: each test gets"
                        + " a fresh gateway, so take it as a parameter of the test method or of a @BeforeEach"
                        + " method, or declare a field of type ApiGateway");
    }

    @Test
    void a_gateway_in_before_all_is_rejected() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(BeforeAllInjectionTestCase.class))
                .execute()
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ParameterResolutionException.class),
                                message("ApiGateway cannot be injected into BeforeAllInjectionTestCase.start(), which"
                                        + " runs outside a test: each test gets a fresh gateway, so take it as a"
                                        + " parameter of the test method or of a @BeforeEach method"))));
    }

    public static final class NeedsArgument implements RequestHandler<Object, Object> {
        public NeedsArgument(String ignored) {}

        @Override
        public Object handleRequest(Object input, Context context) {
            return input;
        }
    }

    public static final class NotAHandler {}

    public static final class TakesString implements RequestHandler<String, Object> {
        @Override
        public Object handleRequest(String input, Context context) {
            return input;
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "pets/{id}", handler = EchoHandler.class)
    static class RelativePathTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets/1").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/files/{proxy+}/meta", handler = EchoHandler.class)
    static class GreedyNotLastTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/files/a/meta").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class)
    static class DuplicateRouteTestCase {
        @Test
        @Route(method = "GET", path = "/pets", handler = EchoHandler.class)
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", function = "pets")
    static class UnknownFunctionTestCase {
        @LambdaFunction("orders")
        EchoHandler orders = new EchoHandler();

        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", handler = NeedsArgument.class)
    static class NoConstructorTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", handler = NotAHandler.class)
    static class NotAHandlerTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", handler = TakesString.class)
    static class StringInputTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class, function = "echo")
    static class HandlerAndFunctionTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    static class NoRoutesTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    static class BuildsItsOwnGatewayTestCase {
        @Test
        void builds_its_own_gateway() {
            try (ApiGateway gateway =
                    ApiGateway.builder().route("GET /pets", new EchoHandler()).build()) {
                gateway.get("/pets").send();
            }
        }
    }

    @ApiGatewayTest(stageVariables = "table")
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class)
    static class MalformedStageVariableTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest(stage = "prod/v1")
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class)
    static class InvalidStageTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class, timeoutMillis = 10)
    static class ShortTimeoutTestCase {
        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", function = "pets")
    static class NullFunctionTestCase {
        @LambdaFunction("pets")
        EchoHandler pets;

        @Test
        void reaches_the_gateway(ApiGateway gateway) {
            gateway.get("/pets").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class)
    static class ConstructorInjectionTestCase {
        ConstructorInjectionTestCase(ApiGateway gateway) {}

        @Test
        void reaches_the_gateway() {}
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class)
    static class BeforeAllInjectionTestCase {
        @BeforeAll
        static void start(ApiGateway gateway) {}

        @Test
        void reaches_the_gateway() {}
    }
}

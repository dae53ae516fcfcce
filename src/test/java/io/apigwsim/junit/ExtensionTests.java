package io.apigwsim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The extension as users meet it: declarations read, gateways injected, one fresh gateway per test. */
class ExtensionTests {

    @Nested
    @ApiGatewayTest(
            stage = "prod",
            stageVariables = {"table=pets", "mode=fast"})
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    class ClassLevelRoutes {

        ApiGateway fieldGateway;

        @Test
        void a_class_level_route_serves_the_test(ApiGateway gateway) {
            Exchange exchange = gateway.get("/pets/42").send();

            assertThat(exchange.response().bodyAsText()).isEqualTo("echo EchoHandler /pets/42");
        }

        @Test
        void stage_and_stage_variables_come_from_the_annotation(ApiGateway gateway) {
            Exchange exchange = gateway.get("/pets/1").send();

            APIGatewayProxyRequestEvent event = exchange.lambdaEvent().as(APIGatewayProxyRequestEvent.class);
            assertThat(event.getRequestContext().getPath()).isEqualTo("/prod/pets/1");
            assertThat(event.getStageVariables()).containsEntry("table", "pets").containsEntry("mode", "fast");
        }

        @Test
        @Route(method = "POST", path = "/pets", handler = EchoHandler.class)
        void a_method_level_route_adds_to_the_class_level_routes(ApiGateway gateway) {
            Exchange created = gateway.post("/pets").send();
            Exchange found = gateway.get("/pets/7").send();

            assertThat(created.response().status()).isEqualTo(200);
            assertThat(found.response().status()).isEqualTo(200);
        }

        @Test
        void a_method_level_route_of_another_test_is_not_served(ApiGateway gateway) {
            Exchange exchange = gateway.post("/pets").send();

            assertThat(exchange.response().status()).isEqualTo(403);
        }

        @Test
        void an_api_gateway_field_is_set_to_the_test_gateway(ApiGateway gateway) {
            assertThat(fieldGateway).isSameAs(gateway);
        }
    }

    @Nested
    @ApiGatewayTest
    @Route(method = "GET", path = "/ids", handler = EchoHandler.class)
    class FreshGatewayPerTest {

        private static final Set<ApiGateway> SEEN = ConcurrentHashMap.newKeySet();

        @RepeatedTest(3)
        void each_test_gets_its_own_gateway(ApiGateway gateway) {
            boolean added = SEEN.add(gateway);

            assertThat(added).isTrue();
        }
    }

    @Nested
    @ApiGatewayTest
    @ExtendWith(MockitoExtension.class)
    @Route(method = "GET", path = "/pets/{id}", function = "pets")
    class MockFunction {

        @Mock
        @LambdaFunction("pets")
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> pets;

        @Test
        void a_mock_in_a_lambda_function_field_receives_the_typed_event(ApiGateway gateway) {
            when(pets.handleRequest(any(), any())).thenReturn(new APIGatewayProxyResponseEvent().withStatusCode(204));

            Exchange exchange = gateway.get("/pets/9").send();

            ArgumentCaptor<APIGatewayProxyRequestEvent> event =
                    ArgumentCaptor.forClass(APIGatewayProxyRequestEvent.class);
            verify(pets).handleRequest(event.capture(), any());
            assertThat(event.getValue().getPathParameters()).containsEntry("id", "9");
            assertThat(exchange.response().status()).isEqualTo(204);
        }

        @Test
        void an_unstubbed_mock_returns_null_which_api_gateway_answers_with_502(ApiGateway gateway) {
            Exchange exchange = gateway.get("/pets/9").send();

            // null serializes to the JSON literal null: not a proxy response
            // (docs/behavior.md#rest-proxy-response-object).
            assertThat(exchange.response().status()).isEqualTo(502);
        }
    }

    @Nested
    @ApiGatewayTest
    @Route(method = "ANY", path = "/{proxy+}")
    class FunctionAssignedInBeforeEach {

        @LambdaFunction
        EchoHandler catchAll;

        @BeforeEach
        void createHandler() {
            catchAll = new EchoHandler("assigned");
        }

        @Test
        void the_only_lambda_function_serves_routes_that_name_none(ApiGateway gateway) {
            Exchange exchange = gateway.delete("/a/b").send();

            assertThat(exchange.response().bodyAsText()).isEqualTo("assigned catchAll /a/b");
        }
    }

    @Nested
    @ApiGatewayTest
    @Route(method = "GET", path = "/before", handler = EchoHandler.class)
    class GatewayInBeforeEach {

        ApiGateway fromBeforeEach;

        @BeforeEach
        void keep(ApiGateway gateway) {
            fromBeforeEach = gateway;
        }

        @Test
        void before_each_and_the_test_share_the_test_gateway(ApiGateway gateway) {
            assertThat(gateway).isSameAs(fromBeforeEach);
        }
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiGatewayTest(stage = "meta")
    @Route(method = "GET", path = "/meta", handler = EchoHandler.class)
    @interface PetApiTest {}

    @Nested
    @PetApiTest
    class ComposedAnnotation {

        @Test
        void declarations_on_a_composed_annotation_are_found(ApiGateway gateway) {
            Exchange exchange = gateway.get("/meta").send();

            assertThat(exchange.lambdaEvent()
                            .as(APIGatewayProxyRequestEvent.class)
                            .getRequestContext()
                            .getStage())
                    .isEqualTo("meta");
        }
    }
}

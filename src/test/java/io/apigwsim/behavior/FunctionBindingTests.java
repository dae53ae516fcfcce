package io.apigwsim.behavior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.RouteDefinition;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.junit.jupiter.api.Test;

/**
 * A route may name its function instead of holding a handler; the handler is bound when the gateway is built, as a
 * definition loaded from a file needs.
 */
class FunctionBindingTests {

    @Test
    void a_named_function_is_served_by_the_handler_bound_to_its_name() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("GET /pets", Integration.lambdaProxy("PetsFunction").build())
                .function("PetsFunction", new EchoHandler())
                .build()) {

            Exchange exchange = gateway.get("/pets").send();

            assertThat(exchange).wasInvoked().response().hasStatus(200);
        }
    }

    // The function's Context reports the name the route gave it.
    @Test
    void the_function_reports_the_name_it_is_bound_under() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("GET /pets", Integration.lambdaProxy("PetsFunction").build())
                .function("PetsFunction", (com.amazonaws.services.lambda.runtime.RequestStreamHandler)
                        (input, output, context) ->
                                output.write(("{\"body\":\"" + context.getFunctionName() + "\"}").getBytes()))
                .build()) {

            Exchange exchange = gateway.get("/pets").send();

            assertThat(exchange).response().hasBody("PetsFunction");
        }
    }

    // One definition, built once, served by gateways that bind different handlers, as a loaded file would be.
    @Test
    void one_definition_serves_with_the_handlers_each_gateway_binds() {
        ApiDefinition definition = ApiDefinition.builder()
                .route(RouteDefinition.parse(
                        "GET /pets", Integration.lambdaProxy("PetsFunction").build()))
                .build();
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> mock = mockHandler();
        when(mock.handleRequest(any(), any())).thenReturn(new APIGatewayProxyResponseEvent().withStatusCode(204));

        try (ApiGateway gateway = ApiGateway.builder()
                .definition(definition)
                .function("PetsFunction", mock, handlerType())
                .build()) {

            Exchange exchange = gateway.get("/pets").send();

            assertThat(exchange).response().hasStatus(204);
            verify(mock).handleRequest(any(APIGatewayProxyRequestEvent.class), any(Context.class));
        }
    }

    @Test
    void an_unbound_function_fails_the_build_naming_the_route_and_the_fix() {
        ApiGateway.Builder builder = ApiGateway.builder()
                .route("GET /pets", Integration.lambdaProxy("PetsFunction").build());

        assertThatExceptionOfType(ApiDefinitionException.class)
                .isThrownBy(builder::build)
                .withMessage("Route route \"GET /pets\" names the function \"PetsFunction\", which has no handler;"
                        + " bind one with ApiGateway.builder().function(\"PetsFunction\", handler), or in a JUnit test"
                        + " with a @LambdaFunction(\"PetsFunction\") field");
    }

    @Test
    void binding_one_name_twice_fails() {
        ApiGateway.Builder builder = ApiGateway.builder().function("PetsFunction", new EchoHandler());

        assertThatExceptionOfType(ApiDefinitionException.class)
                .isThrownBy(() -> builder.function("PetsFunction", new EchoHandler()))
                .withMessage("Function \"PetsFunction\" is bound twice; bind each function once");
    }

    // A bound handler is checked like any other: a raw mock without its declared type cannot be called.
    @Test
    void a_bound_mock_without_its_type_fails_the_build() {
        ApiGateway.Builder builder = ApiGateway.builder()
                .route("GET /pets", Integration.lambdaProxy("PetsFunction").build())
                .function("PetsFunction", mockHandler());

        assertThatExceptionOfType(ApiDefinitionException.class)
                .isThrownBy(builder::build)
                .withMessageContaining("does not implement RequestHandler with concrete type parameters");
    }

    @SuppressWarnings("unchecked")
    private static RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> mockHandler() {
        return mock(RequestHandler.class);
    }

    private static Type handlerType() {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {APIGatewayProxyRequestEvent.class, APIGatewayProxyResponseEvent.class};
            }

            @Override
            public Type getRawType() {
                return RequestHandler.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}

package io.apigwsim.junit;

import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** {@code @ApiGatewayTest(openApi = ...)}: the document's routes, functions bound by @LambdaFunction fields. */
@ExtendWith(MockitoExtension.class)
@ApiGatewayTest(openApi = "io/apigwsim/junit/pets-openapi.yaml", stage = "prod")
class DefinitionFileExtensionTests {

    @Mock
    @LambdaFunction("Pets")
    RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> pets;

    @Test
    void the_documents_route_calls_the_bound_mock(ApiGateway gateway) {
        when(pets.handleRequest(any(), any()))
                .thenReturn(
                        new APIGatewayProxyResponseEvent().withStatusCode(200).withBody("rex"));

        Exchange exchange = gateway.get("/pets/7").send();

        assertThat(exchange).response().hasStatus(200).hasBody("rex");
        assertThat(exchange).lambdaEvent().hasPathParameter("id", "7");
        verify(pets).handleRequest(any(), any());
    }

    @Test
    @Route(method = "GET", path = "/health", handler = EchoHandler.class)
    void routes_declared_in_annotations_are_added_on_top(ApiGateway gateway) {
        assertThat(gateway.get("/health").send()).response().hasStatus(200);
        assertThat(gateway.get("/owners").send()).response().hasStatus(403);
    }
}

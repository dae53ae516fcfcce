package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.LambdaFunction;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** A Mockito mock as the function: check exactly what API Gateway hands it. */
@ApiGatewayTest
@ExtendWith(MockitoExtension.class)
@Route(method = "ANY", path = "/{proxy+}")
class PetsHandlerMockTests {

    @Mock
    @LambdaFunction
    RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> catchAll;

    @Test
    void the_greedy_path_variable_holds_the_rest_of_the_path_undecoded(ApiGateway gateway) {
        when(catchAll.handleRequest(any(), any())).thenReturn(new APIGatewayProxyResponseEvent().withStatusCode(200));

        Exchange exchange = gateway.get("/pets/42/toys/ball%20red?tag=a&tag=b").send();

        ArgumentCaptor<APIGatewayProxyRequestEvent> event = ArgumentCaptor.forClass(APIGatewayProxyRequestEvent.class);
        verify(catchAll).handleRequest(event.capture(), any());
        assertThat(event.getValue().getPathParameters()).containsEntry("proxy", "pets/42/toys/ball%20red");
        assertThat(event.getValue().getMultiValueQueryStringParameters().get("tag")).containsExactly("a", "b");
        assertThat(exchange).response().hasStatus(200);
    }
}

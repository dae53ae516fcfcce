package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.LambdaFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The template with one function replaced: a Mockito mock bound to the logical id {@code OrdersFunction}. The
 * authorizer and the other functions are still the classes their {@code Handler}s name.
 */
@ApiGatewayTest(samTemplate = "template.yaml")
@ExtendWith(MockitoExtension.class)
class OrdersSamMockTests {

    @Mock
    @LambdaFunction("OrdersFunction")
    RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> orders;

    @Test
    void the_mock_receives_the_event_with_the_authorizers_principal_and_the_stage_variables(ApiGateway gateway) {
        when(orders.handleRequest(any(), any()))
                .thenReturn(new APIGatewayProxyResponseEvent().withStatusCode(200).withBody("[]"));

        Exchange exchange = gateway.get("/orders?status=OPEN")
                .header("Authorization", "Bearer cust-bob")
                .send();

        ArgumentCaptor<APIGatewayProxyRequestEvent> event = ArgumentCaptor.forClass(APIGatewayProxyRequestEvent.class);
        ArgumentCaptor<Context> context = ArgumentCaptor.forClass(Context.class);
        verify(orders).handleRequest(event.capture(), context.capture());
        assertThat(event.getValue().getResource()).isEqualTo("/orders");
        assertThat(event.getValue().getQueryStringParameters()).containsEntry("status", "OPEN");
        assertThat(event.getValue().getStageVariables()).containsEntry("currency", "EUR");
        assertThat(event.getValue().getRequestContext().getAuthorizer()).containsEntry("principalId", "bob");
        // The bound function keeps the template's settings: its logical id, and Globals' MemorySize.
        assertThat(context.getValue().getFunctionName()).isEqualTo("OrdersFunction");
        assertThat(context.getValue().getMemoryLimitInMB()).isEqualTo(512);
        assertThat(exchange).response().hasStatus(200).hasBody("[]");
    }

    @Test
    void a_request_the_validator_refuses_never_reaches_the_mock(ApiGateway gateway) {
        Exchange exchange = gateway.post("/orders")
                .header("Authorization", "Bearer cust-bob")
                .header("Content-Type", "application/json")
                .body("{\"item\": \"sofa\", \"quantity\": 1}")
                .send();

        assertThat(exchange).response().hasStatus(400).hasBody("{\"message\": \"Invalid request body\"}");
        verifyNoInteractions(orders);
    }

    @Test
    void the_other_functions_still_run_their_handler_classes(ApiGateway gateway) {
        Exchange exchange = gateway.get("/health").send();

        assertThat(exchange).response().hasStatus(200).hasJsonBody(
                "{\"status\": \"ok\", \"function\": \"HealthFunction\", \"memoryMB\": 256, \"stage\": \"prod\"}");
        verifyNoInteractions(orders);
    }
}

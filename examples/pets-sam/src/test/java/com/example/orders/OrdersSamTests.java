package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.ApiGateway.RequestBuilder;
import io.apigwsim.Exchange;
import io.apigwsim.junit.ApiGatewayTest;
import org.junit.jupiter.api.Test;

/**
 * The orders API served from the module's {@code template.yaml}, with nothing bound: each function is the class its
 * {@code Handler} names, built with its public no-argument constructor as the Java runtime builds it. The
 * parameters take their defaults: stage {@code prod}, currency {@code EUR}.
 */
@ApiGatewayTest(samTemplate = "template.yaml")
class OrdersSamTests {

    private static RequestBuilder as(String customer, RequestBuilder request) {
        return request.header("Authorization", "Bearer cust-" + customer);
    }

    @Test
    void the_stage_and_its_variables_come_from_the_template_and_its_parameter_defaults(ApiGateway gateway) {
        Exchange exchange = as("ann", gateway.get("/orders/o-1")).send();

        assertThat(exchange).lambdaEvent()
                .hasResource("/orders/{orderId}")
                .hasPathParameter("orderId", "o-1")
                .hasRequestContextField("stage", "prod")
                .hasRequestContextField("path", "/prod/orders/o-1")
                .hasRequestContextField("authorizer.principalId", "ann")
                .hasRequestContextField("authorizer.plan", "premium");
        assertThat(exchange.lambdaEvent().raw()).contains("\"stageVariables\":{\"currency\":\"EUR\"}");
        assertThat(exchange).response()
                .hasStatus(200)
                .hasJsonBody("{\"id\": \"o-1\", \"item\": \"book\", \"quantity\": 2, \"total\": \"24.00 EUR\","
                        + " \"status\": \"OPEN\"}");
    }

    @Test
    void a_customer_lists_only_their_orders_and_the_function_logs_through_lambda(ApiGateway gateway) {
        Exchange exchange = as("ann", gateway.get("/orders")).send();

        assertThat(exchange).response()
                .hasStatus(200)
                .hasJsonBody("[{\"id\": \"o-1\", \"item\": \"book\", \"quantity\": 2, \"total\": \"24.00 EUR\","
                        + " \"status\": \"OPEN\"}, {\"id\": \"o-2\", \"item\": \"lamp\", \"quantity\": 1,"
                        + " \"total\": \"45.00 EUR\", \"status\": \"SHIPPED\"}]");
        assertThat(exchange.executionLog()).anySatisfy(line -> assertThat(line).contains("GET /orders for ann"));
    }

    @Test
    void another_customers_order_is_not_found(ApiGateway gateway) {
        Exchange exchange = as("bob", gateway.get("/orders/o-1")).send();

        assertThat(exchange).response().hasStatus(404).hasJsonBody("{\"message\": \"No such order\"}");
    }

    @Test
    void the_template_authorizer_refuses_strangers_and_denies_a_suspended_customer(ApiGateway gateway) {
        Exchange stranger = as("eve", gateway.get("/orders")).send();
        Exchange suspended = as("mallory", gateway.get("/orders")).send();
        Exchange malformed = gateway.get("/orders").header("Authorization", "Bearer 42").send();

        assertThat(stranger).wasNotInvoked();
        assertThat(stranger).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
        assertThat(suspended).wasNotInvoked();
        assertThat(suspended).response()
                .hasStatus(403)
                .hasBody("{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}");
        // The token fails identityValidationExpression: 401 without calling the authorizer function.
        assertThat(malformed.authorizer().orElseThrow().invoked()).isFalse();
        assertThat(malformed).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
    }

    @Test
    void a_valid_order_is_placed(ApiGateway gateway) {
        Exchange exchange = as("ann", gateway.post("/orders"))
                .header("Content-Type", "application/json")
                .body("{\"item\": \"pen\", \"quantity\": 3}")
                .send();

        assertThat(exchange).lambdaEvent().hasJsonBody("{\"item\": \"pen\", \"quantity\": 3}");
        assertThat(exchange).response()
                .hasStatus(201)
                .hasHeader("Location", "/orders/o-100")
                .hasJsonBody("{\"id\": \"o-100\", \"item\": \"pen\", \"quantity\": 3, \"total\": \"4.50 EUR\","
                        + " \"status\": \"OPEN\"}");
    }

    @Test
    void an_order_the_model_refuses_never_reaches_the_function(ApiGateway gateway) {
        Exchange tooMany = as("ann", gateway.post("/orders"))
                .header("Content-Type", "application/json")
                .body("{\"item\": \"pen\", \"quantity\": 11}")
                .send();

        assertThat(tooMany).wasNotInvoked();
        assertThat(tooMany).response()
                .hasStatus(400)
                .hasHeader("x-amzn-ErrorType", "BadRequestException")
                .hasBody("{\"message\": \"Invalid request body\"}");
    }

    @Test
    void a_cancellation_goes_through_the_templates(ApiGateway gateway) {
        Exchange exchange = as("ann", gateway.post("/orders/o-1/cancellation"))
                .header("Content-Type", "application/json")
                .body("{\"reason\": \"changed my mind\"}")
                .send();

        // The event is what the request template rendered; the customer comes from the authorizer.
        assertThat(exchange).lambdaEvent()
                .hasField("orderId", "o-1")
                .hasField("customer", "ann")
                .hasField("reason", "changed my mind");
        assertThat(exchange).response().hasStatus(200).hasJsonBody("{\"order\": \"o-1\", \"status\": \"CANCELLED\"}");
    }

    @Test
    void function_errors_are_mapped_by_their_message(ApiGateway gateway) {
        Exchange shipped = as("ann", gateway.post("/orders/o-2/cancellation"))
                .header("Content-Type", "application/json")
                .body("{}")
                .send();
        Exchange unknown = as("ann", gateway.post("/orders/o-9/cancellation"))
                .header("Content-Type", "application/json")
                .body("{}")
                .send();

        assertThat(shipped).lambdaResult()
                .hasErrorType("java.lang.IllegalStateException")
                .hasErrorMessage("Conflict: order o-2 has shipped");
        assertThat(shipped).response().hasStatus(409).hasBody("{\"message\": \"Conflict: order o-2 has shipped\"}");
        assertThat(unknown).response().hasStatus(404).hasBody("{\"message\": \"No such order\"}");
    }

    @Test
    void an_api_event_adds_an_open_route_whose_function_sees_its_template_settings(ApiGateway gateway) {
        Exchange exchange = gateway.get("/health").send();

        assertThat(exchange.authorizer()).isEmpty();
        assertThat(exchange).lambdaEvent().hasResource("/health");
        // MemorySize 256 on the function overrides Globals' 512; the function name is the logical id.
        assertThat(exchange).response()
                .hasStatus(200)
                .hasJsonBody("{\"status\": \"ok\", \"function\": \"HealthFunction\", \"memoryMB\": 256,"
                        + " \"stage\": \"prod\"}");
    }
}

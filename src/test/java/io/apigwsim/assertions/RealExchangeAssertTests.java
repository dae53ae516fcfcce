package io.apigwsim.assertions;

import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each assertion entry point against exchanges from a real gateway, passing and failing: the failure messages show
 * what a user sees, so the tests check their "Expecting" lines, the expected and actual values, and the parts of the
 * exchange description that do not depend on generated ids.
 */
@ApiGatewayTest
@Route(method = "GET", path = "/pets/{id}", handler = RealExchangeAssertTests.GetPet.class)
@Route(method = "DELETE", path = "/pets/{id}", handler = RealExchangeAssertTests.FailingDelete.class)
class RealExchangeAssertTests {

    /** Answers 200 with the pet's id as JSON. */
    static final class GetPet implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

        @Override
        public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody("{\"id\":\"" + event.getPathParameters().get("id") + "\"}");
        }
    }

    /** Fails with an exception, as a function with a bug does. */
    static final class FailingDelete implements RequestHandler<APIGatewayProxyRequestEvent, Object> {

        @Override
        public Object handleRequest(APIGatewayProxyRequestEvent event, Context context) {
            throw new IllegalStateException("no such pet");
        }
    }

    private static Exchange getPet(ApiGateway gateway) {
        return gateway.get("/pets/42")
                .header("x-tenant", "red")
                .sourceIp("198.51.100.23")
                .send();
    }

    private static Exchange routingMiss(ApiGateway gateway) {
        return gateway.get("/pet/42").send();
    }

    @Nested
    class Response {

        @Test
        void passes_on_the_status_headers_and_body_the_client_got(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasContentType("application/json")
                    .hasHeader("Content-Type", "application/json")
                    .hasJsonBody("{\"id\": \"42\"}")
                    .hasBody("{\"id\":\"42\"}");
        }

        @Test
        void fails_on_the_status_with_the_body_and_the_whole_exchange(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).response().hasStatus(404))
                    .withMessageStartingWith("""

                            Expecting response status:
                              404
                            but was:
                              200
                            with body:
                              {"id":"42"}

                            Request:
                              GET /pets/42
                              x-tenant: red
                              (no body)
                            Lambda event:
                              {
                            """)
                    .withMessageContaining("\"pathParameters\": {\n      \"id\": \"42\"\n    }")
                    .withMessageContaining("\nResponse:\n  200\n")
                    .withMessageContaining("\nExecution log:\n");
        }

        @Test
        void fails_on_a_json_body_showing_the_expected_and_the_actual_body(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).response().hasJsonBody("{\"id\": \"7\"}"))
                    .withMessageStartingWith("""

                            Expecting response body to be JSON equal to:
                              {"id": "7"}
                            but was:
                              {"id":"42"}
                            """);
        }

        @Test
        void fails_on_a_header_naming_its_values_and_the_header_names(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).response().hasHeader("Content-Type", "text/plain"))
                    .withMessageStartingWith("""

                            Expecting response header Content-Type to have value:
                              "text/plain"
                            but its values were:
                              ["application/json"]
                            Response header names:
                            """)
                    .withMessageContaining("Content-Type");
        }
    }

    @Nested
    class LambdaEvent {

        @Test
        void passes_on_the_path_parameter_header_and_request_context_the_function_got(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThat(exchange)
                    .lambdaEvent()
                    .hasPathParameter("id", "42")
                    .hasHeader("x-tenant", "red")
                    .hasHttpMethod("GET")
                    .hasResource("/pets/{id}")
                    .hasRequestContextField("identity.sourceIp", "198.51.100.23")
                    .hasNoQueryParameters()
                    .hasNoBody();
        }

        @Test
        void fails_on_a_path_parameter_with_the_expected_and_actual_values(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).lambdaEvent().hasPathParameter("id", "7"))
                    .withMessage("""

                            Expecting pathParameters.id to be:
                              "7"
                            but was:
                              "42\"""");
        }

        @Test
        void fails_on_a_request_context_field_with_the_expected_and_actual_values(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange)
                            .lambdaEvent()
                            .hasRequestContextField("identity.sourceIp", "203.0.113.7"))
                    .withMessage("""

                            Expecting requestContext.identity.sourceIp to be:
                              "203.0.113.7"
                            but was:
                              "198.51.100.23\"""");
        }

        @Test
        void fails_on_a_header_spelled_otherwise_with_a_hint(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).lambdaEvent().hasHeader("X-Tenant", "red"))
                    .withMessageStartingWith(
                            "\nExpecting headers.X-Tenant to be:\n  \"red\"\nbut headers has no X-Tenant")
                    .withMessageContaining("The event has headers.x-tenant; header names are compared exactly");
        }

        @Test
        void fails_when_no_function_ran_with_api_gateways_answer(ApiGateway gateway) {
            Exchange exchange = routingMiss(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).lambdaEvent())
                    .withMessageStartingWith("""

                            Expecting the request to reach a Lambda handler, but API Gateway answered it:
                              403 {"message":"Missing Authentication Token"}
                            """);
        }
    }

    @Nested
    class LambdaResult {

        @Test
        void passes_on_the_error_lambda_returned_for_an_exception(ApiGateway gateway) {
            Exchange exchange = gateway.delete("/pets/42").send();

            assertThat(exchange)
                    .lambdaResult()
                    .hasFunctionError()
                    .hasErrorType("java.lang.IllegalStateException")
                    .hasErrorMessage("no such pet");
            assertThat(exchange).response().hasStatus(502);
        }

        @Test
        void passes_on_a_normal_result_without_a_function_error(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThat(exchange).lambdaResult().hasNoFunctionError();
        }

        @Test
        void fails_on_the_error_type_with_the_expected_and_actual_types(ApiGateway gateway) {
            Exchange exchange = gateway.delete("/pets/42").send();

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() ->
                            assertThat(exchange).lambdaResult().hasErrorType("java.lang.IllegalArgumentException"))
                    .withMessage("""

                            Expecting errorType of the Lambda result to be:
                              "java.lang.IllegalArgumentException"
                            but was:
                              "java.lang.IllegalStateException\"""");
        }

        @Test
        void fails_on_a_function_error_when_the_function_returned_normally(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).lambdaResult().hasFunctionError())
                    .withMessageStartingWith("""

                            Expecting the function to fail (X-Amz-Function-Error: Unhandled), but it returned:
                              {"statusCode":200,""");
        }

        @Test
        void fails_when_no_function_ran(ApiGateway gateway) {
            Exchange exchange = routingMiss(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).lambdaResult())
                    .withMessageStartingWith(
                            "\nExpecting the request to reach a Lambda handler, but API Gateway answered it:\n");
        }
    }

    @Nested
    class WasInvoked {

        @Test
        void passes_when_a_route_matched(ApiGateway gateway) {
            assertThat(getPet(gateway)).wasInvoked();
        }

        @Test
        void fails_with_api_gateways_answer_and_the_execution_log(ApiGateway gateway) {
            Exchange exchange = routingMiss(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).wasInvoked())
                    .withMessageStartingWith("""

                            Expecting the request to reach a Lambda handler, but API Gateway answered it:
                              403 {"message":"Missing Authentication Token"}
                            """)
                    .withMessageContaining("No route matches GET /pet/42. Closest route:")
                    .withMessageContaining("GET /pets/{id}");
        }
    }

    @Nested
    class WasNotInvoked {

        @Test
        void passes_when_api_gateway_answered_itself(ApiGateway gateway) {
            assertThat(routingMiss(gateway)).wasNotInvoked();
        }

        @Test
        void fails_with_the_route_and_the_response(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).wasNotInvoked())
                    .withMessage("""

                            Expecting API Gateway to answer the request itself, but it invoked the Lambda function \
                            of route GET /pets/{id}; the client got:
                              200 {"id":"42"}""");
        }
    }

    @Nested
    class HasRouteKey {

        @Test
        void passes_on_the_matched_route(ApiGateway gateway) {
            assertThat(getPet(gateway)).hasRouteKey("GET /pets/{id}");
        }

        @Test
        void fails_on_another_route_with_both_keys(ApiGateway gateway) {
            Exchange exchange = getPet(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).hasRouteKey("GET /pets"))
                    .withMessage("""

                            Expecting route key:
                              GET /pets
                            but was:
                              GET /pets/{id}""");
        }

        @Test
        void fails_when_no_route_matched_with_api_gateways_answer(ApiGateway gateway) {
            Exchange exchange = routingMiss(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).hasRouteKey("GET /pets/{id}"))
                    .withMessageStartingWith("""

                            Expecting route key:
                              GET /pets/{id}
                            but no route matched; API Gateway answered:
                              403 {"message":"Missing Authentication Token"}
                            """);
        }
    }

    @Nested
    class Log {

        @Test
        void passes_on_a_line_explaining_the_miss(ApiGateway gateway) {
            Exchange exchange = routingMiss(gateway);

            assertThat(exchange).log().anyMatch(line -> line.startsWith("No route matches GET /pet/42"));
        }

        @Test
        void fails_naming_the_execution_log_and_showing_its_lines(ApiGateway gateway) {
            Exchange exchange = routingMiss(gateway);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(exchange).log().isEmpty())
                    .withMessageContaining("[execution log]")
                    .withMessageContaining("Expecting empty but was:")
                    .withMessageContaining("No route matches GET /pet/42.");
        }
    }
}

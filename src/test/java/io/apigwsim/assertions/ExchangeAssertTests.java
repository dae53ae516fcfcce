package io.apigwsim.assertions;

import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.apigwsim.Exchange;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExchangeAssertTests {

    private final Exchange getPet = TestExchange.getPet();
    private final Exchange routingMiss = TestExchange.routingMiss();

    @Test
    void assertj_assert_that_reaches_the_exchange_assert_through_assert_provider() {
        Exchange exchange = getPet;

        Assertions.assertThat(exchange).hasRouteKey("GET /pets/{id}").wasInvoked();
    }

    @Test
    void assertj_assert_that_on_an_exchange_fails_with_our_message() {
        Exchange exchange = routingMiss;

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> Assertions.assertThat(exchange).wasInvoked())
                .withMessageStartingWith("\nExpecting the request to reach a Lambda handler");
    }

    @Nested
    class WasInvoked {

        @Test
        void passes_when_the_function_ran() {
            assertThat(getPet).wasInvoked();
        }

        @Test
        void fails_with_api_gateways_answer_and_the_execution_log() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(routingMiss).wasInvoked())
                    .withMessage("""

                            Expecting the request to reach a Lambda handler, but API Gateway answered it:
                              403 {"message":"Missing Authentication Token"}
                            Received request GET /pet/42
                            No route matches GET /pet/42. Closest route:
                              GET /pets/{id}    path segment 1 is "pet", route expects "pets\"""");
        }
    }

    @Nested
    class WasNotInvoked {

        @Test
        void passes_when_api_gateway_answered_itself() {
            assertThat(routingMiss).wasNotInvoked();
        }

        @Test
        void fails_with_the_route_and_the_response() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(getPet).wasNotInvoked())
                    .withMessage("""

                            Expecting API Gateway to answer the request itself, but it invoked the Lambda function \
                            of route GET /pets/{id}; the client got:
                              200 {"id":42}""");
        }
    }

    @Nested
    class HasRouteKey {

        @Test
        void passes_for_the_route_that_served_the_request() {
            assertThat(getPet).hasRouteKey("GET /pets/{id}");
        }

        @Test
        void fails_with_expected_and_actual_route_keys() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(getPet).hasRouteKey("GET /pets"))
                    .withMessage("""

                            Expecting route key:
                              GET /pets
                            but was:
                              GET /pets/{id}""");
        }

        @Test
        void fails_with_the_execution_log_when_no_route_matched() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(routingMiss).hasRouteKey("GET /pets/{id}"))
                    .withMessage("""

                            Expecting route key:
                              GET /pets/{id}
                            but no route matched; API Gateway answered:
                              403 {"message":"Missing Authentication Token"}
                            Received request GET /pet/42
                            No route matches GET /pet/42. Closest route:
                              GET /pets/{id}    path segment 1 is "pet", route expects "pets\"""");
        }
    }

    @Nested
    class Response {

        @Test
        void navigates_to_the_client_response() {
            assertThat(getPet).response().hasStatus(200);
        }

        @Test
        void failure_messages_describe_the_whole_exchange() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(getPet).response().hasStatus(404))
                    .withMessageContaining("Request:\n  GET /pets/42\n")
                    .withMessageContaining("Lambda event:\n  {\n    \"resource\": \"/pets/{id}\",")
                    .withMessageContaining("Lambda result:\n  {\n    \"statusCode\": 200,")
                    .withMessageContaining("Execution log:\n  Received request GET /pets/42\n");
        }
    }

    @Nested
    class LambdaEvent {

        @Test
        void navigates_to_the_event() {
            assertThat(getPet).lambdaEvent().hasPathParameter("id", "42");
        }

        @Test
        void fails_when_api_gateway_answered_the_request_itself() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(routingMiss).lambdaEvent())
                    .withMessage("""

                            Expecting the request to reach a Lambda handler, but API Gateway answered it:
                              403 {"message":"Missing Authentication Token"}
                            Received request GET /pet/42
                            No route matches GET /pet/42. Closest route:
                              GET /pets/{id}    path segment 1 is "pet", route expects "pets\"""");
        }
    }

    @Nested
    class LambdaResult {

        @Test
        void navigates_to_the_result() {
            assertThat(getPet).lambdaResult().hasNoFunctionError();
        }

        @Test
        void fails_when_api_gateway_answered_the_request_itself() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(routingMiss).lambdaResult())
                    .withMessageStartingWith("""

                            Expecting the request to reach a Lambda handler, but API Gateway answered it:
                              403 {"message":"Missing Authentication Token"}
                            """);
        }

        @Test
        void fails_when_the_function_returned_no_result() {
            Exchange timedOut = TestExchange.builder()
                    .event(Events.GET_PET)
                    .response(TestExchange.response(504, "{\"message\": \"Endpoint request timed out\"}"))
                    .log("Execution failed due to a timeout error")
                    .build();

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(timedOut).lambdaResult())
                    .withMessage("""

                            Expecting a Lambda result, but the function returned none; the client got:
                              504 {"message": "Endpoint request timed out"}
                            Execution failed due to a timeout error""");
        }
    }

    @Nested
    class Log {

        @Test
        void asserts_on_the_execution_log_lines() {
            assertThat(routingMiss).log().anyMatch(line -> line.startsWith("No route matches GET /pet/42"));
        }

        @Test
        void fails_with_the_lines_and_its_description() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(getPet).log().isEmpty())
                    .withMessageStartingWith(
                            "[execution log] \nExpecting empty but was: [\"Received request GET /pets/42\",");
        }
    }

    @Nested
    class Debug {

        @Test
        void prints_the_whole_exchange_and_returns_the_same_assertion() {
            ExchangeAssert exchangeAssert = assertThat(routingMiss);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            ExchangeAssert returned = exchangeAssert.debug(new PrintStream(bytes, true, StandardCharsets.UTF_8));

            Assertions.assertThat(returned).isSameAs(exchangeAssert);
            Assertions.assertThat(bytes.toString(StandardCharsets.UTF_8))
                    .isEqualTo(ExchangeDescription.of(routingMiss) + System.lineSeparator());
        }

        @Test
        void public_debug_returns_the_same_assertion() {
            ExchangeAssert exchangeAssert = assertThat(routingMiss);

            ExchangeAssert returned = exchangeAssert.debug();

            Assertions.assertThat(returned).isSameAs(exchangeAssert);
        }
    }
}

package io.apigwsim.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.Exchange;
import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExchangeDescriptionTests {

    @Test
    void describes_request_event_result_response_and_log_in_order() {
        Exchange exchange = TestExchange.builder()
                .request(new HttpRequest(
                        "POST",
                        "/pets?dry=true",
                        Headers.builder()
                                .add("Content-Type", "application/json")
                                .build(),
                        "{\"name\":\"Rex\"}".getBytes(StandardCharsets.UTF_8)))
                .event("{\"path\":\"/pets\",\"pathParameters\":null}")
                .result("{\"statusCode\":201}")
                .response(TestExchange.response(201, ""))
                .log("Received request POST /pets", "Lambda returned status 201")
                .build();

        String description = ExchangeDescription.of(exchange);

        assertThat(description).isEqualTo("""
                        Request:
                          POST /pets?dry=true
                          Content-Type: application/json
                          {"name":"Rex"}
                        Lambda event:
                          {
                            "path": "/pets",
                            "pathParameters": null
                          }
                        Lambda result:
                          {
                            "statusCode": 201
                          }
                        Response:
                          201
                          (no body)
                        Execution log:
                          Received request POST /pets
                          Lambda returned status 201""");
    }

    @Test
    void says_the_function_was_not_invoked() {
        String description = ExchangeDescription.of(TestExchange.routingMiss());

        assertThat(description).contains("""
                        Lambda event:
                          (the function was not invoked)
                        Lambda result:
                          (the function was not invoked)
                        """);
    }

    @Test
    void marks_a_function_error_and_a_missing_result() {
        Exchange failed = TestExchange.builder()
                .event("{}")
                .result("{\"errorMessage\":\"boom\"}")
                .functionError("Unhandled")
                .build();
        Exchange timedOut = TestExchange.builder().event("{}").build();

        assertThat(ExchangeDescription.of(failed))
                .contains(
                        "Lambda result:\n  X-Amz-Function-Error: Unhandled\n  {\n    \"errorMessage\": \"boom\"\n  }\n");
        assertThat(ExchangeDescription.of(timedOut)).contains("Lambda result:\n  (the function returned no result)\n");
    }

    @Test
    void shows_a_body_that_is_not_utf_8_as_its_length() {
        String body = ExchangeDescription.body(new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff});

        assertThat(body).isEqualTo("(5 bytes)");
    }

    @Test
    void cuts_a_long_body_at_2000_characters() {
        String body = ExchangeDescription.body("x".repeat(2_001).getBytes(StandardCharsets.UTF_8));

        assertThat(body).isEqualTo("x".repeat(2_000) + "... (2001 characters in all)");
    }

    @Test
    void says_when_the_execution_log_is_empty() {
        String description = ExchangeDescription.of(TestExchange.builder().build());

        assertThat(description).endsWith("Execution log:\n  (empty)");
    }
}

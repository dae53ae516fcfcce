package io.apigwsim.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeCommandTests {

    /** Answers 200. */
    static final class Ok implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return Map.of("statusCode", 200);
        }
    }

    private static Exchange get(String target) {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /pets/{id}", new Ok()).build()) {
            return gateway.get(target).send();
        }
    }

    // The request line: method, target, route, status, latency in ms rounded to a tenth, function.
    @Test
    void a_request_line_rounds_the_latency_to_a_tenth_of_a_millisecond() {
        Exchange exchange = get("/pets/42?x=1");

        assertThat(ServeCommand.requestLine(exchange, Duration.ofNanos(156_449_999), Map.of("GET /pets/{id}", "Pets")))
                .isEqualTo("GET /pets/42?x=1 -> GET /pets/{id} 200 156.4 ms Pets");
        assertThat(ServeCommand.requestLine(exchange, Duration.ofNanos(3_960_000), Map.of("GET /pets/{id}", "Pets")))
                .isEqualTo("GET /pets/42?x=1 -> GET /pets/{id} 200 4.0 ms Pets");
        assertThat(ServeCommand.requestLine(exchange, Duration.ofNanos(49_999), Map.of()))
                .isEqualTo("GET /pets/42?x=1 -> GET /pets/{id} 200 0.0 ms ?");
    }

    // A request no function answered names no function.
    @Test
    void a_request_line_without_a_function_ends_with_a_dash() {
        Exchange exchange = get("/owners");

        assertThat(ServeCommand.requestLine(exchange, Duration.ofMillis(2), Map.of()))
                .isEqualTo("GET /owners -> (no route) 403 2.0 ms -");
    }
}

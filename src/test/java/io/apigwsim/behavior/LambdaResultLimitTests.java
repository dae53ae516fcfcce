package io.apigwsim.behavior;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.Integration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Lambda's 6 MB result limit is Lambda's, so it holds for every integration and API type: Lambda answers a result
 * over it with its Function.ResponseSizeTooLarge function error, and the exchange reports that error as the
 * function's result (docs/behavior.md#limits).
 */
class LambdaResultLimitTests {

    private static final String RESULT_TOO_LARGE = "{\"errorMessage\":\"Response payload size exceeded maximum allowed"
            + " payload size (6291556 bytes).\",\"errorType\":\"Function.ResponseSizeTooLarge\"}";

    // A function error behind a REST proxy integration: 502 Internal server error
    // (docs/behavior.md#rest-gateway-errors).
    @Test
    void rest_proxy_answers_502_and_reports_lambdas_error() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /blob", oversized()).build()) {

            Exchange exchange = gateway.get("/blob").send();

            assertThat(exchange).response().hasStatus(502).hasBody("{\"message\": \"Internal server error\"}");
            assertThat(exchange).lambdaResult().isEqualToJson(RESULT_TOO_LARGE);
            assertThat(exchange).lambdaResult().hasFunctionError();
        }
    }

    // A function error behind an HTTP API: 500 Internal Server Error (docs/behavior.md#http-api-errors).
    @Test
    void http_api_answers_500_instead_of_serving_the_oversized_result() {
        try (ApiGateway gateway =
                ApiGateway.builder().httpApi().route("GET /blob", oversized()).build()) {

            Exchange exchange = gateway.get("/blob").send();

            assertThat(exchange).response().hasStatus(500).hasBody("{\"message\":\"Internal Server Error\"}");
            assertThat(exchange).lambdaResult().hasErrorType("Function.ResponseSizeTooLarge");
            assertThat(exchange).lambdaResult().hasFunctionError();
        }
    }

    // Payload 1.0 on an HTTP API goes through the same Lambda call.
    @Test
    void http_api_payload_1_0_answers_500_too() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route(
                        "GET /blob",
                        Integration.lambdaProxy(oversized())
                                .payloadFormatVersion("1.0")
                                .build())
                .build()) {

            Exchange exchange = gateway.get("/blob").send();

            assertThat(exchange).response().hasStatus(500);
            assertThat(exchange)
                    .lambdaResult()
                    .hasErrorMessage("Response payload size exceeded maximum allowed payload size (6291556 bytes).");
        }
    }

    // One byte under the limit is served.
    @Test
    void a_result_at_the_limit_is_served() {
        byte[] body = new byte[6_291_556 - "{\"body\":\"\"}".length()];
        Arrays.fill(body, (byte) 'a');
        String result = "{\"body\":\"" + new String(body) + "\"}";
        RequestStreamHandler atLimit = (input, output, context) -> output.write(result.getBytes());
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /blob", atLimit).build()) {

            Exchange exchange = gateway.get("/blob").send();

            assertThat(exchange).response().hasStatus(200);
            assertThat(exchange.response().body()).hasSize(body.length);
        }
    }

    private static RequestStreamHandler oversized() {
        byte[] big = new byte[6_400_000];
        Arrays.fill(big, (byte) 'b');
        big[0] = '"';
        big[big.length - 1] = '"';
        return (input, output, context) -> output.write(big);
    }
}

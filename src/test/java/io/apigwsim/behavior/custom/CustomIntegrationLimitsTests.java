package io.apigwsim.behavior.custom;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.RawEchoHandler;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Lambda's 6 MB invocation limits apply to a custom integration's payload and result too. */
class CustomIntegrationLimitsTests {

    // Lambda refuses a synchronous payload over 6,291,456 bytes; API Gateway answers 413 Request Too Long
    // (docs/behavior.md#payload-limits, #rest-gateway-errors). The limit is Lambda's, whatever built the payload.
    @Test
    void a_payload_over_lambdas_limit_gets_413_and_never_reaches_the_function() {
        char[] big = new char[6_291_456];
        Arrays.fill(big, 'a');
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /blobs",
                        Integration.lambdaCustom(new RawEchoHandler()).build())
                .build()) {

            Exchange exchange =
                    gateway.post("/blobs").body("\"" + new String(big) + "\"").send();

            assertThat(exchange)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(413)
                    .hasBody("{\"message\": \"Request Too Long\"}");
        }
    }

    // A result over 6,291,556 bytes is Lambda's Function.ResponseSizeTooLarge function error; a custom
    // integration maps it like any function error, here by the default integration response
    // (docs/behavior.md#limits; the mapping is inferred: docs/behavior.md#uncertain-custom-integrations).
    @Test
    void a_result_over_lambdas_limit_is_a_function_error_that_the_default_response_maps() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("GET /blobs", Integration.lambdaCustom(oversized()).build())
                .build()) {

            Exchange exchange = gateway.get("/blobs").send();

            assertThat(exchange).response().hasStatus(200).hasJsonBody(RESULT_TOO_LARGE);
            assertThat(exchange).lambdaResult().hasErrorType("Function.ResponseSizeTooLarge");
            assertThat(exchange).lambdaResult().hasFunctionError();
        }
    }

    // The errorMessage of that error is what selection patterns match
    // (docs/behavior.md#integration-response-selection).
    @Test
    void a_result_over_lambdas_limit_is_selected_by_its_error_message() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /blobs",
                        Integration.lambdaCustom(oversized())
                                .integrationResponse(IntegrationResponseDefinition.status(502)
                                        .selectionPattern("Response payload size exceeded.*")
                                        .build())
                                .build())
                .build()) {

            Exchange exchange = gateway.get("/blobs").send();

            assertThat(exchange).response().hasStatus(502);
            assertThat(exchange).log().anyMatch(line -> line.contains("Function.ResponseSizeTooLarge"));
        }
    }

    private static final String RESULT_TOO_LARGE = "{\"errorMessage\":\"Response payload size exceeded maximum allowed"
            + " payload size (6291556 bytes).\",\"errorType\":\"Function.ResponseSizeTooLarge\"}";

    private static RequestStreamHandler oversized() {
        byte[] big = new byte[6_291_600];
        Arrays.fill(big, (byte) 'b');
        big[0] = '"';
        big[big.length - 1] = '"';
        return (input, output, context) -> output.write(big);
    }
}

package io.apigwsim.behavior.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.GatedHandler;
import io.apigwsim.behavior.custom.CustomHandlers.RawEchoHandler;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Asynchronous invocation through X-Amz-Invocation-Type: Event (docs/behavior.md#async-invocation): the client gets the
 * default integration response at once, without waiting for the function.
 */
class AsyncInvocationTests {

    // 'Event' mapped statically: the client gets the default status 200 (not Lambda's 202) with an empty body,
    // before the function has run; the function still runs (docs/behavior.md#async-invocation; the 200 is [inferred]
    // from observed reports).
    @Test
    void static_event_invocation_answers_200_empty_without_waiting() throws InterruptedException {
        GatedHandler handler = new GatedHandler();
        try (ApiGateway gateway = ApiGateway.builder()
                .seed(7)
                .stage("prod")
                .route(
                        "POST /jobs",
                        Integration.lambdaCustom(handler)
                                .requestParameter("integration.request.header.X-Amz-Invocation-Type", "'Event'")
                                .build())
                .build()) {

            Exchange exchange = gateway.post("/jobs").body("{\"job\": 1}").send();
            boolean ranBeforeAnswer = handler.ran.getCount() == 0;
            handler.release.countDown();

            assertThat(ranBeforeAnswer).isFalse();
            assertThat(exchange).response().hasStatus(200).hasEmptyBody();
            assertThat(handler.ran.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    // An asynchronous call answers 200 with an empty body even when the function fails: Lambda accepted the event
    // with 202 and the error stays in Lambda (docs/behavior.md#async-invocation).
    @Test
    void failing_function_invoked_asynchronously_still_answers_200() {
        try (ApiGateway gateway = ApiGateway.builder()
                .seed(7)
                .stage("prod")
                .route(
                        "POST /jobs",
                        Integration.lambdaCustom(new CustomHandlers.FixedErrorHandler("Invalid job"))
                                .requestParameter("integration.request.header.X-Amz-Invocation-Type", "'Event'")
                                .integrationResponse(IntegrationResponseDefinition.status(400)
                                        .selectionPattern("Invalid.*")
                                        .build())
                                .build())
                .build()) {

            Exchange exchange = gateway.post("/jobs").body("{}").send();

            assertThat(exchange).response().hasStatus(200).hasEmptyBody();
        }
    }

    // The client chooses: integration.request.header.X-Amz-Invocation-Type mapped from
    // method.request.header.InvocationType (docs/behavior.md#async-invocation).
    @Test
    void client_header_event_invokes_asynchronously() throws InterruptedException {
        GatedHandler handler = new GatedHandler();
        try (ApiGateway gateway = clientChoosing(handler)) {

            Exchange exchange = gateway.post("/jobs")
                    .header("InvocationType", "Event")
                    .body("{}")
                    .send();
            handler.release.countDown();

            assertThat(exchange).response().hasEmptyBody();
            assertThat(handler.ran.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    // InvocationType: RequestResponse keeps the call synchronous: the client gets the function's result
    // (docs/behavior.md#async-invocation).
    @Test
    void client_header_request_response_invokes_synchronously() {
        try (ApiGateway gateway = clientChoosing(new RawEchoHandler())) {

            Exchange exchange = gateway.post("/jobs")
                    .header("InvocationType", "RequestResponse")
                    .body("{\"job\": 2}")
                    .send();

            assertThat(exchange).response().hasBody("{\"job\": 2}");
        }
    }

    // Without the header the call is synchronous, Lambda's default RequestResponse (docs/behavior.md#async-invocation).
    @Test
    void no_invocation_type_is_synchronous() {
        try (ApiGateway gateway = clientChoosing(new RawEchoHandler())) {

            Exchange exchange = gateway.post("/jobs").body("{\"job\": 3}").send();

            assertThat(exchange).response().hasBody("{\"job\": 3}");
        }
    }

    // The invocation type may come from a stage variable, like any mapping expression
    // (docs/behavior.md#request-parameter-mapping, #async-invocation).
    @Test
    void stage_variable_event_invokes_asynchronously() throws InterruptedException {
        GatedHandler handler = new GatedHandler();
        try (ApiGateway gateway = ApiGateway.builder()
                .seed(7)
                .stage("prod")
                .stageVariable("invocation", "Event")
                .route(
                        "POST /jobs",
                        Integration.lambdaCustom(handler)
                                .requestParameter(
                                        "integration.request.header.X-Amz-Invocation-Type", "stageVariables.invocation")
                                .build())
                .build()) {

            Exchange exchange = gateway.post("/jobs").body("{}").send();
            handler.release.countDown();

            assertThat(exchange).response().hasEmptyBody();
            assertThat(handler.ran.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static ApiGateway clientChoosing(Object handler) {
        return ApiGateway.builder()
                .seed(7)
                .stage("prod")
                .route(
                        "POST /jobs",
                        Integration.lambdaCustom(handler)
                                .requestParameter(
                                        "integration.request.header.X-Amz-Invocation-Type",
                                        "method.request.header.InvocationType")
                                .build())
                .build();
    }
}

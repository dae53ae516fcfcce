package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Replay;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A real event, captured from CloudWatch behind a deployed REST API (see {@code captured/README.md}), replayed through
 * the same route table: apigw-sim rebuilds the client request from it and compares the event it generates with the
 * captured one, path by path.
 */
@ApiGatewayTest(stage = "live")
@Route(method = "ANY", path = "/{proxy+}", handler = PetsHandler.class)
class PetsReplayTests {

    @Test
    void the_captured_event_is_reproduced(ApiGateway gateway) throws IOException {
        Replay replay = gateway.replay(capture("captured/rest-api-event.json"));

        // The capture was logged through Go's typed structs: "" for null, and keys API Gateway did not send.
        assertThat(replay)
                .ignoring(
                        "requestContext.identity",
                        "requestContext.authorizer",
                        "requestContext.operationName",
                        "requestContext.deploymentId")
                .matchesCapturedEvent();
        // The handler serves /pets routes only, so it answers this probe with its 405.
        assertThat(replay).exchange().response().hasStatus(405);
    }

    private static String capture(String resource) throws IOException {
        try (InputStream in = PetsReplayTests.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

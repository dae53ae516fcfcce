package io.apigwsim.behavior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.apigwsim.ApiGateway;
import io.apigwsim.ApiGateway.RequestBuilder;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import org.junit.jupiter.api.Test;

/** A closed gateway refuses requests, for both API types, instead of answering them. */
class GatewayLifecycleTests {

    @Test
    void a_rest_request_after_close_fails() {
        ApiGateway gateway =
                ApiGateway.builder().route("GET /pets", new EchoHandler()).build();
        gateway.close();

        assertThatIllegalStateException()
                .isThrownBy(() -> gateway.get("/pets"))
                .withMessage("This ApiGateway is closed, so it cannot send GET /pets; build a new gateway for it");
    }

    @Test
    void an_http_api_request_after_close_fails() {
        ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /pets", new EchoHandler())
                .build();
        gateway.close();

        assertThatIllegalStateException().isThrownBy(() -> gateway.post("/pets"));
    }

    @Test
    void a_request_started_before_close_and_sent_after_it_fails() {
        ApiGateway gateway =
                ApiGateway.builder().route("GET /pets", new EchoHandler()).build();
        RequestBuilder request = gateway.get("/pets?limit=1");
        gateway.close();

        assertThatIllegalStateException()
                .isThrownBy(request::send)
                .withMessageContaining("cannot send GET /pets?limit=1");
    }

    @Test
    void closing_twice_is_allowed_and_an_open_gateway_answers() {
        ApiGateway gateway =
                ApiGateway.builder().route("GET /pets", new EchoHandler()).build();

        assertThat(gateway.get("/pets").send().response().status()).isEqualTo(200);
        gateway.close();
        gateway.close();
    }
}

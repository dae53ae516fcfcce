package io.apigwsim.behavior.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.RawEchoHandler;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.LambdaCustomIntegration;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.PassthroughBehavior;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Which request template renders the function's input: the Content-Type's media type
 * (docs/behavior.md#request-template-selection).
 */
class RequestTemplateSelectionTests {

    // POST /pets: a JSON and an XML request template, each naming itself.
    private static ApiGateway jsonAndXmlGateway() {
        return ApiGateway.builder()
                .route(
                        "POST /pets",
                        Integration.lambdaCustom(new RawEchoHandler())
                                .requestTemplate("application/json", "{\"from\": \"json\"}")
                                .requestTemplate("application/xml", "{\"from\": \"xml\"}")
                                .build())
                .build();
    }

    // The request's Content-Type selects the template (docs/behavior.md#request-template-selection).
    @Test
    void content_type_selects_the_template() {
        try (ApiGateway gateway = jsonAndXmlGateway()) {
            Exchange exchange = gateway.post("/pets")
                    .header("Content-Type", "application/xml")
                    .body("<pet/>")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"from\": \"xml\"}");
        }
    }

    // The execution log shows the template used, the endpoint request body after transformations and the
    // endpoint response body before them, as API Gateway's test-invoke log does
    // (docs/behavior.md#custom-integration-request-flow).
    @Test
    void log_shows_the_template_and_both_bodies() {
        try (ApiGateway gateway = jsonAndXmlGateway()) {
            Exchange exchange = gateway.post("/pets")
                    .header("Content-Type", "application/json")
                    .body("{}")
                    .send();

            assertThat(exchange)
                    .log()
                    .contains(
                            "Request template application/json rendered",
                            "Endpoint request body after transformations: {\"from\": \"json\"}",
                            "Endpoint response body before transformations: {\"from\": \"json\"}");
        }
    }

    // A request without Content-Type is treated as application/json (docs/behavior.md#request-template-selection).
    @Test
    void missing_content_type_selects_the_json_template() {
        try (ApiGateway gateway = jsonAndXmlGateway()) {
            Exchange exchange = gateway.post("/pets").body("{}").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"from\": \"json\"}");
        }
    }

    // Only the media type selects: "application/json; charset=UTF-8" uses the application/json template
    // (docs/behavior.md#request-template-selection). LocalStack misses the template here
    // (docs/behavior.md#emulator-differences).
    @Test
    void content_type_parameters_are_ignored() {
        try (ApiGateway gateway = jsonAndXmlGateway()) {
            Exchange exchange = gateway.post("/pets")
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .body("{}")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"from\": \"json\"}");
        }
    }

    // [inferred] Media types compare case-insensitively (docs/behavior.md#request-template-selection): pinned as the
    // simulator does it.
    @Test
    void content_type_compares_case_insensitively() {
        try (ApiGateway gateway = jsonAndXmlGateway()) {
            Exchange exchange = gateway.post("/pets")
                    .header("Content-Type", "Application/XML")
                    .body("<pet/>")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"from\": \"xml\"}");
        }
    }

    // [inferred] An empty template counts as "a template exists" and passes the body through unmodified, even
    // with NEVER (docs/behavior.md#request-template-selection).
    @Test
    void empty_template_passes_the_body_through() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /empty-template",
                        Integration.lambdaCustom(new RawEchoHandler())
                                .requestTemplate("application/json", "")
                                .passthroughBehavior(PassthroughBehavior.NEVER)
                                .build())
                .build()) {
            Exchange exchange = gateway.post("/empty-template")
                    .header("Content-Type", "application/json")
                    .body("{\"name\": \"Rex\"}")
                    .send();

            assertThat(exchange).response().hasStatus(200);
            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"name\": \"Rex\"}");
        }
    }

    // A $default request-template key is a WebSocket concept, not REST: it is not a fallback, the body passes
    // through (docs/behavior.md#request-template-selection, #emulator-differences).
    @Test
    void default_key_is_not_a_fallback() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "POST /default-key",
                        Integration.lambdaCustom(new RawEchoHandler())
                                .requestTemplate("$default", "{\"from\": \"default\"}")
                                .build())
                .build()) {
            Exchange exchange = gateway.post("/default-key")
                    .header("Content-Type", "application/json")
                    .body("{\"name\": \"Rex\"}")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"name\": \"Rex\"}");
        }
    }

    // put-integration on AWS echoes passthroughBehavior WHEN_NO_MATCH when not given
    // (docs/behavior.md#request-template-selection).
    @Test
    void default_passthrough_behavior_is_when_no_match() {
        LambdaCustomIntegration integration =
                Integration.lambdaCustom(new RawEchoHandler()).build();

        assertThat(integration.passthroughBehavior()).isEqualTo(PassthroughBehavior.WHEN_NO_MATCH);
    }

    // put-integration on AWS echoes timeoutInMillis 29000 when not given (docs/behavior.md#request-template-selection):
    // no timeout set means the 29-second default.
    @Test
    void default_timeout_is_29_seconds() {
        LambdaCustomIntegration integration =
                Integration.lambdaCustom(new RawEchoHandler()).build();

        assertThat(integration.timeout().orElse(LambdaProxyIntegration.DEFAULT_TIMEOUT))
                .isEqualTo(Duration.ofMillis(29_000));
    }
}

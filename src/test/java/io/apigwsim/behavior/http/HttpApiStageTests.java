package io.apigwsim.behavior.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.http.HttpHandlers.OkHandler;
import io.apigwsim.definition.Integration;
import org.junit.jupiter.api.Test;

/** HTTP API stages: the $default stage without a path prefix, a named stage whose name stays in the path. */
class HttpApiStageTests {

    // HTTP API $default stage: no stage segment in rawPath or requestContext.http.path; requestContext.stage is
    // "$default" (docs/behavior.md#http-api-stages).
    @Test
    void default_stage_adds_no_prefix_to_the_path() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /pets/{id}", new OkHandler())
                .build()) {
            Exchange exchange = gateway.get("/pets/42").send();

            assertThat(exchange)
                    .lambdaEvent()
                    .hasRawPath("/pets/42")
                    .hasRequestContextField("http.path", "/pets/42")
                    .hasRequestContextField("stage", "$default");
        }
    }

    // HTTP API named stage: the stage segment stays in rawPath and http.path but not in routeKey; the reported example
    // routeKey ANY /agents/{proxy+} with rawPath /dev/agents/1234 (docs/behavior.md#http-api-stages).
    @Test
    void named_stage_stays_in_raw_path_and_http_path_but_not_in_the_route_key() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .stage("dev")
                .route("ANY /agents/{proxy+}", new OkHandler())
                .build()) {
            Exchange exchange = gateway.get("/agents/1234").send();

            assertThat(exchange)
                    .lambdaEvent()
                    .hasRawPath("/dev/agents/1234")
                    .hasRequestContextField("http.path", "/dev/agents/1234")
                    .hasRouteKey("ANY /agents/{proxy+}")
                    .hasRequestContextField("routeKey", "ANY /agents/{proxy+}")
                    .hasPathParameter("proxy", "1234");
        }
    }

    // HTTP API named stage: requestContext.stage is the stage name (docs/behavior.md#http-api-stages,
    // #http-api-payload-20-event).
    @Test
    void named_stage_is_the_request_context_stage() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .stage("dev")
                .route("GET /pets/{id}", new OkHandler())
                .build()) {
            Exchange exchange = gateway.get("/pets/42").send();

            assertThat(exchange).lambdaEvent().hasRequestContextField("stage", "dev");
        }
    }

    // HTTP API payload 1.0 on a named stage: path and requestContext.path carry the stage prefix (the latter
    // inferred), resource and resourcePath do not, stage is the name (docs/behavior.md#http-api-stages,
    // #http-api-payload-10).
    @Test
    void payload_1_0_path_carries_the_named_stage_prefix() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .stage("dev")
                .route(
                        "GET /legacy/{id}",
                        Integration.lambdaProxy(new OkHandler()).payloadFormatVersion("1.0"))
                .build()) {
            Exchange exchange = gateway.get("/legacy/7").send();

            assertThat(exchange)
                    .lambdaEvent()
                    .hasPath("/dev/legacy/7")
                    .hasRequestContextField("path", "/dev/legacy/7")
                    .hasResource("/legacy/{id}")
                    .hasRequestContextField("resourcePath", "/legacy/{id}")
                    .hasRequestContextField("stage", "dev");
        }
    }

    // HTTP API payload 1.0 on the $default stage: no prefix in path; requestContext.stage "$default" as in the
    // documented example (docs/behavior.md#http-api-stages, #http-api-payload-10).
    @Test
    void payload_1_0_on_the_default_stage_has_no_prefix_and_stage_default() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route(
                        "GET /legacy/{id}",
                        Integration.lambdaProxy(new OkHandler()).payloadFormatVersion("1.0"))
                .build()) {
            Exchange exchange = gateway.get("/legacy/7").send();

            assertThat(exchange).lambdaEvent().hasPath("/legacy/7").hasRequestContextField("stage", "$default");
        }
    }
}

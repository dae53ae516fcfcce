package io.apigwsim.behavior.http;

import static io.apigwsim.behavior.http.HttpHandlers.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.http.HttpHandlers.OkHandler;
import io.apigwsim.definition.Integration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP API stages: the $default stage without a path prefix, a named stage whose name stays in the path. */
class HttpApiStageTests {

    private static ApiGateway defaultStage;
    private static ApiGateway devStage;

    @BeforeAll
    static void build() {
        OkHandler ok = new OkHandler();
        defaultStage = ApiGateway.builder()
                .httpApi()
                .seed(7)
                .route("GET /pets/{id}", ok)
                .route("GET /legacy/{id}", Integration.lambdaProxy(ok).payloadFormatVersion("1.0"))
                .build();
        devStage = ApiGateway.builder()
                .httpApi()
                .seed(7)
                .stage("dev")
                .route("GET /pets/{id}", ok)
                .route("ANY /agents/{proxy+}", ok)
                .route("GET /legacy/{id}", Integration.lambdaProxy(ok).payloadFormatVersion("1.0"))
                .build();
    }

    @AfterAll
    static void close() {
        defaultStage.close();
        devStage.close();
    }

    // HTTP API $default stage: no stage segment in rawPath or requestContext.http.path; requestContext.stage is
    // "$default" (docs/behavior.md#http-api-stages).
    @Test
    void default_stage_adds_no_prefix_to_the_path() {
        Exchange exchange = defaultStage.get("/pets/42").send();

        JsonNode event = event(exchange);
        assertThat(event.get("rawPath").asText()).isEqualTo("/pets/42");
        assertThat(event.at("/requestContext/http/path").asText()).isEqualTo("/pets/42");
        assertThat(event.at("/requestContext/stage").asText()).isEqualTo("$default");
    }

    // HTTP API named stage: the stage segment stays in rawPath and http.path but not in routeKey; the reported example
    // routeKey ANY /agents/{proxy+} with rawPath /dev/agents/1234 (docs/behavior.md#http-api-stages).
    @Test
    void named_stage_stays_in_raw_path_and_http_path_but_not_in_the_route_key() {
        Exchange exchange = devStage.get("/agents/1234").send();

        JsonNode event = event(exchange);
        assertThat(event.get("rawPath").asText()).isEqualTo("/dev/agents/1234");
        assertThat(event.at("/requestContext/http/path").asText()).isEqualTo("/dev/agents/1234");
        assertThat(event.get("routeKey").asText()).isEqualTo("ANY /agents/{proxy+}");
        assertThat(event.at("/requestContext/routeKey").asText()).isEqualTo("ANY /agents/{proxy+}");
        assertThat(event.at("/pathParameters/proxy").asText()).isEqualTo("1234");
    }

    // HTTP API named stage: requestContext.stage is the stage name (docs/behavior.md#http-api-stages,
    // #http-api-payload-20-event).
    @Test
    void named_stage_is_the_request_context_stage() {
        Exchange exchange = devStage.get("/pets/42").send();

        assertThat(event(exchange).at("/requestContext/stage").asText()).isEqualTo("dev");
    }

    // HTTP API payload 1.0 on a named stage: path and requestContext.path carry the stage prefix (the latter
    // inferred), resource and resourcePath do not, stage is the name (docs/behavior.md#http-api-stages,
    // #http-api-payload-10).
    @Test
    void payload_1_0_path_carries_the_named_stage_prefix() {
        Exchange exchange = devStage.get("/legacy/7").send();

        JsonNode event = event(exchange);
        assertThat(event.get("path").asText()).isEqualTo("/dev/legacy/7");
        assertThat(event.at("/requestContext/path").asText()).isEqualTo("/dev/legacy/7");
        assertThat(event.get("resource").asText()).isEqualTo("/legacy/{id}");
        assertThat(event.at("/requestContext/resourcePath").asText()).isEqualTo("/legacy/{id}");
        assertThat(event.at("/requestContext/stage").asText()).isEqualTo("dev");
    }

    // HTTP API payload 1.0 on the $default stage: no prefix in path; requestContext.stage "$default" as in the
    // documented example (docs/behavior.md#http-api-stages, #http-api-payload-10).
    @Test
    void payload_1_0_on_the_default_stage_has_no_prefix_and_stage_default() {
        Exchange exchange = defaultStage.get("/legacy/7").send();

        JsonNode event = event(exchange);
        assertThat(event.get("path").asText()).isEqualTo("/legacy/7");
        assertThat(event.at("/requestContext/stage").asText()).isEqualTo("$default");
    }
}

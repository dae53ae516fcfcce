package io.apigwsim.behavior.auth;

import static io.apigwsim.behavior.TestJson.json;
import static io.apigwsim.behavior.TestJson.keys;
import static io.apigwsim.behavior.auth.AuthorizerHandlers.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.behavior.TestClock;
import io.apigwsim.behavior.auth.AuthorizerHandlers.ScriptedAuthorizer;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiKey;
import io.apigwsim.definition.ApiKeySource;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.QuotaPeriod;
import io.apigwsim.definition.StageThrottling;
import io.apigwsim.definition.UsagePlan;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API keys, usage plans, throttling and quotas of a REST stage (docs/behavior.md#api-keys, #usage-plan-checks). */
class ApiKeyTests {

    private static final String GOLD = "goldKey0123456789abcdef";
    private static final String SILVER = "silverKey0123456789abcd";
    private static final String STRAY = "strayKey0123456789abcde";
    private static final String OLD = "oldKey0123456789abcdefg";
    private static final MethodRequest KEY_REQUIRED =
            MethodRequest.builder().apiKeyRequired(true).build();

    private final TestClock clock = new TestClock(Instant.parse("2026-12-02T10:00:00Z"));

    private ApiGateway.Builder api() {
        return ApiGateway.builder()
                .clock(clock)
                .apiKey(ApiKey.of("gold", GOLD))
                .apiKey(ApiKey.of("silver", SILVER))
                .apiKey(ApiKey.of("stray", STRAY))
                .apiKey(ApiKey.of("old", OLD).disabled())
                .usagePlan(UsagePlan.builder("partners").apiKeys("gold", "old").throttle(1, 2))
                .usagePlan(UsagePlan.builder("trial").apiKeys("silver").quota(2, QuotaPeriod.DAY))
                .route("GET /pets", new EchoHandler(), KEY_REQUIRED)
                .route("GET /open", new EchoHandler());
    }

    // No key, an unknown key, a disabled key and a key in no plan all get 403 {"message":"Forbidden"}, and the
    // function is not invoked (docs/behavior.md#api-keys).
    @Test
    void missing_unknown_disabled_and_planless_keys_get_403() {
        ApiGateway gateway = api().build();

        Map<String, Exchange> refused = new LinkedHashMap<>();
        refused.put("none", gateway.get("/pets").send());
        refused.put(
                "unknown",
                gateway.get("/pets")
                        .header("X-API-Key", "unknownKey0123456789ab")
                        .send());
        refused.put("disabled", gateway.get("/pets").header("X-API-Key", OLD).send());
        refused.put("no plan", gateway.get("/pets").header("X-API-Key", STRAY).send());

        refused.forEach((why, exchange) -> {
            assertThat(exchange)
                    .as(why)
                    .response()
                    .hasStatus(403)
                    .hasBody("{\"message\":\"Forbidden\"}")
                    .hasHeaderValues("x-amzn-ErrorType", "ForbiddenException");
            assertThat(exchange).as(why).wasNotInvoked();
        });
    }

    // A valid key in any header case passes, and the event's identity carries apiKey and apiKeyId; a method that
    // requires no key has neither (docs/behavior.md#api-keys, #rest-identity).
    @Test
    void valid_key_passes_and_reaches_the_event_identity() {
        ApiGateway gateway = api().build();

        Exchange keyed = gateway.get("/pets").header("x-api-key", GOLD).send();
        Exchange open = gateway.get("/open").header("x-api-key", GOLD).send();

        assertThat(keyed).response().hasStatus(200);
        JsonNode identity = json(keyed.lambdaEvent().raw()).at("/requestContext/identity");
        assertThat(identity.get("apiKey").asText()).isEqualTo(GOLD);
        assertThat(identity.get("apiKeyId").asText()).matches("[a-z0-9]{10}");
        assertThat(keys(json(open.lambdaEvent().raw()).at("/requestContext/identity")))
                .hasSize(12)
                .doesNotContain("apiKey", "apiKeyId");
    }

    // A usage plan throttle is a token bucket on the gateway's clock: burst 2, then 429 until a token refills
    // (docs/behavior.md#throttling).
    @Test
    void plan_throttle_answers_429_until_the_bucket_refills() {
        ApiGateway gateway = api().build();

        assertThat(gateway.get("/pets").header("X-API-Key", GOLD).send())
                .response()
                .hasStatus(200);
        assertThat(gateway.get("/pets").header("X-API-Key", GOLD).send())
                .response()
                .hasStatus(200);
        Exchange throttled = gateway.get("/pets").header("X-API-Key", GOLD).send();
        assertThat(throttled)
                .response()
                .hasStatus(429)
                .hasBody("{\"message\":\"Too Many Requests\"}")
                .hasHeaderValues("x-amzn-ErrorType", "TooManyRequestsException");
        assertThat(throttled).wasNotInvoked();

        clock.advance(Duration.ofSeconds(1));
        assertThat(gateway.get("/pets").header("X-API-Key", GOLD).send())
                .response()
                .hasStatus(200);
    }

    // A quota counts requests per key per period; the next day starts a new count (docs/behavior.md#quotas).
    @Test
    void quota_answers_429_limit_exceeded_until_the_next_period() {
        ApiGateway gateway = api().build();

        gateway.get("/pets").header("X-API-Key", SILVER).send();
        gateway.get("/pets").header("X-API-Key", SILVER).send();
        Exchange exceeded = gateway.get("/pets").header("X-API-Key", SILVER).send();

        assertThat(exceeded)
                .response()
                .hasStatus(429)
                .hasBody("{\"message\":\"Limit Exceeded\"}")
                .hasHeaderValues("x-amzn-ErrorType", "LimitExceededException");
        clock.advance(Duration.ofHours(14));
        assertThat(gateway.get("/pets").header("X-API-Key", SILVER).send())
                .response()
                .hasStatus(200);
    }

    // Stage throttles apply to methods that require no key too (docs/behavior.md#throttling).
    @Test
    void stage_throttle_applies_to_every_method() {
        ApiGateway gateway = ApiGateway.builder()
                .clock(clock)
                .stageThrottling(
                        StageThrottling.builder().defaultMethodThrottle(1, 1).build())
                .route("GET /open", new EchoHandler())
                .build();

        assertThat(gateway.get("/open").send()).response().hasStatus(200);
        assertThat(gateway.get("/open").send()).response().hasStatus(429);
    }

    // An HTTP API's stage throttles its routes: the default for every route, a route's own setting replacing it;
    // a refused request gets 429 {"message":"Too Many Requests"} (docs/behavior.md#http-api-throttling).
    @Test
    void http_api_route_throttles_answer_429() {
        ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .clock(clock)
                .stageThrottling(StageThrottling.builder()
                        .defaultMethodThrottle(1, 1)
                        .methodThrottle("GET /busy", 1, 3)
                        .build())
                .route("GET /open", new EchoHandler())
                .route("GET /busy", new EchoHandler())
                .build();

        assertThat(gateway.get("/open").send()).response().hasStatus(200);
        Exchange throttled = gateway.get("/open").send();
        assertThat(throttled)
                .response()
                .hasStatus(429)
                .hasBody("{\"message\":\"Too Many Requests\"}")
                .doesNotHaveHeader("x-amzn-ErrorType")
                .hasHeader("apigw-requestid", throttled.requestId());
        for (int i = 0; i < 3; i++) {
            assertThat(gateway.get("/busy").send()).response().hasStatus(200);
        }
        assertThat(gateway.get("/busy").send()).response().hasStatus(429);
    }

    // With the AUTHORIZER key source the key is the authorizer's usageIdentifierKey; the authorizer runs first, so a
    // bad token gets 401 even without a key (docs/behavior.md#api-keys, #method-request).
    @Test
    void authorizer_key_source_reads_the_usage_identifier_key() {
        ScriptedAuthorizer authorizer = new ScriptedAuthorizer(event -> {
            Map<String, Object> output = new LinkedHashMap<>(policy("u", "Allow", "*"));
            if ("Bearer gold".equals(event.get("authorizationToken"))) {
                output.put("usageIdentifierKey", GOLD);
            }
            return output;
        });
        ApiGateway gateway = api().apiKeySource(ApiKeySource.AUTHORIZER)
                .authorizer(AuthorizerDefinition.token("bearer", authorizer))
                .route(
                        "GET /partner",
                        new EchoHandler(),
                        MethodRequest.builder()
                                .authorizer("bearer")
                                .apiKeyRequired(true)
                                .build())
                .build();

        assertThat(gateway.get("/partner")
                        .header("Authorization", "Bearer gold")
                        .send())
                .response()
                .hasStatus(200);
        assertThat(gateway.get("/partner")
                        .header("Authorization", "Bearer other")
                        .header("X-API-Key", GOLD)
                        .send())
                .response()
                .hasStatus(403)
                .hasBody("{\"message\":\"Forbidden\"}");
        assertThat(gateway.get("/partner").send()).response().hasStatus(401);
    }

    // A DEFAULT_4XX CORS header reaches the 403 and the 429, so a browser sees them (docs/behavior.md#rest-cors).
    @Test
    void default_4xx_headers_reach_key_and_throttle_answers() {
        ApiGateway gateway = api().gatewayResponse(GatewayResponse.of(GatewayResponseType.DEFAULT_4XX)
                        .header("Access-Control-Allow-Origin", "'*'"))
                .build();

        assertThat(gateway.get("/pets").send()).response().hasHeaderValues("Access-Control-Allow-Origin", "*");
        gateway.get("/pets").header("X-API-Key", GOLD).send();
        gateway.get("/pets").header("X-API-Key", GOLD).send();
        assertThat(gateway.get("/pets").header("X-API-Key", GOLD).send())
                .response()
                .hasStatus(429)
                .hasHeaderValues("Access-Control-Allow-Origin", "*");
    }

    // Declarations API Gateway would not serve fail when the gateway is built.
    @Test
    void invalid_key_declarations_fail_at_build() {
        assertThatThrownBy(() -> UsagePlan.builder("empty").build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ApiGateway.builder()
                        .httpApi()
                        .apiKey(ApiKey.of("gold", GOLD))
                        .route("GET /pets", new EchoHandler())
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("REST API features");
        assertThatThrownBy(() -> ApiGateway.builder()
                        .usagePlan(UsagePlan.builder("p").apiKeys("ghost"))
                        .route("GET /pets", new EchoHandler())
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("ghost");
    }
}

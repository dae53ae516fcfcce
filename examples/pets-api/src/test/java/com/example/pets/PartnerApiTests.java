package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.example.pets.PartnerAuthorizer.Partner;
import io.apigwsim.ApiGateway;
import io.apigwsim.AuthorizerCall;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiKey;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.QuotaPeriod;
import io.apigwsim.definition.RequestValidator;
import io.apigwsim.definition.UsagePlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The partner API: every method behind the partners' TOKEN authorizer and an API key in a usage plan, and new pets
 * validated against a model before the function sees them.
 */
class PartnerApiTests {

    private static final String ACME_KEY = "acmeKey0123456789abcdef";
    private static final String PET_MODEL = "{\"type\": \"object\", \"required\": [\"name\", \"species\"],"
            + " \"properties\": {\"name\": {\"type\": \"string\", \"minLength\": 1},"
            + " \"species\": {\"type\": \"string\", \"enum\": [\"dog\", \"cat\"]}}}";

    private final PetStore store = new PetStore();
    private Instant now = Instant.parse("2026-12-02T09:00:00Z");
    private PartnerAuthorizer authorizer;
    private ApiGateway gateway;

    @BeforeEach
    void deploy() {
        store.add("Rex", "dog");
        authorizer = spy(new PartnerAuthorizer(Map.of(
                "acme-token", new Partner("acme", "gold", ACME_KEY, false),
                "blocked-token", new Partner("shady", "none", ACME_KEY, true))));
        MethodRequest partnersOnly = MethodRequest.builder()
                .authorizer("partners")
                .apiKeyRequired(true)
                .build();
        gateway = ApiGateway.builder()
                .stage("prod")
                .clock(new Clock() {
                    @Override
                    public ZoneOffset getZone() {
                        return ZoneOffset.UTC;
                    }

                    @Override
                    public Clock withZone(java.time.ZoneId zone) {
                        return this;
                    }

                    @Override
                    public Instant instant() {
                        return now;
                    }
                })
                .authorizer(AuthorizerDefinition.token("partners", authorizer)
                        .validationExpression("Bearer [a-z-]+")
                        .resultTtlSeconds(300))
                .apiKey(ApiKey.of("acme", ACME_KEY))
                .usagePlan(UsagePlan.builder("partners").apiKeys("acme").throttle(5, 3).quota(1000, QuotaPeriod.DAY))
                .requestValidator(RequestValidator.of("body", true, false))
                .model("NewPet", PET_MODEL)
                .gatewayResponse(GatewayResponse.of(GatewayResponseType.DEFAULT_4XX)
                        .header("Access-Control-Allow-Origin", "'https://partners.example.com'"))
                .route("GET /pets", new PetsHandler(store), partnersOnly)
                .route(
                        "POST /pets",
                        new PetsHandler(store),
                        partnersOnly.toBuilder()
                                .requestValidator("body")
                                .requestModel("application/json", "NewPet")
                                .build())
                .build();
    }

    private Exchange listAs(String token) {
        return gateway.get("/pets").header("Authorization", "Bearer " + token).header("x-api-key", ACME_KEY).send();
    }

    @Test
    void a_partner_with_its_key_lists_pets_and_the_function_sees_who_it_is() {
        Exchange exchange = listAs("acme-token");

        assertThat(exchange).response().hasStatus(200);
        assertThat(exchange).lambdaEvent().hasRequestContextField("authorizer.principalId", "acme");
        assertThat(exchange).lambdaEvent().hasRequestContextField("authorizer.tier", "gold");
        assertThat(exchange).lambdaEvent().hasRequestContextField("identity.apiKey", ACME_KEY);
        assertThat(exchange).authorizerEvent().hasField("authorizationToken", "Bearer acme-token");
    }

    @Test
    void an_unknown_token_is_unauthorized_and_a_blocked_partner_denied() {
        Exchange unknown = listAs("stranger");
        Exchange blocked = listAs("blocked-token");

        assertThat(unknown).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
        assertThat(blocked)
                .response()
                .hasStatus(403)
                .hasBody("{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}");
        // The DEFAULT_4XX gateway response lets the partners' browser app read both answers.
        assertThat(unknown).response().hasHeader("Access-Control-Allow-Origin", "https://partners.example.com");
        assertThat(blocked).response().hasHeader("Access-Control-Allow-Origin", "https://partners.example.com");
    }

    @Test
    void the_authorizer_answer_is_cached_for_five_minutes_across_methods() {
        listAs("acme-token");
        Exchange created = gateway.post("/pets")
                .header("Authorization", "Bearer acme-token")
                .header("x-api-key", ACME_KEY)
                .header("Content-Type", "application/json")
                .body("{\"name\": \"Tom\", \"species\": \"cat\"}")
                .send();

        assertThat(created).response().hasStatus(201);
        assertThat(created.authorizer().orElseThrow().fromCache()).isTrue();
        verify(authorizer, times(1)).handleRequest(any(), any());

        now = now.plus(Duration.ofMinutes(5));
        assertThat(listAs("acme-token").authorizer().orElseThrow().fromCache()).isFalse();
        verify(authorizer, times(2)).handleRequest(any(), any());
    }

    @Test
    void a_token_in_the_wrong_form_never_reaches_the_authorizer() {
        Exchange exchange = gateway.get("/pets").header("Authorization", "Basic YWNtZQ==").send();

        assertThat(exchange).response().hasStatus(401);
        assertThat(exchange.authorizer().orElseThrow().decision()).isEqualTo(AuthorizerCall.Decision.UNAUTHORIZED);
        verify(authorizer, times(0)).handleRequest(any(), any());
    }

    @Test
    void a_missing_key_is_forbidden_and_a_burst_above_the_plan_is_throttled() {
        assertThat(gateway.get("/pets").header("Authorization", "Bearer acme-token").send())
                .response()
                .hasStatus(403)
                .hasBody("{\"message\":\"Forbidden\"}");

        for (int i = 0; i < 3; i++) {
            assertThat(listAs("acme-token")).response().hasStatus(200);
        }
        assertThat(listAs("acme-token")).response().hasStatus(429).hasBody("{\"message\":\"Too Many Requests\"}");

        now = now.plusSeconds(1);
        assertThat(listAs("acme-token")).response().hasStatus(200);
    }

    @Test
    void an_invalid_new_pet_is_refused_before_the_function_runs() {
        Exchange exchange = gateway.post("/pets")
                .header("Authorization", "Bearer acme-token")
                .header("x-api-key", ACME_KEY)
                .header("Content-Type", "application/json")
                .body("{\"name\": \"Nemo\", \"species\": \"fish\"}")
                .send();

        assertThat(exchange).response().hasStatus(400).hasBody("{\"message\": \"Invalid request body\"}");
        assertThat(exchange).wasNotInvoked();
        assertThat(store.list(null, 10)).hasSize(1);
    }
}

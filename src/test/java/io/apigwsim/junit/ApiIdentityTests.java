package io.apigwsim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The API's identity is stable: every gateway of the same API id has the same host, deployment id and resource ids,
 * whatever its seed, so a handler that caches its base URI in a static field sees one host in every test, as on AWS;
 * {@code @ApiGatewayTest} sets it like the builder does (docs/behavior.md#api-identity).
 */
class ApiIdentityTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode context(Exchange exchange) throws Exception {
        return MAPPER.readTree(exchange.lambdaEvent().raw()).get("requestContext");
    }

    private static JsonNode contextOf(long seed, String apiId) throws Exception {
        ApiGateway.Builder builder = ApiGateway.builder().seed(seed).route("GET /pets/{id}", new EchoHandler());
        if (apiId != null) {
            builder.apiId(apiId);
        }
        try (ApiGateway gateway = builder.build()) {
            return context(gateway.get("/pets/7").send());
        }
    }

    @Test
    void gateways_with_different_seeds_share_the_default_identity() throws Exception {
        JsonNode first = contextOf(1, null);
        JsonNode second = contextOf(2, null);

        assertThat(first.get("apiId").asText()).isEqualTo(ApiGateway.DEFAULT_API_ID);
        assertThat(first.get("domainName").asText())
                .isEqualTo(ApiGateway.DEFAULT_API_ID + ".execute-api.us-east-1.amazonaws.com");
        for (String field : new String[] {"apiId", "domainName", "domainPrefix", "deploymentId", "resourceId"}) {
            assertThat(second.get(field)).as(field).isEqualTo(first.get(field));
        }
        assertThat(second.get("requestId")).isNotEqualTo(first.get("requestId"));
    }

    @Test
    void an_api_id_sets_the_host_and_derives_the_deployment_and_resource_ids() throws Exception {
        JsonNode chosen = contextOf(1, "k3x9q2m7ab");
        JsonNode again = contextOf(5, "k3x9q2m7ab");
        JsonNode defaults = contextOf(1, null);

        assertThat(chosen.get("apiId").asText()).isEqualTo("k3x9q2m7ab");
        assertThat(chosen.get("domainName").asText()).isEqualTo("k3x9q2m7ab.execute-api.us-east-1.amazonaws.com");
        assertThat(chosen.get("domainPrefix").asText()).isEqualTo("k3x9q2m7ab");
        assertThat(chosen.get("deploymentId").asText())
                .matches("[a-z0-9]{6}")
                .isEqualTo(again.get("deploymentId").asText())
                .isNotEqualTo(defaults.get("deploymentId").asText());
        assertThat(chosen.get("resourceId").asText())
                .isEqualTo(again.get("resourceId").asText())
                .isNotEqualTo(defaults.get("resourceId").asText());
    }

    @Test
    void an_api_id_that_api_gateway_would_not_make_is_refused() {
        assertThatThrownBy(() -> ApiGateway.builder().apiId("My-Api"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"My-Api\" is not an API id: API Gateway's are ten lower-case letters and digits, such as"
                        + " \"apigwsim01\"");
    }

    @Nested
    @ApiGatewayTest(
            region = "eu-west-1",
            accountId = "210987654321",
            apiId = "k3x9q2m7ab",
            seed = "42",
            clock = "2024-08-02T21:34:43.123Z")
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    class Annotated {

        @Test
        void the_annotation_sets_region_account_api_id_seed_and_clock(ApiGateway gateway) throws Exception {
            JsonNode context = context(gateway.get("/pets/7").send());

            assertThat(context.get("apiId").asText()).isEqualTo("k3x9q2m7ab");
            assertThat(context.get("domainName").asText()).isEqualTo("k3x9q2m7ab.execute-api.eu-west-1.amazonaws.com");
            assertThat(context.get("accountId").asText()).isEqualTo("210987654321");
            assertThat(context.get("requestTime").asText()).isEqualTo("02/Aug/2024:21:34:43 +0000");
            assertThat(context.get("requestTimeEpoch").asLong()).isEqualTo(1722634483123L);
            try (ApiGateway same = ApiGateway.builder()
                    .seed(42)
                    .clock(Clock.fixed(Instant.parse("2024-08-02T21:34:43.123Z"), ZoneOffset.UTC))
                    .region("eu-west-1")
                    .accountId("210987654321")
                    .apiId("k3x9q2m7ab")
                    .route("GET /pets/{id}", new EchoHandler())
                    .build()) {
                assertThat(context).isEqualTo(context(same.get("/pets/7").send()));
            }
        }
    }

    @Test
    void a_seed_that_is_not_a_number_names_the_annotation() {
        assertConfigurationError(
                BadSeed.class,
                "@ApiGatewayTest on class " + BadSeed.class.getSimpleName()
                        + ": seed = \"forty-two\" is not a decimal long;" + " write for example seed = \"42\"");
    }

    @Test
    void a_clock_that_is_not_an_instant_names_the_annotation() {
        assertConfigurationError(
                BadClock.class,
                "@ApiGatewayTest on class " + BadClock.class.getSimpleName()
                        + ": clock = \"yesterday\" is not an ISO-8601"
                        + " instant; write for example clock = \"2024-08-02T21:34:43.123Z\"");
    }

    @Test
    void a_region_that_is_not_a_region_names_the_annotation() {
        assertConfigurationError(
                BadRegion.class,
                "@ApiGatewayTest on class " + BadRegion.class.getSimpleName()
                        + ": \"Europe\" is not an AWS region such as" + " \"eu-west-1\"");
    }

    private static void assertConfigurationError(Class<?> testCase, String expected) {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testCase))
                .execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class), message(expected))));
    }

    @ApiGatewayTest(seed = "forty-two")
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class)
    static class BadSeed {
        @Test
        void runs(ApiGateway gateway) {}
    }

    @ApiGatewayTest(clock = "yesterday")
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class)
    static class BadClock {
        @Test
        void runs(ApiGateway gateway) {}
    }

    @ApiGatewayTest(region = "Europe")
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class)
    static class BadRegion {
        @Test
        void runs(ApiGateway gateway) {}
    }
}

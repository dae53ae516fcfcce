package io.apigwsim.internal.usageplan;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiKey;
import io.apigwsim.definition.StageThrottling;
import io.apigwsim.definition.UsagePlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsagePlansValidationTests {

    private static final List<String> ROUTES = List.of("GET /pets", "POST /pets");
    private static final ApiKey GOLD = ApiKey.of("gold-client", "goldclientkey0123456789");
    private static final ApiKey SILVER = ApiKey.of("silver-client", "silverclientkey0123456789");

    private static UsagePlan plan(String name, String... keys) {
        return UsagePlan.builder(name).apiKeys(keys).build();
    }

    @Test
    void keys_in_no_plan_and_plans_with_declared_keys_compile() {
        assertThatCode(() -> UsagePlans.compile(
                        List.of(plan("Gold", "gold-client")), List.of(GOLD, SILVER), StageThrottling.none(), ROUTES))
                .doesNotThrowAnyException();
    }

    @Test
    void plan_listing_an_undeclared_key_is_rejected_with_the_declared_keys() {
        assertThatThrownBy(() -> UsagePlans.compile(
                        List.of(plan("Gold", "gold")), List.of(GOLD, SILVER), StageThrottling.none(), ROUTES))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Usage plan \"Gold\" lists API key \"gold\", which is not declared; declare it with"
                        + " ApiKey.of(\"gold\", value) or list a declared key: \"gold-client\", \"silver-client\"");
    }

    @Test
    void plan_listing_a_key_when_none_is_declared_says_how_to_declare_it() {
        assertThatThrownBy(() ->
                        UsagePlans.compile(List.of(plan("Gold", "gold")), List.of(), StageThrottling.none(), ROUTES))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Usage plan \"Gold\" lists API key \"gold\", which is not declared; declare it with"
                        + " ApiKey.of(\"gold\", value)");
    }

    // One key belongs to at most one usage plan of a stage (docs/behavior.md#usage-plans).
    @Test
    void key_in_two_plans_is_rejected() {
        assertThatThrownBy(() -> UsagePlans.compile(
                        List.of(plan("Gold", "gold-client"), plan("Silver", "silver-client", "gold-client")),
                        List.of(GOLD, SILVER),
                        StageThrottling.none(),
                        ROUTES))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("API key \"gold-client\" is in usage plans \"Gold\" and \"Silver\"; a key belongs to at"
                        + " most one usage plan of a stage, so remove it from one of them");
    }

    @Test
    void key_name_declared_twice_is_rejected() {
        ApiKey again = ApiKey.of("gold-client", "anotherclientkey0123456789");

        assertThatThrownBy(() -> UsagePlans.compile(List.of(), List.of(GOLD, again), StageThrottling.none(), ROUTES))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("API key \"gold-client\" is declared twice; give each key its own name");
    }

    // Two keys with one value are one key to API Gateway (docs/behavior.md#api-keys).
    @Test
    void two_keys_with_one_value_are_rejected() {
        ApiKey copy = ApiKey.of("copy", GOLD.value());

        assertThatThrownBy(() -> UsagePlans.compile(List.of(), List.of(GOLD, copy), StageThrottling.none(), ROUTES))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("API keys \"gold-client\" and \"copy\" have the same value; API Gateway treats them as one"
                        + " key, so give each key its own value");
    }

    @Test
    void plan_name_declared_twice_is_rejected() {
        assertThatThrownBy(() -> UsagePlans.compile(
                        List.of(plan("Gold", "gold-client"), plan("Gold", "silver-client")),
                        List.of(GOLD, SILVER),
                        StageThrottling.none(),
                        ROUTES))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Usage plan \"Gold\" is declared twice; give each plan its own name");
    }

    @Test
    void plan_throttling_a_route_the_api_lacks_is_rejected_with_the_routes() {
        UsagePlan plan = UsagePlan.builder("Gold")
                .apiKeys("gold-client")
                .methodThrottle("GET /pet", 1, 1)
                .build();

        assertThatThrownBy(() -> UsagePlans.compile(List.of(plan), List.of(GOLD), StageThrottling.none(), ROUTES))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Usage plan \"Gold\" throttles GET /pet, which is not a route of the API; throttle one of"
                        + " its routes: GET /pets, POST /pets");
    }

    @Test
    void stage_throttling_a_route_the_api_lacks_is_rejected() {
        StageThrottling throttling =
                StageThrottling.builder().methodThrottle("DELETE /pets", 1, 1).build();

        assertThatThrownBy(() -> UsagePlans.compile(List.of(), List.of(), throttling, ROUTES))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Stage throttling throttles DELETE /pets, which is not a route of the API; throttle one of"
                        + " its routes: GET /pets, POST /pets");
    }
}

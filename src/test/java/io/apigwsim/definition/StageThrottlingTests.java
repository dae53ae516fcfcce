package io.apigwsim.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StageThrottlingTests {

    @Test
    void none_has_no_throttles() {
        assertThat(StageThrottling.none().defaultMethodThrottle()).isEmpty();
        assertThat(StageThrottling.none().methodThrottles()).isEmpty();
        assertThat(StageThrottling.none()).hasToString("Stage throttling: none");
    }

    @Test
    void builder_keeps_the_default_and_the_method_throttles() {
        StageThrottling throttling = StageThrottling.builder()
                .defaultMethodThrottle(100, 50)
                .methodThrottle("POST /pets", 5, 5)
                .build();

        assertThat(throttling.defaultMethodThrottle()).contains(new ThrottleSettings(100, 50));
        assertThat(throttling.methodThrottles()).containsExactly(Map.entry("POST /pets", new ThrottleSettings(5, 5)));
        assertThat(throttling)
                .hasToString("Stage throttling: default rate 100.00/s, burst 50, methods {POST /pets=rate 5.00/s,"
                        + " burst 5}");
    }

    @Test
    void malformed_route_key_is_rejected() {
        assertThatThrownBy(() -> StageThrottling.builder().methodThrottle("/pets", 5, 5))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Stage throttling: \"/pets\" is not a route key; write the upper-case method, one space"
                        + " and the resource path, for example \"GET /pets/{id}\"");
    }

    @Test
    void negative_default_burst_is_rejected() {
        assertThatThrownBy(() -> StageThrottling.builder().defaultMethodThrottle(5, -1))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageStartingWith("Stage throttling: burst limit -1 is negative;");
    }

    @Test
    void settings_built_directly_are_checked_too() {
        assertThatThrownBy(() -> new ThrottleSettings(Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageStartingWith("Throttle settings: rate limit Infinity is not");
        assertThatThrownBy(() -> new QuotaSettings(1, QuotaPeriod.DAY, 2))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageStartingWith("Quota settings: quota offset 2 is more than the limit 1;");
    }
}

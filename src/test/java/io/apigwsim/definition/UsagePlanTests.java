package io.apigwsim.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UsagePlanTests {

    @Test
    void builder_keeps_keys_limits_and_method_throttles_in_order() {
        UsagePlan plan = UsagePlan.builder("Gold")
                .apiKeys("gold-client", "partner")
                .throttle(10, 20)
                .quota(1000, QuotaPeriod.WEEK, 100)
                .methodThrottle("POST /pets", 1, 2)
                .methodThrottle("GET /pets/{id}", 5, 5)
                .build();

        assertThat(plan.name()).isEqualTo("Gold");
        assertThat(plan.apiKeys()).containsExactly("gold-client", "partner");
        assertThat(plan.throttle()).contains(new ThrottleSettings(10, 20));
        assertThat(plan.quota()).contains(new QuotaSettings(1000, QuotaPeriod.WEEK, 100));
        assertThat(plan.methodThrottles().keySet()).containsExactly("POST /pets", "GET /pets/{id}");
        assertThat(plan.methodThrottles()).containsEntry("POST /pets", new ThrottleSettings(1, 2));
    }

    @Test
    void quota_without_offset_has_offset_0_and_a_plan_may_have_no_limits() {
        UsagePlan plan =
                UsagePlan.builder("Free").apiKeys("k").quota(5, QuotaPeriod.DAY).build();
        UsagePlan unlimited = UsagePlan.builder("Open").apiKeys("k").build();

        assertThat(plan.quota()).contains(new QuotaSettings(5, QuotaPeriod.DAY, 0));
        assertThat(unlimited.throttle()).isEmpty();
        assertThat(unlimited.quota()).isEmpty();
        assertThat(unlimited.methodThrottles()).isEmpty();
    }

    @Test
    void to_string_shows_keys_and_limits() {
        UsagePlan plan = UsagePlan.builder("Gold")
                .apiKeys("gold-client")
                .throttle(10, 20)
                .quota(1000, QuotaPeriod.DAY)
                .build();

        assertThat(plan)
                .hasToString("Usage plan \"Gold\" with API keys [gold-client], throttle rate 10.00/s, burst 20,"
                        + " quota 1000 requests per DAY");
    }

    @Nested
    class Misuse {

        // The simulator refuses a plan without keys: no request could use it (docs/behavior.md#usage-plans).
        @Test
        void plan_without_keys_is_rejected_with_the_fix() {
            assertThatThrownBy(() -> UsagePlan.builder("Gold").throttle(10, 20).build())
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Usage plan \"Gold\" has no API keys, so no request can use it; add the keys it"
                            + " admits, for example .apiKeys(\"gold-client\")");
        }

        @Test
        void key_listed_twice_is_rejected() {
            assertThatThrownBy(() -> UsagePlan.builder("Gold").apiKeys("a").apiKeys("b", "a"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Usage plan \"Gold\" lists API key \"a\" twice; list it once");
        }

        @Test
        void blank_plan_name_is_rejected() {
            assertThatThrownBy(() -> UsagePlan.builder(""))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("A usage plan name must not be blank; name the plan, for example"
                            + " UsagePlan.builder(\"Gold\")");
        }

        @Test
        void negative_rate_is_rejected_naming_the_plan() {
            assertThatThrownBy(() -> UsagePlan.builder("Gold").throttle(-1, 20))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Usage plan \"Gold\": rate limit -1.0 is not a number of requests per second of 0"
                            + " or more; write for example 10.0");
        }

        @Test
        void rate_that_is_not_a_number_is_rejected() {
            assertThatThrownBy(() -> UsagePlan.builder("Gold").throttle(Double.NaN, 20))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageStartingWith("Usage plan \"Gold\": rate limit NaN is not");
        }

        @Test
        void negative_burst_of_a_method_throttle_is_rejected_naming_plan_and_method() {
            assertThatThrownBy(() -> UsagePlan.builder("Gold").methodThrottle("GET /pets", 1, -2))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Usage plan \"Gold\", GET /pets: burst limit -2 is negative; the burst limit is the"
                            + " number of requests the bucket holds, for example 20");
        }

        @Test
        void malformed_route_key_is_rejected_with_an_example() {
            assertThatThrownBy(() -> UsagePlan.builder("Gold").methodThrottle("GET/pets", 1, 2))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Usage plan \"Gold\": \"GET/pets\" is not a route key; write the upper-case method,"
                            + " one space and the resource path, for example \"GET /pets/{id}\"");
        }

        @Test
        void lower_case_method_in_a_route_key_is_rejected() {
            assertThatThrownBy(() -> UsagePlan.builder("Gold").methodThrottle("get /pets", 1, 2))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageContaining("\"get /pets\" is not a route key");
        }

        @Test
        void method_throttled_twice_is_rejected() {
            assertThatThrownBy(() -> UsagePlan.builder("Gold")
                            .methodThrottle("GET /pets", 1, 2)
                            .methodThrottle("GET /pets", 3, 4))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Usage plan \"Gold\" throttles GET /pets twice; give each method one throttle");
        }

        @Test
        void negative_quota_limit_is_rejected() {
            assertThatThrownBy(() -> UsagePlan.builder("Gold").quota(-5, QuotaPeriod.DAY))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Usage plan \"Gold\": quota limit -5 is negative; the limit is the number of"
                            + " requests per period, for example 1000");
        }

        @Test
        void negative_quota_offset_is_rejected() {
            assertThatThrownBy(() -> UsagePlan.builder("Gold").quota(5, QuotaPeriod.DAY, -1))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Usage plan \"Gold\": quota offset -1 is negative; the offset is the number of"
                            + " requests taken off the limit in the first period, 0 or more");
        }

        // The offset is taken off the limit in the first period (docs/behavior.md#quotas).
        @Test
        void quota_offset_above_the_limit_is_rejected() {
            assertThatThrownBy(() -> UsagePlan.builder("Gold").quota(500, QuotaPeriod.MONTH, 600))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Usage plan \"Gold\": quota offset 600 is more than the limit 500; the offset is the"
                            + " number of requests taken off the limit in the first period, at most the limit");
        }
    }
}

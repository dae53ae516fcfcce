package io.apigwsim.internal.usageplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.definition.ApiKey;
import io.apigwsim.definition.QuotaPeriod;
import io.apigwsim.definition.StageThrottling;
import io.apigwsim.definition.UsagePlan;
import io.apigwsim.internal.usageplan.UsageDecision.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UsagePlansCheckTests {

    private static final Instant T0 = Instant.parse("2024-03-15T12:00:00Z");
    private static final List<String> ROUTES = List.of("GET /pets", "POST /pets", "GET /pets/{id}");
    private static final String GOLD_VALUE = "goldclientkey0123456789";
    private static final String MASKED_GOLD = "*****************456789";
    private static final ApiKey GOLD = ApiKey.of("gold-client", GOLD_VALUE);
    private static final ApiKey LOOSE = ApiKey.of("loose-client", "looseclientkey0123456789");

    private static UsagePlans compile(UsagePlan plan, StageThrottling throttling, ApiKey... keys) {
        return UsagePlans.compile(List.of(plan), List.of(keys), throttling, ROUTES);
    }

    private static UsagePlans gold(UsagePlan.Builder plan) {
        return compile(plan.build(), StageThrottling.none(), GOLD, LOOSE);
    }

    private static List<Outcome> send(UsagePlans plans, String routeKey, Instant at, int requests) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            outcomes.add(plans.check(GOLD_VALUE, routeKey, at).outcome());
        }
        return outcomes;
    }

    @Nested
    class ApiKeys {

        private final UsagePlans plans = gold(UsagePlan.builder("Gold").apiKeys("gold-client"));

        // An enabled key of a usage plan passes; the decision carries its id and value for
        // requestContext.identity (docs/behavior.md#api-keys).
        @Test
        void key_of_a_plan_passes_with_its_id_and_value() {
            UsageDecision decision = plans.check(GOLD_VALUE, "GET /pets", T0);

            assertThat(decision)
                    .isEqualTo(new UsageDecision(
                            Outcome.ALLOWED,
                            Optional.of(ApiKeyIds.of("gold-client")),
                            Optional.of(GOLD_VALUE),
                            Optional.of("Usage plan check succeeded for API Key " + MASKED_GOLD
                                    + " and usage plan \"Gold\"")));
        }

        // No key on a method that requires one: 403 Forbidden (docs/behavior.md#api-keys).
        @Test
        void missing_key_is_an_invalid_api_key() {
            assertThat(plans.check(null, "GET /pets", T0))
                    .isEqualTo(new UsageDecision(
                            Outcome.INVALID_API_KEY,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of("Method GET /pets requires an API key and the request has none")));
            assertThat(plans.check("", "GET /pets", T0).outcome()).isEqualTo(Outcome.INVALID_API_KEY);
        }

        // A value no key has: 403 Forbidden (docs/behavior.md#api-keys).
        @Test
        void unknown_key_is_an_invalid_api_key() {
            UsageDecision decision = plans.check("unknownclientkey0123456789", "GET /pets", T0);

            assertThat(decision.outcome()).isEqualTo(Outcome.INVALID_API_KEY);
            assertThat(decision.apiKeyId()).isEmpty();
            assertThat(decision.executionLog())
                    .contains("API Key ********************456789 not authorized because method GET /pets requires"
                            + " API Key and no API key has this value");
        }

        // Key values are compared exactly (docs/behavior.md#api-keys).
        @Test
        void key_value_in_another_case_is_unknown() {
            assertThat(plans.check(GOLD_VALUE.toUpperCase(Locale.ROOT), "GET /pets", T0)
                            .outcome())
                    .isEqualTo(Outcome.INVALID_API_KEY);
        }

        // A disabled key: 403 Forbidden (docs/behavior.md#api-keys).
        @Test
        void disabled_key_is_an_invalid_api_key() {
            UsagePlans withDisabledKey = compile(
                    UsagePlan.builder("Gold").apiKeys("gold-client").build(), StageThrottling.none(), GOLD.disabled());

            UsageDecision decision = withDisabledKey.check(GOLD_VALUE, "GET /pets", T0);

            assertThat(decision.outcome()).isEqualTo(Outcome.INVALID_API_KEY);
            assertThat(decision.executionLog())
                    .contains("API Key " + MASKED_GOLD + " not authorized because method GET /pets requires API Key"
                            + " and API key \"gold-client\" is disabled");
        }

        // A key in no usage plan of the stage: 403 Forbidden (docs/behavior.md#api-keys).
        @Test
        void key_in_no_plan_is_an_invalid_api_key() {
            UsageDecision decision = plans.check(LOOSE.value(), "GET /pets", T0);

            assertThat(decision.outcome()).isEqualTo(Outcome.INVALID_API_KEY);
            assertThat(decision.executionLog())
                    .contains("API Key ******************456789 not authorized because method GET /pets requires"
                            + " API Key and API key \"loose-client\" belongs to no usage plan of the stage");
        }

        // Without usage plans every request to a method that requires a key is refused (docs/behavior.md#api-keys).
        @Test
        void without_plans_every_key_is_invalid() {
            UsagePlans none = UsagePlans.compile(List.of(), List.of(GOLD), StageThrottling.none(), ROUTES);

            assertThat(none.check(GOLD_VALUE, "GET /pets", T0).outcome()).isEqualTo(Outcome.INVALID_API_KEY);
        }

        // A method without the key requirement ignores keys; only stage throttles apply (docs/behavior.md#api-keys).
        @Test
        void method_without_key_requirement_passes_without_a_key() {
            assertThat(plans.check("GET /pets", T0))
                    .isEqualTo(
                            new UsageDecision(Outcome.ALLOWED, Optional.empty(), Optional.empty(), Optional.empty()));
        }
    }

    @Nested
    class Throttles {

        // Usage plan throttles are per key (docs/behavior.md#throttling).
        @Test
        void plan_throttle_gives_each_key_its_own_bucket() {
            ApiKey other = ApiKey.of("other-client", "otherclientkey0123456789");
            UsagePlans plans = compile(
                    UsagePlan.builder("Gold")
                            .apiKeys("gold-client", "other-client")
                            .throttle(1, 1)
                            .build(),
                    StageThrottling.none(),
                    GOLD,
                    other);
            plans.check(GOLD_VALUE, "GET /pets", T0);

            assertThat(plans.check(GOLD_VALUE, "GET /pets", T0).outcome()).isEqualTo(Outcome.THROTTLED);
            assertThat(plans.check(other.value(), "GET /pets", T0).outcome()).isEqualTo(Outcome.ALLOWED);
        }

        // The plan's throttle of a key is shared by all methods (docs/behavior.md#throttling).
        @Test
        void plan_throttle_is_shared_by_the_methods() {
            UsagePlans plans =
                    gold(UsagePlan.builder("Gold").apiKeys("gold-client").throttle(1, 1));
            plans.check(GOLD_VALUE, "GET /pets", T0);

            UsageDecision decision = plans.check(GOLD_VALUE, "POST /pets", T0);

            assertThat(decision.outcome()).isEqualTo(Outcome.THROTTLED);
            assertThat(decision.apiKeyId()).contains(ApiKeyIds.of("gold-client"));
            assertThat(decision.executionLog())
                    .contains("API Key " + MASKED_GOLD + " exceeded throttle limit: Key throttle limit exceeded for"
                            + " usage plan \"Gold\", method POST /pets. Limit: 1.00 Burst: 1");
        }

        // A plan's method throttle applies to its method only, before the plan's throttle
        // (docs/behavior.md#throttling, #usage-plan-checks).
        @Test
        void plan_method_throttle_is_checked_first_and_only_on_its_method() {
            UsagePlans plans = gold(UsagePlan.builder("Gold")
                    .apiKeys("gold-client")
                    .throttle(100, 100)
                    .methodThrottle("POST /pets", 0.5, 1));
            plans.check(GOLD_VALUE, "POST /pets", T0);

            UsageDecision post = plans.check(GOLD_VALUE, "POST /pets", T0.plusSeconds(1));
            UsageDecision get = plans.check(GOLD_VALUE, "GET /pets", T0.plusSeconds(1));

            assertThat(post.executionLog())
                    .contains("API Key " + MASKED_GOLD + " exceeded throttle limit: Key throttle limit exceeded for"
                            + " usage plan \"Gold\" on method POST /pets. Limit: 0.50 Burst: 1");
            assertThat(get.outcome()).isEqualTo(Outcome.ALLOWED);
            assertThat(plans.check(GOLD_VALUE, "POST /pets", T0.plusSeconds(2)).outcome())
                    .isEqualTo(Outcome.ALLOWED);
        }

        // [UNCERTAIN] A request the method throttle passes takes a token of the plan's throttle too
        // (docs/behavior.md#uncertain-usage-plans).
        @Test
        void plan_method_throttle_and_plan_throttle_both_apply() {
            UsagePlans plans = gold(UsagePlan.builder("Gold")
                    .apiKeys("gold-client")
                    .throttle(1, 2)
                    .methodThrottle("POST /pets", 100, 100));

            assertThat(send(plans, "POST /pets", T0, 3))
                    .containsExactly(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.THROTTLED);
        }

        // Stage default method throttle: each method has its own bucket (docs/behavior.md#throttling).
        @Test
        void stage_default_throttle_meters_each_method_apart() {
            UsagePlans plans = UsagePlans.compile(
                    List.of(),
                    List.of(),
                    StageThrottling.builder().defaultMethodThrottle(1, 1).build(),
                    ROUTES);
            plans.check("GET /pets", T0);

            UsageDecision sameMethod = plans.check("GET /pets", T0);
            UsageDecision otherMethod = plans.check("POST /pets", T0);

            assertThat(sameMethod)
                    .isEqualTo(new UsageDecision(
                            Outcome.THROTTLED,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of("Method GET /pets exceeded the stage's throttle limit. Limit: 1.00 Burst: 1")));
            assertThat(otherMethod.outcome()).isEqualTo(Outcome.ALLOWED);
        }

        // A stage method throttle replaces the stage default for its method (docs/behavior.md#throttling).
        @Test
        void stage_method_throttle_replaces_the_default_for_its_method() {
            UsagePlans plans = UsagePlans.compile(
                    List.of(),
                    List.of(),
                    StageThrottling.builder()
                            .defaultMethodThrottle(1, 1)
                            .methodThrottle("POST /pets", 1, 3)
                            .build(),
                    ROUTES);

            List<Outcome> post = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                post.add(plans.check("POST /pets", T0).outcome());
            }

            assertThat(post).containsExactly(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.THROTTLED);
        }

        // Stage throttles apply to requests with a key too, after the plan's (docs/behavior.md#usage-plan-checks).
        @Test
        void stage_throttle_applies_after_the_plan_throttle_to_keyed_requests() {
            UsagePlans plans = compile(
                    UsagePlan.builder("Gold")
                            .apiKeys("gold-client")
                            .throttle(100, 100)
                            .build(),
                    StageThrottling.builder().defaultMethodThrottle(1, 2).build(),
                    GOLD);

            send(plans, "GET /pets", T0, 2);

            UsageDecision third = plans.check(GOLD_VALUE, "GET /pets", T0);

            assertThat(third.outcome()).isEqualTo(Outcome.THROTTLED);
            assertThat(third.apiKeyValue()).contains(GOLD_VALUE);
            assertThat(third.executionLog())
                    .contains("Method GET /pets exceeded the stage's throttle limit. Limit:" + " 1.00 Burst: 2");
        }

        // A request the plan throttles never reaches the stage's bucket (docs/behavior.md#usage-plan-checks).
        @Test
        void request_throttled_by_the_plan_takes_no_stage_token() {
            UsagePlans plans = compile(
                    UsagePlan.builder("Gold")
                            .apiKeys("gold-client")
                            .throttle(1, 1)
                            .build(),
                    StageThrottling.builder().defaultMethodThrottle(1, 2).build(),
                    GOLD);
            send(plans, "GET /pets", T0, 2);

            Outcome withoutKey = plans.check("GET /pets", T0).outcome();
            Outcome nextWithoutKey = plans.check("GET /pets", T0).outcome();

            assertThat(withoutKey).isEqualTo(Outcome.ALLOWED);
            assertThat(nextWithoutKey).isEqualTo(Outcome.THROTTLED);
        }

        // A refused key is refused before any throttle takes a token (docs/behavior.md#usage-plan-checks).
        @Test
        void invalid_key_takes_no_stage_token() {
            UsagePlans plans = compile(
                    UsagePlan.builder("Gold").apiKeys("gold-client").build(),
                    StageThrottling.builder().defaultMethodThrottle(1, 1).build(),
                    GOLD);
            plans.check("unknownclientkey0123456789", "GET /pets", T0);

            assertThat(plans.check(GOLD_VALUE, "GET /pets", T0).outcome()).isEqualTo(Outcome.ALLOWED);
        }
    }

    @Nested
    class Quotas {

        // Quota exceeded: 429 Limit Exceeded, QUOTA_EXCEEDED (docs/behavior.md#quotas).
        @Test
        void quota_exhausted_is_quota_exceeded_until_the_next_day() {
            UsagePlans plans =
                    gold(UsagePlan.builder("Gold").apiKeys("gold-client").quota(2, QuotaPeriod.DAY));

            List<Outcome> today = send(plans, "GET /pets", T0, 3);
            UsageDecision exceeded = plans.check(GOLD_VALUE, "GET /pets", T0);
            Outcome tomorrow = plans.check(GOLD_VALUE, "GET /pets", Instant.parse("2024-03-16T00:00:00Z"))
                    .outcome();

            assertThat(today).containsExactly(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.QUOTA_EXCEEDED);
            assertThat(exceeded.executionLog())
                    .contains("API Key " + MASKED_GOLD + " exceeded quota limit: Key quota exhausted for usage plan"
                            + " \"Gold\". Limit: 2 Period: DAY");
            assertThat(tomorrow).isEqualTo(Outcome.ALLOWED);
        }

        // [UNCERTAIN] Throttles come before the quota, and a throttled request is not counted
        // (docs/behavior.md#uncertain-usage-plans).
        @Test
        void throttled_requests_do_not_use_the_quota() {
            UsagePlans plans = gold(UsagePlan.builder("Gold")
                    .apiKeys("gold-client")
                    .throttle(1, 1)
                    .quota(2, QuotaPeriod.DAY));

            List<Outcome> burst = send(plans, "GET /pets", T0, 4);
            Outcome oneSecondLater =
                    plans.check(GOLD_VALUE, "GET /pets", T0.plusSeconds(1)).outcome();
            Outcome twoSecondsLater =
                    plans.check(GOLD_VALUE, "GET /pets", T0.plusSeconds(2)).outcome();

            assertThat(burst).containsExactly(Outcome.ALLOWED, Outcome.THROTTLED, Outcome.THROTTLED, Outcome.THROTTLED);
            assertThat(oneSecondLater).isEqualTo(Outcome.ALLOWED);
            assertThat(twoSecondsLater).isEqualTo(Outcome.QUOTA_EXCEEDED);
        }

        // The offset lowers the limit of the plan's first period (docs/behavior.md#quotas).
        @Test
        void offset_applies_to_the_first_month_only() {
            UsagePlans plans =
                    gold(UsagePlan.builder("Gold").apiKeys("gold-client").quota(3, QuotaPeriod.MONTH, 1));

            List<Outcome> march = send(plans, "GET /pets", T0, 3);
            List<Outcome> april = send(plans, "GET /pets", Instant.parse("2024-04-01T00:00:00Z"), 4);

            assertThat(march).containsExactly(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.QUOTA_EXCEEDED);
            assertThat(april)
                    .containsExactly(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.QUOTA_EXCEEDED);
        }
    }

    @Nested
    class Threads {

        // Several threads sending through one gateway share the buckets: a burst of 100 admits exactly 100.
        @Test
        void concurrent_requests_at_one_instant_take_exactly_the_burst() throws Exception {
            UsagePlans plans = gold(UsagePlan.builder("Gold")
                    .apiKeys("gold-client")
                    .throttle(1, 100)
                    .quota(1000, QuotaPeriod.DAY));
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Callable<Integer>> senders = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                senders.add(() -> (int) send(plans, "GET /pets", T0, 50).stream()
                        .filter(outcome -> outcome == Outcome.ALLOWED)
                        .count());
            }
            int allowed = 0;
            try {
                for (Future<Integer> sender : threads.invokeAll(senders)) {
                    allowed += sender.get();
                }
            } finally {
                threads.shutdownNow();
            }

            assertThat(allowed).isEqualTo(100);
        }
    }
}

package io.apigwsim.internal.usageplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.definition.QuotaPeriod;
import io.apigwsim.definition.QuotaSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanQuotaTests {

    private static List<Boolean> count(PlanQuota quota, String key, Instant at, int requests) {
        List<Boolean> passed = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            passed.add(quota.tryCount(key, at));
        }
        return passed;
    }

    @Nested
    class Periods {

        // A DAY is a calendar day in UTC (docs/behavior.md#quotas).
        @Test
        void day_starts_at_midnight_utc() {
            assertThat(PlanQuota.periodStart(QuotaPeriod.DAY, Instant.parse("2024-03-15T23:59:59.999999999Z")))
                    .isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(PlanQuota.periodStart(QuotaPeriod.DAY, Instant.parse("2024-03-16T00:00:00Z")))
                    .isEqualTo(LocalDate.of(2024, 3, 16));
        }

        // [UNCERTAIN] A WEEK starts on Sunday, 00:00 UTC (docs/behavior.md#uncertain-usage-plans).
        @Test
        void week_starts_on_sunday_at_midnight_utc() {
            assertThat(PlanQuota.periodStart(QuotaPeriod.WEEK, Instant.parse("2024-03-16T23:59:59Z")))
                    .isEqualTo(LocalDate.of(2024, 3, 10));
            assertThat(PlanQuota.periodStart(QuotaPeriod.WEEK, Instant.parse("2024-03-17T00:00:00Z")))
                    .isEqualTo(LocalDate.of(2024, 3, 17));
            assertThat(PlanQuota.periodStart(QuotaPeriod.WEEK, Instant.parse("2024-03-23T12:00:00Z")))
                    .isEqualTo(LocalDate.of(2024, 3, 17));
        }

        // A MONTH starts on its first day (docs/behavior.md#quotas).
        @Test
        void month_starts_on_the_first_at_midnight_utc() {
            assertThat(PlanQuota.periodStart(QuotaPeriod.MONTH, Instant.parse("2024-02-29T23:59:59Z")))
                    .isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(PlanQuota.periodStart(QuotaPeriod.MONTH, Instant.parse("2024-03-01T00:00:00Z")))
                    .isEqualTo(LocalDate.of(2024, 3, 1));
        }
    }

    @Nested
    class Counting {

        // A key gets `limit` requests per period (docs/behavior.md#quotas).
        @Test
        void limit_requests_pass_then_the_rest_of_the_day_is_refused() {
            PlanQuota quota = new PlanQuota(new QuotaSettings(2, QuotaPeriod.DAY, 0));

            List<Boolean> passed = count(quota, "k", Instant.parse("2024-03-15T08:00:00Z"), 3);
            boolean lateThatDay = quota.tryCount("k", Instant.parse("2024-03-15T23:59:59.999999999Z"));

            assertThat(passed).containsExactly(true, true, false);
            assertThat(lateThatDay).isFalse();
        }

        // The count starts again at the next period, midnight UTC (docs/behavior.md#quotas).
        @Test
        void count_resets_at_midnight_utc() {
            PlanQuota quota = new PlanQuota(new QuotaSettings(1, QuotaPeriod.DAY, 0));
            quota.tryCount("k", Instant.parse("2024-03-15T23:00:00Z"));

            assertThat(quota.tryCount("k", Instant.parse("2024-03-15T23:59:59Z")))
                    .isFalse();
            assertThat(quota.tryCount("k", Instant.parse("2024-03-16T00:00:00Z")))
                    .isTrue();
        }

        // [UNCERTAIN] Weekly counts start again on Sunday, 00:00 UTC (docs/behavior.md#uncertain-usage-plans).
        @Test
        void weekly_count_resets_on_sunday() {
            PlanQuota quota = new PlanQuota(new QuotaSettings(1, QuotaPeriod.WEEK, 0));
            quota.tryCount("k", Instant.parse("2024-03-11T10:00:00Z"));

            assertThat(quota.tryCount("k", Instant.parse("2024-03-16T23:59:59Z")))
                    .isFalse();
            assertThat(quota.tryCount("k", Instant.parse("2024-03-17T00:00:00Z")))
                    .isTrue();
        }

        // Monthly counts start again on the first (docs/behavior.md#quotas).
        @Test
        void monthly_count_resets_on_the_first() {
            PlanQuota quota = new PlanQuota(new QuotaSettings(1, QuotaPeriod.MONTH, 0));
            quota.tryCount("k", Instant.parse("2024-03-01T00:00:00Z"));

            assertThat(quota.tryCount("k", Instant.parse("2024-03-31T23:59:59Z")))
                    .isFalse();
            assertThat(quota.tryCount("k", Instant.parse("2024-04-01T00:00:00Z")))
                    .isTrue();
        }

        // Each key has its own count (docs/behavior.md#quotas).
        @Test
        void keys_of_one_plan_are_counted_apart() {
            PlanQuota quota = new PlanQuota(new QuotaSettings(1, QuotaPeriod.DAY, 0));
            Instant noon = Instant.parse("2024-03-15T12:00:00Z");
            quota.tryCount("a", noon);

            assertThat(quota.tryCount("a", noon)).isFalse();
            assertThat(quota.tryCount("b", noon)).isTrue();
        }

        // The offset is taken off the limit in the plan's first period only (docs/behavior.md#quotas).
        @Test
        void offset_lowers_the_limit_of_the_first_period_only() {
            PlanQuota quota = new PlanQuota(new QuotaSettings(3, QuotaPeriod.DAY, 2));

            List<Boolean> firstDay = count(quota, "k", Instant.parse("2024-03-15T12:00:00Z"), 3);
            List<Boolean> nextDay = count(quota, "k", Instant.parse("2024-03-16T12:00:00Z"), 4);

            assertThat(firstDay).containsExactly(true, false, false);
            assertThat(nextDay).containsExactly(true, true, true, false);
        }

        // [UNCERTAIN] The first period is the plan's, shared by its keys (docs/behavior.md#uncertain-usage-plans).
        @Test
        void first_period_is_the_plans_not_each_keys() {
            PlanQuota quota = new PlanQuota(new QuotaSettings(2, QuotaPeriod.DAY, 1));
            quota.tryCount("a", Instant.parse("2024-03-15T12:00:00Z"));

            List<Boolean> laterKeyNextDay = count(quota, "b", Instant.parse("2024-03-16T12:00:00Z"), 3);

            assertThat(laterKeyNextDay).containsExactly(true, true, false);
        }

        // A limit of 0 admits no request (docs/behavior.md#quotas).
        @Test
        void limit_0_refuses_every_request() {
            PlanQuota quota = new PlanQuota(new QuotaSettings(0, QuotaPeriod.MONTH, 0));

            assertThat(quota.tryCount("k", Instant.parse("2024-03-15T12:00:00Z")))
                    .isFalse();
        }

        // A request dated before the current period counts in the current period.
        @Test
        void request_dated_in_an_earlier_period_counts_in_the_current_one() {
            PlanQuota quota = new PlanQuota(new QuotaSettings(1, QuotaPeriod.DAY, 0));
            quota.tryCount("k", Instant.parse("2024-03-16T12:00:00Z"));

            assertThat(quota.tryCount("k", Instant.parse("2024-03-15T12:00:00Z")))
                    .isFalse();
        }
    }
}

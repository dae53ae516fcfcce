package io.apigwsim.internal.usageplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.definition.ThrottleSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

// Token bucket: capacity = burst limit, refill = rate limit per second, one token per request
// (docs/behavior.md#throttling).
class TokenBucketTests {

    private static final Instant T0 = Instant.parse("2024-03-15T12:00:00Z");

    private static List<Boolean> take(TokenBucket bucket, Instant at, int requests) {
        List<Boolean> passed = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            passed.add(bucket.tryTake(at));
        }
        return passed;
    }

    @Test
    void full_bucket_lets_a_burst_through_at_one_instant_then_throttles() {
        TokenBucket bucket = new TokenBucket(new ThrottleSettings(1, 3));

        assertThat(take(bucket, T0, 5)).containsExactly(true, true, true, false, false);
    }

    @Test
    void next_token_arrives_exactly_one_rate_interval_after_the_bucket_emptied() {
        TokenBucket bucket = new TokenBucket(new ThrottleSettings(2, 1));
        bucket.tryTake(T0);

        boolean oneNanosecondEarly = bucket.tryTake(T0.plusMillis(500).minusNanos(1));
        boolean onTime = bucket.tryTake(T0.plusMillis(500));

        assertThat(oneNanosecondEarly).isFalse();
        assertThat(onTime).isTrue();
    }

    @Test
    void refill_is_exact_for_rates_without_an_exact_binary_form() {
        TokenBucket bucket = new TokenBucket(new ThrottleSettings(0.1, 1));
        bucket.tryTake(T0);

        assertThat(bucket.tryTake(T0.plusSeconds(10).minusNanos(1))).isFalse();
        assertThat(bucket.tryTake(T0.plusSeconds(10))).isTrue();
    }

    @Test
    void partial_tokens_add_up_across_requests() {
        TokenBucket bucket = new TokenBucket(new ThrottleSettings(1, 1));
        bucket.tryTake(T0);

        boolean afterHalfASecond = bucket.tryTake(T0.plusMillis(500));
        boolean afterAnotherHalf = bucket.tryTake(T0.plusMillis(1000));

        assertThat(afterHalfASecond).isFalse();
        assertThat(afterAnotherHalf).isTrue();
    }

    @Test
    void refill_stops_at_the_burst_limit() {
        TokenBucket bucket = new TokenBucket(new ThrottleSettings(10, 2));
        take(bucket, T0, 2);

        assertThat(take(bucket, T0.plusSeconds(60), 3)).containsExactly(true, true, false);
    }

    @Test
    void throttled_requests_take_no_token() {
        TokenBucket bucket = new TokenBucket(new ThrottleSettings(1, 1));
        bucket.tryTake(T0);
        take(bucket, T0.plusMillis(400), 10);

        assertThat(bucket.tryTake(T0.plusSeconds(1))).isTrue();
    }

    @Test
    void burst_limit_0_throttles_every_request() {
        TokenBucket bucket = new TokenBucket(new ThrottleSettings(100, 0));

        assertThat(take(bucket, T0, 1)).containsExactly(false);
        assertThat(bucket.tryTake(T0.plusSeconds(10))).isFalse();
    }

    @Test
    void rate_0_lets_only_the_first_burst_through() {
        TokenBucket bucket = new TokenBucket(new ThrottleSettings(0, 2));
        take(bucket, T0, 2);

        assertThat(bucket.tryTake(T0.plusSeconds(3600))).isFalse();
    }

    @Test
    void an_instant_before_the_last_one_refills_nothing() {
        TokenBucket bucket = new TokenBucket(new ThrottleSettings(1, 1));
        bucket.tryTake(T0.plusSeconds(5));

        assertThat(bucket.tryTake(T0)).isFalse();
        assertThat(bucket.tryTake(T0.plusSeconds(6))).isTrue();
    }
}

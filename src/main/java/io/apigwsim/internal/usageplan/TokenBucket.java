package io.apigwsim.internal.usageplan;

import io.apigwsim.definition.ThrottleSettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * One token bucket: it starts full with {@code burstLimit} tokens, refills at {@code rateLimit} tokens per second up
 * to {@code burstLimit}, and a request takes one token (docs/behavior.md#throttling). Exact decimal arithmetic on
 * the instants the caller gives, so a test knows to the nanosecond when the next token arrives.
 */
final class TokenBucket {

    private final ThrottleSettings settings;
    private final BigDecimal tokensPerSecond;
    private final BigDecimal capacity;

    // guarded by this
    private BigDecimal tokens;
    private Instant lastRefill;

    TokenBucket(ThrottleSettings settings) {
        this.settings = settings;
        this.tokensPerSecond = BigDecimal.valueOf(settings.rateLimit());
        this.capacity = BigDecimal.valueOf(settings.burstLimit());
        this.tokens = capacity;
    }

    ThrottleSettings settings() {
        return settings;
    }

    /**
     * Take a token for a request arriving at {@code now}.
     *
     * @return whether the request passes; a throttled request takes nothing
     */
    synchronized boolean tryTake(Instant now) {
        refill(now);
        if (tokens.compareTo(BigDecimal.ONE) < 0) {
            return false;
        }
        tokens = tokens.subtract(BigDecimal.ONE);
        return true;
    }

    // An instant before the last one (threads racing with their own clock readings) refills nothing.
    private void refill(Instant now) {
        if (lastRefill != null && now.isAfter(lastRefill)) {
            Duration elapsed = Duration.between(lastRefill, now);
            BigDecimal seconds = BigDecimal.valueOf(elapsed.getSeconds()).add(BigDecimal.valueOf(elapsed.getNano(), 9));
            tokens = tokens.add(tokensPerSecond.multiply(seconds)).min(capacity);
        }
        if (lastRefill == null || now.isAfter(lastRefill)) {
            lastRefill = now;
        }
    }
}

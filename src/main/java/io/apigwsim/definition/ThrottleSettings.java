package io.apigwsim.definition;

import java.util.Locale;

/**
 * A throttle: a token bucket that holds at most {@code burstLimit} requests and refills at {@code rateLimit}
 * requests per second. A request takes one token; a request that finds the bucket empty is throttled (429).
 *
 * <p>A full bucket lets {@code burstLimit} requests through at the same instant; a burst limit of 0 throttles every
 * request.
 *
 * @param rateLimit the steady rate, in requests per second, 0 or more
 * @param burstLimit the bucket's capacity, in requests, 0 or more
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html">
 *     Throttle requests to your REST APIs</a>
 * @since 0.2
 */
public record ThrottleSettings(double rateLimit, int burstLimit) {

    /**
     * Check the limits.
     *
     * @param rateLimit the steady rate, in requests per second, 0 or more
     * @param burstLimit the bucket's capacity, in requests, 0 or more
     * @throws ApiDefinitionException when a limit is negative or the rate is not a finite number
     * @since 0.2
     */
    public ThrottleSettings {
        check("Throttle settings", rateLimit, burstLimit);
    }

    /**
     * Check the limits with a message that names their owner, then create the settings.
     *
     * @param owner what the settings belong to, such as {@code Usage plan "Gold"}
     */
    static ThrottleSettings of(String owner, double rateLimit, int burstLimit) {
        check(owner, rateLimit, burstLimit);
        return new ThrottleSettings(rateLimit, burstLimit);
    }

    private static void check(String owner, double rateLimit, int burstLimit) {
        if (!(rateLimit >= 0) || Double.isInfinite(rateLimit)) {
            throw new ApiDefinitionException(owner + ": rate limit " + rateLimit
                    + " is not a number of requests per second of 0 or more; write for example 10.0");
        }
        if (burstLimit < 0) {
            throw new ApiDefinitionException(owner + ": burst limit " + burstLimit
                    + " is negative; the burst limit is the number of requests the bucket holds, for example 20");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "rate %.2f/s, burst %d", rateLimit, burstLimit);
    }
}

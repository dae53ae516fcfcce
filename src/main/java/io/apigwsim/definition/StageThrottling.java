package io.apigwsim.definition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stage's throttling: the default method throttle and throttles for single methods. Stage throttles apply to
 * every request, with or without an API key, after the usage plan's throttles.
 *
 * <p>Each method has its own bucket: the default method throttle is the rate and burst every method gets, and a
 * method throttle replaces it for one method.
 *
 * <pre>{@code
 * StageThrottling throttling = StageThrottling.builder()
 *         .defaultMethodThrottle(100, 50)
 *         .methodThrottle("POST /pets", 5, 5)
 *         .build();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html">
 *     Throttle requests to your REST APIs</a>
 * @since 0.2
 */
public final class StageThrottling {

    private static final StageThrottling NONE = builder().build();

    private final ThrottleSettings defaultMethodThrottle;
    private final Map<String, ThrottleSettings> methodThrottles;

    private StageThrottling(Builder builder) {
        this.defaultMethodThrottle = builder.defaultMethodThrottle;
        this.methodThrottles = Collections.unmodifiableMap(new LinkedHashMap<>(builder.methodThrottles));
    }

    /**
     * Return a stage without throttles.
     *
     * @return throttling that lets every request through
     * @since 0.2
     */
    public static StageThrottling none() {
        return NONE;
    }

    /**
     * Start building a stage's throttling.
     *
     * @return a builder without throttles yet
     * @since 0.2
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Return the throttle every method gets unless it has its own.
     *
     * @return the default method throttle, or empty when the stage sets none
     * @since 0.2
     */
    public Optional<ThrottleSettings> defaultMethodThrottle() {
        return Optional.ofNullable(defaultMethodThrottle);
    }

    /**
     * Return the throttles of single methods, which replace the default method throttle for their method.
     *
     * @return throttle settings by route key such as {@code GET /pets/{id}}, in the order they were added
     * @since 0.2
     */
    public Map<String, ThrottleSettings> methodThrottles() {
        return methodThrottles;
    }

    @Override
    public String toString() {
        if (defaultMethodThrottle == null && methodThrottles.isEmpty()) {
            return "Stage throttling: none";
        }
        return "Stage throttling: default "
                + defaultMethodThrottle().map(String::valueOf).orElse("none")
                + (methodThrottles.isEmpty() ? "" : ", methods " + methodThrottles);
    }

    /**
     * Builds a {@link StageThrottling}.
     *
     * @since 0.2
     */
    public static final class Builder {

        private static final String OWNER = "Stage throttling";

        private ThrottleSettings defaultMethodThrottle;
        private final Map<String, ThrottleSettings> methodThrottles = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Throttle every method of the stage, each in its own bucket.
         *
         * @param rateLimit requests per second each method's bucket refills with, 0 or more
         * @param burstLimit requests each method's bucket holds, 0 or more
         * @return this builder
         * @throws ApiDefinitionException when a limit is negative
         * @since 0.2
         */
        public Builder defaultMethodThrottle(double rateLimit, int burstLimit) {
            this.defaultMethodThrottle = ThrottleSettings.of(OWNER, rateLimit, burstLimit);
            return this;
        }

        /**
         * Throttle one method of the stage, replacing the default method throttle for it.
         *
         * @param routeKey the method, such as {@code GET /pets/{id}}; a route of the API
         * @param rateLimit requests per second the method's bucket refills with, 0 or more
         * @param burstLimit requests the method's bucket holds, 0 or more
         * @return this builder
         * @throws ApiDefinitionException when the route key is malformed or already throttled, or a limit is
         *     negative
         * @since 0.2
         */
        public Builder methodThrottle(String routeKey, double rateLimit, int burstLimit) {
            RouteKeySyntax.check(OWNER, routeKey);
            if (methodThrottles.containsKey(routeKey)) {
                throw new ApiDefinitionException(
                        OWNER + " throttles " + routeKey + " twice; give each method one throttle");
            }
            methodThrottles.put(
                    Objects.requireNonNull(routeKey),
                    ThrottleSettings.of(OWNER + ", " + routeKey, rateLimit, burstLimit));
            return this;
        }

        /**
         * Build the throttling.
         *
         * @return the stage's throttling
         * @since 0.2
         */
        public StageThrottling build() {
            return new StageThrottling(this);
        }
    }
}

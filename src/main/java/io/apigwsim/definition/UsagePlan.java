package io.apigwsim.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A REST API usage plan for the stage: the API keys it admits, and the throttle and quota each of those keys gets.
 *
 * <p>Every key has its own token bucket and its own quota count; the plan's limits are per key, not shared by its
 * keys. A key belongs to at most one plan of a stage.
 *
 * <pre>{@code
 * UsagePlan gold = UsagePlan.builder("Gold")
 *         .apiKeys("gold-client")
 *         .throttle(10, 20)                          // 10 requests per second, bursts of 20
 *         .quota(1000, QuotaPeriod.DAY)              // 1000 requests per UTC day
 *         .methodThrottle("POST /pets", 1, 2)        // and POST /pets at most 1 per second
 *         .build();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html">Usage
 *     plans and API keys for REST APIs</a>
 * @since 0.2
 */
public final class UsagePlan {

    private final String name;
    private final List<String> apiKeys;
    private final ThrottleSettings throttle;
    private final QuotaSettings quota;
    private final Map<String, ThrottleSettings> methodThrottles;

    private UsagePlan(Builder builder) {
        this.name = builder.name;
        this.apiKeys = List.copyOf(builder.apiKeys);
        this.throttle = builder.throttle;
        this.quota = builder.quota;
        this.methodThrottles = Collections.unmodifiableMap(new LinkedHashMap<>(builder.methodThrottles));
    }

    /**
     * Start building a usage plan.
     *
     * @param name the plan's name, used in messages and the execution log; not blank
     * @return a builder with no keys and no limits yet
     * @throws ApiDefinitionException when the name is blank
     * @since 0.2
     */
    public static Builder builder(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new ApiDefinitionException(
                    "A usage plan name must not be blank; name the plan, for example UsagePlan.builder(\"Gold\")");
        }
        return new Builder(name);
    }

    /**
     * Return the plan's name.
     *
     * @return the name given to {@link #builder(String)}
     * @since 0.2
     */
    public String name() {
        return name;
    }

    /**
     * Return the names of the API keys the plan admits.
     *
     * @return key names, in the order they were added; never empty
     * @since 0.2
     */
    public List<String> apiKeys() {
        return apiKeys;
    }

    /**
     * Return the throttle each key gets across all methods of the stage.
     *
     * @return the per-key throttle, or empty when the plan does not throttle
     * @since 0.2
     */
    public Optional<ThrottleSettings> throttle() {
        return Optional.ofNullable(throttle);
    }

    /**
     * Return the quota each key gets.
     *
     * @return the per-key quota, or empty when the plan has none
     * @since 0.2
     */
    public Optional<QuotaSettings> quota() {
        return Optional.ofNullable(quota);
    }

    /**
     * Return the throttles each key gets on single methods, checked before the plan's {@link #throttle()}.
     *
     * @return throttle settings by route key such as {@code GET /pets/{id}}, in the order they were added
     * @since 0.2
     */
    public Map<String, ThrottleSettings> methodThrottles() {
        return methodThrottles;
    }

    @Override
    public String toString() {
        return "Usage plan \"" + name + "\" with API keys " + apiKeys
                + throttle().map(t -> ", throttle " + t).orElse("")
                + quota().map(q -> ", quota " + q).orElse("")
                + (methodThrottles.isEmpty() ? "" : ", method throttles " + methodThrottles);
    }

    /**
     * Builds a {@link UsagePlan}.
     *
     * @since 0.2
     */
    public static final class Builder {

        private final String name;
        private final List<String> apiKeys = new ArrayList<>();
        private ThrottleSettings throttle;
        private QuotaSettings quota;
        private final Map<String, ThrottleSettings> methodThrottles = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        private String owner() {
            return "Usage plan \"" + name + "\"";
        }

        /**
         * Add API keys to the plan.
         *
         * @param keyNames names of {@link ApiKey}s declared for the API; each key once
         * @return this builder
         * @throws ApiDefinitionException when a name is blank or listed twice
         * @since 0.2
         */
        public Builder apiKeys(String... keyNames) {
            for (String keyName : keyNames) {
                Objects.requireNonNull(keyName, "keyName");
                if (keyName.isBlank()) {
                    throw new ApiDefinitionException(
                            owner() + " lists a blank API key name; list keys by their names, for example"
                                    + " .apiKeys(\"gold-client\")");
                }
                if (apiKeys.contains(keyName)) {
                    throw new ApiDefinitionException(
                            owner() + " lists API key \"" + keyName + "\" twice; list it once");
                }
                apiKeys.add(keyName);
            }
            return this;
        }

        /**
         * Throttle each key across all methods of the stage.
         *
         * @param rateLimit requests per second each key's bucket refills with, 0 or more
         * @param burstLimit requests each key's bucket holds, 0 or more
         * @return this builder
         * @throws ApiDefinitionException when a limit is negative
         * @since 0.2
         */
        public Builder throttle(double rateLimit, int burstLimit) {
            this.throttle = ThrottleSettings.of(owner(), rateLimit, burstLimit);
            return this;
        }

        /**
         * Limit each key to a number of requests per calendar period (UTC).
         *
         * @param limit requests each key may make in a period, 0 or more
         * @param period the period
         * @return this builder
         * @throws ApiDefinitionException when the limit is negative
         * @since 0.2
         */
        public Builder quota(int limit, QuotaPeriod period) {
            return quota(limit, period, 0);
        }

        /**
         * Limit each key to a number of requests per calendar period (UTC), with fewer in the plan's first period.
         *
         * @param limit requests each key may make in a period, 0 or more
         * @param period the period
         * @param offset requests taken off the limit in the first period, from 0 to the limit; the first period is
         *     the one of the first request the plan meters
         * @return this builder
         * @throws ApiDefinitionException when the limit or the offset is out of range
         * @since 0.2
         */
        public Builder quota(int limit, QuotaPeriod period, int offset) {
            this.quota = QuotaSettings.of(owner(), limit, period, offset);
            return this;
        }

        /**
         * Throttle each key on one method, in addition to the plan's {@link #throttle(double, int)}.
         *
         * @param routeKey the method, such as {@code GET /pets/{id}}; a route of the API
         * @param rateLimit requests per second each key's bucket for the method refills with, 0 or more
         * @param burstLimit requests each key's bucket for the method holds, 0 or more
         * @return this builder
         * @throws ApiDefinitionException when the route key is malformed or already throttled, or a limit is
         *     negative
         * @since 0.2
         */
        public Builder methodThrottle(String routeKey, double rateLimit, int burstLimit) {
            RouteKeySyntax.check(owner(), routeKey);
            if (methodThrottles.containsKey(routeKey)) {
                throw new ApiDefinitionException(
                        owner() + " throttles " + routeKey + " twice; give each method one throttle");
            }
            methodThrottles.put(routeKey, ThrottleSettings.of(owner() + ", " + routeKey, rateLimit, burstLimit));
            return this;
        }

        /**
         * Build the plan.
         *
         * @return the plan
         * @throws ApiDefinitionException when the plan has no API keys
         * @since 0.2
         */
        public UsagePlan build() {
            if (apiKeys.isEmpty()) {
                throw new ApiDefinitionException(owner() + " has no API keys, so no request can use it; add the"
                        + " keys it admits, for example .apiKeys(\"gold-client\")");
            }
            return new UsagePlan(this);
        }
    }
}

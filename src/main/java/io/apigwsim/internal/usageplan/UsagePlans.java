package io.apigwsim.internal.usageplan;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiKey;
import io.apigwsim.definition.StageThrottling;
import io.apigwsim.definition.ThrottleSettings;
import io.apigwsim.definition.UsagePlan;
import io.apigwsim.internal.usageplan.UsageDecision.Outcome;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stage's API keys, usage plans and throttles, compiled once and then asked about every request. Several threads
 * may check requests at once; the buckets and counts are the only mutable state, each behind its own lock.
 *
 * <pre>{@code
 * UsagePlans usagePlans = UsagePlans.compile(plans, keys, stageThrottling, routeKeys);
 * UsageDecision decision = route.apiKeyRequired()
 *         ? usagePlans.check(request.headers().first("x-api-key").orElse(null), routeKey, now)
 *         : usagePlans.check(routeKey, now);
 * }</pre>
 *
 * <p>For a method that requires an API key the checks run in this order (docs/behavior.md#usage-plan-checks): the
 * key (present, declared, enabled, in a usage plan), then the usage plan's throttle of the key on the method, the
 * plan's throttle of the key, the stage's throttle of the method, and last the key's quota. The first that refuses
 * decides; a throttled request is not counted against the quota.
 */
public final class UsagePlans {

    private final Map<String, MeteredKey> keysByValue;
    private final StageThrottling stageThrottling;
    private final Map<String, Optional<TokenBucket>> stageBucketsByRouteKey = new ConcurrentHashMap<>();

    private UsagePlans(Map<String, MeteredKey> keysByValue, StageThrottling stageThrottling) {
        this.keysByValue = Map.copyOf(keysByValue);
        this.stageThrottling = stageThrottling;
    }

    /**
     * Check the declarations and compile them.
     *
     * @param plans the stage's usage plans
     * @param keys the API keys; a key in no plan is declared but every request with it is refused
     * @param stageThrottling the stage's throttles
     * @param routeKeys the API's route keys, such as {@code GET /pets/{id}}, which method throttles must name
     * @return the compiled plans, with full buckets and zero counts
     * @throws ApiDefinitionException for a key declared twice, two keys with one value, a plan declared twice, a
     *     plan listing an undeclared key, a key in two plans, or a method throttle on a route the API does not have
     */
    public static UsagePlans compile(
            List<UsagePlan> plans, List<ApiKey> keys, StageThrottling stageThrottling, List<String> routeKeys) {
        Map<String, ApiKey> keysByName = new LinkedHashMap<>();
        Map<String, ApiKey> declaredByValue = new HashMap<>();
        for (ApiKey key : keys) {
            if (keysByName.putIfAbsent(key.name(), key) != null) {
                throw new ApiDefinitionException(UsageMessages.keyDeclaredTwice(key.name()));
            }
            ApiKey sameValue = declaredByValue.putIfAbsent(key.value(), key);
            if (sameValue != null) {
                throw new ApiDefinitionException(UsageMessages.sameValue(sameValue.name(), key.name()));
            }
        }
        Map<String, MeteredPlan> planByKeyName = new HashMap<>();
        Map<String, UsagePlan> plansByName = new HashMap<>();
        for (UsagePlan plan : plans) {
            if (plansByName.putIfAbsent(plan.name(), plan) != null) {
                throw new ApiDefinitionException(UsageMessages.planDeclaredTwice(plan.name()));
            }
            checkRoutes("Usage plan \"" + plan.name() + "\"", plan.methodThrottles(), routeKeys);
            MeteredPlan metered = new MeteredPlan(plan);
            for (String keyName : plan.apiKeys()) {
                if (!keysByName.containsKey(keyName)) {
                    throw new ApiDefinitionException(
                            UsageMessages.unknownKey(plan.name(), keyName, keysByName.keySet()));
                }
                MeteredPlan other = planByKeyName.putIfAbsent(keyName, metered);
                if (other != null) {
                    throw new ApiDefinitionException(UsageMessages.keyInTwoPlans(keyName, other.name(), plan.name()));
                }
            }
        }
        checkRoutes("Stage throttling", stageThrottling.methodThrottles(), routeKeys);
        Map<String, MeteredKey> keysByValue = new HashMap<>();
        for (ApiKey key : keys) {
            keysByValue.put(
                    key.value(),
                    new MeteredKey(key, ApiKeyIds.of(key.name()), Optional.ofNullable(planByKeyName.get(key.name()))));
        }
        return new UsagePlans(keysByValue, stageThrottling);
    }

    private static void checkRoutes(String owner, Map<String, ThrottleSettings> throttles, List<String> routeKeys) {
        for (String routeKey : throttles.keySet()) {
            if (!routeKeys.contains(routeKey)) {
                throw new ApiDefinitionException(UsageMessages.unknownRoute(owner, routeKey, routeKeys));
            }
        }
    }

    /**
     * Decide about a request to a method that requires an API key.
     *
     * @param apiKeyValue the key the request carries ({@code x-api-key} header, or the authorizer's usage
     *     identifier key), or {@code null} when it carries none
     * @param routeKey the matched route's key, such as {@code GET /pets/{id}}
     * @param now when the request arrives, from the gateway's clock
     * @return the decision, with the key's id and value unless the key is refused
     */
    public UsageDecision check(String apiKeyValue, String routeKey, Instant now) {
        Objects.requireNonNull(routeKey, "routeKey");
        Objects.requireNonNull(now, "now");
        if (apiKeyValue == null || apiKeyValue.isEmpty()) {
            return UsageDecision.refused(Outcome.INVALID_API_KEY, UsageMessages.missingKey(routeKey));
        }
        MeteredKey key = keysByValue.get(apiKeyValue);
        if (key == null) {
            return UsageDecision.refused(Outcome.INVALID_API_KEY, UsageMessages.unknownKey(apiKeyValue, routeKey));
        }
        if (!key.key().enabled()) {
            return UsageDecision.refused(Outcome.INVALID_API_KEY, UsageMessages.disabledKey(key, routeKey));
        }
        if (key.plan().isEmpty()) {
            return UsageDecision.refused(Outcome.INVALID_API_KEY, UsageMessages.keyInNoPlan(key, routeKey));
        }
        MeteredPlan plan = key.plan().get();
        Optional<TokenBucket> methodBucket = plan.methodBucket(key.name(), routeKey);
        if (methodBucket.isPresent() && !methodBucket.get().tryTake(now)) {
            return UsageDecision.refused(
                    Outcome.THROTTLED,
                    key,
                    UsageMessages.methodThrottled(
                            key, plan, routeKey, methodBucket.get().settings()));
        }
        Optional<TokenBucket> keyBucket = plan.keyBucket(key.name());
        if (keyBucket.isPresent() && !keyBucket.get().tryTake(now)) {
            return UsageDecision.refused(
                    Outcome.THROTTLED,
                    key,
                    UsageMessages.keyThrottled(
                            key, plan, routeKey, keyBucket.get().settings()));
        }
        Optional<String> stageThrottled = stageThrottle(routeKey, now);
        if (stageThrottled.isPresent()) {
            return UsageDecision.refused(Outcome.THROTTLED, key, stageThrottled.get());
        }
        Optional<PlanQuota> quota = plan.quota();
        if (quota.isPresent() && !quota.get().tryCount(key.name(), now)) {
            return UsageDecision.refused(
                    Outcome.QUOTA_EXCEEDED,
                    key,
                    UsageMessages.quotaExceeded(key, plan, quota.get().settings()));
        }
        return new UsageDecision(
                Outcome.ALLOWED,
                Optional.of(key.id()),
                Optional.of(key.value()),
                Optional.of(UsageMessages.planCheckSucceeded(key, plan)));
    }

    /**
     * Decide about a request to a method that does not require an API key: only the stage's throttles apply, and a
     * key the request carries is ignored.
     *
     * @param routeKey the matched route's key, such as {@code GET /pets/{id}}
     * @param now when the request arrives, from the gateway's clock
     * @return the decision, without a key
     */
    public UsageDecision check(String routeKey, Instant now) {
        Objects.requireNonNull(routeKey, "routeKey");
        Objects.requireNonNull(now, "now");
        return stageThrottle(routeKey, now)
                .map(line -> UsageDecision.refused(Outcome.THROTTLED, line))
                .orElseGet(
                        () -> new UsageDecision(Outcome.ALLOWED, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** Take a token from the method's stage bucket; the line to log when there is none. */
    private Optional<String> stageThrottle(String routeKey, Instant now) {
        Optional<TokenBucket> bucket = stageBucketsByRouteKey.computeIfAbsent(routeKey, this::stageBucket);
        if (bucket.isPresent() && !bucket.get().tryTake(now)) {
            return Optional.of(
                    UsageMessages.stageThrottled(routeKey, bucket.get().settings()));
        }
        return Optional.empty();
    }

    // A method throttle replaces the stage's default for its method; each method has its own bucket
    // (docs/behavior.md#throttling).
    private Optional<TokenBucket> stageBucket(String routeKey) {
        ThrottleSettings settings = stageThrottling.methodThrottles().get(routeKey);
        return Optional.ofNullable(settings)
                .or(stageThrottling::defaultMethodThrottle)
                .map(TokenBucket::new);
    }

    @Override
    public String toString() {
        return "Usage plans with " + keysByValue.size() + " API keys; " + stageThrottling;
    }
}

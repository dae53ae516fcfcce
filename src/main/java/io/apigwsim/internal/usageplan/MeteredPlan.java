package io.apigwsim.internal.usageplan;

import io.apigwsim.definition.UsagePlan;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A usage plan with the token buckets and quota counts of its keys. */
final class MeteredPlan {

    private final UsagePlan plan;
    private final Map<String, TokenBucket> bucketsByKeyName = new HashMap<>();
    private final Map<String, Map<String, TokenBucket>> methodBucketsByKeyName = new HashMap<>();
    private final Optional<PlanQuota> quota;

    MeteredPlan(UsagePlan plan) {
        this.plan = plan;
        for (String keyName : plan.apiKeys()) {
            plan.throttle().ifPresent(settings -> bucketsByKeyName.put(keyName, new TokenBucket(settings)));
            Map<String, TokenBucket> methodBuckets = new HashMap<>();
            plan.methodThrottles()
                    .forEach((routeKey, settings) -> methodBuckets.put(routeKey, new TokenBucket(settings)));
            methodBucketsByKeyName.put(keyName, methodBuckets);
        }
        this.quota = plan.quota().map(PlanQuota::new);
    }

    String name() {
        return plan.name();
    }

    /** The bucket of one key on one method, when the plan throttles the method. */
    Optional<TokenBucket> methodBucket(String keyName, String routeKey) {
        return Optional.ofNullable(methodBucketsByKeyName.get(keyName).get(routeKey));
    }

    /** The bucket of one key across all methods, when the plan throttles. */
    Optional<TokenBucket> keyBucket(String keyName) {
        return Optional.ofNullable(bucketsByKeyName.get(keyName));
    }

    Optional<PlanQuota> quota() {
        return quota;
    }
}

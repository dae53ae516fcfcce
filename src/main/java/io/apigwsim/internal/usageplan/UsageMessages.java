package io.apigwsim.internal.usageplan;

import io.apigwsim.definition.QuotaSettings;
import io.apigwsim.definition.ThrottleSettings;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** The messages of this package: definition errors found when compiling, and execution log lines. */
final class UsageMessages {

    private static final int VISIBLE_KEY_CHARACTERS = 6;

    private UsageMessages() {}

    // Definition errors

    static String keyDeclaredTwice(String keyName) {
        return "API key \"" + keyName + "\" is declared twice; give each key its own name";
    }

    static String sameValue(String firstKeyName, String secondKeyName) {
        return "API keys \"" + firstKeyName + "\" and \"" + secondKeyName + "\" have the same value; API Gateway"
                + " treats them as one key, so give each key its own value";
    }

    static String planDeclaredTwice(String planName) {
        return "Usage plan \"" + planName + "\" is declared twice; give each plan its own name";
    }

    static String unknownKey(String planName, String keyName, Collection<String> declaredKeyNames) {
        return "Usage plan \"" + planName + "\" lists API key \"" + keyName + "\", which is not declared; declare it"
                + " with ApiKey.of(\"" + keyName + "\", value)"
                + (declaredKeyNames.isEmpty() ? "" : " or list a declared key: " + quoted(declaredKeyNames));
    }

    static String keyInTwoPlans(String keyName, String firstPlanName, String secondPlanName) {
        return "API key \"" + keyName + "\" is in usage plans \"" + firstPlanName + "\" and \"" + secondPlanName
                + "\"; a key belongs to at most one usage plan of a stage, so remove it from one of them";
    }

    static String unknownRoute(String owner, String routeKey, Collection<String> routeKeys) {
        return owner + " throttles " + routeKey + ", which is not a route of the API; "
                + (routeKeys.isEmpty()
                        ? "the API has no routes"
                        : "throttle one of its routes: " + String.join(", ", routeKeys));
    }

    // Execution log lines (docs/behavior.md#usage-plan-checks)

    static String missingKey(String routeKey) {
        return "Method " + routeKey + " requires an API key and the request has none";
    }

    static String unknownKey(String value, String routeKey) {
        return notAuthorized(value, routeKey) + "no API key has this value";
    }

    static String disabledKey(MeteredKey key, String routeKey) {
        return notAuthorized(key.value(), routeKey) + "API key \"" + key.name() + "\" is disabled";
    }

    static String keyInNoPlan(MeteredKey key, String routeKey) {
        return notAuthorized(key.value(), routeKey) + "API key \"" + key.name()
                + "\" belongs to no usage plan of the stage";
    }

    private static String notAuthorized(String value, String routeKey) {
        return "API Key " + masked(value) + " not authorized because method " + routeKey + " requires API Key and ";
    }

    static String methodThrottled(MeteredKey key, MeteredPlan plan, String routeKey, ThrottleSettings settings) {
        return "API Key " + masked(key.value())
                + " exceeded throttle limit: Key throttle limit exceeded for usage plan \"" + plan.name()
                + "\" on method " + routeKey + ". " + limits(settings);
    }

    static String keyThrottled(MeteredKey key, MeteredPlan plan, String routeKey, ThrottleSettings settings) {
        return "API Key " + masked(key.value())
                + " exceeded throttle limit: Key throttle limit exceeded for usage plan \"" + plan.name()
                + "\", method " + routeKey + ". " + limits(settings);
    }

    static String stageThrottled(String routeKey, ThrottleSettings settings) {
        return "Method " + routeKey + " exceeded the stage's throttle limit. " + limits(settings);
    }

    static String quotaExceeded(MeteredKey key, MeteredPlan plan, QuotaSettings quota) {
        return "API Key " + masked(key.value()) + " exceeded quota limit: Key quota exhausted for usage plan \""
                + plan.name() + "\". Limit: " + quota.limit() + " Period: " + quota.period();
    }

    static String planCheckSucceeded(MeteredKey key, MeteredPlan plan) {
        return "Usage plan check succeeded for API Key " + masked(key.value()) + " and usage plan \"" + plan.name()
                + "\"";
    }

    /** Asterisks, then the value's last six characters, as API Gateway's execution log shows a key. */
    static String masked(String value) {
        int hidden = Math.max(0, value.length() - VISIBLE_KEY_CHARACTERS);
        return "*".repeat(hidden) + value.substring(hidden);
    }

    private static String limits(ThrottleSettings settings) {
        return String.format(Locale.ROOT, "Limit: %.2f Burst: %d", settings.rateLimit(), settings.burstLimit());
    }

    private static String quoted(Collection<String> names) {
        return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
    }
}

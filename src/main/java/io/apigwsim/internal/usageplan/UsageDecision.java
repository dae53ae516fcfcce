package io.apigwsim.internal.usageplan;

import java.util.Objects;
import java.util.Optional;

/**
 * What API keys and throttles decide about one request.
 *
 * @param outcome whether the request passes, and the gateway response type when it does not
 * @param apiKeyId the id of the API key the request used ({@code requestContext.identity.apiKeyId}), when it used
 *     a declared key of a usage plan
 * @param apiKeyValue the value of that key ({@code requestContext.identity.apiKey})
 * @param executionLog the line for the execution log, if any
 */
public record UsageDecision(
        Outcome outcome, Optional<String> apiKeyId, Optional<String> apiKeyValue, Optional<String> executionLog) {

    /** Why a request passes or not; the names of refusals are API Gateway's gateway response types. */
    public enum Outcome {
        /** The request passes on to validation and the integration. */
        ALLOWED,
        /** 403 {@code {"message":"Forbidden"}}: no key, an unknown or disabled key, or a key in no usage plan. */
        INVALID_API_KEY,
        /** 429 {@code {"message":"Too Many Requests"}}: a usage plan or stage throttle. */
        THROTTLED,
        /** 429 {@code {"message":"Limit Exceeded"}}: the key's quota for the period is used up. */
        QUOTA_EXCEEDED
    }

    /**
     * Check the parts.
     *
     * @param outcome whether the request passes
     * @param apiKeyId the key's id, when the request used a key of a usage plan
     * @param apiKeyValue the key's value, present exactly when the id is
     * @param executionLog the execution log line, if any
     */
    public UsageDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(apiKeyId, "apiKeyId");
        Objects.requireNonNull(apiKeyValue, "apiKeyValue");
        Objects.requireNonNull(executionLog, "executionLog");
        if (apiKeyId.isPresent() != apiKeyValue.isPresent()) {
            throw new IllegalArgumentException("An API key id comes with its value");
        }
    }

    /**
     * Tell whether the request passes.
     *
     * @return whether the outcome is {@link Outcome#ALLOWED}
     */
    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    static UsageDecision refused(Outcome outcome, String executionLog) {
        return new UsageDecision(outcome, Optional.empty(), Optional.empty(), Optional.of(executionLog));
    }

    static UsageDecision refused(Outcome outcome, MeteredKey key, String executionLog) {
        return new UsageDecision(outcome, Optional.of(key.id()), Optional.of(key.value()), Optional.of(executionLog));
    }
}

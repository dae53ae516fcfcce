package io.apigwsim.internal.authorizer;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The outcome of evaluating an authorizer's policy for one method ARN, with the reason the execution log shows
 * (docs/behavior.md#rest-authorizer-policy-evaluation).
 *
 * @param decision allowed, explicitly denied or implicitly denied
 * @param decidingStatement the index of the statement that allowed or denied; empty for an implicit deny
 * @param conditionInvolved whether a statement with a {@code Condition} took part: a Deny applied as if its Condition
 *     held, or an Allow skipped because its Condition is not evaluated
 * @param reason one sentence naming the statement that decided, for the execution log
 */
public record PolicyEvaluation(
        PolicyDecision decision, OptionalInt decidingStatement, boolean conditionInvolved, String reason) {

    /** Checks that every part is present. */
    public PolicyEvaluation {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidingStatement, "decidingStatement");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Whether the request may go on to the integration.
     *
     * @return {@code true} only for {@link PolicyDecision#ALLOW}
     */
    public boolean allowed() {
        return decision == PolicyDecision.ALLOW;
    }
}

package io.apigwsim.internal.authorizer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One statement of an authorizer's policy, as far as {@code execute-api:Invoke} on one method ARN needs it
 * (docs/behavior.md#rest-authorizer-policy-evaluation).
 *
 * @param index the statement's position in the policy, from 0
 * @param effect Allow or Deny
 * @param actions its {@code Action} or {@code NotAction}
 * @param resources its {@code Resource} or {@code NotResource}
 * @param hasCondition whether it carries a non-empty {@code Condition}, which apigw-sim does not evaluate
 */
record PolicyStatement(
        int index, Effect effect, StatementTarget actions, StatementTarget resources, boolean hasCondition) {

    /** The one action an authorizer's policy is asked about. */
    static final String INVOKE = "execute-api:Invoke";

    /** The longest resource ARN API Gateway accepts in a returned policy statement. */
    static final int MAX_RESOURCE_LENGTH = 512;

    enum Effect {
        ALLOW("Allow"),
        DENY("Deny");

        private final String text;

        Effect(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Whether the statement's action and resource cover invoking {@code methodArn}, its Condition aside. */
    boolean covers(String methodArn) {
        return actions.covers(INVOKE) && resources.covers(methodArn);
    }

    String label() {
        return "Statement[" + index + "] (" + effect + ")";
    }

    static PolicyStatement parse(JsonNode statement, String path, int index) {
        if (!statement.isObject()) {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.notAnObject(path, statement));
        }
        Effect effect = effect(statement, path);
        StatementTarget actions =
                StatementTarget.read(statement, path, "Action", WildcardPattern::action, Integer.MAX_VALUE);
        StatementTarget resources =
                StatementTarget.read(statement, path, "Resource", WildcardPattern::resource, MAX_RESOURCE_LENGTH);
        boolean hasCondition = false;
        if (statement.has("Condition")) {
            JsonNode condition = statement.get("Condition");
            // "Condition": null makes API Gateway answer AuthorizerConfigurationException; {} does not
            // (docs/behavior.md#rest-authorizer-policy-evaluation).
            if (!condition.isObject()) {
                throw new InvalidAuthorizerOutputException(
                        AuthorizerMessages.conditionNotAnObject(path + ".Condition", condition));
            }
            hasCondition = !condition.isEmpty();
        }
        return new PolicyStatement(index, effect, actions, resources, hasCondition);
    }

    private static Effect effect(JsonNode statement, String path) {
        JsonNode effect = statement.get("Effect");
        if (effect == null) {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.effectMissing(path));
        }
        if (effect.isTextual()) {
            for (Effect candidate : Effect.values()) {
                if (candidate.text.equals(effect.textValue())) {
                    return candidate;
                }
            }
        }
        throw new InvalidAuthorizerOutputException(AuthorizerMessages.invalidEffect(path, effect));
    }
}

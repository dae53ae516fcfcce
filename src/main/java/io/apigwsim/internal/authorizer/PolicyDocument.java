package io.apigwsim.internal.authorizer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The {@code policyDocument} an authorizer returned, checked and compiled once, and evaluated for
 * {@code execute-api:Invoke} on a method ARN as IAM does: an explicit Deny wins, else a matching Allow allows, else
 * the request is implicitly denied (docs/behavior.md#rest-authorizer-policy-evaluation). A cached policy is evaluated
 * again for every method ARN it is used for.
 *
 * <p>[UNCERTAIN] {@code Condition} is not simulated and fails closed: an Allow with a Condition never matches, a
 * Deny with a Condition always applies (docs/behavior.md#uncertain-authorizers).
 */
public final class PolicyDocument {

    private final List<PolicyStatement> statements;

    private PolicyDocument(List<PolicyStatement> statements) {
        this.statements = List.copyOf(statements);
    }

    /**
     * Read a policy document as API Gateway does.
     *
     * @param policyDocument the {@code policyDocument} value of the function's result; {@code null} when absent
     * @return the checked, compiled policy
     * @throws InvalidAuthorizerOutputException when API Gateway could not parse the policy; the message says why
     */
    public static PolicyDocument parse(JsonNode policyDocument) {
        String path = "policyDocument";
        if (policyDocument == null || policyDocument.isMissingNode()) {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.policyDocumentMissing());
        }
        if (!policyDocument.isObject()) {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.notAnObject(path, policyDocument));
        }
        JsonNode statement = policyDocument.get("Statement");
        if (statement == null) {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.statementMissing(path));
        }
        List<PolicyStatement> statements = new ArrayList<>();
        // Statement is one statement object or a list of them (docs/behavior.md#rest-authorizer-policy-evaluation).
        if (statement.isArray()) {
            for (int i = 0; i < statement.size(); i++) {
                statements.add(PolicyStatement.parse(statement.get(i), path + ".Statement[" + i + "]", i));
            }
        } else {
            statements.add(PolicyStatement.parse(statement, path + ".Statement", 0));
        }
        return new PolicyDocument(statements);
    }

    /**
     * Decide whether the policy lets the caller invoke {@code methodArn}.
     *
     * @param methodArn the request's method ARN (REST) or route ARN (HTTP API)
     * @return the decision, the statement that made it and the reason
     */
    public PolicyEvaluation evaluate(String methodArn) {
        PolicyStatement allow = null;
        List<PolicyStatement> skippedAllows = new ArrayList<>();
        for (PolicyStatement statement : statements) {
            if (!statement.covers(methodArn)) {
                continue;
            }
            if (statement.effect() == PolicyStatement.Effect.DENY) {
                return explicitDeny(statement, methodArn);
            }
            if (statement.hasCondition()) {
                skippedAllows.add(statement);
            } else if (allow == null) {
                allow = statement;
            }
        }
        String request = PolicyStatement.INVOKE + " on " + methodArn;
        if (allow != null) {
            return new PolicyEvaluation(
                    PolicyDecision.ALLOW, OptionalInt.of(allow.index()), false, allow.label() + " allows " + request);
        }
        if (!skippedAllows.isEmpty()) {
            String skipped = skippedAllows.stream().map(PolicyStatement::label).collect(Collectors.joining(", "));
            return new PolicyEvaluation(
                    PolicyDecision.IMPLICIT_DENY,
                    OptionalInt.empty(),
                    true,
                    "no statement allows " + request + ": implicit deny; " + skipped
                            + " would, but apigw-sim does not evaluate a Condition and skips an Allow that has one");
        }
        return new PolicyEvaluation(
                PolicyDecision.IMPLICIT_DENY,
                OptionalInt.empty(),
                false,
                "no statement allows " + request + ": implicit deny");
    }

    @Override
    public String toString() {
        return statements.stream()
                .map(s -> s.label() + " " + s.actions().element() + " "
                        + s.actions().patterns() + " "
                        + s.resources().element() + " " + s.resources().patterns()
                        + (s.hasCondition() ? " with Condition" : ""))
                .collect(Collectors.joining("; ", "PolicyDocument[", "]"));
    }

    private static PolicyEvaluation explicitDeny(PolicyStatement deny, String methodArn) {
        String reason = deny.label() + " denies " + PolicyStatement.INVOKE + " on " + methodArn + ": explicit deny";
        if (deny.hasCondition()) {
            reason += "; it has a Condition, which apigw-sim does not evaluate and treats as met";
        }
        return new PolicyEvaluation(
                PolicyDecision.EXPLICIT_DENY, OptionalInt.of(deny.index()), deny.hasCondition(), reason);
    }
}

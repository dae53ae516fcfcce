package io.apigwsim.internal.authorizer;

/** What an authorizer's policy decides for one method ARN (docs/behavior.md#rest-authorizer-policy-evaluation). */
public enum PolicyDecision {
    /** An Allow statement matches and no Deny statement does. */
    ALLOW,
    /** A Deny statement matches; it wins over every Allow. */
    EXPLICIT_DENY,
    /** No statement matches, or only Allow statements whose Condition apigw-sim does not evaluate. */
    IMPLICIT_DENY
}

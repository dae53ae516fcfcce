package io.apigwsim.internal.authorizer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The texts of authorizer answers API Gateway cannot use, written once. Each names the element by its JSON path in
 * the function's result, says what is wrong and what API Gateway expects.
 */
final class AuthorizerMessages {

    /** What an IAM-policy answer looks like. */
    static final String POLICY_SHAPE =
            "{\"principalId\": \"...\", \"policyDocument\": {\"Version\": \"2012-10-17\"," + " \"Statement\": [...]}}";

    /** What a simple response looks like. */
    static final String SIMPLE_SHAPE = "{\"isAuthorized\": true, \"context\": {...}}";

    private AuthorizerMessages() {}

    static String notJson(String shape) {
        return "the function's result is not JSON; an authorizer returns an object such as " + shape;
    }

    static String resultNotAnObject(JsonNode result, String shape) {
        return "the function's result is " + describe(result) + ", not an object such as " + shape;
    }

    static String policyDocumentMissing() {
        return "the function's result has no policyDocument; an authorizer returns an object such as " + POLICY_SHAPE;
    }

    static String notAnObject(String path, JsonNode value) {
        return path + " is " + describe(value) + ", not an object";
    }

    static String statementMissing(String path) {
        return path + " has no Statement; give one statement object or a list of them";
    }

    static String effectMissing(String path) {
        return path + " has no Effect; give \"Allow\" or \"Deny\"";
    }

    static String invalidEffect(String path, JsonNode effect) {
        return path + ".Effect is " + describe(effect) + "; it must be \"Allow\" or \"Deny\", spelled exactly so";
    }

    static String neitherOf(String path, String element, String negatedElement) {
        return path + " has neither " + element + " nor " + negatedElement + "; give one of them";
    }

    static String bothOf(String path, String element, String negatedElement) {
        return path + " has both " + element + " and " + negatedElement + "; give only one of them";
    }

    static String notStringOrList(String path, JsonNode value) {
        return path + " is " + describe(value) + ", not a string or a list of strings";
    }

    static String notString(String path, JsonNode value) {
        return path + " is " + describe(value) + ", not a string";
    }

    static String resourceTooLong(String path, int length, int limit) {
        return path + " is " + length + " characters long; API Gateway accepts a resource ARN of at most " + limit
                + " characters in a policy statement";
    }

    static String conditionNotAnObject(String path, JsonNode condition) {
        return path + " is " + describe(condition) + "; leave Condition out or give an object";
    }

    static String contextValueNotScalar(String path, JsonNode value) {
        return path + " is " + describe(value) + "; a REST API authorizer's context values must be strings, numbers"
                + " or booleans";
    }

    static String allowWithoutPrincipalId(String methodArn) {
        return "the policy allows " + methodArn + " but the function's result has no principalId; an authorizer"
                + " that allows a request must return its principalId";
    }

    static String isAuthorizedMissing() {
        return "the function's result has no isAuthorized; a simple response is " + SIMPLE_SHAPE;
    }

    static String isAuthorizedNotBoolean(JsonNode value) {
        return "isAuthorized is " + describe(value) + ", not the boolean true or false";
    }

    /** A JSON value as the message shows it: its kind, and its text when that is short. */
    static String describe(JsonNode value) {
        String kind = value.isNull()
                ? "null"
                : value.isObject()
                        ? "an object"
                        : value.isArray() ? "a list" : value.isTextual() ? "the string" : "the " + kindOf(value);
        if (value.isNull() || value.isContainerNode()) {
            return kind;
        }
        String text = value.toString();
        return kind + " " + (text.length() > 80 ? text.substring(0, 77) + "..." : text);
    }

    private static String kindOf(JsonNode scalar) {
        return scalar.isBoolean() ? "boolean" : scalar.isNumber() ? "number" : "value";
    }
}

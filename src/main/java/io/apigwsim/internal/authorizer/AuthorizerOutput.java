package io.apigwsim.internal.authorizer;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Lambda authorizer returned in the IAM-policy format: REST TOKEN and REQUEST authorizers, and HTTP API
 * authorizers with payload 1.0 or with 2.0 without simple responses (docs/behavior.md#rest-authorizer-output).
 *
 * @param principalId the caller's principal; empty when the function returned none (a deny needs none)
 * @param policyDocument the checked policy
 * @param context the {@code context} values with their JSON types kept; empty when the function returned no
 *     context or {@code null}
 * @param usageIdentifierKey the API key value for usage plans with the {@code AUTHORIZER} key source; empty when
 *     absent
 */
public record AuthorizerOutput(
        Optional<String> principalId,
        PolicyDocument policyDocument,
        Optional<Map<String, Object>> context,
        Optional<String> usageIdentifierKey) {

    /** Checks that every part is present and copies the context. */
    public AuthorizerOutput {
        Objects.requireNonNull(principalId, "principalId");
        Objects.requireNonNull(policyDocument, "policyDocument");
        Objects.requireNonNull(usageIdentifierKey, "usageIdentifierKey");
        context = context.map(values -> Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /**
     * Read a REST API authorizer's result: context values must be strings, numbers, booleans or null.
     *
     * @param functionResult the bytes the function returned
     * @return the checked output
     * @throws InvalidAuthorizerOutputException when API Gateway could not use the result; the message says why
     */
    public static AuthorizerOutput parse(byte[] functionResult) {
        return parse(functionResult, true);
    }

    /**
     * Read an HTTP API authorizer's result in the IAM-policy format: context values may be any JSON value, lists and
     * objects included; [UNCERTAIN] for payload 1.0 (docs/behavior.md#rest-authorizer-context,
     * #uncertain-authorizers).
     *
     * @param functionResult the bytes the function returned
     * @return the checked output
     * @throws InvalidAuthorizerOutputException when API Gateway could not use the result; the message says why
     */
    public static AuthorizerOutput parseHttpApi(byte[] functionResult) {
        return parse(functionResult, false);
    }

    /**
     * Evaluate the policy for one method ARN. [UNCERTAIN] An Allow without a {@code principalId} is an invalid
     * output, while a deny without one is still a deny (docs/behavior.md#rest-authorizer-output,
     * #uncertain-authorizers).
     *
     * @param methodArn the request's method ARN (REST) or route ARN (HTTP API)
     * @return the policy's decision and its reason
     * @throws InvalidAuthorizerOutputException when the policy allows the request and the output has no principalId
     */
    public PolicyEvaluation evaluate(String methodArn) {
        PolicyEvaluation evaluation = policyDocument.evaluate(methodArn);
        if (evaluation.allowed() && principalId.isEmpty()) {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.allowWithoutPrincipalId(methodArn));
        }
        return evaluation;
    }

    /**
     * The context as API Gateway hands it to a REST integration and to {@code $context.authorizer}: every value a
     * string ({@code 123} as {@code "123"}, {@code true} as {@code "true"}), JSON null kept as {@code null}, keys in
     * the function's order (docs/behavior.md#rest-authorizer-context).
     *
     * @return the stringified values; empty when there is no context
     */
    public Map<String, String> stringifiedContext() {
        return context.map(ContextValues::stringify).orElse(Map.of());
    }

    private static AuthorizerOutput parse(byte[] functionResult, boolean scalarContextOnly) {
        JsonNode result = Json.tryRead(functionResult)
                .orElseThrow(() -> new InvalidAuthorizerOutputException(
                        AuthorizerMessages.notJson(AuthorizerMessages.POLICY_SHAPE)));
        if (!result.isObject()) {
            throw new InvalidAuthorizerOutputException(
                    AuthorizerMessages.resultNotAnObject(result, AuthorizerMessages.POLICY_SHAPE));
        }
        PolicyDocument policy = PolicyDocument.parse(result.get("policyDocument"));
        Optional<String> principalId = scalarText(result, "principalId");
        Optional<String> usageIdentifierKey = scalarText(result, "usageIdentifierKey");
        JsonNode context = result.get("context");
        Optional<Map<String, Object>> contextValues = context == null || context.isNull()
                ? Optional.empty()
                : Optional.of(ContextValues.read(context, "context", scalarContextOnly));
        return new AuthorizerOutput(principalId, policy, contextValues, usageIdentifierKey);
    }

    // A number or boolean where a string belongs is taken as its text: principalId 123 reaches the integration as
    // "123" (docs/behavior.md#rest-authorizer-output).
    private static Optional<String> scalarText(JsonNode result, String key) {
        JsonNode value = result.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isContainerNode()) {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.notString(key, value));
        }
        return Optional.of(ContextValues.stringify(ContextValues.plain(value)));
    }
}

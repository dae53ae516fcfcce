package io.apigwsim.internal.authorizer;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP API authorizer's simple response, {@code {"isAuthorized": true|false, "context": {...}}}, for payload 2.0
 * with simple responses enabled (docs/behavior.md#http-api-simple-responses).
 *
 * @param authorized the function's {@code isAuthorized}
 * @param context the {@code context} values with their JSON types kept, lists and objects included; empty when the
 *     function returned no context or {@code null}
 */
public record SimpleAuthorizerResponse(boolean authorized, Optional<Map<String, Object>> context) {

    /** Checks that the context is present and copies it. */
    public SimpleAuthorizerResponse {
        Objects.requireNonNull(context, "context");
        context = context.map(values -> Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /**
     * The context as a payload 1.0 integration receives it: every value stringified as for a REST integration, lists
     * and objects as compact JSON text [UNCERTAIN] (docs/behavior.md#http-api-authorizer-events,
     * #uncertain-http-api-lambda-authorizers).
     *
     * @return the stringified values; empty when there is no context
     */
    public Map<String, String> stringifiedContext() {
        return context.map(ContextValues::stringify).orElse(Map.of());
    }

    /**
     * Read a simple response. {@code isAuthorized} must be the JSON boolean {@code true} or {@code false}.
     *
     * @param functionResult the bytes the function returned
     * @return the checked response
     * @throws InvalidAuthorizerOutputException when API Gateway could not use the result; the message says why
     */
    public static SimpleAuthorizerResponse parse(byte[] functionResult) {
        JsonNode result = Json.tryRead(functionResult)
                .orElseThrow(() -> new InvalidAuthorizerOutputException(
                        AuthorizerMessages.notJson(AuthorizerMessages.SIMPLE_SHAPE)));
        if (!result.isObject()) {
            throw new InvalidAuthorizerOutputException(
                    AuthorizerMessages.resultNotAnObject(result, AuthorizerMessages.SIMPLE_SHAPE));
        }
        JsonNode isAuthorized = result.get("isAuthorized");
        if (isAuthorized == null) {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.isAuthorizedMissing());
        }
        if (!isAuthorized.isBoolean()) {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.isAuthorizedNotBoolean(isAuthorized));
        }
        JsonNode context = result.get("context");
        Optional<Map<String, Object>> values = context == null || context.isNull()
                ? Optional.empty()
                : Optional.of(ContextValues.read(context, "context", false));
        return new SimpleAuthorizerResponse(isAuthorized.booleanValue(), values);
    }
}

package io.apigwsim.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.lambda.Invocation;
import io.apigwsim.internal.lambda.LambdaFunction;
import java.time.Duration;

/** A Lambda authorizer's function as API Gateway calls it: within the authorizer timeout, its log kept. */
final class AuthorizerFunction {

    // How long API Gateway waits for an authorizer (docs/behavior.md#uncertain-authorizers).
    private static final Duration TIMEOUT = Duration.ofSeconds(29);

    private final String authorizerName;
    private final LambdaFunction function;

    AuthorizerFunction(String authorizerName, LambdaFunction function) {
        this.authorizerName = authorizerName;
        this.function = function;
    }

    /** Call the function with the event, copying its log lines into the execution log. */
    Invocation invoke(RequestScope scope, byte[] event) {
        scope.log("Sending request to authorizer ", authorizerName, " (", function.name() + ")");
        Invocation invocation =
                function.invoke(event, scope.ids().uuid(), scope.trace().toString(), TIMEOUT);
        for (String line : invocation.functionLog()) {
            scope.log("[authorizer log] " + line);
        }
        return invocation;
    }

    /** Why an invocation that did not succeed failed, for the execution log. */
    static String failure(Invocation invocation) {
        return switch (invocation.outcome()) {
            case INTEGRATION_TIMEOUT -> "it did not answer within " + TIMEOUT.toSeconds() + " seconds";
            case REQUEST_TOO_LARGE -> "its event exceeds Lambda's invocation limit";
            default -> invocation.errorDescription();
        };
    }

    /** What a failed invocation answered, Lambda's error object, or {@code null} when it gave nothing. */
    static byte[] errorObject(Invocation invocation) {
        return invocation.answered() ? invocation.payload() : null;
    }

    /** The {@code errorMessage} of Lambda's error object, or {@code null}. */
    static String errorMessage(byte[] lambdaError) {
        if (lambdaError == null) {
            return null;
        }
        JsonNode message = Json.tryRead(lambdaError)
                .map(error -> error.get("errorMessage"))
                .orElse(null);
        return message != null && message.isTextual() ? message.asText() : null;
    }
}

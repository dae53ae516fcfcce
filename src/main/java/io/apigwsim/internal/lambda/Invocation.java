package io.apigwsim.internal.lambda;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What one invocation produced.
 *
 * @param outcome how it ended
 * @param payload the function's result JSON, Lambda's error JSON, or empty after an integration timeout
 * @param functionLog what the handler wrote to its {@code LambdaLogger}, one entry per call
 * @param failure the throwable behind a function error, or {@code null}
 * @param awsRequestId the Lambda request id the handler saw
 * @param durationMillis how long the handler ran, as far as API Gateway waited
 */
public record Invocation(
        Outcome outcome,
        byte[] payload,
        List<String> functionLog,
        Throwable failure,
        String awsRequestId,
        long durationMillis) {

    /** How an invocation ended. */
    public enum Outcome {
        /** The handler returned; the payload is its serialized result. */
        SUCCESS,
        /** The handler failed or Lambda stopped it; the payload is Lambda's error object. */
        FUNCTION_ERROR,
        /** API Gateway stopped waiting before the function finished. */
        INTEGRATION_TIMEOUT
    }

    /** Return the payload as UTF-8 text. */
    public String payloadAsText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}

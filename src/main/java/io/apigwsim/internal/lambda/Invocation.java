package io.apigwsim.internal.lambda;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What one invocation produced, as API Gateway sees it through Lambda's Invoke API.
 *
 * @param outcome how it ended
 * @param payload the function's result JSON, Lambda's error JSON, or empty when there is none
 * @param functionLog what the handler wrote to its {@code LambdaLogger}, one entry per call
 * @param failure the throwable behind a function error, or {@code null}
 * @param awsRequestId the Lambda request id the handler saw
 * @param durationMillis how long the handler ran, as far as API Gateway waited: up to the timeout when it timed out
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
        /**
         * API Gateway stopped waiting at its integration timeout while the function was still running; there is no
         * payload. The handler may still be running on its own thread, until it returns or its function timeout
         * passes.
         */
        INTEGRATION_TIMEOUT,
        /** Lambda refused the event as larger than its invocation limit; the function did not run. */
        REQUEST_TOO_LARGE
    }

    /** Return the payload as UTF-8 text. */
    public String payloadAsText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** Whether the function ran and Lambda answered, with a result or an error object. */
    public boolean answered() {
        return outcome == Outcome.SUCCESS || outcome == Outcome.FUNCTION_ERROR;
    }

    /** The {@code X-Amz-Function-Error} value Lambda answers with: {@code Unhandled} for a function error. */
    public Optional<String> functionError() {
        return outcome == Outcome.FUNCTION_ERROR ? Optional.of("Unhandled") : Optional.empty();
    }

    /** For the execution log: the error's type and message. */
    public String errorDescription() {
        if (failure == null) {
            return payloadAsText();
        }
        return failure.getClass().getName() + ": " + safeMessage(failure);
    }

    private static String safeMessage(Throwable failure) {
        try {
            return String.valueOf(failure.getMessage());
        } catch (RuntimeException e) {
            return "(its getMessage() threw " + e.getClass().getName() + ")";
        }
    }
}

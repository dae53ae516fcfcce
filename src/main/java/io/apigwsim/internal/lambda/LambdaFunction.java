package io.apigwsim.internal.lambda;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigwsim.internal.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One simulated Lambda function: its handler, its configuration, and Lambda's Invoke API in front of it, with the
 * invocation limits (docs/behavior.md#limits). Thread-safe.
 */
public final class LambdaFunction {

    private final HandlerInvoker invoker;
    private final FunctionSettings settings;
    private final Executor asyncExecutor;

    LambdaFunction(HandlerInvoker invoker, FunctionSettings settings, Executor asyncExecutor) {
        this.invoker = invoker;
        this.settings = settings;
        this.asyncExecutor = asyncExecutor;
    }

    /** The function name its {@code Context} reports. */
    public String name() {
        return settings.functionName();
    }

    /**
     * Invoke the function synchronously (invocation type {@code RequestResponse}) on the calling thread.
     *
     * @param payload the event JSON
     * @param awsRequestId the Lambda request id, distinct from API Gateway's request id
     * @param traceHeader the X-Ray trace header the function sees
     * @param integrationTimeout how long API Gateway waits
     * @return the invocation: a result, Lambda's error object, a timeout, or a payload Lambda refused
     */
    public Invocation invoke(byte[] payload, String awsRequestId, String traceHeader, Duration integrationTimeout) {
        if (payload.length > LambdaLimits.MAX_EVENT_BYTES) {
            return new Invocation(Invocation.Outcome.REQUEST_TOO_LARGE, new byte[0], List.of(), null, awsRequestId, 0);
        }
        Invocation invocation = invoker.invoke(payload, awsRequestId, traceHeader, settings, integrationTimeout);
        if (invocation.outcome() == Invocation.Outcome.SUCCESS
                && invocation.payload().length > LambdaLimits.MAX_RESULT_BYTES) {
            // Lambda does not return a result over its limit: it answers with a function error
            // (docs/behavior.md#limits).
            return new Invocation(
                    Invocation.Outcome.FUNCTION_ERROR,
                    resultTooLarge(),
                    invocation.functionLog(),
                    null,
                    awsRequestId,
                    invocation.durationMillis());
        }
        return invocation;
    }

    /**
     * Invoke the function asynchronously (invocation type {@code Event}): Lambda accepts the event at once and the
     * function runs on its own, bounded by its own timeout.
     *
     * @return whether Lambda accepted the event; a closed gateway accepts none
     */
    public boolean invokeAsync(byte[] payload, String awsRequestId, String traceHeader) {
        try {
            asyncExecutor.execute(
                    () -> invoker.invoke(payload, awsRequestId, traceHeader, settings, settings.functionTimeout()));
            return true;
        } catch (RejectedExecutionException closed) {
            return false;
        }
    }

    private static byte[] resultTooLarge() {
        ObjectNode error = Json.mapper().createObjectNode();
        error.put("errorMessage", LambdaLimits.RESULT_TOO_LARGE_MESSAGE);
        error.put("errorType", "Function.ResponseSizeTooLarge");
        return Json.write(error);
    }

    @Override
    public String toString() {
        return "Lambda function " + settings.functionName();
    }
}

package io.apigwsim.internal.lambda;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigwsim.internal.json.Json;
import java.time.Duration;
import java.util.List;

/**
 * One simulated Lambda function: its handler, its configuration, and Lambda's Invoke API in front of it, with the
 * invocation limits (docs/behavior.md#limits). Thread-safe.
 */
public final class LambdaFunction {

    private final HandlerInvoker invoker;
    private final FunctionSettings settings;
    private final FunctionThreads threads;

    LambdaFunction(HandlerInvoker invoker, FunctionSettings settings, FunctionThreads threads) {
        this.invoker = invoker;
        this.settings = settings;
        this.threads = threads;
    }

    /** The function name its {@code Context} reports. */
    public String name() {
        return settings.functionName();
    }

    /** The function's own timeout, after which Lambda stops it. */
    public Duration functionTimeout() {
        return settings.functionTimeout();
    }

    /**
     * Invoke the function synchronously (invocation type {@code RequestResponse}): the handler runs on one of the
     * gateway's function threads, and the calling thread waits for it until the integration timeout or the
     * function timeout, whichever passes first.
     *
     * @param payload the event JSON
     * @param awsRequestId the Lambda request id, distinct from API Gateway's request id
     * @param traceHeader the X-Ray trace header the function sees
     * @param integrationTimeout how long API Gateway waits
     * @return the invocation: a result, Lambda's error object, an integration timeout (the function still running),
     *     or a payload Lambda refused
     */
    public Invocation invoke(byte[] payload, String awsRequestId, String traceHeader, Duration integrationTimeout) {
        if (payload.length > LambdaLimits.MAX_EVENT_BYTES) {
            return new Invocation(Invocation.Outcome.REQUEST_TOO_LARGE, new byte[0], List.of(), null, awsRequestId, 0);
        }
        Invocation invocation =
                invoker.invoke(payload, awsRequestId, traceHeader, settings, integrationTimeout, threads);
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
     * Invoke the function asynchronously (invocation type {@code Event}): Lambda queues the event and accepts it at
     * once; the gateway's asynchronous invocation threads take queued events in order, at most
     * {@value FunctionThreads#ASYNC_CONCURRENCY} at a time, and each runs until the function's own timeout at most
     * (docs/behavior.md#asynchronous-invocation-queue).
     *
     * @return whether Lambda accepted the event; a closed gateway accepts none
     */
    public boolean invokeAsync(byte[] payload, String awsRequestId, String traceHeader) {
        return threads.submitAsync(() ->
                invoker.invoke(payload, awsRequestId, traceHeader, settings, settings.functionTimeout(), threads));
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

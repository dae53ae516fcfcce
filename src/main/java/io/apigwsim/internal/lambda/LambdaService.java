package io.apigwsim.internal.lambda;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated Lambda service behind one gateway: prepares its functions and runs their asynchronous invocations.
 * Synchronous invocations run on the caller's thread; only asynchronous ones use the service's daemon threads, which
 * {@link #close()} stops.
 */
public final class LambdaService implements AutoCloseable {

    private final String region;
    private final String accountId;
    private final String logStreamName;
    private final ExecutorService asyncExecutor;

    /**
     * @param region the region in function ARNs
     * @param accountId the account in function ARNs
     * @param logStreamName the log stream every function's context reports
     */
    public LambdaService(String region, String accountId, String logStreamName) {
        this.region = region;
        this.accountId = accountId;
        this.logStreamName = logStreamName;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "apigw-sim-async-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.asyncExecutor = Executors.newCachedThreadPool(factory);
    }

    /**
     * Check a handler and prepare it as a function.
     *
     * @param handler the user's handler instance
     * @param declaredType the handler's declared type where its class leaves the event types open, or empty
     * @param eventClass the aws-lambda-java-events class of the event, or {@code null} when any input type fits
     * @param eventName how to call the event in messages
     * @param functionName the name the context reports
     * @param functionTimeout the function's own timeout
     * @throws InvalidHandlerException when the runtime could not call the handler with this event
     */
    public LambdaFunction function(
            Object handler,
            Optional<Type> declaredType,
            Class<?> eventClass,
            String eventName,
            String functionName,
            Duration functionTimeout) {
        HandlerInvoker invoker = HandlerInvoker.create(handler, declaredType, eventClass, eventName);
        FunctionSettings settings = new FunctionSettings(
                functionName, functionTimeout, FunctionSettings.DEFAULT_MEMORY_MB, region, accountId, logStreamName);
        return new LambdaFunction(invoker, settings, asyncExecutor);
    }

    /** Stop the asynchronous invocations still running; later ones are refused. */
    @Override
    public void close() {
        asyncExecutor.shutdownNow();
    }
}

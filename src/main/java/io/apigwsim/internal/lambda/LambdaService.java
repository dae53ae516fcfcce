package io.apigwsim.internal.lambda;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The simulated Lambda service behind one gateway: prepares its functions and owns the threads they run on. Every
 * handler runs on one of the service's daemon threads, created when first needed and named
 * {@value #THREAD_NAME_PREFIX}...; {@link #close()} stops them all. Nothing is shared with another gateway.
 */
public final class LambdaService implements AutoCloseable {

    /** The name every thread of apigw-sim starts with. */
    public static final String THREAD_NAME_PREFIX = FunctionThreads.THREAD_NAME_PREFIX;

    private final String region;
    private final String accountId;
    private final String logStreamName;
    private final FunctionThreads threads = new FunctionThreads();

    /**
     * @param region the region in function ARNs
     * @param accountId the account in function ARNs
     * @param logStreamName the log stream every function's context reports
     */
    public LambdaService(String region, String accountId, String logStreamName) {
        this.region = region;
        this.accountId = accountId;
        this.logStreamName = logStreamName;
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
     * @param memorySizeMb the function's memory size
     * @throws InvalidHandlerException when the runtime could not call the handler with this event
     */
    public LambdaFunction function(
            Object handler,
            Optional<Type> declaredType,
            Class<?> eventClass,
            String eventName,
            String functionName,
            Duration functionTimeout,
            int memorySizeMb) {
        HandlerInvoker invoker = HandlerInvoker.create(handler, declaredType, eventClass, eventName);
        FunctionSettings settings =
                new FunctionSettings(functionName, functionTimeout, memorySizeMb, region, accountId, logStreamName);
        return new LambdaFunction(invoker, settings, threads);
    }

    /** {@link #function(Object, Optional, Class, String, String, Duration, int)} with Lambda's default memory size. */
    public LambdaFunction function(
            Object handler,
            Optional<Type> declaredType,
            Class<?> eventClass,
            String eventName,
            String functionName,
            Duration functionTimeout) {
        return function(
                handler,
                declaredType,
                eventClass,
                eventName,
                functionName,
                functionTimeout,
                FunctionSettings.DEFAULT_MEMORY_MB);
    }

    /** The service's threads that are still alive; for tests. */
    List<Thread> liveThreads() {
        return threads.liveThreads();
    }

    /**
     * Stop the service's threads: queued asynchronous invocations are dropped and later ones refused, running
     * handlers are interrupted, idle threads end. Waits a moment for them to end; a handler that ignores its interrupt
     * keeps its daemon thread until it returns.
     */
    @Override
    public void close() {
        threads.close();
    }
}

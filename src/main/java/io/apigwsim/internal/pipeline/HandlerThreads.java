package io.apigwsim.internal.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run handler invocations, so that the caller can stop waiting at the integration
 * timeout. Daemon threads: a gateway that is never closed does not keep the JVM alive.
 */
final class HandlerThreads implements AutoCloseable {

    private final ExecutorService executor;

    HandlerThreads() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "apigw-sim-handler-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newCachedThreadPool(factory);
    }

    ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

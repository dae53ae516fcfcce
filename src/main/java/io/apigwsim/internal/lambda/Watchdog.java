package io.apigwsim.internal.lambda;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts a thread running a handler when its timeout passes, and tells afterwards whether it did. The
 * interrupt never outlives the invocation: {@link #stop()} waits for a firing watchdog and clears the flag.
 */
final class Watchdog {

    // One daemon timer thread for every gateway: it holds no state but pending deadlines, so sharing it is
    // safe, and it saves a thread per gateway.
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final Thread handlerThread;
    private ScheduledFuture<?> deadline;
    private boolean finished;
    private boolean fired;

    private Watchdog(Thread handlerThread) {
        this.handlerThread = handlerThread;
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "apigw-sim-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    static Watchdog start(Thread handlerThread, long timeoutNanos) {
        Watchdog watchdog = new Watchdog(handlerThread);
        watchdog.deadline = TIMER.schedule(watchdog::fire, timeoutNanos, TimeUnit.NANOSECONDS);
        return watchdog;
    }

    private synchronized void fire() {
        if (!finished) {
            fired = true;
            handlerThread.interrupt();
        }
    }

    /** End the watch; returns whether the timeout passed first. Call on the handler thread. */
    boolean stop() {
        deadline.cancel(false);
        synchronized (this) {
            finished = true;
            if (fired) {
                // Clear the interrupt this watchdog set, so it does not leak into the caller's code.
                Thread.interrupted();
            }
            return fired;
        }
    }
}

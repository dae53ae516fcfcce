package io.apigwsim.internal.lambda;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts a thread running a handler when its timeout passes, and tells afterwards whether it did. The
 * interrupt never outlives the invocation: {@link #stop()} waits for a firing watchdog and clears the flag.
 *
 * <p>One daemon thread checks every watched invocation each {@value #TICK_MILLIS} ms. Starting a watch only
 * adds it to a concurrent set: no timer thread is woken per request, which is what a scheduled executor
 * would cost. API Gateway's timeouts are at least 50 ms, so a tick of a few milliseconds is precise enough.
 */
final class Watchdog {

    static final long TICK_MILLIS = 5;

    private static final Set<Watchdog> WATCHED = ConcurrentHashMap.newKeySet();

    static {
        Thread checker = new Thread(Watchdog::check, "apigw-sim-watchdog");
        checker.setDaemon(true);
        checker.start();
    }

    private final Thread handlerThread;
    private final long deadlineNanos;
    private boolean finished;
    private boolean fired;

    private Watchdog(Thread handlerThread, long deadlineNanos) {
        this.handlerThread = handlerThread;
        this.deadlineNanos = deadlineNanos;
    }

    static Watchdog start(Thread handlerThread, long timeoutNanos) {
        Watchdog watchdog = new Watchdog(handlerThread, System.nanoTime() + timeoutNanos);
        WATCHED.add(watchdog);
        return watchdog;
    }

    private static void check() {
        while (true) {
            try {
                TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Watchdog watchdog : WATCHED) {
                if (now - watchdog.deadlineNanos >= 0) {
                    watchdog.fire();
                    WATCHED.remove(watchdog);
                }
            }
        }
    }

    private synchronized void fire() {
        if (!finished) {
            fired = true;
            handlerThread.interrupt();
        }
    }

    /** End the watch; returns whether the timeout passed first. Call on the handler thread. */
    boolean stop() {
        WATCHED.remove(this);
        boolean late = System.nanoTime() - deadlineNanos >= 0;
        synchronized (this) {
            finished = true;
            if (fired) {
                // Clear the interrupt this watchdog set, so it does not leak into the caller's code.
                Thread.interrupted();
            }
            return fired || late;
        }
    }
}

package io.apigwsim.internal.lambda;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One handler call, handed by the thread that waits for it (the request's caller, or an asynchronous invocation's
 * thread) to one of the gateway's function threads. The waiter stops waiting at its deadline whatever the handler
 * does: API Gateway answers the client at its timeout and no longer cares what the function does
 * (docs/behavior.md#functions-still-running-at-the-timeout). A handler that finishes after that finds nobody waiting, and its outcome is
 * dropped.
 *
 * <p>Both sides spin briefly before they park, because a trivial handler finishes in a few microseconds and waking a
 * parked thread costs more than that. They busy-spin ({@link Thread#onSpinWait()}) while that pays off, that is
 * while the two threads run on two cores at once ({@link SpinPolicy}), and otherwise spin with {@link Thread#yield()},
 * which leaves the core to the other side when the two share one (docs/performance.md). The waiter also stops
 * busy-spinning when the function thread has not even started the call after {@value #PICKUP_NANOS} ns: it is not
 * running then, and may be waiting for this very core.
 */
final class HandlerCall {

    /** How long the waiter spins before it parks; a trivial handler has finished by then. */
    static final long WAIT_SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    /**
     * How long a busy-spinning waiter waits for the function thread to start the call; a busy-spinning function thread
     * starts it in well under a microsecond.
     */
    static final long PICKUP_NANOS = 1_500;

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int ABANDONED = 2;

    private final Thread waiter;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private Callable<byte[]> work;
    // Written by the function thread before state becomes DONE; read by the waiter only after it saw DONE.
    private byte[] result;
    private Throwable failure;
    // Set by the thread that hands the call over, before the hand-over; read by the same thread while it waits.
    private SpinPolicy waits;
    // Written under this lock, so that an interrupt meant for this call reaches its handler and no later call on the
    // same thread; volatile because the waiter also reads it without the lock, to see that the call has started.
    private volatile Thread runner;
    private boolean finished;
    private boolean interruptRequested;
    private volatile Future<?> stopAtFunctionTimeout;

    /**
     * @param work the handler call, run on a function thread
     */
    HandlerCall(Callable<byte[]> work) {
        this.waiter = Thread.currentThread();
        this.work = work;
    }

    /** Record which policy the waiter follows: the one of the function thread the call is handed to. */
    void handedTo(SpinPolicy callWaits) {
        waits = callWaits;
    }

    /** Run the handler on the current thread, a function thread; never throws. */
    void run() {
        Thread current = Thread.currentThread();
        synchronized (this) {
            runner = current;
            if (interruptRequested) {
                current.interrupt();
            }
        }
        byte[] produced = null;
        Throwable thrown = null;
        try {
            produced = work.call();
        } catch (Throwable t) {
            thrown = t;
        }
        synchronized (this) {
            finished = true;
        }
        // Whatever interrupt the handler set on itself, or was sent, belonged to this call only.
        Thread.interrupted();
        work = null;
        result = produced;
        failure = thrown;
        Future<?> stop = stopAtFunctionTimeout;
        if (stop != null) {
            stop.cancel(false);
        }
    }

    /** Hand the outcome to the waiter, if it still waits; otherwise drop it. Call after {@link #run()}. */
    void publish() {
        if (state.compareAndSet(RUNNING, DONE)) {
            LockSupport.unpark(waiter);
        } else {
            result = null;
            failure = null;
        }
    }

    /**
     * Wait for the handler until the deadline, on the thread that created this call. An interrupt that arrives while
     * waiting is passed on to the handler and kept for the waiter; once the function threads are closed, it also ends
     * the wait.
     *
     * @param deadlineNanos when to stop waiting, on {@link System#nanoTime()}'s scale
     * @param threads the function threads the call runs on
     * @return whether the handler finished in time; if not, the call is abandoned and its outcome will be dropped
     */
    boolean await(long deadlineNanos, FunctionThreads threads) {
        boolean interrupted = false;
        long begin = System.nanoTime();
        long spinUntil = begin + WAIT_SPIN_NANOS;
        boolean busy = waits.shouldSpin();
        long busyUntil = busy ? spinUntil : begin;
        try {
            while (state.get() == RUNNING) {
                long now = System.nanoTime();
                if (Thread.interrupted()) {
                    interrupted = true;
                    interruptHandler();
                    if (threads.isClosed()) {
                        now = deadlineNanos;
                    }
                }
                long left = deadlineNanos - now;
                if (left <= 0) {
                    if (state.compareAndSet(RUNNING, ABANDONED)) {
                        if (busy) {
                            waits.missed();
                        }
                        return false;
                    }
                    break;
                }
                if (now - busyUntil < 0) {
                    if (runner != null || now - begin < PICKUP_NANOS) {
                        Thread.onSpinWait();
                        continue;
                    }
                    busyUntil = now;
                }
                if (now - spinUntil < 0) {
                    Thread.yield();
                } else {
                    LockSupport.parkNanos(this, left);
                }
            }
            if (busy) {
                if (System.nanoTime() - busyUntil < 0) {
                    waits.paidOff();
                } else {
                    waits.missed();
                }
            }
            return true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Interrupt the handler if it is still running, or make it start interrupted if it has not started yet. */
    void interruptHandler() {
        synchronized (this) {
            interruptRequested = true;
            if (runner != null && !finished) {
                interruptQuietly(runner);
            }
        }
    }

    /**
     * Interrupt a thread that runs a handler. Interrupting a thread blocked in an interruptible channel runs the
     * channel's close code on the interrupting thread, and whatever that throws, an {@code OutOfMemoryError}
     * included, must end neither the request that waits nor the timer nor {@code close()}.
     */
    static void interruptQuietly(Thread handlerThread) {
        try {
            handlerThread.interrupt();
        } catch (Throwable ignored) {
            // The handler's own channel failed to close; the interrupt flag is set all the same.
        }
    }

    /** Remember the timer task that stops an abandoned handler, so that a handler that finishes first cancels it. */
    void stopAtFunctionTimeout(Future<?> stop) {
        stopAtFunctionTimeout = stop;
        synchronized (this) {
            if (finished) {
                stop.cancel(false);
            }
        }
    }

    /** What the handler returned; valid after {@link #await} returned {@code true}. */
    byte[] result() {
        return result;
    }

    /** What the handler threw, or {@code null}; valid after {@link #await} returned {@code true}. */
    Throwable failure() {
        return failure;
    }

    @Override
    public String toString() {
        return "handler call waited for by " + waiter.getName();
    }
}

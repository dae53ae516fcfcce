package io.apigwsim.internal.lambda;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One function thread of a gateway: runs handler calls one after another, and waits for the next one while idle. A
 * caller takes an idle worker by moving it from idle to assigned; the worker retires itself, when it has been idle
 * too long or its gateway closes, by moving from idle to retired. Whoever wins that race decides, so a call is never
 * handed to a worker that is leaving.
 */
final class FunctionWorker implements Runnable {

    /**
     * How long an idle worker spins for the next call before it parks: back-to-back requests then find it awake. It
     * busy-spins while that pays off, and yields otherwise ({@link HandlerCall}).
     */
    static final long IDLE_SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    private static final int IDLE = 0;
    private static final int ASSIGNED = 1;
    private static final int RETIRED = 2;

    private final FunctionThreads threads;
    private final Thread thread;
    private final AtomicInteger state = new AtomicInteger(ASSIGNED);
    private final SpinPolicy idleWaits = new SpinPolicy();
    private final SpinPolicy callWaits = new SpinPolicy();
    private volatile HandlerCall call;

    /**
     * @param threads the gateway's function threads, which own this worker
     * @param name the thread's name
     * @param first the call the worker runs first
     */
    FunctionWorker(FunctionThreads threads, String name, HandlerCall first) {
        this.threads = threads;
        this.call = first;
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    Thread thread() {
        return thread;
    }

    /** How the threads that wait for this worker's calls wait. */
    SpinPolicy callWaits() {
        return callWaits;
    }

    /** Give an idle worker a call; false when the worker is not idle any more (it retired). */
    boolean assign(HandlerCall next) {
        if (!state.compareAndSet(IDLE, ASSIGNED)) {
            return false;
        }
        call = next;
        LockSupport.unpark(thread);
        return true;
    }

    @Override
    public void run() {
        try {
            HandlerCall current;
            while ((current = awaitCall()) != null) {
                current.run();
                // Idle before the waiter learns the outcome, so that its next request finds this worker.
                call = null;
                state.set(IDLE);
                threads.idle(this);
                current.publish();
            }
        } finally {
            threads.ended(this);
        }
    }

    /** The next call, or {@code null} once this worker retired. */
    private HandlerCall awaitCall() {
        HandlerCall next = call;
        if (next != null) {
            return next;
        }
        long begin = System.nanoTime();
        long spinUntil = begin + IDLE_SPIN_NANOS;
        long retireAt = spinUntil + threads.keepAliveNanos();
        boolean busy = idleWaits.shouldSpin();
        long busyUntil = busy ? spinUntil : begin;
        while ((next = call) == null) {
            long now = System.nanoTime();
            boolean closed = threads.isClosed();
            if ((closed || now - retireAt >= 0) && state.compareAndSet(IDLE, RETIRED)) {
                threads.retired(this);
                return null;
            }
            if (!closed && now - busyUntil < 0) {
                Thread.onSpinWait();
            } else if (!closed && now - spinUntil < 0) {
                Thread.yield();
            } else {
                // An interrupt of an idle worker (the gateway closing) is read through isClosed(); clear it, or
                // parkNanos would return at once, again and again.
                Thread.interrupted();
                LockSupport.parkNanos(this, Math.max(1, retireAt - now));
            }
        }
        if (busy) {
            if (System.nanoTime() - busyUntil < 0) {
                idleWaits.paidOff();
            } else {
                idleWaits.missed();
            }
        }
        return next;
    }

    @Override
    public String toString() {
        return thread.getName();
    }
}

package io.apigwsim.internal.lambda;

/**
 * Whether one kind of wait of one function thread should busy-spin ({@link Thread#onSpinWait()}, no system call) or
 * go straight to {@link Thread#yield()}. Busy-spinning is the cheapest hand-off when the two threads run on two cores
 * at once, and the worst when they share one: the spinner then holds the core the other side needs until the
 * scheduler preempts it (docs/performance.md). So a wait spins while spinning has recently paid off (the other side
 * answered within the spin), stops after {@value #MISSES_TO_STOP} misses in a row, and then tries again once every
 * {@value #FIRST_PROBE_INTERVAL} waits, less often after each failed try, down to once every
 * {@value #LAST_PROBE_INTERVAL}. A new policy spins, but stops at its first miss until spinning has paid off once:
 * most gateways of a test suite serve a few requests far apart, where spinning never pays off.
 *
 * <p>The fields are read and written without synchronization on purpose: a policy is consulted by the threads that
 * wait on one function thread, usually one at a time, and a lost update only delays the next adjustment by one wait.
 */
final class SpinPolicy {

    /** Misses in a row after which a spinning policy stops spinning; one miss can be a preemption or a GC pause. */
    static final int MISSES_TO_STOP = 3;

    /** Waits between tries while not spinning, after the first failed try. */
    static final int FIRST_PROBE_INTERVAL = 64;

    /** The most waits between tries, reached by doubling after each failed try. */
    static final int LAST_PROBE_INTERVAL = 1024;

    private boolean spinning = true;
    private int misses = MISSES_TO_STOP - 1;
    private int probeInterval = FIRST_PROBE_INTERVAL;
    private int waitsUntilProbe;

    /** Whether the next wait should busy-spin; counts the waits while not spinning. */
    boolean shouldSpin() {
        if (spinning) {
            return true;
        }
        if (--waitsUntilProbe > 0) {
            return false;
        }
        waitsUntilProbe = probeInterval;
        return true;
    }

    /** A wait that spun saw the other side answer while it spun. */
    void paidOff() {
        spinning = true;
        misses = 0;
        probeInterval = FIRST_PROBE_INTERVAL;
    }

    /** A wait that spun stopped spinning before the other side answered. */
    void missed() {
        if (spinning) {
            if (++misses < MISSES_TO_STOP) {
                return;
            }
            spinning = false;
            misses = 0;
        } else {
            probeInterval = Math.min(probeInterval * 2, LAST_PROBE_INTERVAL);
        }
        waitsUntilProbe = probeInterval;
    }

    /** Whether the policy currently spins; for tests. */
    boolean spinning() {
        return spinning;
    }

    @Override
    public String toString() {
        return spinning ? "spinning" : "yielding, next try in " + waitsUntilProbe + " waits";
    }
}

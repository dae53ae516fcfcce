package io.apigwsim.internal.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WatchdogTests {

    private static final long FIFTY_MILLIS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long TEN_SECONDS = TimeUnit.SECONDS.toNanos(10);

    // A failed test must not hand an interrupted thread to the next test on it.
    @AfterEach
    void clear_interrupt() {
        Thread.interrupted();
    }

    @Test
    void a_watch_stopped_before_its_deadline_reports_no_timeout() {
        Watchdog watchdog = Watchdog.start(Thread.currentThread(), TEN_SECONDS);

        boolean timedOut = watchdog.stop();

        assertThat(timedOut).isFalse();
    }

    @Test
    void a_watch_interrupts_the_thread_once_its_deadline_passes() {
        Watchdog watchdog = Watchdog.start(Thread.currentThread(), FIFTY_MILLIS);

        assertThatThrownBy(() -> Thread.sleep(10_000)).isInstanceOf(InterruptedException.class);

        watchdog.stop();
    }

    @Test
    void a_watch_that_fired_reports_the_timeout() {
        Watchdog watchdog = Watchdog.start(Thread.currentThread(), FIFTY_MILLIS);
        awaitInterrupt();

        boolean timedOut = watchdog.stop();

        assertThat(timedOut).isTrue();
    }

    @Test
    void stop_clears_the_interrupt_the_watch_set() {
        Watchdog watchdog = Watchdog.start(Thread.currentThread(), FIFTY_MILLIS);
        awaitInterrupt();

        watchdog.stop();

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void a_watch_stopped_past_its_deadline_reports_the_timeout_even_before_it_fires() {
        Watchdog watchdog = Watchdog.start(Thread.currentThread(), 0);

        boolean timedOut = watchdog.stop();

        assertThat(timedOut).isTrue();
    }

    @Test
    void stop_keeps_an_interrupt_the_watch_did_not_set() {
        Watchdog watchdog = Watchdog.start(Thread.currentThread(), TEN_SECONDS);
        Thread.currentThread().interrupt();

        watchdog.stop();

        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void a_stopped_watch_never_interrupts_the_thread_later() {
        Watchdog watchdog = Watchdog.start(Thread.currentThread(), FIFTY_MILLIS);
        watchdog.stop();

        assertThatCode(() -> Thread.sleep(200)).doesNotThrowAnyException();
    }

    @Test
    void a_watch_interrupts_only_the_thread_it_watches() throws InterruptedException {
        Watchdog own = Watchdog.start(Thread.currentThread(), TEN_SECONDS);
        AtomicBoolean otherInterrupted = new AtomicBoolean();
        Thread other = new Thread(() -> {
            Watchdog watchdog = Watchdog.start(Thread.currentThread(), FIFTY_MILLIS);
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                otherInterrupted.set(true);
            }
            watchdog.stop();
        });

        other.start();
        other.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(otherInterrupted).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        own.stop();
    }

    // Spin without clearing the flag, so that stop() finds the interrupt the watch set.
    private static void awaitInterrupt() {
        long giveUp = System.nanoTime() + TEN_SECONDS;
        while (!Thread.currentThread().isInterrupted()) {
            if (System.nanoTime() - giveUp > 0) {
                fail("the watch never fired");
            }
            Thread.onSpinWait();
        }
    }
}

package io.apigwsim.internal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One gateway's threads: created when needed, reused, bounded, robust against a throwable, all ended by close. */
class FunctionThreadsTests {

    private final FunctionThreads threads = new FunctionThreads();

    @AfterEach
    void close_threads() {
        threads.close();
    }

    @Test
    void no_thread_starts_before_the_first_call() {
        assertThat(threads.liveThreads()).isEmpty();
    }

    @Test
    void calls_one_after_another_reuse_one_function_thread() {
        for (int i = 0; i < 100; i++) {
            run(() -> new byte[0]);
        }

        assertThat(names(threads.liveThreads())).containsExactly("apigw-sim-function-1");
    }

    @Test
    void the_timer_thread_starts_with_the_first_scheduled_task() throws InterruptedException {
        List<String> before = names(threads.liveThreads());
        CountDownLatch ran = new CountDownLatch(1);

        threads.schedule(ran::countDown, 0);

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(before).isEmpty();
        assertThat(names(threads.liveThreads())).containsExactly("apigw-sim-timer");
    }

    // One OutOfMemoryError must not end the timer: every later timeout still fires.
    @Test
    void the_timer_survives_a_task_that_throws_an_out_of_memory_error() throws InterruptedException {
        CountDownLatch thrown = new CountDownLatch(1);
        CountDownLatch later = new CountDownLatch(1);
        threads.schedule(
                () -> {
                    thrown.countDown();
                    throw new OutOfMemoryError("simulated");
                },
                0);
        assertThat(thrown.await(10, TimeUnit.SECONDS)).isTrue();

        threads.schedule(later::countDown, TimeUnit.MILLISECONDS.toNanos(10));

        assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_handler_that_throws_an_error_leaves_its_function_thread_serving_the_next_call() {
        HandlerCall failing = run(() -> {
            throw new OutOfMemoryError("simulated");
        });

        HandlerCall next = run(() -> new byte[] {42});

        assertThat(failing.failure()).isInstanceOf(OutOfMemoryError.class);
        assertThat(next.result()).containsExactly(42);
        assertThat(names(threads.liveThreads())).containsExactly("apigw-sim-function-1");
    }

    @Test
    void nothing_is_scheduled_once_closed() {
        threads.close();

        assertThat(threads.schedule(() -> {}, 0)).isNull();
    }

    @Test
    void no_asynchronous_invocation_is_accepted_once_closed() {
        threads.close();

        assertThat(threads.submitAsync(() -> {})).isFalse();
    }

    @Test
    void at_most_eight_asynchronous_invocations_run_at_once() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch eightRunning = new CountDownLatch(FunctionThreads.ASYNC_CONCURRENCY);
        AtomicInteger running = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            threads.submitAsync(() -> {
                running.incrementAndGet();
                eightRunning.countDown();
                awaitQuietly(release);
            });
        }
        assertThat(eightRunning.await(10, TimeUnit.SECONDS)).isTrue();

        int runningAtOnce = running.get();
        long asyncThreads = names(threads.liveThreads()).stream()
                .filter(name -> name.startsWith("apigw-sim-async-"))
                .count();
        release.countDown();

        assertThat(runningAtOnce).isEqualTo(FunctionThreads.ASYNC_CONCURRENCY);
        assertThat(asyncThreads).isEqualTo(FunctionThreads.ASYNC_CONCURRENCY);
    }

    @Test
    void close_drops_queued_asynchronous_invocations() throws InterruptedException {
        CountDownLatch eightRunning = new CountDownLatch(FunctionThreads.ASYNC_CONCURRENCY);
        AtomicInteger started = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            threads.submitAsync(() -> {
                started.incrementAndGet();
                eightRunning.countDown();
                awaitQuietly(new CountDownLatch(1));
            });
        }
        assertThat(eightRunning.await(10, TimeUnit.SECONDS)).isTrue();

        threads.close();

        assertThat(started).hasValue(FunctionThreads.ASYNC_CONCURRENCY);
    }

    @Test
    void close_interrupts_running_handlers_and_ends_every_thread() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        HandlerCall call = new HandlerCall(() -> {
            running.countDown();
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return new byte[0];
        });
        threads.start(call);
        threads.submitAsync(() -> {});
        threads.schedule(() -> {}, TimeUnit.SECONDS.toNanos(20));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        threads.close();

        assertThat(interrupted.getCount()).isZero();
        assertThat(threads.liveThreads()).isEmpty();
    }

    @Test
    void an_idle_function_thread_ends_after_its_keep_alive_and_the_next_call_starts_another()
            throws InterruptedException {
        try (FunctionThreads shortLived = new FunctionThreads(TimeUnit.MILLISECONDS.toNanos(1))) {
            run(shortLived, () -> new byte[0]);
            awaitNoLiveThread(shortLived);
            AtomicReference<String> secondThread = new AtomicReference<>();

            // The name is read inside the call: with a 1 ms keep-alive the thread may retire before the test looks.
            run(shortLived, () -> {
                secondThread.set(Thread.currentThread().getName());
                return new byte[0];
            });

            assertThat(secondThread).hasValue("apigw-sim-function-2");
        }
    }

    // A caller taking an idle thread races with that thread retiring; whoever wins, every call runs. Seeded pauses
    // put callers near the moment idle threads retire.
    @Test
    void every_call_runs_while_idle_threads_retire_around_it() throws InterruptedException {
        long seed = 20_261_202L;
        Queue<String> lost = new ConcurrentLinkedQueue<>();
        try (FunctionThreads shortLived = new FunctionThreads(TimeUnit.MICROSECONDS.toNanos(20))) {
            List<Thread> callers = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                Random random = new Random(seed + c);
                int caller = c;
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 500; i++) {
                        int expected = i;
                        HandlerCall call = new HandlerCall(() -> new byte[] {(byte) expected});
                        shortLived.start(call);
                        boolean finished = call.await(System.nanoTime() + TimeUnit.SECONDS.toNanos(10), shortLived);
                        if (!finished || call.result()[0] != (byte) expected) {
                            lost.add("seed " + (seed + caller) + ", caller " + caller + ", call " + i);
                        }
                        LockSupport.parkNanos(random.nextInt(150_000));
                    }
                });
                thread.start();
                callers.add(thread);
            }
            for (Thread thread : callers) {
                thread.join();
            }
        }

        assertThat(lost).isEmpty();
    }

    private HandlerCall run(Callable<byte[]> work) {
        return run(threads, work);
    }

    private static HandlerCall run(FunctionThreads on, Callable<byte[]> work) {
        HandlerCall call = new HandlerCall(work);
        on.start(call);
        assertThat(call.await(System.nanoTime() + TimeUnit.SECONDS.toNanos(10), on))
                .as("the call finished")
                .isTrue();
        return call;
    }

    // Bounded, so that a thread that never ends fails the test instead of hanging it.
    private static void awaitNoLiveThread(FunctionThreads on) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!on.liveThreads().isEmpty() && System.nanoTime() - giveUp < 0) {
            Thread.sleep(1);
        }
    }

    private static List<String> names(List<Thread> threads) {
        return threads.stream().map(Thread::getName).toList();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.apigwsim.internal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The timeouts of an invocation: which one passed, what Lambda answers, that the wait ends whatever the handler does,
 * and that no interrupt leaks between the handler and the caller.
 */
class HandlerInvokerTests {

    private static final Duration SHORT = Duration.ofMillis(100);
    private static final Duration LONG = Duration.ofSeconds(29);
    private static final long SLEEP_MILLIS = 10_000;

    private final LambdaService service = new LambdaService("eu-west-1", "123456789012", "stream");
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch exited = new CountDownLatch(1);

    // Release a blocked handler before closing, which waits a moment for the service's threads to end.
    @AfterEach
    void release_handlers_and_close_service() {
        released.countDown();
        service.liveThreads().forEach(LockSupport::unpark);
        service.close();
        Thread.interrupted();
    }

    @Test
    void a_handler_running_past_the_integration_timeout_is_an_integration_timeout() {
        LambdaFunction function = function(sleeper(), LONG);

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", SHORT);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.INTEGRATION_TIMEOUT);
    }

    @Test
    void the_integration_timeout_returns_once_the_timeout_passes_not_when_the_handler_ends() {
        LambdaFunction function = function(sleeper(), LONG);
        long start = System.nanoTime();

        function.invoke(utf8("{}"), "req-1", "trace", SHORT);

        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(elapsed).isBetween(SHORT, Duration.ofSeconds(5));
    }

    @Test
    void an_integration_timeout_has_no_payload() {
        LambdaFunction function = function(sleeper(), LONG);

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", SHORT);

        assertThat(invocation.payload()).isEmpty();
    }

    @Test
    void the_calling_thread_is_not_left_interrupted_after_an_integration_timeout() {
        LambdaFunction function = function(sleeper(), LONG);

        function.invoke(utf8("{}"), "req-1", "trace", SHORT);

        assertThat(Thread.interrupted()).isFalse();
    }

    // A function runs in a process of its own: an interrupt it sets on its thread does not reach the caller.
    @Test
    void an_interrupt_the_handler_sets_on_itself_does_not_reach_the_caller() {
        RequestStreamHandler interrupting = (input, output, context) -> {
            Thread.currentThread().interrupt();
            output.write(utf8("{}"));
        };
        LambdaFunction function = function(interrupting, LONG);

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", LONG);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.SUCCESS);
        assertThat(Thread.interrupted()).isFalse();
    }

    // ... and it starts without the caller's interrupt, which the caller still has afterwards.
    @Test
    void the_handler_starts_without_the_callers_interrupt_and_the_caller_keeps_it() {
        RequestStreamHandler napping = (input, output, context) -> {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                throw new IllegalStateException("started interrupted", e);
            }
            output.write(utf8("{}"));
        };
        LambdaFunction function = function(napping, LONG);
        Thread.currentThread().interrupt();

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", LONG);

        assertThat(Thread.interrupted()).isTrue();
        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.SUCCESS);
    }

    @Test
    void a_handler_running_past_its_function_timeout_is_lambdas_timeout_error() {
        LambdaFunction function = function(sleeper(), SHORT);

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", LONG);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.FUNCTION_ERROR);
        assertThat(json(invocation).path("errorType").textValue()).isEqualTo("Sandbox.Timedout");
    }

    @Test
    void the_function_timeout_message_names_the_request_and_the_timeout_in_seconds() {
        LambdaFunction function = function(sleeper(), SHORT);

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", LONG);

        assertThat(json(invocation).path("errorMessage").textValue())
                .isEqualTo("RequestId: req-1 Error: Task timed out after 0.10 seconds");
    }

    @Test
    void the_function_timeout_returns_once_the_timeout_passes() {
        LambdaFunction function = function(sleeper(), SHORT);
        long start = System.nanoTime();

        function.invoke(utf8("{}"), "req-1", "trace", LONG);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(SHORT, Duration.ofSeconds(5));
    }

    @Test
    void the_calling_thread_is_not_left_interrupted_after_a_function_timeout() {
        LambdaFunction function = function(sleeper(), SHORT);

        function.invoke(utf8("{}"), "req-1", "trace", LONG);

        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void equal_timeouts_report_the_function_timeout() {
        LambdaFunction function = function(sleeper(), SHORT);

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", SHORT);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.FUNCTION_ERROR);
        assertThat(json(invocation).path("errorType").textValue()).isEqualTo("Sandbox.Timedout");
    }

    @Test
    void a_handler_that_swallows_the_interrupt_and_returns_late_still_timed_out() {
        RequestStreamHandler handler = (input, output, context) -> {
            try {
                Thread.sleep(SLEEP_MILLIS);
            } catch (InterruptedException e) {
                output.write(utf8("{\"late\":true}"));
            }
        };
        LambdaFunction function = function(handler, LONG);

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", SHORT);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.INTEGRATION_TIMEOUT);
    }

    @Test
    void the_lines_logged_before_a_timeout_are_kept() {
        RequestStreamHandler handler = (input, output, context) -> {
            context.getLogger().log("started");
            sleep();
        };
        LambdaFunction function = function(handler, LONG);

        // A timeout long enough for the handler's thread to run its first line even on a loaded machine.
        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", Duration.ofSeconds(1));

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.INTEGRATION_TIMEOUT);
        assertThat(invocation.functionLog()).containsExactly("started");
    }

    @Test
    void concurrent_invocations_time_out_exactly_where_their_own_timeout_passes() throws InterruptedException {
        RequestStreamHandler handler = (input, output, context) -> {
            byte[] event = input.readAllBytes();
            if (new String(event, StandardCharsets.UTF_8).contains("\"sleep\":true")) {
                sleep();
            }
            output.write(event);
        };
        LambdaFunction function = function(handler, LONG);
        int threads = 32;
        Invocation[] invocations = new Invocation[threads];
        boolean[] interruptedAfterwards = new boolean[threads];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            boolean sleeps = index % 2 == 0;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                invocations[index] = function.invoke(
                        utf8("{\"caller\":" + index + ",\"sleep\":" + sleeps + "}"),
                        "req-" + index,
                        "trace",
                        sleeps ? SHORT : LONG);
                interruptedAfterwards[index] = Thread.interrupted();
            });
            thread.start();
            started.add(thread);
        }

        start.countDown();
        for (Thread thread : started) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }

        for (int i = 0; i < threads; i++) {
            if (i % 2 == 0) {
                assertThat(invocations[i].outcome()).isEqualTo(Invocation.Outcome.INTEGRATION_TIMEOUT);
            } else {
                assertThat(invocations[i].outcome()).isEqualTo(Invocation.Outcome.SUCCESS);
                assertThat(invocations[i].payloadAsText()).isEqualTo("{\"caller\":" + i + ",\"sleep\":false}");
            }
            assertThat(interruptedAfterwards[i]).as("thread %d interrupted", i).isFalse();
        }
    }

    // The wait ends at the timeout whatever the handler does; these handlers ignore the interrupt and stay blocked
    // until the test releases them, so "still running when the invocation returned" is certain.
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_handler_that_ignores_interrupts_is_an_integration_timeout_while_it_still_runs() {
        LambdaFunction function = function(blocked(), LONG);

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", SHORT);
        boolean stillRunning = exited.getCount() > 0;

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.INTEGRATION_TIMEOUT);
        assertThat(stillRunning).isTrue();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_handler_that_ignores_interrupts_is_lambdas_timeout_error_at_the_function_timeout() {
        LambdaFunction function = function(blocked(), SHORT);

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", LONG);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.FUNCTION_ERROR);
        assertThat(json(invocation).path("errorType").textValue()).isEqualTo("Sandbox.Timedout");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void the_lines_a_still_running_handler_logged_before_the_timeout_are_kept() {
        RequestStreamHandler handler = (input, output, context) -> {
            context.getLogger().log("started");
            blocked().handleRequest(input, output, context);
        };
        LambdaFunction function = function(handler, LONG);

        // A timeout long enough for the handler's thread to run its first line even on a loaded machine.
        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", Duration.ofSeconds(1));

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.INTEGRATION_TIMEOUT);
        assertThat(invocation.functionLog()).containsExactly("started");
    }

    // Lambda stops a function at its own timeout, after API Gateway stopped waiting: the simulator interrupts it then.
    @Test
    void a_handler_still_running_after_the_integration_timeout_is_interrupted_at_its_function_timeout()
            throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        RequestStreamHandler handler = (input, output, context) -> {
            try {
                Thread.sleep(SLEEP_MILLIS);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        };
        LambdaFunction function = function(handler, Duration.ofMillis(300));

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", SHORT);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.INTEGRATION_TIMEOUT);
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    // An interrupt of the waiting thread (a test being cancelled) reaches the handler, and the waiting thread keeps it.
    @Test
    void an_interrupt_while_waiting_reaches_the_handler_and_the_caller_keeps_it() {
        CountDownLatch running = new CountDownLatch(1);
        RequestStreamHandler handler = (input, output, context) -> {
            running.countDown();
            try {
                Thread.sleep(SLEEP_MILLIS);
                output.write(utf8("{\"interrupted\":false}"));
            } catch (InterruptedException e) {
                output.write(utf8("{\"interrupted\":true}"));
            }
        };
        LambdaFunction function = function(handler, LONG);
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            awaitQuietly(running);
            caller.interrupt();
        });
        interrupter.start();

        Invocation invocation = function.invoke(utf8("{}"), "req-1", "trace", LONG);

        assertThat(Thread.interrupted()).isTrue();
        assertThat(invocation.payloadAsText()).isEqualTo("{\"interrupted\":true}");
    }

    @Test
    void a_handler_runs_on_a_function_thread_of_its_gateway() {
        AtomicReference<String> thread = new AtomicReference<>();
        RequestStreamHandler handler = (input, output, context) -> {
            thread.set(Thread.currentThread().getName());
            output.write(utf8("{}"));
        };

        function(handler, LONG).invoke(utf8("{}"), "req-1", "trace", LONG);

        assertThat(thread.get()).startsWith("apigw-sim-function-");
    }

    /** Ignores interrupts and stays until the test ends: parks again whatever wakes it. */
    private RequestStreamHandler blocked() {
        return (input, output, context) -> {
            try {
                while (released.getCount() > 0) {
                    LockSupport.park(this);
                }
                output.write(utf8("{}"));
            } finally {
                exited.countDown();
            }
        };
    }

    private LambdaFunction function(Object handler, Duration functionTimeout) {
        return service.function(handler, Optional.empty(), null, "the event", "fn", functionTimeout);
    }

    private static RequestStreamHandler sleeper() {
        return (input, output, context) -> {
            sleep();
            output.write(utf8("{}"));
        };
    }

    private static void sleep() {
        try {
            Thread.sleep(SLEEP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(Invocation invocation) {
        return Json.tryRead(invocation.payload()).orElseThrow();
    }
}

package io.apigwsim.internal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The error object Lambda answers for a handler that threw (docs/behavior.md#lambda-function-errors), and the runtime
 * crash when the throwable cannot be read (docs/behavior.md#java-runtime-crashes).
 */
class LambdaErrorObjectTests {

    private static final String RUNTIME_EXIT =
            "{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":\"RequestId: req-1"
                    + " Error: Runtime exited with error: exit status 1\"}";

    /** An exception whose message cannot be read. */
    static final class UnreadableMessageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
            throw new IllegalStateException("getMessage() failed");
        }
    }

    /** An exception whose stack trace is null, or holds a null frame. */
    static final class BrokenStackTraceException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final StackTraceElement[] frames;

        BrokenStackTraceException(StackTraceElement[] frames) {
            super("broken");
            this.frames = frames;
        }

        @Override
        public StackTraceElement[] getStackTrace() {
            return frames;
        }
    }

    @Test
    void a_readable_exception_gives_its_message_type_and_frames() {
        IllegalArgumentException failure = new IllegalArgumentException("bad id");
        failure.setStackTrace(
                new StackTraceElement[] {new StackTraceElement("com.example.Pets", "get", "Pets.java", 7)});

        JsonNode error = Json.tryRead(LambdaErrorObject.of(failure, "req-1")).orElseThrow();

        assertThat(error.toString())
                .isEqualTo("{\"errorMessage\":\"bad id\",\"errorType\":\"java.lang.IllegalArgumentException\","
                        + "\"stackTrace\":[\"com.example.Pets.get(Pets.java:7)\"]}");
    }

    @Test
    void an_exception_without_message_reports_its_class_name() {
        JsonNode error = Json.tryRead(LambdaErrorObject.of(new IllegalStateException(), "req-1"))
                .orElseThrow();

        assertThat(error.path("errorMessage").asText()).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void the_runtimes_own_frames_are_cut_off() {
        IllegalStateException failure = new IllegalStateException("x");
        failure.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("com.example.Pets", "get", "Pets.java", 7),
            new StackTraceElement(HandlerInvoker.class.getName(), "call", "HandlerInvoker.java", 1),
            new StackTraceElement("org.junit.Runner", "run", "Runner.java", 2)
        });

        JsonNode error = Json.tryRead(LambdaErrorObject.of(failure, "req-1")).orElseThrow();

        assertThat(error.path("stackTrace").toString()).isEqualTo("[\"com.example.Pets.get(Pets.java:7)\"]");
    }

    @Test
    void a_message_that_throws_is_a_runtime_exit() {
        assertThat(new String(LambdaErrorObject.of(new UnreadableMessageException(), "req-1"), StandardCharsets.UTF_8))
                .isEqualTo(RUNTIME_EXIT);
    }

    @Test
    void a_null_stack_trace_is_a_runtime_exit() {
        assertThat(new String(
                        LambdaErrorObject.of(new BrokenStackTraceException(null), "req-1"), StandardCharsets.UTF_8))
                .isEqualTo(RUNTIME_EXIT);
    }

    @Test
    void a_null_frame_is_a_runtime_exit() {
        assertThat(new String(
                        LambdaErrorObject.of(new BrokenStackTraceException(new StackTraceElement[1]), "req-1"),
                        StandardCharsets.UTF_8))
                .isEqualTo(RUNTIME_EXIT);
    }

    @Test
    void an_unreadable_cause_or_suppressed_exception_is_a_runtime_exit() {
        IllegalStateException withCause = new IllegalStateException("outer", new UnreadableMessageException());
        IllegalStateException withSuppressed = new IllegalStateException("outer");
        withSuppressed.addSuppressed(new BrokenStackTraceException(null));

        assertThat(new String(LambdaErrorObject.of(withCause, "req-1"), StandardCharsets.UTF_8))
                .isEqualTo(RUNTIME_EXIT);
        assertThat(new String(LambdaErrorObject.of(withSuppressed, "req-1"), StandardCharsets.UTF_8))
                .isEqualTo(RUNTIME_EXIT);
    }

    @Test
    void a_cause_cycle_is_read_once() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        JsonNode error = Json.tryRead(LambdaErrorObject.of(first, "req-1")).orElseThrow();

        assertThat(error.path("errorMessage").asText()).isEqualTo("first");
    }
}

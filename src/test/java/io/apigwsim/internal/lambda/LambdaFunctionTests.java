package io.apigwsim.internal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LambdaFunctionTests {

    private static final Duration FUNCTION_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration INTEGRATION_TIMEOUT = Duration.ofSeconds(29);
    private static final String TRACE = "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0";

    private final LambdaService service = new LambdaService("eu-west-1", "123456789012", "2024/04/09/[$LATEST]abc");

    @AfterEach
    void close_service() {
        service.close();
    }

    @Test
    void a_stream_handler_reads_the_payload_and_writes_the_result() {
        RequestStreamHandler handler = (input, output, context) -> {
            output.write("{\"got\":".getBytes(StandardCharsets.UTF_8));
            output.write(input.readAllBytes());
            output.write('}');
        };

        Invocation invocation = function(handler).invoke(utf8("{\"n\":1}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.SUCCESS);
        assertThat(invocation.payloadAsText()).isEqualTo("{\"got\":{\"n\":1}}");
    }

    @Test
    void a_request_handler_gets_the_payload_as_its_input_and_its_output_is_the_result() {
        RequestHandler<Map<String, Object>, Map<String, Object>> handler = new RequestHandler<>() {
            @Override
            public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
                return Map.of("echo", input.get("name"), "size", input.size());
            }
        };

        Invocation invocation =
                function(handler).invoke(utf8("{\"name\":\"rex\",\"age\":3}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.SUCCESS);
        assertThat(json(invocation)).isEqualTo(json("{\"echo\":\"rex\",\"size\":2}"));
    }

    @Test
    void a_thrown_exception_is_a_function_error_with_lambdas_error_object() {
        RequestStreamHandler handler = (input, output, context) -> {
            throw new IllegalStateException("no pet 7");
        };

        Invocation invocation = function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.FUNCTION_ERROR);
        JsonNode error = json(invocation);
        assertThat(error.path("errorMessage").textValue()).isEqualTo("no pet 7");
        assertThat(error.path("errorType").textValue()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.path("stackTrace").isArray()).isTrue();
    }

    @Test
    void a_function_error_reports_the_unhandled_function_error() {
        RequestStreamHandler handler = (input, output, context) -> {
            throw new IllegalStateException("no pet 7");
        };

        Invocation invocation = function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.functionError()).contains("Unhandled");
    }

    @Test
    void a_success_reports_no_function_error() {
        RequestStreamHandler handler = (input, output, context) -> output.write(utf8("{}"));

        Invocation invocation = function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.functionError()).isEmpty();
    }

    @Test
    void the_error_stack_trace_holds_the_handlers_frames_and_none_of_the_simulators() {
        RequestStreamHandler handler = (input, output, context) -> {
            throw new IllegalStateException("no pet 7");
        };

        Invocation invocation = function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        List<String> frames = new ArrayList<>();
        json(invocation).path("stackTrace").forEach(frame -> frames.add(frame.textValue()));
        assertThat(frames)
                .isNotEmpty()
                .allSatisfy(frame -> assertThat(frame).startsWith(LambdaFunctionTests.class.getName()));
    }

    @Test
    void an_exception_without_a_message_reports_its_class_name_as_error_message() {
        RequestStreamHandler handler = (input, output, context) -> {
            throw new UnsupportedOperationException();
        };

        Invocation invocation = function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(json(invocation).path("errorMessage").textValue())
                .isEqualTo("java.lang.UnsupportedOperationException");
    }

    @Test
    void an_event_a_request_handler_cannot_read_is_a_function_error() {
        RequestHandler<Map<String, Object>, Map<String, Object>> handler = new RequestHandler<>() {
            @Override
            public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
                return input;
            }
        };

        Invocation invocation = function(handler).invoke(utf8("[1, 2]"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.FUNCTION_ERROR);
        assertThat(json(invocation).path("errorMessage").textValue())
                .isEqualTo("An error occurred during JSON parsing");
    }

    @Test
    void a_payload_over_the_event_limit_is_refused_without_calling_the_handler() {
        AtomicBoolean called = new AtomicBoolean();
        RequestStreamHandler handler = (input, output, context) -> called.set(true);

        Invocation invocation = function(handler)
                .invoke(new byte[LambdaLimits.MAX_EVENT_BYTES + 1], "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.REQUEST_TOO_LARGE);
        assertThat(called).isFalse();
    }

    @Test
    void a_payload_at_the_event_limit_reaches_the_handler() {
        RequestStreamHandler handler =
                (input, output, context) -> output.write(utf8(Integer.toString(input.readAllBytes().length)));

        Invocation invocation =
                function(handler).invoke(new byte[LambdaLimits.MAX_EVENT_BYTES], "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.payloadAsText()).isEqualTo(Integer.toString(LambdaLimits.MAX_EVENT_BYTES));
    }

    @Test
    void a_result_over_the_result_limit_is_lambdas_response_size_error() {
        RequestStreamHandler handler =
                (input, output, context) -> writeBytes(output, LambdaLimits.MAX_RESULT_BYTES + 1);

        Invocation invocation = function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.FUNCTION_ERROR);
        assertThat(invocation.payloadAsText())
                .isEqualTo("{\"errorMessage\":\"Response payload size exceeded maximum allowed payload size"
                        + " (6291556 bytes).\",\"errorType\":\"Function.ResponseSizeTooLarge\"}");
    }

    @Test
    void a_result_over_the_result_limit_keeps_the_function_log() {
        RequestStreamHandler handler = (input, output, context) -> {
            context.getLogger().log("building a large result");
            writeBytes(output, LambdaLimits.MAX_RESULT_BYTES + 1);
        };

        Invocation invocation = function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.functionLog()).containsExactly("building a large result");
    }

    @Test
    void a_result_at_the_result_limit_is_returned() {
        RequestStreamHandler handler = (input, output, context) -> writeBytes(output, LambdaLimits.MAX_RESULT_BYTES);

        Invocation invocation = function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.SUCCESS);
        assertThat(invocation.payload()).hasSize(LambdaLimits.MAX_RESULT_BYTES);
    }

    @Test
    void the_lines_a_handler_logs_come_back_in_order() {
        RequestStreamHandler handler = (input, output, context) -> {
            context.getLogger().log("one");
            context.getLogger().log("two".getBytes(StandardCharsets.UTF_8));
            context.getLogger().log("three");
            output.write(utf8("{}"));
        };

        Invocation invocation = function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.functionLog()).containsExactly("one", "two", "three");
    }

    @Test
    void the_lines_a_failing_handler_logged_are_kept() {
        RequestStreamHandler handler = (input, output, context) -> {
            context.getLogger().log("about to fail");
            throw new IllegalStateException("failed");
        };

        Invocation invocation = function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(invocation.functionLog()).containsExactly("about to fail");
    }

    @Test
    void the_context_reports_the_aws_request_id_passed() {
        AtomicReference<String> seen = new AtomicReference<>();
        RequestStreamHandler handler = (input, output, context) -> seen.set(context.getAwsRequestId());

        function(handler).invoke(utf8("{}"), "8f5b6d2a-lambda", TRACE, INTEGRATION_TIMEOUT);

        assertThat(seen).hasValue("8f5b6d2a-lambda");
    }

    @Test
    void the_context_reports_the_function_name() {
        AtomicReference<String> seen = new AtomicReference<>();
        RequestStreamHandler handler = (input, output, context) -> seen.set(context.getFunctionName());

        function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(seen).hasValue("fn");
    }

    @Test
    void the_context_reports_the_trace_header_as_xray_trace_id() {
        AtomicReference<String> seen = new AtomicReference<>();
        RequestStreamHandler handler = (input, output, context) -> seen.set(context.getXrayTraceId());

        function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(seen).hasValue(TRACE);
    }

    @Test
    void the_remaining_time_counts_down_from_the_function_timeout() {
        AtomicReference<Integer> seen = new AtomicReference<>();
        RequestStreamHandler handler = (input, output, context) -> seen.set(context.getRemainingTimeInMillis());

        function(handler).invoke(utf8("{}"), "req-1", TRACE, INTEGRATION_TIMEOUT);

        assertThat(seen.get()).isPositive().isLessThanOrEqualTo((int) FUNCTION_TIMEOUT.toMillis());
    }

    @Test
    void concurrent_invocations_each_get_their_own_result() throws InterruptedException {
        RequestStreamHandler handler = (input, output, context) -> {
            byte[] event = input.readAllBytes();
            context.getLogger().log(new String(event, StandardCharsets.UTF_8));
            output.write(event);
        };
        LambdaFunction function = function(handler);
        int threads = 32;
        Invocation[] invocations = new Invocation[threads];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                awaitQuietly(start);
                invocations[index] =
                        function.invoke(utf8("{\"caller\":" + index + "}"), "req-" + index, TRACE, INTEGRATION_TIMEOUT);
            });
            thread.start();
            started.add(thread);
        }

        start.countDown();
        for (Thread thread : started) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }

        for (int i = 0; i < threads; i++) {
            String event = "{\"caller\":" + i + "}";
            assertThat(invocations[i].payloadAsText()).isEqualTo(event);
            assertThat(invocations[i].functionLog()).containsExactly(event);
            assertThat(invocations[i].awsRequestId()).isEqualTo("req-" + i);
        }
    }

    private LambdaFunction function(Object handler) {
        return service.function(handler, Optional.empty(), null, "the event", "fn", FUNCTION_TIMEOUT);
    }

    private static void writeBytes(OutputStream output, int count) throws IOException {
        byte[] filler = new byte[count];
        Arrays.fill(filler, (byte) 'x');
        output.write(filler);
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
        return json(invocation.payloadAsText());
    }

    private static JsonNode json(String text) {
        return Json.tryRead(text).orElseThrow();
    }
}

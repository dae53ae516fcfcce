package io.apigwsim.internal.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LambdaServiceTests {

    private static final Duration FUNCTION_TIMEOUT = Duration.ofSeconds(3);

    private final LambdaService service = new LambdaService("eu-west-1", "123456789012", "2024/04/09/[$LATEST]abc");

    @AfterEach
    void close_service() {
        service.close();
    }

    @Test
    void invoke_async_accepts_the_event() {
        RequestStreamHandler handler = (input, output, context) -> {};

        boolean accepted = function(handler, FUNCTION_TIMEOUT).invokeAsync(utf8("{}"), "req-1", "trace");

        assertThat(accepted).isTrue();
    }

    @Test
    void invoke_async_runs_the_handler_on_another_thread() throws InterruptedException {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CountDownLatch ran = new CountDownLatch(1);
        RequestStreamHandler handler = (input, output, context) -> {
            ranOn.set(Thread.currentThread());
            ran.countDown();
        };

        function(handler, FUNCTION_TIMEOUT).invokeAsync(utf8("{}"), "req-1", "trace");

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ranOn.get()).isNotNull().isNotSameAs(Thread.currentThread());
    }

    @Test
    void invoke_async_hands_the_handler_the_payload() throws InterruptedException {
        AtomicReference<String> received = new AtomicReference<>();
        CountDownLatch ran = new CountDownLatch(1);
        RequestStreamHandler handler = (input, output, context) -> {
            received.set(new String(input.readAllBytes(), StandardCharsets.UTF_8));
            ran.countDown();
        };

        function(handler, FUNCTION_TIMEOUT).invokeAsync(utf8("{\"id\":7}"), "req-1", "trace");

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(received).hasValue("{\"id\":7}");
    }

    @Test
    void a_closed_service_refuses_asynchronous_invocations_without_running_the_handler() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        RequestStreamHandler handler = (input, output, context) -> ran.countDown();
        LambdaFunction function = function(handler, FUNCTION_TIMEOUT);
        service.close();

        boolean accepted = function.invokeAsync(utf8("{}"), "req-1", "trace");

        assertThat(accepted).isFalse();
        assertThat(ran.await(100, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void close_stops_an_asynchronous_invocation_still_running() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        RequestStreamHandler handler = (input, output, context) -> {
            running.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                stopped.countDown();
            }
        };
        function(handler, Duration.ofSeconds(30)).invokeAsync(utf8("{}"), "req-1", "trace");
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        service.close();

        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void an_asynchronous_invocation_is_stopped_at_the_function_timeout() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        RequestStreamHandler handler = (input, output, context) -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                stopped.countDown();
            }
        };

        function(handler, Duration.ofMillis(100)).invokeAsync(utf8("{}"), "req-1", "trace");

        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void the_context_reports_the_function_arn_in_the_services_region_and_account() {
        AtomicReference<String> arn = new AtomicReference<>();
        RequestStreamHandler handler = (input, output, context) -> arn.set(context.getInvokedFunctionArn());

        function(handler, FUNCTION_TIMEOUT).invoke(utf8("{}"), "req-1", "trace", Duration.ofSeconds(29));

        assertThat(arn).hasValue("arn:aws:lambda:eu-west-1:123456789012:function:fn");
    }

    @Test
    void the_context_reports_the_services_log_stream() {
        AtomicReference<String> stream = new AtomicReference<>();
        RequestStreamHandler handler = (input, output, context) -> stream.set(context.getLogStreamName());

        function(handler, FUNCTION_TIMEOUT).invoke(utf8("{}"), "req-1", "trace", Duration.ofSeconds(29));

        assertThat(stream).hasValue("2024/04/09/[$LATEST]abc");
    }

    @Test
    void a_handler_implementing_neither_handler_interface_is_refused() {
        Object handler = new Object();

        assertThatThrownBy(() -> function(handler, FUNCTION_TIMEOUT))
                .isInstanceOf(InvalidHandlerException.class)
                .hasMessageContaining("implements neither RequestHandler nor RequestStreamHandler");
    }

    @Test
    void a_request_handler_whose_input_cannot_hold_the_event_is_refused() {
        RequestHandler<String, String> handler = new RequestHandler<>() {
            @Override
            public String handleRequest(String input, Context context) {
                return input;
            }
        };

        assertThatThrownBy(() -> service.function(
                        handler,
                        Optional.empty(),
                        APIGatewayProxyRequestEvent.class,
                        "the REST API proxy event",
                        "fn",
                        FUNCTION_TIMEOUT))
                .isInstanceOf(InvalidHandlerException.class)
                .hasMessageContaining("cannot hold the REST API proxy event");
    }

    private LambdaFunction function(Object handler, Duration functionTimeout) {
        return service.function(handler, Optional.empty(), null, "the event", "fn", functionTimeout);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

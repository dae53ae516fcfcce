package io.apigwsim.behavior.custom;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Small functions behind the custom-integration tests; all are thread-safe. */
final class CustomHandlers {

    private CustomHandlers() {}

    /** Returns its input map; the Java runtime serializes it back compactly. */
    static final class EchoHandler implements RequestHandler<Map<String, Object>, Object> {

        @Override
        public Object handleRequest(Map<String, Object> input, Context context) {
            return input;
        }
    }

    /** Returns exactly the bytes it received, so the client body shows the payload byte for byte. */
    static final class RawEchoHandler implements RequestStreamHandler {

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            output.write(input.readAllBytes());
        }
    }

    /** Returns the given JSON text as its result, as a Node or Python function could. */
    static final class RawResultHandler implements RequestStreamHandler {

        private final byte[] result;

        RawResultHandler(String result) {
            this.result = result.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            input.readAllBytes();
            output.write(result);
        }
    }

    /** Throws a RuntimeException whose message is the event's {@code message} value (null when absent). */
    static final class ThrowingHandler implements RequestHandler<Map<String, Object>, Object> {

        @Override
        public Object handleRequest(Map<String, Object> input, Context context) {
            Object message = input.get("message");
            throw new IllegalArgumentException(message == null ? null : message.toString());
        }
    }

    /** Throws a RuntimeException with a fixed message, whatever the event. */
    static final class FixedErrorHandler implements RequestHandler<Map<String, Object>, Object> {

        private final String message;

        FixedErrorHandler(String message) {
            this.message = message;
        }

        @Override
        public Object handleRequest(Map<String, Object> input, Context context) {
            throw new IllegalStateException(message);
        }
    }

    /** Sleeps five seconds, then returns "late"; stops early when interrupted. */
    static final class SlowHandler implements RequestHandler<Map<String, Object>, Object> {

        @Override
        public Object handleRequest(Map<String, Object> input, Context context) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        }
    }

    /** Waits until released, then counts down {@code ran}: proves an asynchronous call did not wait for it. */
    static final class GatedHandler implements RequestHandler<Map<String, Object>, Object> {

        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch ran = new CountDownLatch(1);

        @Override
        public Object handleRequest(Map<String, Object> input, Context context) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.countDown();
            return Map.of("ran", true);
        }
    }
}

package io.apigwsim.behavior.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Small handlers shared by the HTTP API behavior tests; all are stateless and thread-safe. */
final class HttpHandlers {

    private HttpHandlers() {}

    /** Answers 200 in the structured 2.0 (and 1.0) form with a fixed body; the test reads the event itself. */
    static final class OkHandler implements RequestStreamHandler {

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            input.readAllBytes();
            output.write("{\"statusCode\":200,\"body\":\"ok\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Returns exactly the given bytes as the function's result, as a Node or Python function could. */
    static final class RawResultHandler implements RequestStreamHandler {

        private final byte[] result;

        RawResultHandler(String result) {
            this.result = result.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            output.write(result);
        }
    }

    static RawResultHandler returning(String result) {
        return new RawResultHandler(result);
    }

    /** Throws, as an unhandled function error. */
    static final class ThrowingHandler implements RequestStreamHandler {

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) {
            throw new IllegalStateException("boom");
        }
    }

    /** Sleeps for the given time before answering; the sleep ends early when the thread is interrupted. */
    static final class SleepingHandler implements RequestStreamHandler {

        private final long millis;

        SleepingHandler(long millis) {
            this.millis = millis;
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            output.write("{\"statusCode\":200,\"body\":\"late\"}".getBytes(StandardCharsets.UTF_8));
        }
    }
}

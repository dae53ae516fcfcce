package io.apigwsim.behavior;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Small handlers shared by the behavior tests; all are stateless and thread-safe. */
public final class BehaviorHandlers {

    static final ObjectMapper JSON = new ObjectMapper();

    private BehaviorHandlers() {}

    /**
     * Answers 200 with the event it received as the body, and the Lambda request id it saw in the header
     * {@code x-echo-aws-request-id}.
     */
    public static final class EchoHandler implements RequestStreamHandler {

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            ObjectNode response = JSON.createObjectNode();
            response.put("statusCode", 200);
            response.putObject("headers").put("x-echo-aws-request-id", context.getAwsRequestId());
            response.put("body", event);
            output.write(JSON.writeValueAsBytes(response));
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
}

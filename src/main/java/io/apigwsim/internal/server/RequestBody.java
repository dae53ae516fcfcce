package io.apigwsim.internal.server;

import io.apigwsim.internal.gatewayresponse.GatewayResponses;
import java.io.ByteArrayOutputStream;

/**
 * The body of one request as its chunks arrive. API Gateway refuses a body over its 10 MB payload limit
 * (docs/behavior.md#payload-limits); the pipeline answers that from the body's length, so the server keeps one byte more
 * than the limit and drops the rest. A client that sends a huge body therefore gets the same 413 as in-process, and the
 * server's memory stays bounded (docs/behavior.md#serving-request-bodies).
 */
final class RequestBody {

    /** The most bytes kept: one over API Gateway's limit, enough for the pipeline to refuse the body. */
    static final int KEPT_BYTES = GatewayResponses.MAX_REQUEST_PAYLOAD_BYTES + 1;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long received;

    /** Append a chunk, keeping no more than {@link #KEPT_BYTES} in all. */
    void append(byte[] chunk) {
        int room = (int) Math.max(0, KEPT_BYTES - received);
        bytes.write(chunk, 0, Math.min(room, chunk.length));
        received += chunk.length;
    }

    /** The bytes kept. */
    byte[] bytes() {
        return bytes.toByteArray();
    }

    /** How many bytes arrived, kept or not. */
    long received() {
        return received;
    }
}

package io.apigwsim.internal.pipeline;

import io.apigwsim.internal.request.RequestIds;
import java.util.SplittableRandom;

/** Makes the ids API Gateway and Lambda hand out, from a seed. */
final class IdSource {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final SplittableRandom random;

    IdSource(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A lower-case UUID version 4, as requestId and awsRequestId are. */
    synchronized String uuid() {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new java.util.UUID(high, low).toString();
    }

    synchronized byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    synchronized String hex(int length) {
        return draw(HEX, length);
    }

    synchronized String lowerAlphanumeric(int length) {
        return draw(LOWER_ALPHANUMERIC, length);
    }

    /** The Root of an X-Amzn-Trace-Id: {@code 1-<8 hex epoch seconds>-<24 hex>} (docs/behavior.md#trace-header). */
    String traceRoot(long epochSecond) {
        String seconds = Long.toHexString(epochSecond);
        return "1-" + "00000000".substring(Math.min(8, seconds.length())) + seconds + "-" + hex(24);
    }

    /** An extendedRequestId, x-amz-apigw-id or HTTP API requestId (docs/behavior.md#request-id-format). */
    synchronized String extendedRequestId() {
        return RequestIds.extendedRequestId(random);
    }

    private String draw(char[] alphabet, int length) {
        char[] id = new char[length];
        for (int i = 0; i < length; i++) {
            id[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(id);
    }
}

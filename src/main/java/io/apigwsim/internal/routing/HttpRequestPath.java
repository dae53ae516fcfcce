package io.apigwsim.internal.routing;

import io.apigwsim.internal.content.PercentDecoding;

/**
 * The path of a request after the stage, split into segments the way HTTP API routing sees them.
 *
 * <p>Unlike {@link RequestPath} for REST, nothing is tolerated: every {@code "/"} after the leading one starts a
 * segment, so {@code /metrics/} has the segments {@code metrics} and {@code ""} and matches no route {@code GET
 * /metrics} [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing). The split is on the path as sent, so
 * {@code %2F} stays inside its segment; whether AWS splits after decoding is not recorded [UNCERTAIN]
 * (docs/behavior.md#uncertain-http-api-paths). Each segment is also available decoded, for comparing with literal
 * segments and for path parameter values.
 */
final class HttpRequestPath {

    private static final String[] NO_SEGMENTS = {};
    private static final int[] NO_STARTS = {};

    /** The path without its leading slash. */
    private final String raw;

    private final String[] segments;
    private final String[] decoded;
    private final int[] starts;

    private HttpRequestPath(String raw, String[] segments, String[] decoded, int[] starts) {
        this.raw = raw;
        this.segments = segments;
        this.decoded = decoded;
        this.starts = starts;
    }

    /**
     * Split a request path; {@code ""} is read as {@code /}.
     *
     * @throws IllegalArgumentException when the path does not start with {@code "/"}
     */
    static HttpRequestPath parse(String requestPath) {
        if (requestPath.isEmpty() || requestPath.equals("/")) {
            return new HttpRequestPath("", NO_SEGMENTS, NO_SEGMENTS, NO_STARTS);
        }
        if (requestPath.charAt(0) != '/') {
            throw new IllegalArgumentException(
                    "the request path must start with \"/\", for example \"/" + requestPath + "\"");
        }
        String raw = requestPath.substring(1);
        int count = 1;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '/') {
                count++;
            }
        }
        String[] segments = new String[count];
        String[] decoded = new String[count];
        int[] starts = new int[count];
        int segmentStart = 0;
        int index = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '/') {
                segments[index] = raw.substring(segmentStart, i);
                decoded[index] = decode(segments[index]);
                starts[index] = segmentStart;
                index++;
                segmentStart = i + 1;
            }
        }
        return new HttpRequestPath(raw, segments, decoded, starts);
    }

    int size() {
        return segments.length;
    }

    /** Segment {@code index} (zero-based) as sent; empty for the middle of a {@code //} or after a trailing slash. */
    String segment(int index) {
        return segments[index];
    }

    /** Segment {@code index} percent-decoded, see {@link #decode(String)}. */
    String decodedSegment(int index) {
        return decoded[index];
    }

    /** The segments from {@code index} to the end joined by their slashes as sent, such as {@code a//b/}. */
    String remainderFrom(int index) {
        return raw.substring(starts[index]);
    }

    // Decoded once, leniently: a malformed escape stays as sent. rawPath is decoded twice; whether path parameters
    // are too is not recorded (docs/behavior.md#uncertain-http-api-paths).
    static String decode(String text) {
        return PercentDecoding.lenient(text);
    }
}

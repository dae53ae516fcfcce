package io.apigwsim.internal.routing;

/**
 * The path of a request after the stage, split into segments the way REST API routing sees them.
 *
 * <p>Slashes at the start are collapsed and one trailing slash is dropped, so {@code //proxy-value} and {@code
 * /proxy-value/} both have the one segment {@code proxy-value}; an inner {@code //} stays as an empty segment
 * (docs/behavior.md#rest-slashes-in-paths). Nothing is decoded: {@code %20} and {@code %2F} stay as sent
 * (docs/behavior.md#rest-percent-encoding).
 */
final class RequestPath {

    private static final String[] NO_SEGMENTS = {};
    private static final int[] NO_STARTS = {};

    private final String normalized;
    private final String[] segments;
    private final int[] starts;

    private RequestPath(String normalized, String[] segments, int[] starts) {
        this.normalized = normalized;
        this.segments = segments;
        this.starts = starts;
    }

    /** Split a request path; {@code ""} is read as {@code /}. */
    static RequestPath parse(String requestPath) {
        int start = 0;
        int end = requestPath.length();
        while (start < end && requestPath.charAt(start) == '/') {
            start++;
        }
        if (end > start && requestPath.charAt(end - 1) == '/') {
            end--;
        }
        if (start == end) {
            return new RequestPath("", NO_SEGMENTS, NO_STARTS);
        }
        String normalized = requestPath.substring(start, end);
        int count = 1;
        for (int i = 0; i < normalized.length(); i++) {
            if (normalized.charAt(i) == '/') {
                count++;
            }
        }
        String[] segments = new String[count];
        int[] starts = new int[count];
        int segmentStart = 0;
        int index = 0;
        for (int i = 0; i <= normalized.length(); i++) {
            if (i == normalized.length() || normalized.charAt(i) == '/') {
                segments[index] = normalized.substring(segmentStart, i);
                starts[index] = segmentStart;
                index++;
                segmentStart = i + 1;
            }
        }
        return new RequestPath(normalized, segments, starts);
    }

    int size() {
        return segments.length;
    }

    /** Segment {@code index} (zero-based) as sent; empty for the middle of a {@code //}. */
    String segment(int index) {
        return segments[index];
    }

    /** The segments from {@code index} to the end joined by their slashes as sent, such as {@code a//b}. */
    String remainderFrom(int index) {
        return normalized.substring(starts[index]);
    }
}

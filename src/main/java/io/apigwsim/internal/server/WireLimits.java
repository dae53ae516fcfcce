package io.apigwsim.internal.server;

/**
 * How much of a request's head the server reads. API Gateway's own quotas (10,240 bytes of URL, of header values, or of
 * request line and headers) are not simulated in-process, so the server's limits lie above them: every request an API
 * accepts on AWS is served, and the limits only keep a broken or hostile client from exhausting memory
 * (docs/behavior.md#uncertain-serving-on-a-port).
 */
final class WireLimits {

    /** The longest request line read: method, request-target and version. */
    static final int MAX_REQUEST_LINE = 16_384;

    /** The largest header section read, every header line counted. */
    static final int MAX_HEADER_SECTION = 65_536;

    private WireLimits() {}
}

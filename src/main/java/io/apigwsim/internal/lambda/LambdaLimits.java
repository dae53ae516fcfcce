package io.apigwsim.internal.lambda;

/** Lambda's invocation limits (docs/behavior.md#limits). */
public final class LambdaLimits {

    /** The largest event a synchronous invocation accepts: "Request must be smaller than 6291456 bytes". */
    public static final int MAX_EVENT_BYTES = 6_291_456;

    /** The largest result: "Response payload size exceeded maximum allowed payload size (6291556 bytes)". */
    public static final int MAX_RESULT_BYTES = 6_291_556;

    /** Lambda's error message for a result over {@link #MAX_RESULT_BYTES}. */
    public static final String RESULT_TOO_LARGE_MESSAGE =
            "Response payload size exceeded maximum allowed payload size (6291556 bytes).";

    private LambdaLimits() {}
}

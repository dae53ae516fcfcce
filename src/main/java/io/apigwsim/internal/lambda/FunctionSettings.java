package io.apigwsim.internal.lambda;

import java.time.Duration;

/** The configuration of the simulated function that a handler's {@code Context} reports. */
public record FunctionSettings(
        String functionName,
        Duration functionTimeout,
        int memoryLimitInMb,
        String region,
        String accountId,
        String logStreamName) {

    /** Lambda's default memory size in MB. */
    public static final int DEFAULT_MEMORY_MB = 128;

    String functionArn() {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
    }
}

package io.apigwsim.internal.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.concurrent.TimeUnit;

/** The {@code Context} a handler sees on Lambda (docs/behavior.md#lambda-context-object). */
final class SimulatedContext implements Context {

    private final FunctionSettings function;
    private final String awsRequestId;
    private final String xrayTraceId;
    private final long deadlineNanos;
    private final LambdaLogger logger;

    SimulatedContext(
            FunctionSettings function,
            String awsRequestId,
            String xrayTraceId,
            long deadlineNanos,
            LambdaLogger logger) {
        this.function = function;
        this.awsRequestId = awsRequestId;
        this.xrayTraceId = xrayTraceId;
        this.deadlineNanos = deadlineNanos;
        this.logger = logger;
    }

    @Override
    public String getAwsRequestId() {
        return awsRequestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + function.functionName();
    }

    @Override
    public String getLogStreamName() {
        return function.logStreamName();
    }

    @Override
    public String getFunctionName() {
        return function.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return function.functionArn();
    }

    // Only mobile-SDK invocations carry an identity or a client context; API Gateway's do not.
    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        return (int) Math.max(0, remaining);
    }

    @Override
    public int getMemoryLimitInMB() {
        return function.memoryLimitInMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    @Override
    public String getXrayTraceId() {
        return xrayTraceId;
    }

    @Override
    public String toString() {
        return "Context " + awsRequestId + " of " + function.functionName();
    }
}

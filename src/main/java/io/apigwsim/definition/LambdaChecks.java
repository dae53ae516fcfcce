package io.apigwsim.definition;

import java.time.Duration;
import java.util.Objects;

/** The checks both Lambda integrations make on the function settings they are given. */
final class LambdaChecks {

    private static final Duration MINIMUM_TIMEOUT = Duration.ofMillis(50);
    private static final Duration MAXIMUM_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration MAXIMUM_FUNCTION_TIMEOUT = Duration.ofSeconds(900);
    private static final Duration COUNTABLE = Duration.ofDays(365);

    private LambdaChecks() {}

    // An unbuilt builder passed where a handler goes would otherwise be reported as a handler that
    // implements neither RequestHandler nor RequestStreamHandler.
    static Object handler(Object handler, String factory) {
        Objects.requireNonNull(handler, "handler");
        if (handler instanceof LambdaProxyIntegration.Builder
                || handler instanceof LambdaCustomIntegration.Builder
                || handler instanceof MockIntegration.Builder
                || handler instanceof MockIntegration.CorsPreflightBuilder
                || handler instanceof Integration) {
            boolean builder = !(handler instanceof Integration);
            throw new ApiDefinitionException(factory + "(..) takes a handler, but was given "
                    + (builder ? "an unbuilt integration builder" : "an integration")
                    + "; pass the handler itself, and call build() on the builder before passing it to a route,"
                    + " for example Integration.lambdaProxy(handler).timeout(Duration.ofSeconds(2)).build()");
        }
        return handler;
    }

    static String functionName(String functionName) {
        if (functionName.isBlank()) {
            throw new ApiDefinitionException("A function name must not be blank");
        }
        return functionName;
    }

    static Duration timeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.compareTo(MINIMUM_TIMEOUT) < 0) {
            throw new ApiDefinitionException("Integration timeout " + describe(timeout)
                    + " is too short: API Gateway waits at least 50 ms, for example Duration.ofMillis(500)");
        }
        // 29 s by default; Regional REST APIs may raise their quota, to at most 300 s
        // (docs/behavior.md#timeout-ranges).
        if (timeout.compareTo(MAXIMUM_TIMEOUT) > 0) {
            throw new ApiDefinitionException("Integration timeout " + describe(timeout) + " is too long: API Gateway"
                    + " waits at most 29,000 ms (REST APIs, up to 300,000 ms with a raised quota) or 30,000 ms (HTTP"
                    + " APIs), for example Duration.ofSeconds(29)");
        }
        return timeout;
    }

    static Duration functionTimeout(Duration functionTimeout) {
        Objects.requireNonNull(functionTimeout, "functionTimeout");
        if (functionTimeout.isNegative() || functionTimeout.isZero()) {
            throw new ApiDefinitionException("A function timeout must be positive, for example Duration.ofSeconds(10)");
        }
        // Lambda runs a function for at most 900 seconds (docs/behavior.md#timeout-ranges).
        if (functionTimeout.compareTo(MAXIMUM_FUNCTION_TIMEOUT) > 0) {
            throw new ApiDefinitionException("Function timeout " + describe(functionTimeout) + " is too long: Lambda"
                    + " runs a function for at most 900 seconds, for example Duration.ofSeconds(900)");
        }
        return functionTimeout;
    }

    /** The duration in milliseconds, or in ISO-8601 form when it has too many milliseconds to count. */
    private static String describe(Duration duration) {
        return duration.abs().compareTo(COUNTABLE) <= 0 ? duration.toMillis() + " ms" : duration.toString();
    }
}

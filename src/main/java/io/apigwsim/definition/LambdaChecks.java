package io.apigwsim.definition;

import java.time.Duration;
import java.util.Objects;

/** The checks both Lambda integrations make on the function settings they are given. */
final class LambdaChecks {

    private static final Duration MINIMUM_TIMEOUT = Duration.ofMillis(50);

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
        if (timeout.compareTo(MINIMUM_TIMEOUT) < 0) {
            throw new ApiDefinitionException("Integration timeout " + timeout.toMillis()
                    + " ms is too short: API Gateway waits at least 50 ms, for example Duration.ofMillis(500)");
        }
        return timeout;
    }

    static Duration functionTimeout(Duration functionTimeout) {
        if (functionTimeout.isNegative() || functionTimeout.isZero()) {
            throw new ApiDefinitionException("A function timeout must be positive, for example Duration.ofSeconds(10)");
        }
        return functionTimeout;
    }
}

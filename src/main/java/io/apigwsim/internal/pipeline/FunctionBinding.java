package io.apigwsim.internal.pipeline;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The handler bound to a function name when the gateway is built, with the function's configuration where a loaded
 * definition declares it.
 *
 * @param handler the handler instance
 * @param declaredType the handler's declared type where its class leaves the event types open, or empty
 * @param functionTimeout the function's timeout (a SAM {@code Timeout}), over the integration's, if declared
 * @param memorySizeMb the function's memory size (a SAM {@code MemorySize}), if declared
 */
public record FunctionBinding(
        Object handler, Optional<Type> declaredType, Optional<Duration> functionTimeout, OptionalInt memorySizeMb) {

    /** Check the parts. */
    public FunctionBinding {
        Objects.requireNonNull(declaredType, "declaredType");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(functionTimeout, "functionTimeout");
        Objects.requireNonNull(memorySizeMb, "memorySizeMb");
    }

    /** A handler with the function's default configuration. */
    public FunctionBinding(Object handler, Optional<Type> declaredType) {
        this(handler, declaredType, Optional.empty(), OptionalInt.empty());
    }

    /** This binding with a function's configuration. */
    public FunctionBinding configured(Optional<Duration> timeout, OptionalInt memory) {
        return new FunctionBinding(handler, declaredType, timeout, memory);
    }
}

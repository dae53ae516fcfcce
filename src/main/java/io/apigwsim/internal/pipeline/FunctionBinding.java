package io.apigwsim.internal.pipeline;

import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Optional;

/**
 * The handler bound to a function name when the gateway is built.
 *
 * @param handler the handler instance
 * @param declaredType the handler's declared type where its class leaves the event types open, or empty
 */
public record FunctionBinding(Object handler, Optional<Type> declaredType) {

    /** Check the parts. */
    public FunctionBinding {
        Objects.requireNonNull(declaredType, "declaredType");
        Objects.requireNonNull(handler, "handler");
    }
}

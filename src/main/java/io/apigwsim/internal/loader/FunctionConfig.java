package io.apigwsim.internal.loader;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A function as a SAM template declares it: its Java handler string, timeout and memory size.
 *
 * @param name the name routes use (the SAM logical id)
 * @param handler the {@code Handler} property, such as {@code com.example.Pets::handleRequest}, if any
 * @param timeout the {@code Timeout} property, if any
 * @param memorySizeMb the {@code MemorySize} property, if any
 * @param origin where the template declares it, for messages
 */
public record FunctionConfig(
        String name, Optional<String> handler, Optional<Duration> timeout, OptionalInt memorySizeMb, String origin) {

    /** Check the parts. */
    public FunctionConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(memorySizeMb, "memorySizeMb");
        Objects.requireNonNull(origin, "origin");
    }
}

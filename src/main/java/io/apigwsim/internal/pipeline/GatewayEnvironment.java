package io.apigwsim.internal.pipeline;

import java.time.Clock;
import java.util.Objects;

/**
 * Where the simulated API lives and what makes its ids and times: the clock and the seed of every id,
 * so a test that fixes both gets byte-identical events.
 */
public record GatewayEnvironment(Clock clock, long seed, String region, String accountId) {

    public GatewayEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
    }
}

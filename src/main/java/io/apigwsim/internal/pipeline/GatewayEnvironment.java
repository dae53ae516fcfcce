package io.apigwsim.internal.pipeline;

import java.time.Clock;
import java.util.Objects;

/**
 * Where the simulated API lives and what makes its ids and times: the clock and the seed of every per-request id,
 * so a test that fixes both gets byte-identical events, and the API's identity (region, account, API id), from which
 * its deployment and resource ids derive, and the custom domain (or {@code null}) whose base path (empty, or such as
 * {@code /v1}) maps to the stage.
 */
public record GatewayEnvironment(
        Clock clock, long seed, String region, String accountId, String apiId, String customDomain, String basePath) {

    public GatewayEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(apiId, "apiId");
        Objects.requireNonNull(basePath, "basePath");
    }

    /** The seed of the ids that belong to the API rather than to a request: the same for the same API id. */
    long identitySeed() {
        return apiId.hashCode() * 0x9E3779B97F4A7C15L;
    }
}

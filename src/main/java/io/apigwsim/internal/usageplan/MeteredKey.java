package io.apigwsim.internal.usageplan;

import io.apigwsim.definition.ApiKey;
import java.util.Optional;

/**
 * A declared API key with its id and the usage plan that admits it, if any.
 *
 * @param key the declared key
 * @param id the key's id
 * @param plan the key's usage plan; empty for a key in no plan, whose requests are refused
 */
record MeteredKey(ApiKey key, String id, Optional<MeteredPlan> plan) {

    String name() {
        return key.name();
    }

    String value() {
        return key.value();
    }
}

package io.apigwsim.internal.usageplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeyIdsTests {

    // An apiKeyId is ten lower-case letters and digits, such as n2xnxga958 (docs/behavior.md#api-keys).
    @Test
    void id_is_ten_lower_case_letters_and_digits() {
        for (String name : new String[] {"gold-client", "", "a", "Ünïcode key", "x".repeat(1024)}) {
            assertThat(ApiKeyIds.of(name)).matches("[a-z0-9]{10}");
        }
    }

    // The id comes from the name alone, so a key keeps its id from run to run (docs/behavior.md#api-keys).
    @Test
    void id_is_a_function_of_the_name() {
        assertThat(ApiKeyIds.of("gold-client")).isEqualTo(ApiKeyIds.of(new String("gold-client")));
        assertThat(ApiKeyIds.of("gold-client")).isNotEqualTo(ApiKeyIds.of("silver-client"));
    }

    // The id is the first 8 bytes of the name's SHA-256, modulo 36^10, in base 36; the expected value was
    // computed outside Java, and a change of the derivation (which changes users' ids) fails here.
    @Test
    void id_of_a_known_name_does_not_change_between_releases() {
        assertThat(ApiKeyIds.of("gold-client")).isEqualTo("1s4ig4wxb5");
    }
}

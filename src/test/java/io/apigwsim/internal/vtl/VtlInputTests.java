package io.apigwsim.internal.vtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link VtlInput} is an immutable, validated value (CONTRIBUTING.md#immutable-values). */
class VtlInputTests {

    @Test
    void maps_are_copied_in_order_and_cannot_change() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("b", new ArrayList<>(List.of("1")));
        headers.put("a", List.of("2"));

        VtlInput input = new VtlInput("", Map.of(), Map.of(), headers, Map.of(), Map.of());
        headers.put("c", List.of("3"));

        assertThat(input.header().keySet()).containsExactly("b", "a");
        assertThatThrownBy(() -> input.header().get("b").add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void context_tree_is_copied_deeply_and_keeps_nulls() {
        Map<String, Object> identity = new HashMap<>();
        identity.put("apiKey", null);
        Map<String, Object> context = new HashMap<>();
        context.put("identity", identity);

        VtlInput input = new VtlInput("", Map.of(), Map.of(), Map.of(), context, Map.of());
        identity.put("caller", "changed");

        assertThat(input.context()).isEqualTo(Map.of("identity", Collections.singletonMap("apiKey", null)));
    }

    @Test
    void context_value_of_another_type_is_rejected_with_its_place() {
        Map<String, Object> context = Map.of("identity", Map.of("clientCert", new Object()));

        assertThatThrownBy(() -> new VtlInput("", Map.of(), Map.of(), Map.of(), context, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("context.identity.clientCert is a java.lang.Object; $context values must be maps, lists,"
                        + " strings, numbers or booleans");
    }

    @Test
    void null_parts_are_rejected() {
        assertThatThrownBy(() -> new VtlInput(null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("body");
    }
}

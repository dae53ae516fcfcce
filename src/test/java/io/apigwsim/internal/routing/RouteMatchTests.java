package io.apigwsim.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteMatchTests {

    // A match is an immutable value (CONTRIBUTING.md#immutable-values: values copy collections in).
    @Test
    void path_parameters_are_copied_in() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("id", "42");
        RouteMatch<String> match = new RouteMatch<>("t", "/pets/{id}", "GET", parameters);

        parameters.put("id", "43");

        assertThat(match.pathParameters()).containsExactly(entry("id", "42"));
    }

    // A match is an immutable value, so a router can be shared between threads (CONTRIBUTING.md#thread-safety).
    @Test
    void path_parameters_cannot_be_changed() {
        RouteMatch<String> match = new RouteMatch<>("t", "/pets/{id}", "GET", Map.of("id", "42"));

        assertThatThrownBy(() -> match.pathParameters().put("id", "43"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // A match is an immutable value, so a router can be shared between threads (CONTRIBUTING.md#thread-safety).
    @Test
    void path_parameters_returned_by_a_router_cannot_be_changed() {
        RestRouter<String> router =
                RestRouter.<String>builder().add("GET", "/pets/{id}", "t").build();
        RouteMatch<String> match = router.match("GET", "/pets/42").orElseThrow();

        assertThatThrownBy(() -> match.pathParameters().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // The same request always gives an equal match: routing keeps no state between requests.
    @Test
    void repeated_matches_are_equal() {
        RestRouter<String> router =
                RestRouter.<String>builder().add("ANY", "/{proxy+}", "t").build();

        RouteMatch<String> first = router.match("GET", "/a/b").orElseThrow();
        RouteMatch<String> second = router.match("GET", "/a/b").orElseThrow();

        assertThat(first).isEqualTo(second);
    }

    // Adding to the builder after build() does not change the router that was built.
    @Test
    void built_router_does_not_see_later_declarations() {
        RestRouter.Builder<String> builder = RestRouter.<String>builder().add("GET", "/pets", "pets");
        RestRouter<String> router = builder.build();

        builder.add("GET", "/owners", "owners");

        assertThat(router.match("GET", "/owners")).isEmpty();
    }

    // Values print well (CONTRIBUTING.md#misuse-messages-and-diagnostics).
    @Test
    void match_prints_method_resource_and_parameters() {
        RouteMatch<String> match = new RouteMatch<>("t", "/pets/{id}", "GET", Map.of("id", "42"));

        assertThat(match).hasToString("GET /pets/{id} {id=42}");
    }

    // Values print well (CONTRIBUTING.md#misuse-messages-and-diagnostics).
    @Test
    void router_prints_its_routes() {
        RestRouter<String> router = RestRouter.<String>builder()
                .add("GET", "/pets", "a")
                .add("ANY", "/pets", "b")
                .add("GET", "/pets/{id}", "c")
                .build();

        assertThat(router).hasToString("RestRouter[ANY /pets, GET /pets, GET /pets/{id}]");
    }
}

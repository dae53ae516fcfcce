package io.apigwsim.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainMissTests {

    private static RestRouter<String> router(String... routes) {
        RestRouter.Builder<String> builder = RestRouter.builder();
        for (String route : routes) {
            String[] parts = route.split(" ", 2);
            builder.add(parts[0], parts[1], route);
        }
        return builder.build();
    }

    // Unknown path: 403 Missing Authentication Token; the explanation names the nearest route
    // (CONTRIBUTING.md#misuse-messages-and-diagnostics, docs/behavior.md#rest-no-matching-route).
    @Test
    void literal_mismatch_names_the_segment_and_the_expected_literal() {
        RestRouter<String> router = router("GET /pets/{id}");

        String explanation = router.explainMiss("GET", "/pet/42");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /pet/42. Closest route:
                          GET /pets/{id}    path segment 1 is "pet", route expects "pets\"""");
    }

    // A known path whose method is not served gets the same 403 (docs/behavior.md#rest-no-matching-route).
    @Test
    void matching_path_without_the_method_lists_the_declared_methods() {
        RestRouter<String> router = router("POST /pets/{id}", "PUT /pets/{id}");

        String explanation = router.explainMiss("GET", "/pets/42");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /pets/42. Closest route:
                          POST /pets/{id}    the path matches, but the resource has no GET method; it declares POST, PUT""");
    }

    // GET does not implicitly answer HEAD (docs/behavior.md#rest-resources-and-methods).
    @Test
    void head_on_a_get_resource_says_that_get_does_not_answer_head() {
        RestRouter<String> router = router("GET /pets");

        String explanation = router.explainMiss("HEAD", "/pets");

        assertThat(explanation).isEqualTo("""
                        No route matches HEAD /pets. Closest route:
                          GET /pets    the path matches, but the resource has no HEAD method; it declares GET; \
                        GET does not answer HEAD, so declare HEAD or ANY""");
    }

    // ANY covers DELETE, GET, HEAD, OPTIONS, PATCH, POST and PUT only (docs/behavior.md#rest-resources-and-methods).
    @Test
    void method_outside_any_says_what_any_covers() {
        RestRouter<String> router = router("ANY /pets");

        String explanation = router.explainMiss("TRACE", "/pets");

        assertThat(explanation).isEqualTo("""
                        No route matches TRACE /pets. Closest route:
                          ANY /pets    the path matches, but the resource has no TRACE method; it declares ANY, \
                        and ANY covers only DELETE, GET, HEAD, OPTIONS, PATCH, POST and PUT""");
    }

    // Methods are upper case in API Gateway; ANY covers only the seven upper-case methods
    // (docs/behavior.md#rest-resources-and-methods).
    @Test
    void lower_case_request_method_is_pointed_out() {
        RestRouter<String> router = router("GET /pets");

        String explanation = router.explainMiss("get", "/pets");

        assertThat(explanation).isEqualTo("""
                        No route matches get /pets. Closest route:
                          GET /pets    the path matches, but the resource has no get method; it declares GET \
                        (methods are case-sensitive: "GET")""");
    }

    // {proxy+} matches one or more segments, never zero (docs/behavior.md#rest-route-precedence).
    @Test
    void root_request_against_a_root_greedy_variable_says_it_needs_a_segment() {
        RestRouter<String> router = router("ANY /{proxy+}");

        String explanation = router.explainMiss("GET", "/");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /. Closest route:
                          ANY /{proxy+}    the path is "/", route expects one or more segments for {proxy+}""");
    }

    // A {var} takes one segment (docs/behavior.md#rest-resources-and-methods).
    @Test
    void short_path_names_the_missing_variable() {
        RestRouter<String> router = router("GET /pets/{id}/toys");

        String explanation = router.explainMiss("GET", "/pets");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /pets. Closest route:
                          GET /pets/{id}/toys    the path ends after segment 1, route expects a value for {id}""");
    }

    // A {var} takes one segment (docs/behavior.md#rest-resources-and-methods).
    @Test
    void long_path_names_the_extra_segment() {
        RestRouter<String> router = router("GET /pets/{id}");

        String explanation = router.explainMiss("GET", "/pets/42/toys");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /pets/42/toys. Closest route:
                          GET /pets/{id}    path segment 3 is "toys", but the route ends after segment 2""");
    }

    // An inner // does not match a non-greedy resource in this simulator [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-routing).
    @Test
    void inner_double_slash_is_named() {
        RestRouter<String> router = router("GET /a/b");

        String explanation = router.explainMiss("GET", "/a//b");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /a//b. Closest route:
                          GET /a/b    path segment 2 is empty (the path has "//"), route expects "b\"""");
    }

    // Literal segments match case-sensitively against the raw segment (docs/behavior.md#rest-percent-encoding).
    @Test
    void case_difference_is_pointed_out() {
        RestRouter<String> router = router("GET /pets");

        String explanation = router.explainMiss("GET", "/Pets");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /Pets. Closest route:
                          GET /pets    path segment 1 is "Pets", route expects "pets" (segments match \
                        case-sensitively)""");
    }

    // The root resource matches only "/" (docs/behavior.md#rest-route-precedence).
    @Test
    void path_below_the_root_resource_is_named_as_extra() {
        RestRouter<String> router = router("GET /");

        String explanation = router.explainMiss("GET", "/pets");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /pets. Closest route:
                          GET /    path segment 1 is "pets", but the route "/" has no segments""");
    }

    // Closest routes: most matching leading segments first, then a full path match, then the same method, at most
    // three, reasons aligned (CONTRIBUTING.md#misuse-messages-and-diagnostics: nearest-miss diagnostics).
    @Test
    void at_most_three_closest_routes_are_listed_most_matching_segments_first() {
        RestRouter<String> router = router(
                "GET /owners", "GET /pets", "POST /pets/{id}/toys", "GET /pets/{id}/toys/{toyId}", "GET /pets/{id}");

        String explanation = router.explainMiss("GET", "/pets/7/toys/3/x");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /pets/7/toys/3/x. Closest routes:
                          GET /pets/{id}/toys/{toyId}    path segment 5 is "x", but the route ends after segment 4
                          POST /pets/{id}/toys           path segment 4 is "3", but the route ends after segment 3
                          GET /pets/{id}                 path segment 3 is "toys", but the route ends after segment 2""");
    }

    // Among routes matching as many segments, one that serves the method comes first (brief: "then same method").
    @Test
    void route_serving_the_method_comes_before_one_that_does_not() {
        RestRouter<String> router = router("POST /pets", "GET /owners");

        String explanation = router.explainMiss("GET", "/cats");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /cats. Closest routes:
                          GET /owners    path segment 1 is "cats", route expects "owners"
                          POST /pets     path segment 1 is "cats", route expects "pets\"""");
    }

    // With no routes every request gets 403 Missing Authentication Token (docs/behavior.md#rest-no-matching-route).
    @Test
    void router_without_routes_says_so() {
        RestRouter<String> router = router();

        String explanation = router.explainMiss("GET", "/pets");

        assertThat(explanation).isEqualTo("No route matches GET /pets. No routes are declared.");
    }

    // A request that matches is explained as the match (docs/behavior.md#rest-route-precedence).
    @Test
    void matching_request_is_explained_as_its_match() {
        RestRouter<String> router = router("ANY /{proxy+}");

        String explanation = router.explainMiss("GET", "/a/b");

        assertThat(explanation).isEqualTo("GET /a/b matches ANY /{proxy+}.");
    }
}

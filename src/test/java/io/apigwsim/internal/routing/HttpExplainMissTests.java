package io.apigwsim.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpExplainMissTests {

    private static HttpApiRouter<String> router(String... routeKeys) {
        HttpApiRouter.Builder<String> builder = HttpApiRouter.builder();
        for (String routeKey : routeKeys) {
            builder.add(routeKey, routeKey);
        }
        return builder.build();
    }

    // No route: 404 {"message":"Not Found"}; the explanation names the nearest route
    // (CONTRIBUTING.md#misuse-messages-and-diagnostics, docs/behavior.md#http-api-routes).
    @Test
    void literal_mismatch_names_the_segment_and_the_expected_literal() {
        HttpApiRouter<String> router = router("GET /pets/{id}");

        String explanation = router.explainMiss("GET", "/pet/42");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /pet/42. Closest route:
                          GET /pets/{id}    path segment 1 is "pet", route expects "pets\"""");
    }

    // A known path with an undeclared method and no ANY, greedy or $default route is a miss
    // (docs/behavior.md#http-api-routes).
    @Test
    void matching_path_without_the_method_lists_the_methods_of_its_routes() {
        HttpApiRouter<String> router = router("PUT /pets/{id}", "POST /pets/{id}");

        String explanation = router.explainMiss("GET", "/pets/42");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /pets/42. Closest route:
                          POST /pets/{id}    the path matches, but it has no GET route; its routes are POST, PUT""");
    }

    // A request to /metrics/ does not match GET /metrics [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
    @Test
    void trailing_slash_is_explained_with_the_ways_to_catch_it() {
        HttpApiRouter<String> router = router("GET /metrics");

        String explanation = router.explainMiss("GET", "/metrics/");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /metrics/. Closest route:
                          GET /metrics    the path ends with "/" and the route does not; HTTP API routes do not match \
                        a trailing slash, so send the path without it or catch it with a greedy route or $default""");
    }

    // /{proxy+} is not expected to match "/" [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
    @Test
    void root_path_against_a_greedy_route_says_what_the_route_expects() {
        HttpApiRouter<String> router = router("ANY /{proxy+}");

        String explanation = router.explainMiss("GET", "/");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /. Closest route:
                          ANY /{proxy+}    the path is "/", route expects one or more segments for {proxy+}""");
    }

    // A trailing slash leaves an empty last segment, which no {var} matches (docs/behavior.md#http-api-routes).
    @Test
    void empty_last_segment_is_named_as_the_trailing_slash() {
        HttpApiRouter<String> router = router("GET /pets/{id}");

        String explanation = router.explainMiss("GET", "/pets/");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /pets/. Closest route:
                          GET /pets/{id}    path segment 2 is empty (the path ends with "/"), route expects a value \
                        for {id}""");
    }

    // HEAD is not answered by GET, as for REST (docs/behavior.md#rest-resources-and-methods); for HTTP APIs [UNCERTAIN]
    // (docs/behavior.md#uncertain-http-api-routing).
    @Test
    void head_on_a_get_route_says_that_get_does_not_answer_head() {
        HttpApiRouter<String> router = router("GET /pets");

        String explanation = router.explainMiss("HEAD", "/pets");

        assertThat(explanation).isEqualTo("""
                        No route matches HEAD /pets. Closest route:
                          GET /pets    the path matches, but it has no HEAD route; its routes are GET; GET does not \
                        answer HEAD, so declare HEAD or ANY""");
    }

    // Up to three closest routes, the ones matching most leading segments first
    // (CONTRIBUTING.md#misuse-messages-and-diagnostics).
    @Test
    void several_candidates_are_listed_closest_first() {
        HttpApiRouter<String> router = router("GET /owners", "GET /pets/{id}/toys", "GET /pets/{id}", "GET /cats");

        String explanation = router.explainMiss("GET", "/pets/7/food");

        assertThat(explanation).isEqualTo("""
                        No route matches GET /pets/7/food. Closest routes:
                          GET /pets/{id}/toys    path segment 3 is "food", route expects "toys"
                          GET /pets/{id}         path segment 3 is "food", but the route ends after segment 2
                          GET /owners            path segment 1 is "pets", route expects "owners\"""");
    }

    // An API without routes answers every request 404 (docs/behavior.md#http-api-routes).
    @Test
    void router_without_routes_says_so() {
        HttpApiRouter<String> router = router();

        String explanation = router.explainMiss("GET", "/pets");

        assertThat(explanation).isEqualTo("No route matches GET /pets. No routes are declared.");
    }

    // $default catches every request, so nothing is a miss (docs/behavior.md#http-api-routes).
    @Test
    void request_caught_by_default_is_explained_as_the_match() {
        HttpApiRouter<String> router = router("GET /pets", "$default");

        String explanation = router.explainMiss("GET", "/owners");

        assertThat(explanation).isEqualTo("GET /owners matches $default.");
    }
}

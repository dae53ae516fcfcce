package io.apigwsim.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpApiRouterTests {

    /** A router whose target for each route is its route key, such as {@code "GET /pets"}. */
    private static HttpApiRouter<String> router(String... routeKeys) {
        return router(List.of(routeKeys));
    }

    private static HttpApiRouter<String> router(List<String> routeKeys) {
        HttpApiRouter.Builder<String> builder = HttpApiRouter.builder();
        for (String routeKey : routeKeys) {
            builder.add(routeKey, routeKey);
        }
        return builder.build();
    }

    private static Optional<String> target(HttpApiRouter<String> router, String method, String path) {
        return router.match(method, path).map(RouteMatch::target);
    }

    /** The routes of the documented precedence example (docs/behavior.md#http-api-routes). */
    private static final List<String> DOCUMENTED_ROUTES =
            List.of("GET /pets/dog/1", "GET /pets/dog/{id}", "GET /pets/{proxy+}", "ANY /{proxy+}", "$default");

    @Nested
    class DocumentedPrecedence {

        // A full match of path and method wins; literal segments beat {var}: GET /pets/dog/1 beats GET
        // /pets/dog/{id} (docs/behavior.md#http-api-routes).
        @Test
        void literal_route_beats_a_variable_route_for_the_same_path() {
            HttpApiRouter<String> router = router(DOCUMENTED_ROUTES);

            assertThat(target(router, "GET", "/pets/dog/1")).contains("GET /pets/dog/1");
        }

        // A full match through {var} beats every greedy route (docs/behavior.md#http-api-routes).
        @Test
        void variable_route_beats_greedy_routes() {
            HttpApiRouter<String> router = router(DOCUMENTED_ROUTES);

            assertThat(target(router, "GET", "/pets/dog/2")).contains("GET /pets/dog/{id}");
        }

        // GET /pets/{proxy+} beats ANY /{proxy+} for GET /pets/cat/1 (docs/behavior.md#http-api-routes).
        @Test
        void greedy_route_with_the_method_and_a_literal_prefix_beats_the_root_any_greedy_route() {
            HttpApiRouter<String> router = router(DOCUMENTED_ROUTES);

            assertThat(target(router, "GET", "/pets/cat/1")).contains("GET /pets/{proxy+}");
        }

        // A method no specific route declares goes to ANY /{proxy+} (docs/behavior.md#http-api-routes).
        @Test
        void other_method_falls_through_to_the_any_greedy_route() {
            HttpApiRouter<String> router = router(DOCUMENTED_ROUTES);

            assertThat(target(router, "POST", "/pets/dog/1")).contains("ANY /{proxy+}");
        }

        // $default catches what no route matches (docs/behavior.md#http-api-routes).
        @Test
        void request_no_route_matches_goes_to_default() {
            HttpApiRouter<String> router = router(DOCUMENTED_ROUTES);

            assertThat(target(router, "GET", "/")).contains("$default");
        }

        // Creation order is irrelevant (docs/behavior.md#http-api-routes).
        @ParameterizedTest
        @CsvSource({
            "GET, /pets/dog/1, GET /pets/dog/1",
            "GET, /pets/dog/2, GET /pets/dog/{id}",
            "GET, /pets/cat/1, GET /pets/{proxy+}",
            "POST, /pets/dog/1, ANY /{proxy+}",
            "GET, /, $default"
        })
        void declaration_order_does_not_matter(String method, String path, String expected) {
            List<String> reversed = new ArrayList<>(DOCUMENTED_ROUTES);
            Collections.reverse(reversed);
            HttpApiRouter<String> router = router(reversed);

            assertThat(target(router, method, path)).contains(expected);
        }
    }

    @Nested
    class Methods {

        // A method-specific route beats ANY on the same path (docs/behavior.md#http-api-routes).
        @Test
        void method_specific_route_beats_any_on_the_same_path() {
            HttpApiRouter<String> router = router("ANY /pets", "GET /pets");

            assertThat(target(router, "GET", "/pets")).contains("GET /pets");
        }

        // ANY covers the methods not defined for that path (docs/behavior.md#http-api-routes).
        @Test
        void any_takes_the_methods_the_path_does_not_define() {
            HttpApiRouter<String> router = router("ANY /pets", "GET /pets");

            assertThat(target(router, "DELETE", "/pets")).contains("ANY /pets");
        }

        // Route keys are independent: a GET route on a path does not hold other methods, which fall through to a
        // greedy route (docs/behavior.md#http-api-routes).
        @Test
        void method_specific_route_does_not_block_a_greedy_route_for_other_methods() {
            HttpApiRouter<String> router = router("GET /pets", "ANY /{proxy+}");

            assertThat(target(router, "POST", "/pets")).contains("ANY /{proxy+}");
        }

        // A known path with an undeclared method goes to $default when it is declared
        // (docs/behavior.md#http-api-routes).
        @Test
        void method_specific_route_does_not_block_default_for_other_methods() {
            HttpApiRouter<String> router = router("GET /pets", "$default");

            assertThat(target(router, "POST", "/pets")).contains("$default");
        }

        // A known path with an undeclared method and nothing to catch it is a miss, answered 404 Not Found
        // (docs/behavior.md#http-api-routes).
        @Test
        void undeclared_method_without_any_greedy_or_default_is_a_miss() {
            HttpApiRouter<String> router = router("GET /pets");

            assertThat(router.match("POST", "/pets")).isEmpty();
        }

        // REST does not answer HEAD from GET (docs/behavior.md#rest-resources-and-methods); HTTP APIs are assumed to do
        // the same [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void get_route_does_not_answer_head() {
            HttpApiRouter<String> router = router("GET /pets");

            assertThat(router.match("HEAD", "/pets")).isEmpty();
        }

        // Methods are case-sensitive and ANY covers only the seven upper-case methods, as for REST
        // (docs/behavior.md#rest-resources-and-methods); for HTTP APIs [UNCERTAIN]
        // (docs/behavior.md#uncertain-http-api-routing).
        @ParameterizedTest
        @ValueSource(strings = {"get", "TRACE", "ANY"})
        void method_outside_the_seven_is_not_taken_by_any(String method) {
            HttpApiRouter<String> router = router("ANY /pets");

            assertThat(router.match(method, "/pets")).isEmpty();
        }

        // $default catches every request no route matches, whatever its method (docs/behavior.md#http-api-routes); for
        // methods outside the seven [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void default_catches_a_method_outside_the_seven() {
            HttpApiRouter<String> router = router("ANY /pets", "$default");

            assertThat(router.match("TRACE", "/pets")).map(RouteMatch::routeKey).contains("$default");
        }
    }

    @Nested
    class Precedence {

        // Literal segments beat {var}, compared from the left (docs/behavior.md#http-api-routes).
        @Test
        void leftmost_literal_decides_between_overlapping_templates() {
            HttpApiRouter<String> router = router("GET /{y}/b/c", "GET /a/{x}/c");

            assertThat(target(router, "GET", "/a/b/c")).contains("GET /a/{x}/c");
        }

        // Path specificity is compared before the method: ANY covers methods not defined for its own path, so ANY
        // /pets/dog takes GET /pets/dog from GET /pets/{id} [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void any_on_a_literal_path_beats_a_method_route_through_a_variable() {
            HttpApiRouter<String> router = router("GET /pets/{id}", "ANY /pets/dog");

            assertThat(target(router, "GET", "/pets/dog")).contains("ANY /pets/dog");
        }

        // A full match beats a greedy match even when the full match is ANY and the greedy route has the method
        // (the documented step 1 before step 2) [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void any_full_match_beats_a_method_specific_greedy_route() {
            HttpApiRouter<String> router = router("GET /{proxy+}", "ANY /pets/{id}");

            assertThat(target(router, "GET", "/pets/1")).contains("ANY /pets/{id}");
        }

        // Between greedy routes, the longer literal prefix wins, before the method (inferred from the documented
        // example) [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void greedy_route_with_the_longer_literal_prefix_wins() {
            HttpApiRouter<String> router = router("GET /{proxy+}", "ANY /pets/{proxy+}", "ANY /pets/dog/{proxy+}");

            assertThat(target(router, "GET", "/pets/dog/1")).contains("ANY /pets/dog/{proxy+}");
        }

        // A method-specific greedy route beats ANY on the same greedy path (docs/behavior.md#http-api-routes).
        @Test
        void method_specific_greedy_route_beats_any_on_the_same_path() {
            HttpApiRouter<String> router = router("ANY /files/{proxy+}", "GET /files/{proxy+}");

            assertThat(target(router, "GET", "/files/a/b")).contains("GET /files/{proxy+}");
        }

        // A greedy variable takes one or more segments, below its literal prefix only
        // (docs/behavior.md#http-api-routes).
        @Test
        void greedy_route_does_not_match_outside_its_prefix() {
            HttpApiRouter<String> router = router("GET /pets/{proxy+}");

            assertThat(router.match("GET", "/owners/1")).isEmpty();
        }

        // The root route "/" matches only "/" (docs/behavior.md#http-api-routes).
        @ParameterizedTest
        @ValueSource(strings = {"/", ""})
        void root_route_matches_the_root_path(String path) {
            HttpApiRouter<String> router = router("GET /", "GET /{proxy+}");

            assertThat(target(router, "GET", path)).contains("GET /");
        }

        // Nothing matches and no $default: the caller answers 404 {"message":"Not Found"}
        // (docs/behavior.md#http-api-routes, #http-api-errors).
        @Test
        void unknown_path_without_default_is_a_miss() {
            HttpApiRouter<String> router = router("GET /pets");

            assertThat(router.match("GET", "/owners")).isEmpty();
        }

        // An API without routes matches nothing (docs/behavior.md#http-api-routes).
        @Test
        void router_without_routes_matches_nothing() {
            HttpApiRouter<String> router = router();

            assertThat(router.match("GET", "/")).isEmpty();
        }

        // Literal beats {var} among many routes (docs/behavior.md#http-api-routes); the router is a pass over the
        // routes without regular expressions, sized for about 100 routes (design note, not an AWS fact).
        @Test
        void hundred_routes_pick_the_most_specific() {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 99; i++) {
                keys.add("GET /r" + i + "/{id}");
            }
            keys.add("GET /r42/special");
            HttpApiRouter<String> router = router(keys);

            assertThat(target(router, "GET", "/r42/special")).contains("GET /r42/special");
        }
    }

    @Nested
    class Slashes {

        // Route paths cannot end in "/", and a request to /metrics/ does not match GET /metrics
        // (docs/behavior.md#http-api-routes) [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void trailing_slash_does_not_match_the_route_without_it() {
            HttpApiRouter<String> router = router("GET /metrics");

            assertThat(router.match("GET", "/metrics/")).isEmpty();
        }

        // A greedy route catches the trailing-slash form; the value keeps the trailing "/" [UNCERTAIN]
        // (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void trailing_slash_is_caught_by_a_greedy_route() {
            HttpApiRouter<String> router = router("GET /metrics", "ANY /{proxy+}");

            assertThat(router.match("GET", "/metrics/"))
                    .hasValueSatisfying(
                            match -> assertThat(match.pathParameters()).containsExactly(entry("proxy", "metrics/")));
        }

        // $default catches the trailing-slash form (docs/behavior.md#http-api-routes).
        @Test
        void trailing_slash_is_caught_by_default() {
            HttpApiRouter<String> router = router("GET /metrics", "$default");

            assertThat(target(router, "GET", "/metrics/")).contains("$default");
        }

        // /{proxy+} is not expected to match "/" itself [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void root_greedy_route_does_not_match_the_root_path() {
            HttpApiRouter<String> router = router("ANY /{proxy+}");

            assertThat(router.match("GET", "/")).isEmpty();
        }

        // A greedy variable takes one or more segments, so /files/ (an empty remainder) is not /files/{proxy+}
        // [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void greedy_route_does_not_match_an_empty_remainder() {
            HttpApiRouter<String> router = router("GET /files/{proxy+}");

            assertThat(router.match("GET", "/files/")).isEmpty();
        }

        // Segments are split as sent, so an inner "//" is an empty segment that no literal or {var} matches
        // [UNCERTAIN] (docs/behavior.md#uncertain-http-api-paths).
        @Test
        void inner_double_slash_does_not_match_a_route_without_it() {
            HttpApiRouter<String> router = router("GET /a/b");

            assertThat(router.match("GET", "/a//b")).isEmpty();
        }

        // REST collapses slashes after the stage (docs/behavior.md#rest-slashes-in-paths); nothing records that HTTP
        // APIs do, so a leading "//" is an empty first segment here [UNCERTAIN]
        // (docs/behavior.md#uncertain-http-api-paths).
        @Test
        void leading_double_slash_does_not_match_the_route_without_it() {
            HttpApiRouter<String> router = router("GET /pets");

            assertThat(router.match("GET", "//pets")).isEmpty();
        }

        // The request path must be the path after the stage starting with "/" (docs/behavior.md#http-api-stages).
        @Test
        void relative_request_path_is_a_caller_error() {
            HttpApiRouter<String> router = router("GET /pets");

            assertThatThrownBy(() -> router.match("GET", "pets"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the request path must start with \"/\", for example \"/pets\"");
        }
    }
}

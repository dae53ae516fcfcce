package io.apigwsim.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RestRouterTests {

    /** A router whose target for each route is the route itself, such as {@code "GET /pets"}. */
    private static RestRouter<String> router(String... routes) {
        RestRouter.Builder<String> builder = RestRouter.builder();
        for (String route : routes) {
            String[] parts = route.split(" ", 2);
            builder.add(parts[0], parts[1], route);
        }
        return builder.build();
    }

    private static Optional<String> target(RestRouter<String> router, String method, String path) {
        return router.match(method, path).map(RouteMatch::target);
    }

    @Nested
    class RecordedRouting {

        // /test has only POST, /{proxy+} only OPTIONS: OPTIONS /test is served by /{proxy+}, POST /test by /test
        // (docs/behavior.md#rest-route-precedence).
        @Test
        void options_on_a_post_only_resource_falls_through_to_the_greedy_sibling() {
            RestRouter<String> router = router("POST /test", "OPTIONS /{proxy+}", "ANY /test/any");

            assertThat(target(router, "OPTIONS", "/test")).contains("OPTIONS /{proxy+}");
        }

        // POST /test is served by /test itself (docs/behavior.md#rest-route-precedence).
        @Test
        void post_on_the_post_resource_is_served_by_it() {
            RestRouter<String> router = router("POST /test", "OPTIONS /{proxy+}", "ANY /test/any");

            assertThat(target(router, "POST", "/test")).contains("POST /test");
        }

        // /test/any (ANY) serves both OPTIONS and GET (docs/behavior.md#rest-route-precedence).
        @ParameterizedTest
        @ValueSource(strings = {"OPTIONS", "GET"})
        void any_resource_below_a_literal_serves_options_and_get(String method) {
            RestRouter<String> router = router("POST /test", "OPTIONS /{proxy+}", "ANY /test/any");

            assertThat(target(router, method, "/test/any")).contains("ANY /test/any");
        }

        // /part1, /part1/hardcoded-value and /{param+} (all GET): /part1 -> /part1, /part1/hardcoded-value -> itself,
        // /part1/random-value -> /{param+} (docs/behavior.md#rest-route-precedence).
        @ParameterizedTest
        @CsvSource({
            "/part1, GET /part1",
            "/part1/hardcoded-value, GET /part1/hardcoded-value",
            "/part1/random-value, GET /{param+}"
        })
        void literal_siblings_win_and_the_greedy_sibling_takes_the_rest(String path, String expected) {
            RestRouter<String> router = router("GET /part1", "GET /part1/hardcoded-value", "GET /{param+}");

            assertThat(target(router, "GET", path)).contains(expected);
        }

        // Creation order does not matter (docs/behavior.md#rest-route-precedence).
        @ParameterizedTest
        @CsvSource({
            "/part1, GET /part1",
            "/part1/hardcoded-value, GET /part1/hardcoded-value",
            "/part1/random-value, GET /{param+}"
        })
        void declaration_order_does_not_matter(String path, String expected) {
            RestRouter<String> router = router("GET /{param+}", "GET /part1/hardcoded-value", "GET /part1");

            assertThat(target(router, "GET", path)).contains(expected);
        }

        // Measured table: GET /jobs where /jobs has no methods goes to the proxy
        // (docs/behavior.md#rest-route-precedence).
        @Test
        void resource_without_methods_falls_through_to_the_greedy_ancestor() {
            RestRouter<String> router = router("ANY /{proxy+}", "GET /jobs/reboot");

            assertThat(target(router, "GET", "/jobs")).contains("ANY /{proxy+}");
        }

        // Measured table: POST /jobs/reboot where only GET is declared goes to the proxy
        // (docs/behavior.md#rest-route-precedence).
        @Test
        void undeclared_method_on_an_exact_resource_falls_through_to_the_greedy_ancestor() {
            RestRouter<String> router = router("ANY /{proxy+}", "GET /jobs/reboot");

            assertThat(target(router, "POST", "/jobs/reboot")).contains("ANY /{proxy+}");
        }

        // Measured table: GET /cors_only where only OPTIONS is declared goes to the proxy
        // (docs/behavior.md#rest-route-precedence).
        @Test
        void options_only_resource_does_not_hold_other_methods() {
            RestRouter<String> router = router("ANY /{proxy+}", "OPTIONS /cors_only");

            assertThat(target(router, "GET", "/cors_only")).contains("ANY /{proxy+}");
        }

        // Measured table: an exact match wins over the proxy (docs/behavior.md#rest-route-precedence).
        @Test
        void exact_resource_wins_over_the_greedy_ancestor() {
            RestRouter<String> router = router("ANY /{proxy+}", "GET /jobs/reboot");

            assertThat(target(router, "GET", "/jobs/reboot")).contains("GET /jobs/reboot");
        }

        // /proxy/bar/{param} vs /proxy/{proxy+}: /proxy/bar/foobar -> /proxy/bar/{param}, /proxy/bar/a/b ->
        // /proxy/{proxy+} (docs/behavior.md#rest-route-precedence).
        @ParameterizedTest
        @CsvSource({"/proxy/bar/foobar, GET /proxy/bar/{param}", "/proxy/bar/a/b, GET /proxy/{proxy+}"})
        void variable_below_a_literal_wins_and_deeper_paths_fall_back_to_the_greedy_variable(
                String path, String expected) {
            RestRouter<String> router = router("GET /proxy/bar/{param}", "GET /proxy/{proxy+}");

            assertThat(target(router, "GET", path)).contains(expected);
        }

        // A path under /parent/ goes to /parent/{proxy+}, not to /{proxy+} (docs/behavior.md#rest-route-precedence).
        @Test
        void greedy_variable_below_a_literal_wins_over_the_root_greedy_variable() {
            RestRouter<String> router = router("ANY /{proxy+}", "ANY /parent/{proxy+}");

            assertThat(target(router, "GET", "/parent/a/b")).contains("ANY /parent/{proxy+}");
        }
    }

    @Nested
    class Precedence {

        // Most specific wins: literal segment > {var} > {var+} (docs/behavior.md#rest-route-precedence).
        @ParameterizedTest
        @CsvSource({"/pets/mine, GET /pets/mine", "/pets/42, GET /pets/{id}", "/pets/42/toys, GET /{proxy+}"})
        void literal_beats_variable_beats_greedy_variable(String path, String expected) {
            RestRouter<String> router = router("GET /{proxy+}", "GET /pets/{id}", "GET /pets/mine");

            assertThat(target(router, "GET", path)).contains(expected);
        }

        // Templates are compared part by part from the left; a literal at the first differing position wins. Tie-breaks
        // of overlapping templates are open (docs/behavior.md#rest-route-precedence) [UNCERTAIN]
        // (docs/behavior.md#uncertain-rest-routing).
        @Test
        void leftmost_literal_decides_between_overlapping_templates() {
            RestRouter<String> router = router("GET /{y}/b/c", "GET /a/{x}/c");

            assertThat(target(router, "GET", "/a/b/c")).contains("GET /a/{x}/c");
        }

        // When the literal branch cannot finish the path, the variable branch is tried
        // (docs/behavior.md#rest-route-precedence).
        @Test
        void literal_branch_that_cannot_finish_backtracks_to_the_variable_branch() {
            RestRouter<String> router = router("GET /a/x", "GET /{y}/b/c");

            assertThat(target(router, "GET", "/a/b/c")).contains("GET /{y}/b/c");
        }

        // Fall-through also reaches the root's {proxy+} from deep below a literal
        // (docs/behavior.md#rest-route-precedence).
        @Test
        void deep_miss_falls_through_to_the_root_greedy_variable() {
            RestRouter<String> router = router("ANY /{proxy+}", "GET /pets/{id}/toys/{toyId}");

            assertThat(target(router, "DELETE", "/pets/1/toys/2")).contains("ANY /{proxy+}");
        }

        // A resource is a candidate only if it declares the method or ANY (docs/behavior.md#rest-route-precedence, rule
        // 2).
        @Test
        void matching_path_without_the_method_and_no_fall_through_is_a_miss() {
            RestRouter<String> router = router("POST /pets");

            assertThat(router.match("GET", "/pets")).isEmpty();
        }

        // An unknown path is a miss (docs/behavior.md#rest-route-precedence, #rest-no-matching-route).
        @Test
        void unknown_path_is_a_miss() {
            RestRouter<String> router = router("GET /pets");

            assertThat(router.match("GET", "/owners")).isEmpty();
        }

        // No routes at all: every request is a miss (docs/behavior.md#rest-no-matching-route).
        @Test
        void router_without_routes_matches_nothing() {
            RestRouter<String> router = router();

            assertThat(router.match("GET", "/")).isEmpty();
        }

        // A {var} takes exactly one segment (docs/behavior.md#rest-resources-and-methods).
        @Test
        void path_variable_does_not_take_two_segments() {
            RestRouter<String> router = router("GET /pets/{id}");

            assertThat(router.match("GET", "/pets/1/2")).isEmpty();
        }
    }

    @Nested
    class Methods {

        // ANY matches DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT (docs/behavior.md#rest-resources-and-methods).
        @ParameterizedTest
        @ValueSource(strings = {"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"})
        void any_matches_the_seven_methods(String method) {
            RestRouter<String> router = router("ANY /pets");

            assertThat(router.match(method, "/pets"))
                    .hasValueSatisfying(match -> assertThat(match.method()).isEqualTo("ANY"));
        }

        // ANY covers only the seven methods (docs/behavior.md#rest-resources-and-methods).
        @ParameterizedTest
        @ValueSource(strings = {"TRACE", "CONNECT", "ANY", "get"})
        void any_does_not_match_other_methods(String method) {
            RestRouter<String> router = router("ANY /pets");

            assertThat(router.match(method, "/pets")).isEmpty();
        }

        // On the same resource a concrete method wins over ANY (docs/behavior.md#rest-route-precedence, rule 3).
        @Test
        void concrete_method_wins_over_any_on_the_same_resource() {
            RestRouter<String> router = router("ANY /pets", "GET /pets");

            assertThat(target(router, "GET", "/pets")).contains("GET /pets");
        }

        // ANY next to concrete methods takes only the verbs not declared explicitly
        // (docs/behavior.md#rest-resources-and-methods).
        @Test
        void any_takes_the_methods_not_declared_explicitly() {
            RestRouter<String> router = router("GET /pets", "ANY /pets");

            assertThat(target(router, "POST", "/pets")).contains("ANY /pets");
        }

        // A method defined only as GET does not implicitly answer HEAD (docs/behavior.md#rest-resources-and-methods).
        @Test
        void get_does_not_answer_head() {
            RestRouter<String> router = router("GET /pets");

            assertThat(router.match("HEAD", "/pets")).isEmpty();
        }

        // The match carries the declared method, which may be ANY (docs/behavior.md#rest-resources-and-methods).
        @Test
        void match_reports_the_declared_method_and_resource() {
            RestRouter<String> router = router("ANY /pets/{id}");

            RouteMatch<String> match = router.match("PATCH", "/pets/7").orElseThrow();

            assertThat(List.of(match.method(), match.resourcePath())).containsExactly("ANY", "/pets/{id}");
        }
    }

    @Nested
    class Greedy {

        // A greedy resource does not match its parent path: /{proxy+} does not serve /
        // (docs/behavior.md#rest-route-precedence).
        @Test
        void root_greedy_variable_does_not_match_the_root() {
            RestRouter<String> router = router("ANY /{proxy+}");

            assertThat(router.match("GET", "/")).isEmpty();
        }

        // {name+} is one or more segments, never zero (docs/behavior.md#rest-resources-and-methods,
        // #rest-route-precedence).
        @ParameterizedTest
        @ValueSource(strings = {"/files", "/files/"})
        void greedy_variable_does_not_match_its_parent(String path) {
            RestRouter<String> router = router("GET /files/{proxy+}");

            assertThat(router.match("GET", path)).isEmpty();
        }

        // The root needs its own method; the event then has resource = path = / and no path parameters
        // (docs/behavior.md#rest-route-precedence).
        @Test
        void root_resource_serves_the_root_next_to_a_greedy_variable() {
            RestRouter<String> router = router("ANY /{proxy+}", "ANY /");

            RouteMatch<String> match = router.match("GET", "/").orElseThrow();

            assertThat(match).isEqualTo(new RouteMatch<>("ANY /", "/", "ANY", Map.of()));
        }

        // Greedy value: the remainder without leading slash, not decoded (docs/behavior.md#rest-path-parameters).
        @Test
        void greedy_value_is_the_remainder_without_the_leading_slash() {
            RestRouter<String> router = router("ANY /{proxy+}");

            RouteMatch<String> match = router.match("GET", "/proxy-value/api").orElseThrow();

            assertThat(match.pathParameters()).containsExactly(entry("proxy", "proxy-value/api"));
        }

        // Non-greedy value: the single segment, not decoded (docs/behavior.md#rest-path-parameters).
        @Test
        void path_variable_value_is_its_segment() {
            RestRouter<String> router = router("GET /proxy/bar/{pathVariable}");

            RouteMatch<String> match = router.match("GET", "/proxy/bar/foobar").orElseThrow();

            assertThat(match.pathParameters()).containsExactly(entry("pathVariable", "foobar"));
        }

        // Path parameters keep the order of the template (pathParameters carries one entry per variable, 2.7).
        @Test
        void path_parameters_keep_the_order_of_the_template() {
            RestRouter<String> router = router("GET /{owner}/pets/{pet}/{rest+}");

            RouteMatch<String> match = router.match("GET", "/ann/pets/rex/a/b").orElseThrow();

            assertThat(match.pathParameters())
                    .containsExactly(entry("owner", "ann"), entry("pet", "rex"), entry("rest", "a/b"));
        }

        // A resource without variables has no path parameters (docs/behavior.md#rest-slashes-in-paths: /hardcoded ->
        // null).
        @Test
        void resource_without_variables_has_an_empty_parameter_map() {
            RestRouter<String> router = router("ANY /hardcoded");

            RouteMatch<String> match = router.match("GET", "/hardcoded").orElseThrow();

            assertThat(match.pathParameters()).isEmpty();
        }
    }

    @Nested
    class Slashes {

        // Recorded with /{proxy+} (ANY) and /hardcoded (ANY), stage "stage"; the router gets the path after the
        // stage (docs/behavior.md#rest-slashes-in-paths).
        @ParameterizedTest
        @CsvSource({
            "/proxy-value, proxy-value",
            "/proxy-value/, proxy-value",
            "/proxy-value//double-slash, proxy-value//double-slash",
            "//proxy-value, proxy-value"
        })
        void recorded_greedy_values(String pathAfterStage, String proxy) {
            RestRouter<String> router = router("ANY /{proxy+}", "ANY /hardcoded");

            RouteMatch<String> match = router.match("GET", pathAfterStage).orElseThrow();

            assertThat(match).isEqualTo(new RouteMatch<>("ANY /{proxy+}", "/{proxy+}", "ANY", Map.of("proxy", proxy)));
        }

        // /stage//hardcoded -> resource /hardcoded, pathParameters null (docs/behavior.md#rest-slashes-in-paths).
        @Test
        void slashes_after_the_stage_are_collapsed_before_a_literal() {
            RestRouter<String> router = router("ANY /{proxy+}", "ANY /hardcoded");

            RouteMatch<String> match = router.match("GET", "//hardcoded").orElseThrow();

            assertThat(match).isEqualTo(new RouteMatch<>("ANY /hardcoded", "/hardcoded", "ANY", Map.of()));
        }

        // A trailing slash does not affect matching and is not part of parameter values
        // (docs/behavior.md#rest-slashes-in-paths).
        @Test
        void trailing_slash_does_not_affect_matching_of_a_path_variable() {
            RestRouter<String> router = router("GET /pets/{id}");

            RouteMatch<String> match = router.match("GET", "/pets/42/").orElseThrow();

            assertThat(match.pathParameters()).containsExactly(entry("id", "42"));
        }

        // A trailing slash does not affect matching (docs/behavior.md#rest-slashes-in-paths).
        @Test
        void trailing_slash_matches_a_literal_resource() {
            RestRouter<String> router = router("GET /pets");

            assertThat(target(router, "GET", "/pets/")).contains("GET /pets");
        }

        // Whether /a//b matches a non-greedy /a/b is not recorded; this simulator treats it as no match
        // [UNCERTAIN] (docs/behavior.md#uncertain-rest-routing).
        @Test
        void inner_double_slash_does_not_match_a_non_greedy_resource() {
            RestRouter<String> router = router("GET /a/b", "GET /a/{x}/b");

            assertThat(router.match("GET", "/a//b")).isEmpty();
        }

        // An inner // is kept and captured by a greedy variable (docs/behavior.md#rest-route-precedence,
        // #rest-slashes-in-paths).
        @Test
        void inner_double_slash_falls_through_to_a_greedy_ancestor() {
            RestRouter<String> router = router("GET /a/b", "GET /{proxy+}");

            RouteMatch<String> match = router.match("GET", "/a//b").orElseThrow();

            assertThat(match.pathParameters()).containsExactly(entry("proxy", "a//b"));
        }

        // The root resource "/" matches the path "/"; an empty path is read as "/"
        // (docs/behavior.md#rest-route-precedence).
        @ParameterizedTest
        @ValueSource(strings = {"/", ""})
        void root_resource_matches_the_root_path(String path) {
            RestRouter<String> router = router("GET /");

            assertThat(target(router, "GET", path)).contains("GET /");
        }
    }

    @Nested
    class PercentEncoding {

        // REST APIs do not decode the path: pathParameters keep escapes as sent; a literal + stays +
        // (docs/behavior.md#rest-percent-encoding).
        @Test
        void recorded_percent_escapes_and_plus_signs_stay_as_sent() {
            RestRouter<String> router = router("ANY /{proxy+}");

            RouteMatch<String> match = router.match(
                            "POST", "/proxy-value/api/user/test%2Balias@gmail.com/plus/test+alias@gmail.com")
                    .orElseThrow();

            assertThat(match.pathParameters())
                    .containsExactly(
                            entry("proxy", "proxy-value/api/user/test%2Balias@gmail.com/plus/test+alias@gmail.com"));
        }

        // Live capture: /capture/space%20value -> proxy capture/space%20value (docs/behavior.md#rest-percent-encoding).
        @Test
        void recorded_space_escape_stays_in_the_greedy_value() {
            RestRouter<String> router = router("ANY /{proxy+}");

            RouteMatch<String> match =
                    router.match("GET", "/capture/space%20value").orElseThrow();

            assertThat(match.pathParameters()).containsExactly(entry("proxy", "capture/space%20value"));
        }

        // Non-greedy values are not decoded either (docs/behavior.md#rest-percent-encoding, #rest-path-parameters).
        @Test
        void escapes_stay_in_a_path_variable() {
            RestRouter<String> router = router("GET /users/{email}");

            RouteMatch<String> match = router.match("GET", "/users/a%40b.com").orElseThrow();

            assertThat(match.pathParameters()).containsExactly(entry("email", "a%40b.com"));
        }

        // %2F is part of one segment when matching (docs/behavior.md#rest-percent-encoding); on AWS [UNCERTAIN]
        // (docs/behavior.md#uncertain-rest-routing).
        @Test
        void encoded_slash_does_not_split_a_segment() {
            RestRouter<String> router = router("GET /files/{name}");

            RouteMatch<String> match = router.match("GET", "/files/a%2Fb").orElseThrow();

            assertThat(match.pathParameters()).containsExactly(entry("name", "a%2Fb"));
        }

        // Literal segments are compared with the raw segment, so an escaped literal is a different path
        // (docs/behavior.md#rest-percent-encoding: the path is not decoded).
        @Test
        void escaped_form_of_a_literal_does_not_match_it() {
            RestRouter<String> router = router("GET /my-pets");

            assertThat(router.match("GET", "/my%2Dpets")).isEmpty();
        }

        // Literal segments match case-sensitively (the path is compared as sent,
        // docs/behavior.md#rest-percent-encoding).
        @Test
        void literal_segments_match_case_sensitively() {
            RestRouter<String> router = router("GET /pets");

            assertThat(router.match("GET", "/Pets")).isEmpty();
        }
    }
}

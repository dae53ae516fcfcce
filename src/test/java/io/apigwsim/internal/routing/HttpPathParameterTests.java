package io.apigwsim.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpPathParameterTests {

    private static RouteMatch<String> match(String routeKey, String method, String path) {
        HttpApiRouter<String> router =
                HttpApiRouter.<String>builder().add(routeKey, routeKey).build();
        return router.match(method, path).orElseThrow();
    }

    // The match names the route key as declared, the event's routeKey (docs/behavior.md#http-api-payload-20-event).
    @Test
    void match_carries_the_declared_route_key() {
        RouteMatch<String> match = match("GET /pets/{id}", "GET", "/pets/42");

        assertThat(match.routeKey()).isEqualTo("GET /pets/{id}");
    }

    // pathParameters hold the value of each variable (docs/behavior.md#http-api-payload-20-event).
    @Test
    void variables_are_captured_in_template_order() {
        RouteMatch<String> match = match("GET /owners/{owner}/pets/{id}", "GET", "/owners/ann/pets/42");

        assertThat(match.pathParameters()).containsExactly(entry("owner", "ann"), entry("id", "42"));
    }

    // pathParameters are absent for routes without variables (docs/behavior.md#http-api-payload-20-event).
    @Test
    void route_without_variables_has_no_path_parameters() {
        RouteMatch<String> match = match("GET /pets", "GET", "/pets");

        assertThat(match.pathParameters()).isEmpty();
    }

    // pathParameters are absent for $default (docs/behavior.md#http-api-payload-20-event).
    @Test
    void default_route_has_no_path_parameters() {
        RouteMatch<String> match = match("$default", "GET", "/pets/42");

        assertThat(match.pathParameters()).isEmpty();
    }

    // A greedy value is the rest of the path without its leading slash (docs/behavior.md#http-api-payload-20-event,
    // whose example ANY /files/{proxy+} gives proxy "my doc").
    @Test
    void greedy_value_is_the_remainder_without_the_leading_slash() {
        RouteMatch<String> match = match("ANY /files/{proxy+}", "POST", "/files/a/b/c");

        assertThat(match.pathParameters()).containsExactly(entry("proxy", "a/b/c"));
    }

    // HTTP APIs decode path parameters: %20 is a space, UTF-8 escapes are characters, %2B is "+" and a literal "+"
    // stays "+" (it means a space only in a query string) (docs/behavior.md#http-api-paths).
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "my%20doc | my doc",
                "unicode-%CE%BB-%E4%B8%96%E7%95%8C | unicode-λ-世界",
                "test%2Balias | test+alias",
                "test+alias | test+alias",
                "%23tag | #tag"
            })
    void variable_value_is_percent_decoded(String sent, String expected) {
        RouteMatch<String> match = match("GET /pets/{id}", "GET", "/pets/" + sent);

        assertThat(match.pathParameters()).containsExactly(entry("id", expected));
    }

    // The greedy value is decoded too, "%2F" giving a real "/" (docs/behavior.md#http-api-paths).
    @Test
    void greedy_value_is_percent_decoded() {
        RouteMatch<String> match = match("ANY /files/{proxy+}", "GET", "/files/my%20doc/a%2Fb");

        assertThat(match.pathParameters()).containsExactly(entry("proxy", "my doc/a/b"));
    }

    // A malformed escape is not decoded; AWS rejects some such paths with a 400 before routing
    // (docs/behavior.md#http-api-paths), which is the caller's concern, so the router keeps them as sent.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"100% | 100%", "%zz | %zz", "a%4 | a%4", "%FF | %FF", "%41%zz | A%zz"})
    void malformed_escape_stays_as_sent(String sent, String expected) {
        RouteMatch<String> match = match("GET /pets/{id}", "GET", "/pets/" + sent);

        assertThat(match.pathParameters()).containsExactly(entry("id", expected));
    }

    // Segments are split on the path as sent, so %2F does not add a segment: whether AWS splits after decoding is not
    // recorded [UNCERTAIN] (docs/behavior.md#uncertain-http-api-paths).
    @Test
    void encoded_slash_stays_inside_one_variable() {
        RouteMatch<String> match = match("GET /pets/{id}", "GET", "/pets/a%2Fb");

        assertThat(match.pathParameters()).containsExactly(entry("id", "a/b"));
    }

    // Literal segments are compared with the decoded request segment, because HTTP APIs decode the path
    // (docs/behavior.md#http-api-routes, #http-api-paths).
    @Test
    void encoded_request_segment_matches_its_decoded_literal() {
        RouteMatch<String> match = match("GET /café/menu", "GET", "/caf%C3%A9/menu");

        assertThat(match.routeKey()).isEqualTo("GET /café/menu");
    }

    // Literal segments are compared case-sensitively [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
    @Test
    void literal_segments_are_case_sensitive() {
        HttpApiRouter<String> router =
                HttpApiRouter.<String>builder().add("GET /pets", "t").build();

        assertThat(router.match("GET", "/Pets")).isEmpty();
    }

    // A match is an immutable value, so a router can be shared between threads (CONTRIBUTING.md#thread-safety).
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
    void path_parameters_returned_by_a_router_cannot_be_changed() {
        RouteMatch<String> match = match("GET /pets/{id}", "GET", "/pets/42");

        assertThatThrownBy(() -> match.pathParameters().put("id", "43"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // Values print well (CONTRIBUTING.md#misuse-messages-and-diagnostics).
    @Test
    void match_prints_as_route_key_and_parameters() {
        RouteMatch<String> match = match("GET /pets/{id}", "GET", "/pets/42");

        assertThat(match).hasToString("GET /pets/{id} {id=42}");
    }
}

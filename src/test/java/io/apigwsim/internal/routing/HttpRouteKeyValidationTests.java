package io.apigwsim.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpRouteKeyValidationTests {

    private static HttpApiRouter.Builder<String> builder() {
        return HttpApiRouter.builder();
    }

    @Nested
    class RouteKeys {

        // A route key is METHOD /path or $default (docs/behavior.md#http-api-routes).
        @ParameterizedTest
        @ValueSource(strings = {"GET /pets/{id}", "ANY /{proxy+}", "OPTIONS /", "$default"})
        void well_formed_route_keys_are_accepted(String routeKey) {
            assertThatCode(() -> builder().add(routeKey, "t").build()).doesNotThrowAnyException();
        }

        // A route key is a method, one space and a path (docs/behavior.md#http-api-routes).
        @Test
        void route_key_without_a_space_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET/pets", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("route key \"GET/pets\" is not a method, one space and a path; write for example"
                            + " \"GET /pets/{id}\" or \"$default\"");
        }

        // A route key is a method, one space and a path (docs/behavior.md#http-api-routes).
        @ParameterizedTest
        @ValueSource(strings = {"GET  /pets", " GET /pets", "GET /pets ", "GET /my pets", "GET", "/pets", ""})
        void route_key_with_other_spacing_is_rejected(String routeKey) {
            assertThatThrownBy(() -> builder().add(routeKey, "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("route key \"" + routeKey + "\" is not a method, one space and a path; write for"
                            + " example \"GET /pets/{id}\" or \"$default\"");
        }

        // The catch-all route key is exactly "$default" (docs/behavior.md#http-api-routes).
        @ParameterizedTest
        @ValueSource(strings = {"$DEFAULT", "default", "$default "})
        void default_route_key_is_exact(String routeKey) {
            assertThatThrownBy(() -> builder().add(routeKey, "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("route key \"" + routeKey + "\" is not a method, one space and a path; write for"
                            + " example \"GET /pets/{id}\" or \"$default\"");
        }

        // Route methods are upper case, as in the documented route keys (docs/behavior.md#http-api-routes).
        @Test
        void lower_case_method_is_rejected_with_the_upper_case_form() {
            assertThatThrownBy(() -> builder().add("get /pets", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("method \"get\" must be upper case, for example \"GET\"");
        }

        // A route method is ANY or one of the seven methods ANY covers (docs/behavior.md#rest-resources-and-methods,
        // #http-api-routes).
        @Test
        void unknown_method_is_rejected_with_the_methods_allowed() {
            assertThatThrownBy(() -> builder().add("TRACE /pets", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("method \"TRACE\" is not an HTTP API route method; use ANY or one of GET, POST, PUT,"
                            + " PATCH, DELETE, HEAD, OPTIONS");
        }

        // A route key identifies a route; each is declared once (docs/behavior.md#http-api-routes).
        @Test
        void duplicate_route_key_is_rejected() {
            HttpApiRouter.Builder<String> builder = builder().add("GET /pets/{id}", "a");

            assertThatThrownBy(() -> builder.add("GET /pets/{id}", "b"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("GET /pets/{id} is declared twice; declare each route once");
        }

        // $default is one route key like the others (docs/behavior.md#http-api-routes).
        @Test
        void duplicate_default_route_is_rejected() {
            HttpApiRouter.Builder<String> builder = builder().add("$default", "a");

            assertThatThrownBy(() -> builder.add("$default", "b"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("$default is declared twice; declare each route once");
        }

        // GET and ANY on one path are two route keys (docs/behavior.md#http-api-routes).
        @Test
        void same_path_with_get_and_any_is_two_routes() {
            HttpApiRouter<String> router =
                    builder().add("GET /pets", "get").add("ANY /pets", "any").build();

            assertThat(router).hasToString("HttpApiRouter[GET /pets, ANY /pets]");
        }
    }

    @Nested
    class Paths {

        // Route paths cannot end in "/" except "/" itself (docs/behavior.md#http-api-routes).
        @Test
        void trailing_slash_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET /metrics/", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path must not end with \"/\" (only the root path \"/\" does), for example"
                            + " \"/metrics\"");
        }

        // A route path starts with "/" (docs/behavior.md#http-api-routes).
        @Test
        void relative_path_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET pets/{id}", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path must start with \"/\", for example \"/pets/{id}\"");
        }

        // The greedy path variable must be at the end of the path (docs/behavior.md#http-api-routes).
        @Test
        void greedy_variable_before_the_end_is_rejected() {
            assertThatThrownBy(() -> builder().add("ANY /{proxy+}/more", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a greedy path variable {proxy+} must be the last segment, for example \"/{proxy+}\"");
        }

        // A path variable is a whole segment, as for REST (docs/behavior.md#rest-resources-and-methods,
        // #http-api-routes).
        @Test
        void variable_inside_a_segment_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET /pets/{id}.json", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path variable must be a whole segment, for example \"/pets/{id}/.json\"");
        }

        // A path has no empty segment (docs/behavior.md#rest-resources-and-methods, #http-api-routes).
        @Test
        void empty_segment_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET /a//b", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path must not contain an empty segment (\"//\"), for example \"/a/b\"");
        }
    }

    @Nested
    class VariableNames {

        // A deployed HTTP API rejects a route whose variable is named differently at the same level: ConflictException
        // "has a conflicting variable on the same hierarchical level" (a user's report of a CDK deploy) [UNCERTAIN]
        // (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void different_variable_names_at_one_position_are_rejected() {
            HttpApiRouter.Builder<String> builder =
                    builder().add("GET /pets/{id}", "a").add("GET /pets/{petId}/toys", "b");

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("GET /pets/{id} and GET /pets/{petId}/toys declare different path variables under"
                            + " \"/pets\"; an HTTP API allows one variable name at each position, so use {id} at this"
                            + " position in every route, for example \"GET /pets/{id}/toys\"");
        }

        // The conflict is assumed to hold across methods, since it is about the path (user report, see above)
        // [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void different_variable_names_are_rejected_across_methods() {
            HttpApiRouter.Builder<String> builder =
                    builder().add("GET /pets/{id}", "a").add("DELETE /pets/{name}", "b");

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("GET /pets/{id} and DELETE /pets/{name} declare different path variables under"
                            + " \"/pets\"; an HTTP API allows one variable name at each position, so use {id} at this"
                            + " position in every route, for example \"DELETE /pets/{id}\"");
        }

        // Two greedy variables of different names at one position conflict like two {var} (user report, see above)
        // [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void different_greedy_variable_names_at_one_position_are_rejected() {
            HttpApiRouter.Builder<String> builder =
                    builder().add("GET /{proxy+}", "a").add("POST /{path+}", "b");

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("GET /{proxy+} and POST /{path+} declare different path variables under \"/\"; an"
                            + " HTTP API allows one variable name at each position, so use {proxy+} at this position"
                            + " in every route, for example \"POST /{proxy+}\"");
        }

        // {var} next to {var+} at one position is allowed: the documented precedence needs both kinds, and whether
        // they may share a position is not known (REST rejects it, docs/behavior.md#rest-resources-and-methods)
        // [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
        @Test
        void variable_and_greedy_variable_may_share_a_position() {
            HttpApiRouter<String> router =
                    builder().add("GET /{id}", "a").add("ANY /{proxy+}", "b").build();

            assertThat(router.match("GET", "/7").map(RouteMatch::routeKey)).contains("GET /{id}");
        }

        // Variables below different literals do not meet (docs/behavior.md#http-api-routes).
        @Test
        void different_variable_names_below_different_literals_are_allowed() {
            assertThatCode(() -> builder()
                            .add("GET /pets/{petId}", "a")
                            .add("GET /owners/{ownerId}", "b")
                            .build())
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class PathCharacters {

        // An HTTP API route path is compared with the decoded request path: characters a request can carry encoded
        // are allowed [UNCERTAIN] (docs/behavior.md#rest-resource-path-characters, #uncertain-robustness).
        @ParameterizedTest
        @ValueSource(strings = {"GET /caf\u00e9/menu", "GET /tags/#x", "GET /a+b", "GET /a@b", "GET /pe%20ts"})
        void characters_a_decoded_path_can_hold_build(String routeKey) {
            assertThatCode(() -> builder().add(routeKey, "t").build()).doesNotThrowAnyException();
        }

        // A path has no query string; a decoded "?" ends the path
        // (docs/behavior.md#rest-resource-path-characters, #http-api-paths).
        @Test
        void a_query_string_is_refused() {
            assertThatThrownBy(() -> builder().add("GET /pets?x=1", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path has no query string, and \"?\" would start one; declare"
                            + " \"/pets\" and send the query string with each request");
        }

        // A route key holds no control character [UNCERTAIN] (docs/behavior.md#rest-resource-path-characters,
        // #uncertain-robustness).
        @ParameterizedTest
        @ValueSource(strings = {"GET /pets\n", "GET /pe\tts", "GET /pets\r\n"})
        void control_characters_are_refused(String routeKey) {
            assertThatThrownBy(() -> builder().add(routeKey, "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessageStartingWith("the path holds the control character U+00");
        }
    }
}

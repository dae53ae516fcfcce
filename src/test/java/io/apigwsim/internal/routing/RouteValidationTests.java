package io.apigwsim.internal.routing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteValidationTests {

    private static RestRouter.Builder<String> builder() {
        return RestRouter.builder();
    }

    @Nested
    class Paths {

        // A resource path is a tree of path parts below the root "/" (docs/behavior.md#rest-resources-and-methods).
        @Test
        void relative_path_is_rejected_with_the_absolute_form_as_fix() {
            assertThatThrownBy(() -> builder().add("GET", "pets/{id}", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path must start with \"/\", for example \"/pets/{id}\"");
        }

        // A resource path is a tree of path parts below the root "/" (docs/behavior.md#rest-resources-and-methods).
        @Test
        void relative_path_fix_is_itself_a_valid_path() {
            assertThatThrownBy(() -> builder().add("GET", "pets/", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path must start with \"/\", for example \"/pets\"");
        }

        // A resource path is a tree of path parts below the root "/" (docs/behavior.md#rest-resources-and-methods).
        @Test
        void empty_path_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path must start with \"/\", for example \"/pets/{id}\"");
        }

        // A path variable must be the whole segment: /res/{id} is valid, /res{id} is not
        // (docs/behavior.md#rest-resources-and-methods).
        @Test
        void path_variable_inside_a_segment_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/res{id}", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path variable must be a whole segment, for example \"/res/{id}\"");
        }

        // A path variable must be the whole segment (docs/behavior.md#rest-resources-and-methods).
        @Test
        void path_variable_followed_by_text_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/pets/{id}.json", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path variable must be a whole segment, for example \"/pets/{id}/.json\"");
        }

        // A path variable must be the whole segment (docs/behavior.md#rest-resources-and-methods).
        @Test
        void two_path_variables_in_one_segment_are_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/{a}{b}", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path variable must be a whole segment, for example \"/{a}/{b}\"");
        }

        // A path part is a literal, {name} or {name+} (docs/behavior.md#rest-resources-and-methods).
        @Test
        void unclosed_brace_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/pets/{id", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("\"{id\" has an unbalanced brace; write a path variable as a name in one pair of"
                            + " braces, for example \"{id}\"");
        }

        // A path part is a literal, {name} or {name+} (docs/behavior.md#rest-resources-and-methods).
        @Test
        void unopened_brace_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/pets/id}", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("\"id}\" has an unbalanced brace; write a path variable as a name in one pair of"
                            + " braces, for example \"{id}\"");
        }

        // A path part is a literal, {name} or {name+} (docs/behavior.md#rest-resources-and-methods).
        @Test
        void nested_braces_are_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/pets/{{id}}", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("\"{{id}}\" has an unbalanced brace; write a path variable as a name in one pair of"
                            + " braces, for example \"{id}\"");
        }

        // A path variable {name} has a name (docs/behavior.md#rest-resources-and-methods).
        @Test
        void empty_braces_are_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/pets/{}", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("\"{}\" is a path variable without a name; name it, for example \"{id}\"");
        }

        // A greedy variable {name+} has a name (docs/behavior.md#rest-resources-and-methods).
        @Test
        void greedy_variable_without_a_name_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/files/{+}", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("\"{+}\" is a path variable without a name; name it, for example \"{proxy+}\"");
        }

        // Variable names are kept to [A-Za-z0-9._-]+ by this simulator (AWS names no set:
        // docs/behavior.md#rest-resources-and-methods).
        @Test
        void variable_name_with_a_space_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/pets/{pet id}", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("\"{pet id}\" has an invalid variable name; use only letters, digits, \".\", \"_\""
                            + " and \"-\", for example \"{petid}\"");
        }

        // Variable names are kept to [A-Za-z0-9._-]+ by this simulator (docs/behavior.md#rest-resources-and-methods).
        @Test
        void variable_names_may_use_letters_digits_dots_underscores_and_hyphens() {
            assertThatCode(() -> builder().add("GET", "/a/{Pet_id-2.x}", "t")).doesNotThrowAnyException();
        }

        // A greedy variable must be the last segment; AWS: "Cannot create a child of a resource with a greedy path
        // variable: {proxy+}" (docs/behavior.md#rest-resources-and-methods).
        @Test
        void greedy_variable_before_another_segment_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/files/{proxy+}/meta", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a greedy path variable {proxy+} must be the last segment, for example"
                            + " \"/files/{proxy+}\"");
        }

        // Each path variable names one pathParameters entry (docs/behavior.md#rest-path-parameters), so names must
        // differ.
        @Test
        void variable_name_used_twice_in_one_path_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/pets/{id}/toys/{id}", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("the path variable {id} appears twice; give each path variable its own name, for"
                            + " example \"/pets/{id}/toys/{id2}\"");
        }

        // Each resource has one non-empty pathPart (docs/behavior.md#rest-resources-and-methods).
        @Test
        void empty_segment_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/a//b", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path must not contain an empty segment (\"//\"), for example \"/a/b\"");
        }

        // Each resource has one non-empty pathPart; only the root is "/" (docs/behavior.md#rest-resources-and-methods).
        @Test
        void trailing_slash_is_rejected() {
            assertThatThrownBy(() -> builder().add("GET", "/pets/", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path must not end with \"/\" (only the root path \"/\" does), for example"
                            + " \"/pets\"");
        }

        // The root resource is "/" (docs/behavior.md#rest-resources-and-methods, #rest-route-precedence).
        @Test
        void root_path_is_accepted() {
            assertThatCode(() -> builder().add("ANY", "/", "t").build()).doesNotThrowAnyException();
        }
    }

    @Nested
    class Methods {

        // Methods are ANY or GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS
        // (docs/behavior.md#rest-resources-and-methods).
        @ParameterizedTest
        @ValueSource(strings = {"ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
        void api_gateway_methods_are_accepted(String method) {
            assertThatCode(() -> builder().add(method, "/pets", "t")).doesNotThrowAnyException();
        }

        // Methods are written upper case in API Gateway (docs/behavior.md#rest-resources-and-methods).
        @Test
        void lower_case_method_is_rejected_with_the_upper_case_fix() {
            assertThatThrownBy(() -> builder().add("get", "/pets", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("method \"get\" must be upper case, for example \"GET\"");
        }

        // Methods are ANY or GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS
        // (docs/behavior.md#rest-resources-and-methods).
        @Test
        void unknown_method_is_rejected_with_the_list_of_methods() {
            assertThatThrownBy(() -> builder().add("TRACE", "/pets", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("method \"TRACE\" is not a REST API method; use ANY or one of GET, POST, PUT, PATCH,"
                            + " DELETE, HEAD, OPTIONS");
        }
    }

    @Nested
    class Tree {

        // Methods are attached per resource, each once (docs/behavior.md#rest-resources-and-methods).
        @Test
        void method_declared_twice_on_one_resource_is_rejected() {
            RestRouter.Builder<String> builder = builder().add("GET", "/pets/{id}", "first");

            assertThatThrownBy(() -> builder.add("GET", "/pets/{id}", "second"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("GET /pets/{id} is declared twice; declare each method of a resource once");
        }

        // ANY may sit next to concrete methods on the same resource (docs/behavior.md#rest-resources-and-methods).
        @Test
        void any_next_to_a_concrete_method_on_one_resource_is_accepted() {
            assertThatCode(() -> builder()
                            .add("ANY", "/pets", "any")
                            .add("GET", "/pets", "get")
                            .build())
                    .doesNotThrowAnyException();
        }

        // A second variable sibling: "A sibling ({proxy+}) of this resource already has a variable path part -- only
        // one is allowed" (docs/behavior.md#rest-resources-and-methods).
        @Test
        void two_variable_names_under_one_parent_are_rejected_at_build() {
            RestRouter.Builder<String> builder =
                    builder().add("GET", "/pets/{id}", "get").add("DELETE", "/pets/{name}", "delete");

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("GET /pets/{id} and DELETE /pets/{name} declare different path variables under"
                            + " \"/pets\": A sibling ({id}) of this resource already has a variable path part -- only"
                            + " one is allowed; use {id} at this position in every route, for example \"/pets/{id}\"");
        }

        // A second variable sibling is rejected, greedy or not (docs/behavior.md#rest-resources-and-methods).
        @Test
        void path_variable_and_greedy_variable_under_one_parent_are_rejected_at_build() {
            RestRouter.Builder<String> builder =
                    builder().add("GET", "/{id}", "get").add("ANY", "/{proxy+}", "proxy");

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("GET /{id} and ANY /{proxy+} declare different path variables under \"/\": A sibling"
                            + " ({id}) of this resource already has a variable path part -- only one is allowed;"
                            + " declare either {id} or {proxy+} under \"/\", or move one of the routes below a literal"
                            + " segment");
        }

        // The conflict is between resources of the tree, also when a deeper route implies the parent
        // (docs/behavior.md#rest-resources-and-methods).
        @Test
        void conflicting_variable_of_an_implied_parent_is_rejected_at_build() {
            RestRouter.Builder<String> builder =
                    builder().add("GET", "/pets/{id}/toys", "toys").add("GET", "/pets/{petId}", "pet");

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessageStartingWith("GET /pets/{id}/toys and GET /pets/{petId} declare different path"
                            + " variables under \"/pets\": A sibling ({id}) of this resource");
        }

        // One variable child per resource; /pets/{id} and /pets/{id}/toys share it
        // (docs/behavior.md#rest-resources-and-methods).
        @Test
        void routes_sharing_one_variable_path_part_are_accepted() {
            assertThatCode(() -> builder()
                            .add("GET", "/pets/{id}", "pet")
                            .add("GET", "/pets/{id}/toys", "toys")
                            .add("GET", "/pets/mine", "mine")
                            .build())
                    .doesNotThrowAnyException();
        }

        // Literal siblings next to one variable sibling are allowed (docs/behavior.md#rest-route-precedence).
        @Test
        void literal_and_greedy_siblings_are_accepted() {
            assertThatCode(() -> builder()
                            .add("GET", "/part1", "part1")
                            .add("GET", "/part1/hardcoded-value", "hardcoded")
                            .add("GET", "/{param+}", "greedy")
                            .build())
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class PathCharacters {

        // A resource path part holds letters, digits and . _ - : , $ (docs/behavior.md#rest-resource-path-characters).
        @ParameterizedTest
        @ValueSource(strings = {"/pets", "/v1/events:batchGet", "/a,b", "/$test", "/x.y_z-1/{id}", "/A9/{proxy+}"})
        void allowed_characters_build(String path) {
            assertThatCode(() -> builder().add("GET", path, "t").build()).doesNotThrowAnyException();
        }

        // A resource path part holds letters, digits and . _ - : , $ (docs/behavior.md#rest-resource-path-characters).
        @Test
        void a_character_no_path_part_holds_is_named_with_a_fix() {
            assertThatThrownBy(() -> builder().add("GET", "/my~pets/{id}", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("path part \"my~pets\" holds \"~\"; a resource path part holds only letters, digits,"
                            + " \".\", \"_\", \"-\", \":\", \",\" and \"$\", or is a path variable such as {id};"
                            + " for example \"mypets\"");
        }

        // A resource path part holds letters, digits and . _ - : , $ (docs/behavior.md#rest-resource-path-characters).
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "/pe ts",
                    "/pe%20ts",
                    "/caf\u00e9",
                    "/a+b",
                    "/a@b",
                    "/a*b",
                    "/a=b",
                    "/a'b",
                    "/a!b",
                    "/\ud83d\ude00"
                })
        void other_characters_are_refused(String path) {
            assertThatThrownBy(() -> builder().add("GET", path, "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessageContaining("a resource path part holds only letters, digits");
        }

        // A path has no query string (docs/behavior.md#rest-resource-path-characters).
        @Test
        void a_query_string_is_refused() {
            assertThatThrownBy(() -> builder().add("GET", "/pets/{id}?x=1", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a path has no query string, and \"?\" would start one; declare"
                            + " \"/pets/{id}\" and send the query string with each request");
        }

        // A client never sends a fragment (docs/behavior.md#rest-resource-path-characters).
        @Test
        void a_fragment_is_refused() {
            assertThatThrownBy(() -> builder().add("GET", "/pets#x", "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessage("a client never sends the fragment after \"#\", so a path holding \"#\" never matches;"
                            + " declare \"/pets\"");
        }

        // No request path carries a control character (docs/behavior.md#rest-resource-path-characters).
        @ParameterizedTest
        @ValueSource(strings = {"/pets\n", "/pe\tts", "/pets\r\n", "\u0000/pets", "/pets\u007f"})
        void control_characters_are_refused(String path) {
            assertThatThrownBy(() -> builder().add("GET", path, "t"))
                    .isInstanceOf(InvalidRouteException.class)
                    .hasMessageStartingWith("the path holds the control character U+00");
        }
    }
}

package io.apigwsim.internal.vtl;

import static io.apigwsim.internal.vtl.Rendering.input;
import static io.apigwsim.internal.vtl.Rendering.output;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code $input} (docs/behavior.md#vtl-input). */
class InputVariableTests {

    @Nested
    class Body {

        // $input.body is the payload unparsed, spaces included (docs/behavior.md#vtl-input).
        @Test
        void body_is_the_raw_text() {
            assertThat(output("$input.body", "{\"some\":   \"value\"}")).isEqualTo("{\"some\":   \"value\"}");
        }

        // An empty body reads as {} for $input.body and for $input.json('$') (docs/behavior.md#vtl-input).
        @Test
        void empty_body_reads_as_an_empty_object() {
            assertThat(output("$input.body|$input.json('$')|$input.path('$').size()", ""))
                    .isEqualTo("{}|{}|0");
        }
    }

    @Nested
    class Json {

        // $input.json gives JSON text: objects and arrays compact, strings with their quotes, numbers and booleans
        // as literals (docs/behavior.md#vtl-input).
        @Test
        void values_come_out_as_json_text() {
            String rendered = output(
                    "$input.json('$.o')|$input.json('$.a')|$input.json('$.s')|$input.json('$.n')|$input.json('$.b')"
                            + "|$input.json('$.z')",
                    "{\"o\": {\"x\": [1, 2]}, \"a\": [true, \"t\"], \"s\": \"foobar\", \"n\": 42, \"b\": false,"
                            + " \"z\": null}");

            assertThat(rendered).isEqualTo("{\"x\":[1,2]}|[true,\"t\"]|\"foobar\"|42|false|null");
        }

        // A path that matches nothing gives "" as JSON, two quote characters (inferred from LocalStack; open:
        // docs/behavior.md#uncertain-vtl).
        @Test
        void missing_value_gives_an_empty_json_string() {
            assertThat(output("[$input.json('$.missing')]", "{}")).isEqualTo("[\"\"]");
        }

        // Jayway JSONPath: wildcards, deep scan and filters return lists (docs/behavior.md#vtl-input, inferred).
        @Test
        void multi_match_expressions_give_arrays() {
            String body = "{\"items\": [{\"id\": 1, \"ok\": true}, {\"id\": 2, \"ok\": false}]}";

            String rendered = output(
                    "$input.json('$.items[*].id')|$input.json('$..id')|$input.json('$.items[?(@.ok == true)].id')"
                            + "|$input.json('$.nothing[*]')",
                    body);

            assertThat(rendered).isEqualTo("[1,2]|[1,2]|[1]|[]");
        }

        // escapeJavaScript on JSON text escapes its quotes: "foobar" → \"foobar\" (docs/behavior.md#vtl-util,
        // inferred).
        @Test
        void escaped_json_text() {
            assertThat(output("$util.escapeJavaScript($input.json('$.message'))", "{\"message\": \"foobar\"}"))
                    .isEqualTo("\\\"foobar\\\"");
        }
    }

    @Nested
    class Path {

        // $input.path gives native objects: a list to iterate, size(), get(i), [i] and .property
        // (docs/behavior.md#vtl-input).
        @Test
        void list_can_be_iterated_and_indexed() {
            String rendered = output(
                    "#set($items = $input.path('$.items'))$items.size()|"
                            + "#foreach($item in $items)$item.id#if($foreach.hasNext),#end#end|"
                            + "$items.get(0).id|$items[1].name",
                    "{\"items\": [{\"id\": 1, \"name\": \"a\"}, {\"id\": 2, \"name\": \"b\"}]}");

            assertThat(rendered).isEqualTo("2|1,2|1|b");
        }

        // Scalars come back as Java values: strings print bare, numbers compare as numbers.
        @Test
        void scalars_are_java_values() {
            String rendered = output(
                    "$input.path('$.s')|#if($input.path('$.n') > 10)big#end|$input.path('$.b')",
                    "{\"s\": \"text\", \"n\": 42, \"b\": true}");

            assertThat(rendered).isEqualTo("text|big|true");
        }

        // A property of a list is null and renders empty (docs/behavior.md#vtl-input).
        @Test
        void property_of_a_list_is_empty() {
            assertThat(output("[$input.path('$.l').nested]", "{\"l\": []}")).isEqualTo("[]");
        }

        // An object's keys can be iterated; its values looked up by name (docs/behavior.md#vtl-input).
        @Test
        void object_can_be_iterated() {
            String rendered = output(
                    "#set($o = $input.path('$'))#foreach($k in $o.keySet())$k=$o.get($k);#end",
                    "{\"a\": 1, \"b\": \"two\"}");

            assertThat(rendered).isEqualTo("a=1;b=two;");
        }
    }

    @Nested
    class Params {

        // $input.params(x) searches path, then query string, then header; first hit wins (docs/behavior.md#vtl-input).
        @Test
        void lookup_order_is_path_then_query_string_then_header() {
            VtlInput request = input().path("a", "path-a")
                    .query("a", "query-a")
                    .query("b", "query-b")
                    .header("a", "header-a")
                    .header("b", "header-b")
                    .header("c", "header-c")
                    .build();

            assertThat(output("$input.params('a') $input.params('b') $input.params('c')", request))
                    .isEqualTo("path-a query-b header-c");
        }

        // An absent parameter is the empty string (docs/behavior.md#vtl-input).
        @Test
        void absent_parameter_is_empty() {
            assertThat(output("[$input.params('nope')]", VtlInput.ofBody(""))).isEqualTo("[]");
        }

        // Names match exactly: mapping is case-sensitive (docs/behavior.md#request-parameter-mapping); for headers this
        // is this simulator's choice, not recorded (docs/behavior.md#uncertain-vtl).
        @Test
        void names_are_case_sensitive() {
            VtlInput request =
                    input().header("Content-Type", "application/json").build();

            assertThat(output("[$input.params('Content-Type')][$input.params('content-type')]", request))
                    .isEqualTo("[application/json][]");
        }

        // A repeated query parameter or header gives its last value (docs/behavior.md#vtl-input, inferred).
        @Test
        void repeated_names_give_the_last_value() {
            VtlInput request =
                    input().query("q", "1", "2").header("X", "a", "b").build();

            assertThat(output(
                            "$input.params('q') $input.params().querystring.q $input.params().header.get('X')",
                            request))
                    .isEqualTo("2 2 b");
        }

        // $input.params() has exactly path, querystring and header, in that order (docs/behavior.md#vtl-input,
        // #method-request-passthrough-template).
        @Test
        void params_map_has_three_maps_in_order() {
            VtlInput request = input().path("id", "7")
                    .query("q", "x")
                    .header("Accept", "*/*")
                    .build();

            assertThat(output("$input.params().keySet() $input.params()", request))
                    .isEqualTo("[path, querystring, header] {path={id=7}, querystring={q=x}, header={Accept=*/*}}");
        }
    }
}

package io.apigwsim.internal.vtl;

import static io.apigwsim.internal.vtl.Rendering.output;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where API Gateway's VTL differs from stock Apache Velocity 2.x (docs/behavior.md#vtl-engine-rules). */
class EngineRulesTests {

    // A null or undefined reference renders as the empty string, not as its own text
    // (docs/behavior.md#vtl-engine-rules).
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "body": $result,              | "body": ,
            [$undefined]                  | []
            [${undefined}]                | []
            [$!undefined]                 | []
            [$context.foo]                | []
            [$context.identity.nothing]   | []
            "$undefined"                  | ""
            """)
    void null_reference_renders_empty(String template, String expected) {
        assertThat(output(template, "{}")).isEqualTo(expected);
    }

    // A property or method of a null value renders empty without an error (docs/behavior.md#vtl-engine-rules).
    // Each request renders its template afresh: a variable one request #set is undefined in the next, which therefore
    // renders it empty (docs/behavior.md#vtl-engine-rules, null rule). Renders reuse a context per thread.
    @Test
    void a_variable_set_in_one_render_is_gone_in_the_next_on_the_same_thread() {
        VtlTemplate template = Rendering.ENGINE.compile("test template", "[$x]#set($x = $input.body)");

        String first = template.render(VtlInput.ofBody("first")).output();
        String second = template.render(VtlInput.ofBody("second")).output();

        assertThat(first).isEqualTo("[]");
        assertThat(second).isEqualTo("[]");
    }

    @Test
    void method_call_on_null_renders_empty() {
        String rendered = output("[$result.nested][$result.get('x')][$util.urlEncode($input.body.testAccess)]", "{}");

        assertThat(rendered).isEqualTo("[][][]");
    }

    // The same rules hold inside an interpolated string literal, whose text Velocity parses apart from the template's:
    // a missing JSONPath result equals "" there too (docs/behavior.md#vtl-engine-rules).
    @Test
    void null_equals_empty_inside_an_interpolated_string() {
        String rendered = output("#set($s = \"#if($input.path('$.missing') == '')empty#{else}set#end\")$s", "{}");

        assertThat(rendered).isEqualTo("empty");
    }

    // #set with a null right-hand side leaves the target unchanged, as Velocity 1.7 did
    // (docs/behavior.md#vtl-engine-rules, inferred); also for a map entry.
    @Test
    void set_with_null_keeps_the_previous_value() {
        String rendered = output(
                "#set($x = \"before\")#set($x = $input.path('$.missing'))$x|"
                        + "#set($m = {\"k\": \"before\"})#set($m.k = $input.path('$.missing'))$m.k",
                "{}");

        assertThat(rendered).isEqualTo("before|before");
    }

    // A bare $map.put(...) renders nothing for a new key: put returns null (docs/behavior.md#vtl-engine-rules).
    @Test
    void bare_put_renders_nothing() {
        assertThat(output("#set($m = {})[$m.put(\"a\", 1)]$m", "{}")).isEqualTo("[]{a=1}");
    }

    // #if($x) is false only for false and null, not for an empty string or an empty list
    // (docs/behavior.md#vtl-engine-rules, Velocity 1.x directive.if.empty_check = false).
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `#set($x = "")`    | yes
            `#set($x = [])`    | yes
            `#set($x = 0)`     | yes
            `#set($x = false)` | no
            `#set($y = 1)`     | no
            """)
    void if_is_false_only_for_false_and_null(String set, String expected) {
        assertThat(output(set + "#if($x)yes#{else}no#end", "{}")).isEqualTo(expected);
    }

    // Velocity 1.7 whitespace: a #set line disappears whole; #if and #end lose their newline but keep their
    // indentation (docs/behavior.md#vtl-engine-rules, inferred; Velocity's space_gobbling = bc).
    @Test
    void directive_lines_follow_velocity_1_7_whitespace() {
        String rendered = output("a\n#set($x = 1)\nb\n  #if(true)\n  c\n  #end\nd", "{}");

        assertThat(rendered).isEqualTo("a\nb\n    c\n  d");
    }

    // $foreach.hasNext and $foreach.index work, as AWS's own templates use them (docs/behavior.md#vtl-engine-rules).
    @Test
    void foreach_scope_is_available() {
        String rendered =
                output("#foreach($i in [\"a\", \"b\", \"c\"])$foreach.index=$i#if($foreach.hasNext),#end#end", "{}");

        assertThat(rendered).isEqualTo("0=a,1=b,2=c");
    }

    // At most 1,000 iterations of a #foreach loop (docs/behavior.md#vtl-engine-rules). What AWS does at the limit is
    // not documented; this simulator stops the loop there.
    @Test
    void foreach_stops_after_1000_iterations() {
        String rendered = output("#foreach($i in [1..1500])x#end", "{}");

        assertThat(rendered).hasSize(1000);
    }

    // #define works (docs/behavior.md#vtl-engine-rules, inferred).
    @Test
    void define_works() {
        assertThat(output("#define($greeting)hello $name#end#set($name = \"you\")$greeting", "{}"))
                .isEqualTo("hello you");
    }

    // Values behave like Java objects: String methods with java.util.regex patterns, size() and keySet()
    // (docs/behavior.md#vtl-engine-rules).
    @Test
    void values_are_java_objects() {
        String rendered = output(
                "$input.path('$.s').replaceAll(\"[0-9]+\", \"#\") $input.path('$.s').contains(\"12\") "
                        + "$input.path('$.o').keySet() $input.path('$.o').size()",
                "{\"s\": \"a12b345\", \"o\": {\"x\": 1, \"y\": 2}}");

        assertThat(rendered).isEqualTo("a#b# true [x, y] 2");
    }

    // Macros stay in the template that defines them: two templates of one engine do not share a #macro.
    @Test
    void macros_are_local_to_their_template() {
        Rendering.ENGINE.compile("first", "#macro(shout $x)$x!#end#shout(\"a\")");

        String rendered = Rendering.ENGINE
                .compile("second", "#shout(\"a\")")
                .render(VtlInput.ofBody(""))
                .output();

        assertThat(rendered).isEqualTo("#shout(\"a\")");
    }

    // A template compiles once and renders from many threads at the same time (one engine per gateway).
    @Test
    void one_template_renders_concurrently() throws Exception {
        VtlTemplate template = Rendering.ENGINE.compile("shared", "{\"id\": \"$input.path('$.id')\"}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                String id = "id-" + i;
                results.add(pool.submit(() -> template.render(VtlInput.ofBody("{\"id\": \"" + id + "\"}"))
                        .output()));
            }
            for (int i = 0; i < 200; i++) {
                assertThat(results.get(i).get()).isEqualTo("{\"id\": \"id-" + i + "\"}");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

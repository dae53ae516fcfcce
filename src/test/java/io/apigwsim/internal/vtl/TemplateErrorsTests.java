package io.apigwsim.internal.vtl;

import static io.apigwsim.internal.vtl.Rendering.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Templates that do not parse fail at compile time with name, line, column and a plain reason; templates that fail
 * at run time fail rendering with the position and the cause (CONTRIBUTING.md#misuse-messages-and-diagnostics: say
 * where, say what to do).
 */
class TemplateErrorsTests {

    private static final String NAME = "request template application/json of route POST /pets";

    @Nested
    class CompileErrors {

        // A block left open is reported where the template ends, naming the block and its position.
        @Test
        void unclosed_if() {
            assertThatThrownBy(() -> ENGINE.compile(NAME, "{\n#if($input.params('a') == \"b\")\n\"a\": 1\n}"))
                    .isInstanceOfSatisfying(VtlTemplateException.class, e -> {
                        assertThat(e.templateName()).isEqualTo(NAME);
                        assertThat(e.line()).isEqualTo(4);
                        assertThat(e.column()).isEqualTo(2);
                    })
                    .hasMessage(NAME + ", line 4, column 2: the template ends before the #if at line 2, column 1 is"
                            + " closed; add #end");
        }

        // The innermost open block is the one named.
        @Test
        void unclosed_foreach_around_a_closed_if() {
            assertThatThrownBy(() -> ENGINE.compile(NAME, "#foreach($x in $list)\n#if($x)\n#end"))
                    .hasMessage(NAME + ", line 3, column 5: the template ends before the #foreach at line 1, column 1"
                            + " is closed; add #end");
        }

        // Comments and unparsed #[[ ]]# text do not count as blocks.
        @Test
        void commented_out_directives_are_not_counted() {
            assertThatThrownBy(() -> ENGINE.compile(NAME, "## #if\n#* #foreach *#\n#[[#if]]#\n#if(true)x"))
                    .hasMessage(NAME + ", line 4, column 11: the template ends before the #if at line 4, column 1 is"
                            + " closed; add #end");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                `#foreach($item $items)x#end`     | 1 | 9  | Too few arguments to the #foreach directive; write it as #foreach($item in $list)
                `#foreach($item in)x#end`         | 1 | 9  | Too few arguments to the #foreach directive; write it as #foreach($item in $list)
                $util.urlEncode(($input.body)    | 1 | 17 | unexpected "("; check that the parentheses and quotes are balanced
                $util.urlEncode($input.body      | 1 | 28 | the template ends in the middle of an expression; expected ")"
                `#if($a == 1 x#end`               | 1 | 13 | unexpected "x"; expected ")"
                `#set($a = [1, 2)`                | 1 | 16 | unexpected ")"; expected "]"
                `#set($a = )`                     | 1 | 11 | unexpected ")"; expected a value
                `#end`                            | 1 | 1  | #end has no #if, #foreach, #macro or #define to close
                `#else`                           | 1 | 1  | #else is outside an #if
                """)
        void syntax_error_is_reported_in_plain_words(String template, int line, int column, String reason) {
            assertThatThrownBy(() -> ENGINE.compile(NAME, template))
                    .isInstanceOfSatisfying(VtlTemplateException.class, e -> {
                        assertThat(e.line()).isEqualTo(line);
                        assertThat(e.column()).isEqualTo(column);
                    })
                    .hasMessage(NAME + ", line " + line + ", column " + column + ": " + reason);
        }

        // At most 300 KB per mapping template (docs/behavior.md#vtl-engine-rules).
        @Test
        void template_over_300_kb_is_rejected() {
            String template = "x".repeat(300 * 1024 + 1);

            assertThatThrownBy(() -> ENGINE.compile(NAME, template))
                    .isInstanceOf(VtlTemplateException.class)
                    .hasMessage(NAME + ", line 1, column 1: the template has 307201 bytes; API Gateway accepts at most"
                            + " 307200 bytes (300 KB)");
        }

        @Test
        void template_of_300_kb_compiles() {
            String template = "x".repeat(300 * 1024);

            assertThat(ENGINE.compile(NAME, template).name()).isEqualTo(NAME);
        }
    }

    @Nested
    class RenderErrors {

        private VtlRenderException failure(String template, String body) {
            VtlTemplate compiled = ENGINE.compile(NAME, template);
            try {
                compiled.render(VtlInput.ofBody(body));
            } catch (VtlRenderException e) {
                return e;
            }
            throw new AssertionError("expected the rendering to fail");
        }

        // $util.parseJson of text that is not JSON fails the rendering; AWS's answer is a 5XX
        // (docs/behavior.md#vtl-engine-rules, #custom-integration-failures, inferred).
        @Test
        void parse_json_of_invalid_json() {
            VtlRenderException e = failure("#set($x = $util.parseJson($input.path('$.raw')))", "{\"raw\": \"{oops\"}");

            assertThat(e)
                    .hasMessage(NAME + ", line 1, column 17: $util.parseJson could not parse its argument as"
                            + " JSON: \"{oops\"");
            assertThat(e.getCause()).hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        }

        // $input.json and $input.path need a JSON body (AWS's answer is open: docs/behavior.md#uncertain-vtl).
        @Test
        void input_json_of_a_body_that_is_not_json() {
            VtlRenderException e = failure("{\"body\": $input.json('$')}", "some raw data");

            assertThat(e)
                    .hasMessage(NAME + ", line 1, column 17: $input.json needs a JSON body, but the body is not"
                            + " JSON: \"some raw data\"");
        }

        @Test
        void input_path_with_an_invalid_expression() {
            VtlRenderException e = failure("$input.path('$[')", "{}");

            assertThat(e.getMessage())
                    .startsWith(NAME + ", line 1, column 8: \"$[\" is not a valid JSONPath expression");
        }

        @Test
        void base64_decode_of_text_that_is_not_base64() {
            VtlRenderException e = failure("$util.base64Decode('!!')", "{}");

            assertThat(e)
                    .hasMessage(NAME + ", line 1, column 7: $util.base64Decode could not decode \"!!\": Illegal"
                            + " base64 character 21");
        }

        @Test
        void url_decode_of_a_broken_escape() {
            VtlRenderException e = failure("$util.urlDecode('%zz')", "{}");

            assertThat(e.getMessage())
                    .startsWith(NAME + ", line 1, column 7: $util.urlDecode could not decode \"%zz\"");
        }

        // JSON literals inside JSONPath filters are the one Jayway feature that needs json-smart, which the build
        // leaves out: a clear failure instead of a NoClassDefFoundError.
        @Test
        void json_literal_in_a_filter_is_not_supported() {
            VtlRenderException e = failure("$input.path('$[?(@.a == [1])]')", "[{\"a\": [1]}]");

            assertThat(e)
                    .hasMessage(NAME + ", line 1, column 8: the JSONPath expression \"$[?(@.a == [1])]\" compares"
                            + " against a JSON value, which this simulator does not support in filters");
        }

        // A Java method that throws fails the rendering too, with the method named and the exception as the cause.
        @Test
        void java_method_that_throws() {
            VtlRenderException e = failure("#set($s = \"abc\")$s.substring(10)", "{}");

            assertThat(e)
                    // The JDK's own message text differs between releases; ours is the part before it.
                    .hasMessageStartingWith(NAME + ", line 1, column 20: calling substring failed with"
                            + " java.lang.StringIndexOutOfBoundsException: ")
                    .hasCauseInstanceOf(StringIndexOutOfBoundsException.class);
        }

        // Setting the same override parameter twice in one template gets a 5XX from API Gateway
        // (docs/behavior.md#vtl-overrides).
        @Test
        void override_set_twice() {
            VtlRenderException e = failure(
                    "#set($context.responseOverride.status = 400)\n#set($context.responseOverride.status = 401)", "{}");

            assertThat(e)
                    .hasMessage(NAME + ", line 2, column 6: $context.responseOverride.status is set a second"
                            + " time; API Gateway answers 5XX when a template sets the same override twice, so build the"
                            + " value in a variable and set it once");
        }

        // Mapping templates have no resource loader (docs/behavior.md#vtl-engine-rules, inferred).
        @Test
        void parse_and_include_are_not_supported() {
            VtlRenderException e = failure("#parse('other.vm')", "{}");

            assertThat(e)
                    .hasMessage(NAME + ": #parse and #include are not supported: mapping templates have no"
                            + " resource loader");
        }
    }
}

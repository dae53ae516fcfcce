package io.apigwsim.internal.vtl;

import static io.apigwsim.internal.vtl.Rendering.input;
import static io.apigwsim.internal.vtl.Rendering.output;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code $util} (docs/behavior.md#vtl-util). The text under test travels in a query parameter, so no VTL quoting blurs
 * it.
 */
class UtilVariableTests {

    private static String apply(String function, String argument) {
        return output(
                "$util." + function + "($input.params('x'))",
                input().query("x", argument).build());
    }

    @Nested
    class EscapeJavaScript {

        // " → \", \ → \\, newline → \n, CR → \r, tab → \t and ' → \' (docs/behavior.md#vtl-util; \n observed on AWS).
        @Test
        void documented_escapes() {
            assertThat(apply("escapeJavaScript", "say \"hi\"\\ it's\n\r\t"))
                    .isEqualTo("say \\\"hi\\\"\\\\ it\\'s\\n\\r\\t");
        }

        // / → \/ and non-ASCII or control characters → \\uXXXX, upper-case hex, as Commons Lang 2 does
        // (docs/behavior.md#vtl-util, inferred; the full table is open, docs/behavior.md#uncertain-vtl).
        @Test
        void inferred_escapes() {
            assertThat(apply("escapeJavaScript", "a/b é € \u0001 \b\f 😀"))
                    .isEqualTo("a\\/b \\u00E9 \\u20AC \\u0001 \\b\\f \\uD83D\\uDE00");
        }

        @Test
        void plain_ascii_is_unchanged() {
            assertThat(apply("escapeJavaScript", "abc XYZ 123 {}[]:,.-_=+")).isEqualTo("abc XYZ 123 {}[]:,.-_=+");
        }
    }

    // urlEncode is application/x-www-form-urlencoded in UTF-8 (Java URLEncoder): space → +, { → %7B, " → %22,
    // : → %3A; * stays, ~ is escaped (docs/behavior.md#vtl-util, #emulator-differences); urlDecode is its inverse.
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"some": "value"} | %7B%22some%22%3A+%22value%22%7D
            some raw data     | some+raw+data
            {}                | %7B%7D
            a*b~c/d?e=f&g     | a*b%7Ec%2Fd%3Fe%3Df%26g
            é                 | %C3%A9
            """)
    void url_encode_and_decode(String text, String encoded) {
        assertThat(apply("urlEncode", text)).isEqualTo(encoded);
        assertThat(apply("urlDecode", encoded)).isEqualTo(text);
    }

    // Standard Base64 with padding of the UTF-8 bytes, and back (docs/behavior.md#vtl-util).
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"message": "path1"} | eyJtZXNzYWdlIjogInBhdGgxIn0=
            a                    | YQ==
            é?>                  | w6k/Pg==
            """)
    void base64_encode_and_decode(String text, String encoded) {
        assertThat(apply("base64Encode", text)).isEqualTo(encoded);
        assertThat(apply("base64Decode", encoded)).isEqualTo(text);
    }

    // parseJson gives native objects usable like $input.path results (docs/behavior.md#vtl-util).
    @Test
    void parse_json_gives_objects() {
        String rendered = output(
                "#set($o = $util.parseJson($input.params('x')))$o.a.size() $o.a[1] $o.b.c $o",
                input().query("x", "{\"a\": [1, 2], \"b\": {\"c\": \"d\"}}").build());

        assertThat(rendered).isEqualTo("2 2 d {a=[1,2], b={c=d}}");
    }

    // Every function gives nothing for a null argument (docs/behavior.md#vtl-engine-rules).
    @Test
    void null_arguments_render_empty() {
        String rendered = output(
                "[$util.escapeJavaScript($n)][$util.parseJson($n)][$util.urlEncode($n)][$util.urlDecode($n)]"
                        + "[$util.base64Encode($n)][$util.base64Decode($n)]",
                "{}");

        assertThat(rendered).isEqualTo("[][][][][][]");
    }

    // Only the six functions exist; AppSync's $util.toJson and friends are not there (docs/behavior.md#vtl-util).
    @Test
    void appsync_functions_do_not_exist() {
        assertThat(output("[$util.toJson(\"a\")][$util.qr(1)]", "{}")).isEqualTo("[][]");
    }
}

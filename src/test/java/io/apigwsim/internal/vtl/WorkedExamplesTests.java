package io.apigwsim.internal.vtl;

import static io.apigwsim.internal.vtl.Rendering.input;
import static io.apigwsim.internal.vtl.Rendering.output;
import static io.apigwsim.internal.vtl.Rendering.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples (docs/behavior.md#worked-examples) that concern template rendering, with their expected text. */
class WorkedExamplesTests {

    // E1: GET /test?param1=foobar with {"param1": "$input.params('param1')"} renders {"param1": "foobar"}, also with
    // an unrelated &Signature=1 (docs/behavior.md#worked-examples).
    @Test
    void e1_query_parameter_reaches_the_event() {
        VtlInput request =
                input().query("param1", "foobar").query("Signature", "1").build();

        String rendered = output("{\"param1\": \"$input.params('param1')\"}", request);

        assertThat(rendered).isEqualTo("{\"param1\": \"foobar\"}");
    }

    // E5: a response template that prints $input.json("$") and sets responseOverride.status to 400 when the body
    // contains "customerror", else 202 (docs/behavior.md#worked-examples).
    @Nested
    class E5StatusOverride {

        private static final String TEMPLATE = """
                #set($inputRoot = $input.path('$'))
                $input.json("$")
                #if($inputRoot.toString().contains("customerror"))
                #set($context.responseOverride.status = 400)
                #else
                #set($context.responseOverride.status = 202)
                #end
                """;

        @Test
        void no_error_gives_202_and_the_body_as_compact_json() {
            VtlResult result = render(TEMPLATE, VtlInput.ofBody("{\"statusCode\": 200, \"body\": \"noerror\"}"));

            assertThat(result.statusOverride()).hasValue(202);
            assertThat(result.output().trim()).isEqualTo("{\"statusCode\":200,\"body\":\"noerror\"}");
        }

        @Test
        void custom_error_gives_400() {
            VtlResult result = render(TEMPLATE, VtlInput.ofBody("{\"statusCode\": 200, \"body\": \"customerror\"}"));

            assertThat(result.statusOverride()).hasValue(400);
        }
    }

    // E6: how a $input.path result prints: objects as Java maps, arrays as compact JSON, also nested
    // (docs/behavior.md#worked-examples, #vtl-input).
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            $result            | {"foo": "bar"}                                          | {foo=bar}
            $result            | [{"foo": "bar"}]                                        | [{"foo":"bar"}]
            $result.nested     | {"nested": {"foo": "bar"}}                              | {foo=bar}
            $result.nested     | {"nested": [{"foo": "bar"}]}                            | [{"foo":"bar"}]
            $result[0]         | [{"foo": "bar"}]                                        | {foo=bar}
            $result[0]         | [[{"foo": "bar"}]]                                      | [{"foo":"bar"}]
            $result            | {"foo": [{"nested": "bar"}]}                            | {foo=[{"nested":"bar"}]}
            $result            | {"bigger": "dict", "to": "test", "with": "separators"}  | {bigger=dict, to=test, with=separators}
            $result.toString() | {"list": [{"foo": "bar"}]}                              | {list=[{"foo":"bar"}]}
            """)
    void e6_input_path_results_print_as_recorded(String tail, String posted, String expected) {
        String body = "{\"json\": " + posted + "}";

        String rendered = output("#set($result = $input.path(\"$.json\"))" + tail, body);

        assertThat(rendered).isEqualTo(expected);
    }

    // E7: a missing JSONPath result, and a JSON null, render as nothing and equal both $null and ""; an empty list
    // renders [] and equals neither (docs/behavior.md#worked-examples, #vtl-engine-rules).
    @Nested
    class E7MissingValues {

        private static final String TAIL = "{\"body\": $result, \"nested\": $result.nested, \"isNull\": "
                + "#if( $result == $null )\"true\"#else\"false\"#end, \"isEmptyString\": "
                + "#if( $result == \"\" )\"true\"#else\"false\"#end}";

        @Test
        void missing_path() {
            String rendered = output("#set($result = $input.path(\"$.nonExisting\"))" + TAIL, "{\"json\": {}}");

            assertThat(rendered)
                    .isEqualTo("{\"body\": , \"nested\": , \"isNull\": \"true\", \"isEmptyString\": \"true\"}");
        }

        @Test
        void empty_list() {
            String rendered = output(
                    "#set($result = $input.path(\"$.json.listValue\"))" + TAIL, "{\"json\": {\"listValue\": []}}");

            assertThat(rendered)
                    .isEqualTo("{\"body\": [], \"nested\": , \"isNull\": \"false\", \"isEmptyString\": \"false\"}");
        }

        @Test
        void json_null_is_the_same_as_missing() {
            String rendered = output(
                    "#set($result = $input.path(\"$.json.listValue\"))" + TAIL, "{\"json\": {\"listValue\": null}}");

            assertThat(rendered)
                    .isEqualTo("{\"body\": , \"nested\": , \"isNull\": \"true\", \"isEmptyString\": \"true\"}");
        }
    }

    // E8: $input.body is the raw text ({} when empty); property access on it is null; urlEncode is form encoding
    // and gives nothing for null (docs/behavior.md#worked-examples).
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Action=SendMessage&MessageBody=$input.body | ``                 | Action=SendMessage&MessageBody={}
            Action=SendMessage&MessageBody=$input.body | {"some": "value"} | Action=SendMessage&MessageBody={"some": "value"}
            Action=SendMessage&MessageBody=$input.body | some raw data     | Action=SendMessage&MessageBody=some raw data
            `#set($result = $input.body.testAccess)$result` | ``              | ``
            `#set($result = $input.body.testAccess)$result` | {"some": "value"} | ``
            `#set($result = $input.body.testAccess)$result` | some raw data   | ``
            EncodedBody=$util.urlEncode($input.body)&EncodedBodyAccess=$util.urlEncode($input.body.testAccess) | `` | EncodedBody=%7B%7D&EncodedBodyAccess=
            EncodedBody=$util.urlEncode($input.body)&EncodedBodyAccess=$util.urlEncode($input.body.testAccess) | {"some": "value"} | EncodedBody=%7B%22some%22%3A+%22value%22%7D&EncodedBodyAccess=
            EncodedBody=$util.urlEncode($input.body)&EncodedBodyAccess=$util.urlEncode($input.body.testAccess) | some raw data | EncodedBody=some+raw+data&EncodedBodyAccess=
            """)
    void e8_input_body_and_url_encoding(String template, String body, String expected) {
        String rendered = output(template, body);

        assertThat(rendered).isEqualTo(expected);
    }

    // E9: status, header and a custom key set on responseOverride in the request template are readable in the
    // response template, which echoes {"statusOverride": "444", "fooHeader": "bar", "custom": "is also passed
    // around"} (docs/behavior.md#worked-examples, #vtl-overrides).
    @Test
    void e9_response_overrides_set_in_the_request_template_reach_the_response_template() {
        VtlResult request = render("""
                #set($context.responseOverride.status = 444)
                #set($context.responseOverride.header.foo = "bar")
                #set($context.responseOverride.custom = "is also passed around")
                {}""", VtlInput.ofBody(""));
        VtlInput responsePhase = input().context("responseOverride", request.responseOverride())
                .context("requestOverride", request.requestOverride())
                .build();

        VtlResult response = render(
                "{\"statusOverride\": \"$context.responseOverride.status\", \"fooHeader\": "
                        + "\"$context.responseOverride.header.foo\", \"custom\": \"$context.responseOverride.custom\"}",
                responsePhase);

        assertThat(request.statusOverride()).hasValue(444);
        assertThat(request.responseHeaderOverrides()).containsExactly(Map.entry("foo", "bar"));
        assertThat(response.output())
                .isEqualTo(
                        "{\"statusOverride\": \"444\", \"fooHeader\": \"bar\", \"custom\": \"is also passed around\"}");
    }

    // E10: a base64 path segment decoded in the request template and stored in requestOverride.path is parsed and
    // branched on in the response template (docs/behavior.md#worked-examples).
    @Test
    void e10_base64_and_parse_json_across_the_two_templates() {
        String segment = "eyJtZXNzYWdlIjogInBhdGgxIn0="; // base64 of {"message": "path1"}
        VtlResult request = render(
                "#set($body = $util.base64Decode($input.params('testPath')))"
                        + "#set($context.requestOverride.path.body = $body)",
                input().path("testPath", segment).build());
        VtlInput responsePhase =
                input().context("requestOverride", request.requestOverride()).build();

        String rendered = output("""
                #set($body = $util.parseJson($context.requestOverride.path.body))
                #if($body.message == "path1")
                {"response": "path was path one"}
                #else
                {"response": "path was something else"}
                #end""", responsePhase);

        assertThat(request.pathOverrides()).containsExactly(Map.entry("body", "{\"message\": \"path1\"}"));
        assertThat(rendered.trim()).isEqualTo("{\"response\": \"path was path one\"}");
    }

    // E11: three ways of assigning into an override map all work, and a bare .put(...) prints nothing
    // (docs/behavior.md#worked-examples, #vtl-engine-rules).
    @Test
    void e11_map_assignment_forms() {
        VtlResult result = render("""
                #set($name = "value")
                #set($context.requestOverride.querystring[$name] = "bar")
                $context.requestOverride.querystring.put("value2", "putBar")
                #set($context["requestOverride"].querystring["value3"] = "nestedFoo")
                {"value": "$context.requestOverride.querystring.value", \
                "value2": "$context.requestOverride.querystring.value2", \
                "value3": "$context.requestOverride.querystring.value3"}""", VtlInput.ofBody(""));

        assertThat(result.output().trim())
                .isEqualTo("{\"value\": \"bar\", \"value2\": \"putBar\", \"value3\": \"nestedFoo\"}");
        assertThat(result.querystringOverrides())
                .containsExactly(
                        Map.entry("value", "bar"), Map.entry("value2", "putBar"), Map.entry("value3", "nestedFoo"));
    }

    // E13: the documentation's $input example, rendered by the escaping rule rather than the doc's idealised
    // output: the quotes of $input.json's text are escaped (docs/behavior.md#worked-examples, #vtl-util).
    @Test
    void e13_doc_input_example_follows_the_escaping_rule() {
        VtlInput request = input().path("id", "abc")
                .body("{\"things\": {\"1\": {}, \"2\": {}, \"3\": {}}}")
                .build();

        String rendered = output(
                "{\"id\" : \"$input.params('id')\", \"count\" : \"$input.path('$.things').size()\", "
                        + "\"things\" : $util.escapeJavaScript($input.json('$.things'))}",
                request);

        assertThat(rendered)
                .isEqualTo(
                        "{\"id\" : \"abc\", \"count\" : \"3\", \"things\" : {\\\"1\\\":{},\\\"2\\\":{},\\\"3\\\":{}}}");
    }

    // E14: $util.parseJson of a stringified errorMessage gives an object to navigate
    // (docs/behavior.md#worked-examples).
    @Test
    void e14_parse_json_on_error_message() {
        String body = "{\"errorMessage\":\"{\\\"key1\\\":\\\"var1\\\",\\\"key2\\\":{\\\"arr\\\":[1,2,3]}}\"}";

        String rendered = output(
                "#set ($errorMessageObj = $util.parseJson($input.path('$.errorMessage')))"
                        + "{\"errorMessageObjKey2ArrVal\" : $errorMessageObj.key2.arr[0]}",
                body);

        assertThat(rendered).isEqualTo("{\"errorMessageObjKey2ArrVal\" : 1}");
    }

    // E16: header overrides built from two request headers, a plain one, and a list one that the backend sees
    // joined with "," (docs/behavior.md#worked-examples, #vtl-overrides).
    @Test
    void e16_request_header_overrides() {
        VtlInput request = input().header("header1", "header1Val")
                .header("header2", "header2Val")
                .build();

        VtlResult result = render("""
                #set($header3Value = "$input.params('header1')$input.params('header2')")
                #set($context.requestOverride.header.header3 = $header3Value)
                #set($header1Override = "foo")
                #set($context.requestOverride.header.header1 = $header1Override)
                #set($context.requestOverride.header.multivalueheader = [$header1Override, $header3Value])
                """, request);

        assertThat(result.requestHeaderOverrides())
                .containsExactly(
                        Map.entry("header3", "header1Valheader2Val"),
                        Map.entry("header1", "foo"),
                        Map.entry("multivalueheader", "foo,header1Valheader2Val"));
    }

    // E18: escapeJavaScript turns ' into \' (invalid JSON); .replaceAll("\\'","'") is AWS's documented remedy
    // (docs/behavior.md#worked-examples, #vtl-util).
    @Nested
    class E18SingleQuote {

        @Test
        void escaped_quote_stays_escaped() {
            String rendered = output(
                    "{\"q\": \"$util.escapeJavaScript($input.params('q'))\"}",
                    input().query("q", "it's").build());

            assertThat(rendered).isEqualTo("{\"q\": \"it\\'s\"}");
        }

        @Test
        void replace_all_undoes_it() {
            String rendered = output(
                    "{\"q\": \"$util.escapeJavaScript($input.params('q')).replaceAll(\"\\\\'\",\"'\")\"}",
                    input().query("q", "it's").build());

            assertThat(rendered).isEqualTo("{\"q\": \"it's\"}");
        }
    }
}

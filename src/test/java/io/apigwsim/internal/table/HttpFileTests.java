package io.apigwsim.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.http.Headers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code .http} files as IntelliJ's HTTP client and VS Code's REST Client write them. */
class HttpFileTests {

    private static List<TableEntry> read(String text) {
        return HttpFile.read("pets.http", text);
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage(message);
    }

    @Nested
    class Requests {

        // Request line, headers, a blank line, a body; ### between requests; names from ### and # @name.
        @Test
        void requests_are_separated_by_three_hashes_and_named() {
            List<TableEntry> table = read("""
                    ### Get a pet
                    GET /pets/42 HTTP/1.1
                    Accept: application/json

                    ###
                    # @name adopt
                    POST /pets
                    Content-Type: application/json
                    X-Tag: a
                    X-Tag: b

                    {
                      "name": "Rex"
                    }


                    ###
                    DELETE /pets/42
                    """);

            assertThat(table).extracting(TableEntry::name).containsExactly("Get a pet", "adopt", "DELETE /pets/42");
            assertThat(table).extracting(TableEntry::line).containsExactly(2, 7, 18);
            assertThat(table.get(0).headers().entries())
                    .containsExactly(new Headers.Header("Accept", "application/json"));
            assertThat(table.get(0).body()).isEmpty();
            assertThat(table.get(1).method()).isEqualTo("POST");
            assertThat(table.get(1).headers().all("X-Tag")).containsExactly("a", "b");
            assertThat(table.get(1).body()).contains("{\n  \"name\": \"Rex\"\n}");
            assertThat(table.get(2).expectations()).isEmpty();
        }

        // # and // lines before the body are comments; in the body they are body text.
        @Test
        void comment_lines_are_skipped_before_the_body() {
            List<TableEntry> table = read("""
                    # the pets API
                    // another comment
                    POST /notes
                    # not a header
                    Content-Type: text/plain

                    # a line of the note
                    """);

            assertThat(table.get(0).headers().entries()).hasSize(1);
            assertThat(table.get(0).body()).contains("# a line of the note");
        }

        // An absolute URL's path and query are the target; scheme, host and port are dropped.
        @Test
        void an_absolute_url_gives_its_path_and_query() {
            List<TableEntry> table = read("""
                    GET http://localhost:3000/pets/42?verbose=true&tag=a%20b
                    ###
                    GET https://example.com
                    """);

            assertThat(table).extracting(TableEntry::target).containsExactly("/pets/42?verbose=true&tag=a%20b", "/");
        }

        // A request line without a method is a GET, as both IDEs read it.
        @Test
        void a_request_line_without_a_method_is_a_get() {
            assertThat(read("/pets").get(0).method()).isEqualTo("GET");
        }

        // A long query string may continue on indented lines starting with ? or &.
        @Test
        void indented_query_lines_continue_the_target() {
            List<TableEntry> table = read("""
                    GET /pets
                        ?limit=10
                        &offset=20
                    Accept: application/json
                    """);

            assertThat(table.get(0).target()).isEqualTo("/pets?limit=10&offset=20");
        }

        // The <> lines IntelliJ appends after running a request link earlier responses: they are skipped.
        @Test
        void links_to_earlier_responses_are_skipped() {
            List<TableEntry> table = read("""
                    GET /pets/42

                    <> 2026-12-02T101010.200.json
                    """);

            assertThat(table.get(0).body()).isEqualTo(Optional.empty());
        }

        // CRLF line ends read as LF ones.
        @Test
        void crlf_line_ends_are_read() {
            List<TableEntry> table = read("POST /pets\r\nContent-Type: text/plain\r\n\r\nRex\r\n");

            assertThat(table.get(0).body()).contains("Rex");
        }
    }

    @Nested
    class Variables {

        // @name = value declares a variable used as {{name}} in the request line, headers and body.
        @Test
        void declared_variables_are_substituted() {
            List<TableEntry> table = read("""
                    @host = http://localhost:3000
                    @id = 42
                    @path = /pets/{{id}}

                    PUT {{host}}{{path}}
                    X-Pet: {{ id }}

                    {"id": "{{id}}"}
                    """);

            TableEntry entry = table.get(0);
            assertThat(entry.target()).isEqualTo("/pets/42");
            assertThat(entry.headers().first("X-Pet")).contains("42");
            assertThat(entry.body()).contains("{\"id\": \"42\"}");
        }

        @Test
        void an_undeclared_variable_is_refused_with_its_line() {
            assertRefused(
                    """
                    GET /pets

                    ###
                    GET /pets/{{petId}}
                    """,
                    "pets.http line 4: the variable {{petId}} is not declared; declare it above its first use with"
                            + " @petId = value (environment files are not read)");
        }

        @Test
        void a_dynamic_variable_is_refused() {
            assertRefused(
                    """
                    POST /pets
                    X-Request-Id: {{$uuid}}
                    """,
                    "pets.http line 2: the dynamic variable {{$uuid}} is not supported; declare a value with"
                            + " @name = value and use {{name}}");
        }
    }

    @Nested
    class Refused {

        @Test
        void a_response_handler_script_is_refused() {
            assertRefused(
                    """
                    GET /pets/42

                    > {%
                        client.test("ok", () => client.assert(response.status === 200));
                    %}
                    """,
                    "pets.http line 3: response handler scripts (\"> {% ... %}\", \"> file.js\") are not run by"
                            + " apigw-sim; remove the handler and assert on the exchange in the test");
        }

        @Test
        void a_body_read_from_a_file_is_refused() {
            assertRefused(
                    """
                    POST /pets
                    Content-Type: application/json

                    < ./rex.json
                    """,
                    "pets.http line 4: bodies read from a file (\"< file\") are not supported; write the body in the"
                            + " .http file");
        }

        @Test
        void a_line_that_is_not_a_request_line_is_refused() {
            assertRefused(
                    """
                    fetch the pets
                    """,
                    "pets.http line 1: \"fetch the pets\" is not a request line; write METHOD target, such as GET"
                            + " /pets/42");
        }

        @Test
        void a_header_line_without_a_colon_is_refused() {
            assertRefused(
                    """
                    GET /pets
                    Accept application/json
                    """,
                    "pets.http line 2: \"Accept application/json\" is not a header line; write Name: value, and a"
                            + " blank line before the body");
        }

        @Test
        void a_space_in_the_target_is_refused() {
            assertRefused(
                    """
                    GET /pets/Rex the dog
                    """,
                    "pets.http line 1: the request line \"GET /pets/Rex the dog\" has more than a method, a target"
                            + " and an HTTP version; percent-encode spaces in the target as %20");
        }

        @Test
        void a_file_without_requests_is_refused() {
            assertRefused("""
                    # nothing yet
                    ###
                    """, "pets.http: the file holds no request; write a request line such as GET /pets/42");
        }
    }
}

package io.apigwsim.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.http.Headers;
import io.apigwsim.internal.json.Json;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** YAML request tables: entries, their expectations, and mistakes named by file and line. */
class YamlTableTests {

    private static List<TableEntry> read(String text) {
        return YamlTable.read("pets.yaml", text);
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage(message);
    }

    @Nested
    class Entries {

        // The request part becomes the entry's method, target, headers (repeats kept) and body.
        @Test
        void an_entry_holds_its_request() {
            List<TableEntry> table = read("""
                    - name: adopts a pet
                      request:
                        method: POST
                        target: /pets?notify=true
                        headers:
                          Content-Type: application/json
                          X-Tag: [a, b]
                        body: '{"name":"Rex"}'
                    """);

            assertThat(table).hasSize(1);
            TableEntry entry = table.get(0);
            assertThat(entry.name()).isEqualTo("adopts a pet");
            assertThat(entry.where()).isEqualTo("pets.yaml line 1");
            assertThat(entry.method()).isEqualTo("POST");
            assertThat(entry.target()).isEqualTo("/pets?notify=true");
            assertThat(entry.headers().entries())
                    .containsExactly(
                            new Headers.Header("Content-Type", "application/json"),
                            new Headers.Header("X-Tag", "a"),
                            new Headers.Header("X-Tag", "b"));
            assertThat(entry.body()).contains("{\"name\":\"Rex\"}");
            assertThat(entry.expectations()).isEmpty();
        }

        // Without a name, the entry is named by its method and target; each entry gets its own line.
        @Test
        void an_entry_without_a_name_is_named_by_method_and_target() {
            List<TableEntry> table = read("""
                    - request: {method: GET, target: /pets/1}
                    - request: {method: GET, target: /pets/2}
                    """);

            assertThat(table).extracting(TableEntry::name).containsExactly("GET /pets/1", "GET /pets/2");
            assertThat(table).extracting(TableEntry::line).containsExactly(1, 2);
        }

        // request.json is a YAML value sent as compact JSON text.
        @Test
        void a_json_request_body_is_sent_as_json_text() {
            List<TableEntry> table = read("""
                    - request:
                        method: POST
                        target: /pets
                        json: {name: Rex, age: 3, tags: [good]}
                    """);

            assertThat(table.get(0).body()).contains("{\"name\":\"Rex\",\"age\":3,\"tags\":[\"good\"]}");
        }
    }

    @Nested
    class Expectations {

        // Every kind of expectation, in checking order whatever the file's order, each with its line and label.
        @Test
        void expectations_are_read_in_checking_order_with_their_lines() {
            List<TableEntry> table = read("""
                    - request: {method: GET, target: /pets/42}
                      expect:
                        eventFields:
                          $.pathParameters.id: "42"
                          $.requestContext.stage: null
                        bodyFields:
                          $.owner.name: Ann
                          $.age: 3
                        json: {id: "42"}
                        headers:
                          Content-Type: application/json
                          Set-Cookie: [a=1]
                          X-Debug: null
                        status: 200
                        invoked: true
                    """);

            assertThat(table.get(0).expectations())
                    .containsExactly(
                            new Expectation.Invoked(15, "expect.invoked", true),
                            new Expectation.Status(14, "expect.status", 200),
                            new Expectation.Header(
                                    11,
                                    "expect.headers.Content-Type",
                                    "Content-Type",
                                    List.of("application/json"),
                                    false),
                            new Expectation.Header(12, "expect.headers.Set-Cookie", "Set-Cookie", List.of("a=1"), true),
                            new Expectation.Header(13, "expect.headers.X-Debug", "X-Debug", List.of(), false),
                            new Expectation.JsonBody(9, "expect.json", "{\"id\":\"42\"}"),
                            new Expectation.Field(
                                    7, "expect.bodyFields[\"$.owner.name\"]", false, "owner.name", Optional.of("Ann")),
                            new Expectation.Field(
                                    8,
                                    "expect.bodyFields[\"$.age\"]",
                                    false,
                                    "age",
                                    Optional.of(BigInteger.valueOf(3))),
                            new Expectation.Field(
                                    4,
                                    "expect.eventFields[\"$.pathParameters.id\"]",
                                    true,
                                    "pathParameters.id",
                                    Optional.of("42")),
                            new Expectation.Field(
                                    5,
                                    "expect.eventFields[\"$.requestContext.stage\"]",
                                    true,
                                    "requestContext.stage",
                                    Optional.empty()));
        }

        // An object or list value of a field is compared as JSON, so it is read as plain maps and lists.
        @Test
        void structured_field_values_are_plain_json_values() {
            List<TableEntry> table = read("""
                    - request: {method: GET, target: /pets/42}
                      expect:
                        bodyFields:
                          $.owner: {name: Ann, pets: [1, 2]}
                    """);

            Object value = ((Expectation.Field) table.get(0).expectations().get(0))
                    .value()
                    .orElseThrow();
            assertThat(value).isInstanceOf(Map.class);
            assertThat(Json.text(value)).isEqualTo("{\"name\":\"Ann\",\"pets\":[1,2]}");
        }
    }

    @Nested
    class Mistakes {

        @Test
        void an_unknown_key_is_refused_with_the_closest_one() {
            assertRefused(
                    """
                    - request: {method: GET, target: /pets}
                      expect:
                        stauts: 200
                    """,
                    "pets.yaml line 3, at [0].expect.stauts: expect has no field \"stauts\"; did you mean \"status\"?"
                            + " Its fields are [invoked, status, headers, body, json, bodyFields, eventFields]");
        }

        @Test
        void a_missing_method_is_refused() {
            assertRefused("""
                    - name: no method
                      request:
                        target: /pets
                    """, "pets.yaml line 3, at [0].request: request has no field \"method\", which it needs");
        }

        @Test
        void a_missing_target_is_refused() {
            assertRefused("""
                    - request:
                        method: GET
                    """, "pets.yaml line 2, at [0].request: request has no field \"target\", which it needs");
        }

        @Test
        void an_entry_without_a_request_is_refused() {
            assertRefused("""
                    - name: forgot the request
                    """, "pets.yaml line 1, at [0]: the entry has no field \"request\", which it needs");
        }

        @Test
        void a_status_of_the_wrong_type_is_refused() {
            assertRefused(
                    """
                    - request: {method: GET, target: /pets}
                      expect: {status: OK}
                    """,
                    "pets.yaml line 2, at [0].expect.status: expect.status must be a whole number from 100 to 599,"
                            + " not \"OK\"");
        }

        @Test
        void headers_that_are_not_an_object_are_refused() {
            assertRefused(
                    """
                    - request: {method: GET, target: /pets, headers: [Accept]}
                    """,
                    "pets.yaml line 1, at [0].request.headers: request.headers must be an object (a map of fields),"
                            + " not a list");
        }

        @Test
        void a_lower_case_method_is_refused() {
            assertRefused(
                    """
                    - request: {method: get, target: /pets}
                    """,
                    "pets.yaml line 1, at [0].request.method: request.method must be an upper-case HTTP method such"
                            + " as GET, not \"get\"");
        }

        @Test
        void a_target_without_a_leading_slash_is_refused() {
            assertRefused(
                    """
                    - request: {method: GET, target: pets/42}
                    """,
                    "pets.yaml line 1, at [0].request.target: request.target is the path after the stage and must"
                            + " start with \"/\", for example \"/pets/42?limit=10\", not \"pets/42\"");
        }

        @Test
        void a_json_path_with_an_array_index_is_refused() {
            assertRefused(
                    """
                    - request: {method: GET, target: /pets}
                      expect:
                        bodyFields:
                          $.items[0].name: Rex
                    """,
                    "pets.yaml line 4, at [0].expect.bodyFields['$.items[0].name']: expect.bodyFields has the JSON"
                            + " path \"$.items[0].name\", which apigw-sim cannot look up: write $. and object keys"
                            + " separated by dots, such as $.pathParameters.id (array indexes, wildcards and filters are"
                            + " not supported; compare the whole body with expect.json instead)");
        }

        @Test
        void a_json_path_without_the_dollar_is_refused() {
            assertRefused(
                    """
                    - request: {method: GET, target: /pets}
                      expect:
                        eventFields: {pathParameters.id: "1"}
                    """,
                    "pets.yaml line 3, at [0].expect.eventFields['pathParameters.id']: expect.eventFields has the JSON"
                            + " path \"pathParameters.id\", which apigw-sim cannot look up: write $. and object keys"
                            + " separated by dots, such as $.pathParameters.id (array indexes, wildcards and filters are"
                            + " not supported; compare the whole body with expect.json instead)");
        }

        @Test
        void body_and_json_together_are_refused() {
            assertRefused(
                    """
                    - request: {method: GET, target: /pets}
                      expect: {body: "[]", json: []}
                    """,
                    "pets.yaml line 2, at [0].expect: expect has both body and json; keep one (json compares as JSON)");
        }

        @Test
        void a_file_that_is_not_a_list_is_refused() {
            assertRefused("""
                    request: {method: GET, target: /pets}
                    """, "pets.yaml line 1: a request table (the file) must be a list, not an object");
        }

        @Test
        void an_empty_file_is_refused() {
            assertRefused("", "pets.yaml: the table is empty; write a list of entries, each with a request");
        }

        @Test
        void text_that_is_not_yaml_is_refused_with_its_line() {
            assertThatThrownBy(() -> read("- request: {method: GET\n- x"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageStartingWith("pets.yaml line 2: not valid YAML or JSON");
        }
    }
}

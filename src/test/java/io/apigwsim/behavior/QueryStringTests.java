package io.apigwsim.behavior;

import static io.apigwsim.behavior.BehaviorHandlers.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query string in the REST proxy event: decoding, repeated keys and absence. */
class QueryStringTests {

    private static ApiGateway gateway;

    @BeforeAll
    static void build() {
        gateway =
                ApiGateway.builder().seed(41).route("GET /q", new EchoHandler()).build();
    }

    @AfterAll
    static void close() {
        gateway.close();
    }

    private static JsonNode event(Exchange exchange) {
        return json(exchange.lambdaEvent().raw());
    }

    // Keys and values are URL-decoded and + becomes a space; the recorded examples verbatim, and the unencoded ISO
    // offset pitfall (docs/behavior.md#rest-query-strings).
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "plus=test+alias@gmail.com                           |plus           |test alias@gmail.com",
                "email=test%2Balias@gmail.com                        |email          |test+alias@gmail.com",
                "url=https://www.google.com/                         |url            |https://www.google.com/",
                "literalPlus=a+b                                     |literalPlus    |a b",
                "encodedPlus=a%2Bb                                   |encodedPlus    |a+b",
                "redirect=https%3A%2F%2Fexample.com%2Fa%2Fb          |redirect       |https://example.com/a/b",
                "dateTimeOffset=2023-06-12T18:05:10.123456+00:00     |dateTimeOffset |2023-06-12T18:05:10.123456 00:00",
                "na%20me=v                                           |na me          |v",
            })
    void query_parameters_are_url_decoded(String query, String key, String expected) {
        Exchange exchange = gateway.get("/q?" + query).send();

        JsonNode event = event(exchange);
        assertThat(event.at("/queryStringParameters").get(key).asText()).isEqualTo(expected);
        assertThat(event.at("/multiValueQueryStringParameters").get(key)).isEqualTo(json("[\"" + expected + "\"]"));
    }

    // empty= arrives as "" in both maps (docs/behavior.md#rest-query-strings).
    @Test
    void empty_value_is_an_empty_string() {
        Exchange exchange = gateway.get("/q?empty=").send();

        assertThat(event(exchange).get("queryStringParameters")).isEqualTo(json("{\"empty\":\"\"}"));
        assertThat(event(exchange).get("multiValueQueryStringParameters")).isEqualTo(json("{\"empty\":[\"\"]}"));
    }

    // A key without "=" is assumed to give "" too [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-event): pins the
    // simulator.
    @Test
    void key_without_equals_sign_gives_an_empty_string() {
        Exchange exchange = gateway.get("/q?flag").send();

        assertThat(event(exchange).get("queryStringParameters")).isEqualTo(json("{\"flag\":\"\"}"));
    }

    // Repeated keys: the single map keeps the last value, the multi map all in order
    // (docs/behavior.md#rest-query-strings).
    @Test
    void repeated_key_keeps_the_last_value_and_all_values() {
        Exchange exchange =
                gateway.get("/q?category=electronics&category=books").send();

        assertThat(event(exchange).at("/queryStringParameters/category").asText())
                .isEqualTo("books");
        assertThat(event(exchange).at("/multiValueQueryStringParameters/category"))
                .isEqualTo(json("[\"electronics\",\"books\"]"));
    }

    // No query string: both maps null (docs/behavior.md#rest-query-strings).
    @Test
    void no_query_string_gives_null_maps() {
        Exchange exchange = gateway.get("/q").send();

        assertThat(event(exchange).get("queryStringParameters").isNull()).isTrue();
        assertThat(event(exchange).get("multiValueQueryStringParameters").isNull())
                .isTrue();
    }

    // ";" is treated as a separator, so the data gets split (docs/behavior.md#rest-query-strings).
    @Test
    void semicolon_separates_parameters() {
        Exchange exchange = gateway.get("/q?a=1;b=2").send();

        assertThat(event(exchange).get("queryStringParameters")).isEqualTo(json("{\"a\":\"1\",\"b\":\"2\"}"));
    }

    // The raw query string is not in REST events; the query does not change path (docs/behavior.md#rest-query-strings,
    // #rest-slashes-in-paths).
    @Test
    void raw_query_string_is_not_part_of_the_event() {
        Exchange exchange = gateway.get("/q?x=1").send();

        JsonNode event = event(exchange);
        assertThat(event.get("path").asText()).isEqualTo("/q");
        assertThat(event.at("/requestContext/path").asText()).isEqualTo("/test/q");
        assertThat(exchange.lambdaEvent().raw()).doesNotContain("x=1");
    }

    // The request builder's query(..) form-encodes like a browser; the event decodes it back
    // (docs/behavior.md#rest-query-strings).
    @Test
    void form_encoded_query_parameter_round_trips() {
        Exchange exchange = gateway.get("/q").query("q", "x y&z=1").send();

        assertThat(event(exchange).at("/queryStringParameters/q").asText()).isEqualTo("x y&z=1");
    }
}

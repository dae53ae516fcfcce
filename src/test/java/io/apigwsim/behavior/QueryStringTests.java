package io.apigwsim.behavior;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query string in the REST proxy event, seen by an echo function on GET /q: decoding, repeated keys, absence. */
@ApiGatewayTest
@Route(method = "GET", path = "/q", handler = EchoHandler.class)
class QueryStringTests {

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
    void query_parameters_are_url_decoded(String query, String key, String expected, ApiGateway gateway) {
        Exchange exchange = gateway.get("/q?" + query).send();

        assertThat(exchange).lambdaEvent().hasQueryParameter(key, expected).hasMultiValueQueryParameter(key, expected);
    }

    // empty= arrives as "" in both maps (docs/behavior.md#rest-query-strings).
    @Test
    void empty_value_is_an_empty_string(ApiGateway gateway) {
        Exchange exchange = gateway.get("/q?empty=").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasField("queryStringParameters", Map.of("empty", ""))
                .hasField("multiValueQueryStringParameters", Map.of("empty", List.of("")));
    }

    // A key without "=" is assumed to give "" too [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-event): pins the
    // simulator.
    @Test
    void key_without_equals_sign_gives_an_empty_string(ApiGateway gateway) {
        Exchange exchange = gateway.get("/q?flag").send();

        assertThat(exchange).lambdaEvent().hasField("queryStringParameters", Map.of("flag", ""));
    }

    // Repeated keys: the single map keeps the last value, the multi map all in order
    // (docs/behavior.md#rest-query-strings).
    @Test
    void repeated_key_keeps_the_last_value_and_all_values(ApiGateway gateway) {
        Exchange exchange =
                gateway.get("/q?category=electronics&category=books").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasQueryParameter("category", "books")
                .hasMultiValueQueryParameter("category", "electronics", "books");
    }

    // No query string: both maps null (docs/behavior.md#rest-query-strings).
    @Test
    void no_query_string_gives_null_maps(ApiGateway gateway) {
        Exchange exchange = gateway.get("/q").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasNullField("queryStringParameters")
                .hasNullField("multiValueQueryStringParameters");
    }

    // ";" is treated as a separator, so the data gets split (docs/behavior.md#rest-query-strings).
    @Test
    void semicolon_separates_parameters(ApiGateway gateway) {
        Exchange exchange = gateway.get("/q?a=1;b=2").send();

        assertThat(exchange).lambdaEvent().hasField("queryStringParameters", Map.of("a", "1", "b", "2"));
    }

    // The raw query string is not in REST events; the query does not change path (docs/behavior.md#rest-query-strings,
    // #rest-slashes-in-paths).
    @Test
    void raw_query_string_is_not_part_of_the_event(ApiGateway gateway) {
        Exchange exchange = gateway.get("/q?x=1").send();

        assertThat(exchange).lambdaEvent().hasPath("/q").hasRequestContextField("path", "/test/q");
        assertThat(exchange.lambdaEvent().raw()).doesNotContain("x=1");
    }

    // The request builder's query(..) form-encodes like a browser; the event decodes it back
    // (docs/behavior.md#rest-query-strings).
    @Test
    void form_encoded_query_parameter_round_trips(ApiGateway gateway) {
        Exchange exchange = gateway.get("/q").query("q", "x y&z=1").send();

        assertThat(exchange).lambdaEvent().hasQueryParameter("q", "x y&z=1");
    }
}

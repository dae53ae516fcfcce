package io.apigwsim.behavior.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.http.HttpHandlers.OkHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP API route selection: precedence between route keys, $default, and the 404 when nothing matches. */
class HttpRoutingTests {

    private static final List<String> ROUTES = List.of(
            "GET /pets/dog/1",
            "GET /pets/dog/{id}",
            "GET /pets/{proxy+}",
            "ANY /{proxy+}",
            "ANY /toys",
            "GET /toys",
            "GET /metrics");

    /** Literal, variable and greedy routes, with ANY /{proxy+} catching the rest but no $default. */
    private static ApiGateway greedy;

    /** Literal routes only, no greedy route and no $default: misses answer 404. */
    private static ApiGateway literal;

    /** One route and $default. */
    private static ApiGateway withDefault;

    @BeforeAll
    static void build() {
        greedy = gateway(ROUTES);
        literal = ApiGateway.builder()
                .httpApi()
                .route("GET /metrics", new OkHandler())
                .route("GET /pets/{id}", new OkHandler())
                .build();
        withDefault = ApiGateway.builder()
                .httpApi()
                .route("GET /pets", new OkHandler())
                .route("$default", new OkHandler())
                .build();
    }

    private static ApiGateway gateway(List<String> routeKeys) {
        ApiGateway.Builder builder = ApiGateway.builder().httpApi();
        OkHandler ok = new OkHandler();
        routeKeys.forEach(key -> builder.route(key, ok));
        return builder.build();
    }

    @AfterAll
    static void close() {
        greedy.close();
        literal.close();
        withDefault.close();
    }

    // HTTP API routing: a full match with a literal segment beats {var}: GET /pets/dog/1 over GET /pets/dog/{id}
    // (docs/behavior.md#http-api-routes).
    @Test
    void literal_segment_beats_a_path_variable() {
        Exchange exchange = greedy.get("/pets/dog/1").send();

        assertThat(exchange.routeKey()).contains("GET /pets/dog/1");
    }

    // HTTP API routing: the variable route serves the other values of that segment (docs/behavior.md#http-api-routes).
    @Test
    void path_variable_serves_other_values() {
        Exchange exchange = greedy.get("/pets/dog/2").send();

        assertThat(exchange.routeKey()).contains("GET /pets/dog/{id}");
    }

    // HTTP API routing: a method-specific route beats ANY on the same path (docs/behavior.md#http-api-routes).
    @Test
    void method_specific_route_beats_any_on_the_same_path() {
        Exchange exchange = greedy.get("/toys").send();

        assertThat(exchange.routeKey()).contains("GET /toys");
    }

    // HTTP API routing: ANY covers the methods not explicitly defined for its path (docs/behavior.md#http-api-routes).
    @Test
    void any_route_serves_the_other_methods() {
        Exchange exchange = greedy.delete("/toys").send();

        assertThat(exchange.routeKey()).contains("ANY /toys");
    }

    // HTTP API routing: a greedy route with the method beats ANY greedy: GET /pets/{proxy+} over ANY /{proxy+} for
    // GET /pets/cat/1 (docs/behavior.md#http-api-routes).
    @Test
    void greedy_route_with_the_method_beats_any_greedy() {
        Exchange exchange = greedy.get("/pets/cat/1").send();

        assertThat(exchange.routeKey()).contains("GET /pets/{proxy+}");
        assertThat(exchange.lambdaEvent().raw()).contains("\"proxy\":\"cat/1\"");
    }

    // HTTP API routing: another method on that path falls through to ANY /{proxy+} (docs/behavior.md#http-api-routes).
    @Test
    void other_method_falls_through_to_the_any_greedy_route() {
        Exchange exchange = greedy.post("/pets/cat/1").send();

        assertThat(exchange.routeKey()).contains("ANY /{proxy+}");
    }

    // HTTP API routing: creation order is irrelevant; the routes declared in reverse pick the same route for each
    // request (docs/behavior.md#http-api-routes).
    @Test
    void declaration_order_does_not_matter() {
        List<String> reversed = new ArrayList<>(ROUTES);
        Collections.reverse(reversed);
        try (ApiGateway reverse = gateway(reversed)) {

            List<String> picked =
                    List.of("/pets/dog/1", "/pets/dog/2", "/pets/cat/1", "/toys", "/metrics", "/x/y").stream()
                            .map(path -> reverse.get(path).send().routeKey().orElse("none"))
                            .toList();

            assertThat(picked)
                    .containsExactly(
                            "GET /pets/dog/1",
                            "GET /pets/dog/{id}",
                            "GET /pets/{proxy+}",
                            "GET /toys",
                            "GET /metrics",
                            "ANY /{proxy+}");
        }
    }

    // HTTP API routing: $default serves a request no route matches, whatever the method; routeKey "$default"
    // (docs/behavior.md#http-api-routes).
    @Test
    void default_route_catches_an_unmatched_path() {
        Exchange exchange = withDefault.get("/elsewhere/1").send();

        assertThat(exchange.routeKey()).contains("$default");
        assertThat(exchange.lambdaEvent().raw()).contains("\"routeKey\":\"$default\"");
    }

    // HTTP API routing: $default also serves a known path with an undeclared method (docs/behavior.md#http-api-routes).
    @Test
    void default_route_catches_an_undeclared_method() {
        Exchange exchange = withDefault.post("/pets").send();

        assertThat(exchange.routeKey()).contains("$default");
    }

    // HTTP API routing: /{proxy+} is not expected to match / itself, so without $default the root gets 404
    // [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing): pins the simulator.
    @Test
    void root_path_is_not_matched_by_a_greedy_route() {
        Exchange exchange = greedy.get("/").send();

        assertThat(exchange).wasNotInvoked().response().hasStatus(404);
    }

    // HTTP API routing: $default serves the root path when no / route exists (docs/behavior.md#http-api-routes).
    @Test
    void default_route_catches_the_root_path() {
        Exchange exchange = withDefault.get("/").send();

        assertThat(exchange.routeKey()).contains("$default");
    }

    // HTTP API, no route: 404 {"message":"Not Found"} (23 bytes, no space), the function is not invoked
    // (docs/behavior.md#http-api-routes, #http-api-errors; the status is inferred).
    @Test
    void no_route_gets_404_not_found_without_invoking_the_function() {
        Exchange exchange = literal.get("/nowhere").send();

        assertThat(exchange).response().hasStatus(404).hasBody("{\"message\":\"Not Found\"}");
        assertThat(exchange.response().body()).hasSize(23);
        assertThat(exchange.response().headers().first("content-length")).contains("23");
        assertThat(exchange).wasNotInvoked();
    }

    // HTTP API, no route: the answer carries apigw-requestid and neither x-amzn-RequestId nor x-amzn-ErrorType
    // (docs/behavior.md#http-api-errors).
    @Test
    void no_route_answer_has_http_api_headers() {
        Exchange exchange = literal.get("/nowhere").send();

        assertThat(exchange)
                .response()
                .hasHeader("apigw-requestid", exchange.requestId())
                .doesNotHaveHeader("x-amzn-RequestId")
                .doesNotHaveHeader("x-amzn-ErrorType");
    }

    // HTTP API, known path with an undeclared method and nothing to catch it: 404 {"message":"Not Found"}
    // (docs/behavior.md#http-api-routes).
    @Test
    void undeclared_method_on_a_known_path_gets_404() {
        Exchange exchange = literal.post("/metrics").send();

        assertThat(exchange).response().hasStatus(404).hasBody("{\"message\":\"Not Found\"}");
        assertThat(exchange).wasNotInvoked();
    }

    // HTTP API, no route: the execution log says no route matched and names the closest route (simulator
    // diagnostics; the 404 itself is docs/behavior.md#http-api-routes).
    @Test
    void no_route_is_explained_in_the_execution_log() {
        Exchange exchange = literal.get("/pet/42").send();

        assertThat(exchange)
                .log()
                .anySatisfy(line -> assertThat(line)
                        .contains("No route matches GET /pet/42")
                        .contains("GET /pets/{id}"));
    }

    // HTTP API: a trailing slash does not match a literal route: /metrics/ is not GET /metrics
    // (docs/behavior.md#http-api-routes) [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
    @Test
    void trailing_slash_does_not_match_a_literal_route() {
        Exchange exchange = literal.get("/metrics/").send();

        assertThat(exchange).response().hasStatus(404).hasBody("{\"message\":\"Not Found\"}");
        assertThat(exchange).wasNotInvoked();
    }

    // HTTP API: a greedy route or $default catches the trailing-slash form (docs/behavior.md#http-api-routes)
    // [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
    @Test
    void trailing_slash_is_caught_by_a_greedy_route() {
        Exchange exchange = greedy.get("/metrics/").send();

        assertThat(exchange.routeKey()).contains("ANY /{proxy+}");
    }
}

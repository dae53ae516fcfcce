package io.apigwsim.behavior.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.http.HttpHandlers.OkHandler;
import io.apigwsim.definition.ApiType;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.DefaultRoute;
import io.apigwsim.junit.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HTTP API route selection: precedence between route keys, $default, and the 404 when nothing matches. Each test
 * declares the competing routes it is about.
 */
@ApiGatewayTest(type = ApiType.HTTP)
class HttpRoutingTests {

    // HTTP API routing: a full match with a literal segment beats {var}: GET /pets/dog/1 over GET /pets/dog/{id}
    // (docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "GET", path = "/pets/dog/1", handler = OkHandler.class)
    @Route(method = "GET", path = "/pets/dog/{id}", handler = OkHandler.class)
    void literal_segment_beats_a_path_variable(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets/dog/1").send();

        assertThat(exchange).hasRouteKey("GET /pets/dog/1");
    }

    // HTTP API routing: the variable route serves the other values of that segment (docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "GET", path = "/pets/dog/1", handler = OkHandler.class)
    @Route(method = "GET", path = "/pets/dog/{id}", handler = OkHandler.class)
    void path_variable_serves_other_values(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets/dog/2").send();

        assertThat(exchange).hasRouteKey("GET /pets/dog/{id}");
    }

    // HTTP API routing: a method-specific route beats ANY on the same path (docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "ANY", path = "/toys", handler = OkHandler.class)
    @Route(method = "GET", path = "/toys", handler = OkHandler.class)
    void method_specific_route_beats_any_on_the_same_path(ApiGateway gateway) {
        Exchange exchange = gateway.get("/toys").send();

        assertThat(exchange).hasRouteKey("GET /toys");
    }

    // HTTP API routing: ANY covers the methods not explicitly defined for its path (docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "ANY", path = "/toys", handler = OkHandler.class)
    @Route(method = "GET", path = "/toys", handler = OkHandler.class)
    void any_route_serves_the_other_methods(ApiGateway gateway) {
        Exchange exchange = gateway.delete("/toys").send();

        assertThat(exchange).hasRouteKey("ANY /toys");
    }

    // HTTP API routing: a greedy route with the method beats ANY greedy: GET /pets/{proxy+} over ANY /{proxy+} for
    // GET /pets/cat/1 (docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "GET", path = "/pets/{proxy+}", handler = OkHandler.class)
    @Route(method = "ANY", path = "/{proxy+}", handler = OkHandler.class)
    void greedy_route_with_the_method_beats_any_greedy(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets/cat/1").send();

        assertThat(exchange).hasRouteKey("GET /pets/{proxy+}");
        assertThat(exchange).lambdaEvent().hasPathParameter("proxy", "cat/1");
    }

    // HTTP API routing: another method on that path falls through to ANY /{proxy+} (docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "GET", path = "/pets/{proxy+}", handler = OkHandler.class)
    @Route(method = "ANY", path = "/{proxy+}", handler = OkHandler.class)
    void other_method_falls_through_to_the_any_greedy_route(ApiGateway gateway) {
        Exchange exchange = gateway.post("/pets/cat/1").send();

        assertThat(exchange).hasRouteKey("ANY /{proxy+}");
    }

    // HTTP API routing: creation order is irrelevant; the routes declared in reverse (most specific last) pick the
    // same route for each request (docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "GET", path = "/metrics", handler = OkHandler.class)
    @Route(method = "GET", path = "/toys", handler = OkHandler.class)
    @Route(method = "ANY", path = "/toys", handler = OkHandler.class)
    @Route(method = "ANY", path = "/{proxy+}", handler = OkHandler.class)
    @Route(method = "GET", path = "/pets/{proxy+}", handler = OkHandler.class)
    @Route(method = "GET", path = "/pets/dog/{id}", handler = OkHandler.class)
    @Route(method = "GET", path = "/pets/dog/1", handler = OkHandler.class)
    void declaration_order_does_not_matter(ApiGateway gateway) {
        List<String> picked = List.of("/pets/dog/1", "/pets/dog/2", "/pets/cat/1", "/toys", "/metrics", "/x/y").stream()
                .map(path -> gateway.get(path).send().routeKey().orElse("none"))
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

    // HTTP API routing: $default serves a request no route matches, whatever the method; routeKey "$default"
    // (docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "GET", path = "/pets", handler = OkHandler.class)
    @DefaultRoute(handler = OkHandler.class)
    void default_route_catches_an_unmatched_path(ApiGateway gateway) {
        Exchange exchange = gateway.get("/elsewhere/1").send();

        assertThat(exchange).hasRouteKey("$default");
        assertThat(exchange).lambdaEvent().hasRouteKey("$default");
    }

    // HTTP API routing: $default also serves a known path with an undeclared method (docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "GET", path = "/pets", handler = OkHandler.class)
    @DefaultRoute(handler = OkHandler.class)
    void default_route_catches_an_undeclared_method(ApiGateway gateway) {
        Exchange exchange = gateway.post("/pets").send();

        assertThat(exchange).hasRouteKey("$default");
    }

    // HTTP API routing: /{proxy+} is not expected to match / itself, so without $default the root gets 404
    // [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing): pins the simulator.
    @Test
    @Route(method = "ANY", path = "/{proxy+}", handler = OkHandler.class)
    void root_path_is_not_matched_by_a_greedy_route(ApiGateway gateway) {
        Exchange exchange = gateway.get("/").send();

        assertThat(exchange).wasNotInvoked().response().hasStatus(404);
    }

    // HTTP API routing: $default serves the root path when no / route exists (docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "GET", path = "/pets", handler = OkHandler.class)
    @DefaultRoute(handler = OkHandler.class)
    void default_route_catches_the_root_path(ApiGateway gateway) {
        Exchange exchange = gateway.get("/").send();

        assertThat(exchange).hasRouteKey("$default");
    }

    // HTTP API, no route: 404 {"message":"Not Found"} (23 bytes, no space), the function is not invoked
    // (docs/behavior.md#http-api-routes, #http-api-errors; the status is inferred).
    @Test
    @Route(method = "GET", path = "/metrics", handler = OkHandler.class)
    @Route(method = "GET", path = "/pets/{id}", handler = OkHandler.class)
    void no_route_gets_404_not_found_without_invoking_the_function(ApiGateway gateway) {
        Exchange exchange = gateway.get("/nowhere").send();

        assertThat(exchange).response().hasStatus(404).hasBody("{\"message\":\"Not Found\"}");
        assertThat(exchange.response().body()).hasSize(23);
        assertThat(exchange).response().hasHeaderValues("content-length", "23");
        assertThat(exchange).wasNotInvoked();
    }

    // HTTP API, no route: the answer carries apigw-requestid and neither x-amzn-RequestId nor x-amzn-ErrorType
    // (docs/behavior.md#http-api-errors).
    @Test
    @Route(method = "GET", path = "/metrics", handler = OkHandler.class)
    @Route(method = "GET", path = "/pets/{id}", handler = OkHandler.class)
    void no_route_answer_has_http_api_headers(ApiGateway gateway) {
        Exchange exchange = gateway.get("/nowhere").send();

        assertThat(exchange)
                .response()
                .hasHeader("apigw-requestid", exchange.requestId())
                .doesNotHaveHeader("x-amzn-RequestId")
                .doesNotHaveHeader("x-amzn-ErrorType");
    }

    // HTTP API, known path with an undeclared method and nothing to catch it: 404 {"message":"Not Found"}
    // (docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "GET", path = "/metrics", handler = OkHandler.class)
    @Route(method = "GET", path = "/pets/{id}", handler = OkHandler.class)
    void undeclared_method_on_a_known_path_gets_404(ApiGateway gateway) {
        Exchange exchange = gateway.post("/metrics").send();

        assertThat(exchange).response().hasStatus(404).hasBody("{\"message\":\"Not Found\"}");
        assertThat(exchange).wasNotInvoked();
    }

    // HTTP API, no route: the execution log says no route matched and names the closest route (simulator
    // diagnostics; the 404 itself is docs/behavior.md#http-api-routes).
    @Test
    @Route(method = "GET", path = "/metrics", handler = OkHandler.class)
    @Route(method = "GET", path = "/pets/{id}", handler = OkHandler.class)
    void no_route_is_explained_in_the_execution_log(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pet/42").send();

        assertThat(exchange)
                .log()
                .anySatisfy(line -> assertThat(line)
                        .contains("No route matches GET /pet/42")
                        .contains("GET /pets/{id}"));
    }

    // HTTP API: a trailing slash does not match a literal route: /metrics/ is not GET /metrics
    // (docs/behavior.md#http-api-routes) [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
    @Test
    @Route(method = "GET", path = "/metrics", handler = OkHandler.class)
    @Route(method = "GET", path = "/pets/{id}", handler = OkHandler.class)
    void trailing_slash_does_not_match_a_literal_route(ApiGateway gateway) {
        Exchange exchange = gateway.get("/metrics/").send();

        assertThat(exchange).response().hasStatus(404).hasBody("{\"message\":\"Not Found\"}");
        assertThat(exchange).wasNotInvoked();
    }

    // HTTP API: a greedy route or $default catches the trailing-slash form (docs/behavior.md#http-api-routes)
    // [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
    @Test
    @Route(method = "GET", path = "/metrics", handler = OkHandler.class)
    @Route(method = "ANY", path = "/{proxy+}", handler = OkHandler.class)
    void trailing_slash_is_caught_by_a_greedy_route(ApiGateway gateway) {
        Exchange exchange = gateway.get("/metrics/").send();

        assertThat(exchange).hasRouteKey("ANY /{proxy+}");
    }
}

package io.apigwsim.behavior;

import static io.apigwsim.behavior.BehaviorHandlers.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** REST API routing seen end to end: which resource serves a request and what the event says about the path. */
class RoutingBehaviorTests {

    // Resources of the recorded routing and slash tests (docs/behavior.md#rest-route-precedence,
    // #rest-slashes-in-paths), all behind one stage.
    private static ApiGateway gateway;

    // A stage without a root greedy resource, so that misses are not caught by /{proxy+}.
    private static ApiGateway strict;

    @BeforeAll
    static void build() {
        EchoHandler echo = new EchoHandler();
        gateway = ApiGateway.builder()
                .seed(11)
                .stage("stage")
                .route("ANY /{proxy+}", echo)
                .route("ANY /hardcoded", echo)
                .route("POST /test", echo)
                .route("ANY /test/any", echo)
                .route("GET /part1", echo)
                .route("GET /part1/hardcoded-value", echo)
                .route("GET /shop/items/featured", echo)
                .route("GET /shop/items/{id}", echo)
                .route("GET /shop/{rest+}", echo)
                .route("ANY /parent/{proxy+}", echo)
                .route("ANY /mixed", echo)
                .route("GET /mixed", echo)
                .route("OPTIONS /cors_only", echo)
                .build();
        strict = ApiGateway.builder()
                .seed(12)
                .stage("stage")
                .route("GET /only-get", echo)
                .route("ANY /", echo)
                .route("GET /pets/{id}", echo)
                .build();
    }

    @AfterAll
    static void close() {
        gateway.close();
        strict.close();
    }

    private static JsonNode event(Exchange exchange) {
        return json(exchange.lambdaEvent().raw());
    }

    // A literal resource beats a sibling {param}, which beats an ancestor's {proxy+}; creation order does not
    // matter (docs/behavior.md#rest-route-precedence).
    @ParameterizedTest
    @CsvSource({
        "/shop/items/featured,     GET /shop/items/featured",
        "/shop/items/42,           GET /shop/items/{id}",
        "/shop/items/42/reviews,   GET /shop/{rest+}",
        "/part1,                   GET /part1",
        "/part1/hardcoded-value,   GET /part1/hardcoded-value",
        "/part1/random-value,      ANY /{proxy+}",
        "/parent/child,            ANY /parent/{proxy+}",
    })
    void most_specific_resource_serving_the_method_wins(String path, String expectedRoute) {
        Exchange exchange = gateway.get(path).send();

        assertThat(exchange.routeKey()).contains(expectedRoute);
    }

    // Non-greedy path variables hold one segment, not decoded (docs/behavior.md#rest-path-parameters).
    @Test
    void path_variable_holds_the_single_segment() {
        Exchange exchange = gateway.get("/shop/items/42").send();

        assertThat(event(exchange).get("pathParameters")).isEqualTo(json("{\"id\":\"42\"}"));
    }

    // On the same resource a concrete method wins over ANY (docs/behavior.md#rest-route-precedence, rule 3).
    @Test
    void concrete_method_wins_over_any_on_the_same_resource() {
        Exchange get = gateway.get("/mixed").send();
        Exchange post = gateway.post("/mixed").send();

        assertThat(get.routeKey()).contains("GET /mixed");
        assertThat(post.routeKey()).contains("ANY /mixed");
    }

    // ANY matches DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT, and httpMethod is the actual method, never ANY
    // (docs/behavior.md#rest-resources-and-methods, #rest-event-top-level-keys).
    @ParameterizedTest
    @ValueSource(strings = {"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"})
    void any_serves_each_of_the_seven_methods_with_the_actual_method_in_the_event(String method) {
        Exchange exchange = gateway.request(method, "/hardcoded").send();

        assertThat(event(exchange).get("httpMethod").asText()).isEqualTo(method);
        assertThat(event(exchange).at("/requestContext/httpMethod").asText()).isEqualTo(method);
    }

    // A resource that does not declare the method lets the request fall through to an ancestor's greedy resource:
    // /test has only POST, so OPTIONS /test goes to /{proxy+}; POST /test stays on /test
    // (docs/behavior.md#rest-route-precedence, rule 4).
    @Test
    void method_missing_on_the_specific_resource_falls_through_to_the_greedy_ancestor() {
        Exchange options = gateway.options("/test").send();
        Exchange post = gateway.post("/test").send();

        assertThat(options.routeKey()).contains("ANY /{proxy+}");
        assertThat(event(options).get("pathParameters")).isEqualTo(json("{\"proxy\":\"test\"}"));
        assertThat(post.routeKey()).contains("POST /test");
    }

    // A resource with only OPTIONS does not hold the path for GET: it goes to the proxy
    // (docs/behavior.md#rest-route-precedence).
    @Test
    void options_only_resource_lets_get_fall_through_to_the_proxy() {
        Exchange exchange = gateway.get("/cors_only").send();

        assertThat(exchange.routeKey()).contains("ANY /{proxy+}");
    }

    // ANY on /test/any serves both OPTIONS and GET (docs/behavior.md#rest-route-precedence).
    @Test
    void any_resource_below_a_literal_serves_options_and_get() {
        Exchange options = gateway.options("/test/any").send();
        Exchange get = gateway.get("/test/any").send();

        assertThat(options.routeKey()).contains("ANY /test/any");
        assertThat(get.routeKey()).contains("ANY /test/any");
    }

    // /{proxy+} does not serve the root path / (docs/behavior.md#rest-route-precedence).
    @Test
    void root_greedy_resource_does_not_serve_the_root_path() {
        Exchange exchange = gateway.get("/").send();

        assertThat(exchange.invoked()).isFalse();
        assertThat(exchange.response().status()).isEqualTo(403);
    }

    // With a method on / itself the event has resource = path = "/" and pathParameters null
    // (docs/behavior.md#rest-route-precedence, #rest-event-top-level-keys; the event shape is inferred).
    @Test
    void root_resource_serves_the_root_path_without_path_parameters() {
        Exchange exchange = strict.get("/").send();

        JsonNode event = event(exchange);
        assertThat(event.get("resource").asText()).isEqualTo("/");
        assertThat(event.get("path").asText()).isEqualTo("/");
        assertThat(event.get("pathParameters").isNull()).isTrue();
        assertThat(event.at("/requestContext/path").asText()).isEqualTo("/stage/");
    }

    // GET does not implicitly answer HEAD: 403 Missing Authentication Token, and the execution log says why
    // (docs/behavior.md#rest-resources-and-methods).
    @Test
    void get_resource_does_not_answer_head() {
        Exchange exchange = strict.head("/only-get").send();

        assertThat(exchange.invoked()).isFalse();
        assertThat(exchange.response().status()).isEqualTo(403);
        assertThat(exchange.response().headers().first("x-amzn-ErrorType"))
                .contains("MissingAuthenticationTokenException");
        assertThat(exchange.executionLog())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("No route matches HEAD /only-get.")
                        .contains("GET /only-get")
                        .contains("GET does not answer HEAD, so declare HEAD or ANY"));
    }

    // With ANY the function sees httpMethod HEAD and the client gets the function's status and headers without a
    // body (docs/behavior.md#rest-resources-and-methods); the Content-Length of the discarded body is [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-routing) and not pinned.
    @Test
    void head_through_any_invokes_the_function_and_drops_the_body() {
        Exchange exchange = gateway.head("/hardcoded").send();

        assertThat(event(exchange).get("httpMethod").asText()).isEqualTo("HEAD");
        assertThat(exchange.response().status()).isEqualTo(200);
        assertThat(exchange.response().headers().first("x-echo-aws-request-id")).isPresent();
        assertThat(exchange.response().body()).isEmpty();
    }

    // No matching resource: 403, x-amzn-ErrorType MissingAuthenticationTokenException, body
    // {"message":"Missing Authentication Token"} without a space, function not invoked
    // (docs/behavior.md#rest-no-matching-route, #rest-gateway-errors).
    @Test
    void unknown_resource_gets_403_missing_authentication_token() {
        Exchange exchange = strict.get("/nowhere").send();

        assertThat(exchange.invoked()).isFalse();
        assertThat(exchange.response().status()).isEqualTo(403);
        assertThat(exchange.response().headers().first("x-amzn-ErrorType"))
                .contains("MissingAuthenticationTokenException");
        assertThat(exchange.response().headers().first("Content-Type")).contains("application/json");
        assertThat(exchange.response().headers().first("Content-Length")).contains("42");
        assertThat(exchange.response().bodyAsText()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
    }

    // A known path whose method no resource serves gets the same 403 (docs/behavior.md#rest-no-matching-route).
    @Test
    void known_path_with_undeclared_method_gets_the_same_403() {
        Exchange exchange = strict.delete("/pets/7").send();

        assertThat(exchange.invoked()).isFalse();
        assertThat(exchange.response().status()).isEqualTo(403);
        assertThat(exchange.response().bodyAsText()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
        assertThat(exchange.routeKey()).isEqualTo(Optional.empty());
    }

    // The gateway response carries x-amzn-RequestId like any other (docs/behavior.md#rest-no-matching-route).
    @Test
    void missing_authentication_token_response_carries_the_request_id() {
        Exchange exchange = strict.get("/nowhere").send();

        assertThat(exchange.response().headers().first("x-amzn-RequestId")).contains(exchange.requestId());
    }

    // The execution log explains a miss by the closest route (CONTRIBUTING.md#misuse-messages-and-diagnostics,
    // docs/behavior.md#rest-no-matching-route).
    @Test
    void execution_log_names_the_closest_route_of_a_miss() {
        Exchange exchange = strict.get("/pet/42").send();

        assertThat(exchange.executionLog())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("No route matches GET /pet/42.")
                        .contains("GET /pets/{id}    path segment 1 is \"pet\", route expects \"pets\""));
    }

    // Slashes, recorded with /{proxy+} (ANY) and /hardcoded (ANY), stage "stage": a trailing slash is kept in path
    // but not in pathParameters, inner // is kept, slashes right after the stage are collapsed in path but kept in
    // requestContext.path (docs/behavior.md#rest-slashes-in-paths). The table's row with "//" before the stage cannot
    // be sent: a request target starts after the stage.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/proxy-value                |/proxy-value               |{\"proxy\":\"proxy-value\"}"
                        + "               |/stage/proxy-value               |/{proxy+}",
                "/proxy-value/               |/proxy-value/              |{\"proxy\":\"proxy-value\"}"
                        + "               |/stage/proxy-value/              |/{proxy+}",
                "/proxy-value//double-slash  |/proxy-value//double-slash |{\"proxy\":\"proxy-value//double-slash\"}"
                        + " |/stage/proxy-value//double-slash |/{proxy+}",
                "//proxy-value               |/proxy-value               |{\"proxy\":\"proxy-value\"}"
                        + "               |/stage//proxy-value              |/{proxy+}",
                "//hardcoded                 |/hardcoded                 |null"
                        + "                                    |/stage//hardcoded                |/hardcoded",
                "/proxy-value/?urlparam=test |/proxy-value/              |{\"proxy\":\"proxy-value\"}"
                        + "               |/stage/proxy-value/              |/{proxy+}",
            })
    void slashes_in_the_request_path_follow_the_recorded_table(
            String target, String path, String pathParameters, String contextPath, String resource) {
        Exchange exchange = gateway.get(target).send();

        JsonNode event = event(exchange);
        assertThat(event.get("path").asText()).isEqualTo(path);
        assertThat(event.get("pathParameters")).isEqualTo(json(pathParameters));
        assertThat(event.at("/requestContext/path").asText()).isEqualTo(contextPath);
        assertThat(event.get("resource").asText()).isEqualTo(resource);
        assertThat(event.at("/requestContext/resourcePath").asText()).isEqualTo(resource);
    }

    // REST APIs do not decode the path: path, requestContext.path and pathParameters keep escapes as sent, a literal
    // + stays + (docs/behavior.md#rest-percent-encoding).
    @Test
    void percent_escapes_and_plus_in_the_path_are_kept_as_sent() {
        String sent = "/proxy-value/api/user/test%2Balias@gmail.com/plus/test+alias@gmail.com";

        Exchange exchange = gateway.get(sent).send();

        JsonNode event = event(exchange);
        assertThat(event.at("/pathParameters/proxy").asText())
                .isEqualTo("proxy-value/api/user/test%2Balias@gmail.com/plus/test+alias@gmail.com");
        assertThat(event.get("path").asText()).isEqualTo(sent);
        assertThat(event.at("/requestContext/path").asText()).isEqualTo("/stage" + sent);
    }

    // Live capture: /capture/space%20value arrives as path /capture/space%20value, proxy capture/space%20value
    // (docs/behavior.md#rest-percent-encoding).
    @Test
    void encoded_space_in_the_path_is_not_decoded() {
        Exchange exchange = gateway.get("/capture/space%20value").send();

        JsonNode event = event(exchange);
        assertThat(event.get("path").asText()).isEqualTo("/capture/space%20value");
        assertThat(event.at("/pathParameters/proxy").asText()).isEqualTo("capture/space%20value");
    }

    // An encoded slash %2F stays inside one segment when matching (docs/behavior.md#rest-percent-encoding); on AWS
    // [UNCERTAIN] (docs/behavior.md#uncertain-rest-routing): this pins what the simulator does.
    @Test
    void encoded_slash_does_not_split_a_segment() {
        Exchange exchange = gateway.get("/shop/items/a%2Fb").send();

        assertThat(exchange.routeKey()).contains("GET /shop/items/{id}");
        assertThat(event(exchange).at("/pathParameters/id").asText()).isEqualTo("a%2Fb");
    }

    // A trailing slash does not affect matching of a literal resource and is kept in path
    // (docs/behavior.md#rest-slashes-in-paths, #rest-route-precedence).
    @Test
    void trailing_slash_still_matches_a_literal_resource() {
        Exchange exchange = gateway.get("/hardcoded/").send();

        JsonNode event = event(exchange);
        assertThat(event.get("resource").asText()).isEqualTo("/hardcoded");
        assertThat(event.get("path").asText()).isEqualTo("/hardcoded/");
        assertThat(event.get("pathParameters").isNull()).isTrue();
    }

    // Whether an inner // matches a non-greedy resource is not recorded; pins the simulator, which treats the empty
    // segment as a mismatch and explains it [UNCERTAIN] (docs/behavior.md#uncertain-rest-routing).
    @Test
    void inner_double_slash_does_not_match_a_non_greedy_resource() {
        Exchange exchange = strict.get("/pets//7").send();

        assertThat(exchange.invoked()).isFalse();
        assertThat(exchange.response().status()).isEqualTo(403);
        assertThat(exchange.executionLog()).anySatisfy(line -> assertThat(line).contains("the path has \"//\""));
    }
}

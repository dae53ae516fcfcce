package io.apigwsim.behavior;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * REST API routing seen end to end: which resource serves a request and what the event says about the path. Each
 * test declares the resources of the recorded routing and slash tests it needs (docs/behavior.md#rest-route-precedence,
 * #rest-slashes-in-paths), all behind the stage "stage".
 */
@ApiGatewayTest(stage = "stage")
class RoutingBehaviorTests {

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
    @Route(method = "ANY", path = "/{proxy+}", handler = EchoHandler.class)
    @Route(method = "GET", path = "/part1", handler = EchoHandler.class)
    @Route(method = "GET", path = "/part1/hardcoded-value", handler = EchoHandler.class)
    @Route(method = "GET", path = "/shop/items/featured", handler = EchoHandler.class)
    @Route(method = "GET", path = "/shop/items/{id}", handler = EchoHandler.class)
    @Route(method = "GET", path = "/shop/{rest+}", handler = EchoHandler.class)
    @Route(method = "ANY", path = "/parent/{proxy+}", handler = EchoHandler.class)
    void most_specific_resource_serving_the_method_wins(String path, String expectedRoute, ApiGateway gateway) {
        Exchange exchange = gateway.get(path).send();

        assertThat(exchange).hasRouteKey(expectedRoute);
    }

    // Non-greedy path variables hold one segment, not decoded (docs/behavior.md#rest-path-parameters).
    @Test
    @Route(method = "GET", path = "/shop/items/{id}", handler = EchoHandler.class)
    void path_variable_holds_the_single_segment(ApiGateway gateway) {
        Exchange exchange = gateway.get("/shop/items/42").send();

        assertThat(exchange).lambdaEvent().hasField("pathParameters", Map.of("id", "42"));
    }

    // On the same resource a concrete method wins over ANY (docs/behavior.md#rest-route-precedence, rule 3).
    @Test
    @Route(method = "ANY", path = "/mixed", handler = EchoHandler.class)
    @Route(method = "GET", path = "/mixed", handler = EchoHandler.class)
    void concrete_method_wins_over_any_on_the_same_resource(ApiGateway gateway) {
        Exchange get = gateway.get("/mixed").send();
        Exchange post = gateway.post("/mixed").send();

        assertThat(get).hasRouteKey("GET /mixed");
        assertThat(post).hasRouteKey("ANY /mixed");
    }

    // ANY matches DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT, and httpMethod is the actual method, never ANY
    // (docs/behavior.md#rest-resources-and-methods, #rest-event-top-level-keys).
    @ParameterizedTest
    @ValueSource(strings = {"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"})
    @Route(method = "ANY", path = "/hardcoded", handler = EchoHandler.class)
    void any_serves_each_of_the_seven_methods_with_the_actual_method_in_the_event(String method, ApiGateway gateway) {
        Exchange exchange = gateway.request(method, "/hardcoded").send();

        assertThat(exchange).lambdaEvent().hasHttpMethod(method).hasRequestContextField("httpMethod", method);
    }

    // A resource that does not declare the method lets the request fall through to an ancestor's greedy resource:
    // /test has only POST, so OPTIONS /test goes to /{proxy+}; POST /test stays on /test
    // (docs/behavior.md#rest-route-precedence, rule 4).
    @Test
    @Route(method = "ANY", path = "/{proxy+}", handler = EchoHandler.class)
    @Route(method = "POST", path = "/test", handler = EchoHandler.class)
    void method_missing_on_the_specific_resource_falls_through_to_the_greedy_ancestor(ApiGateway gateway) {
        Exchange options = gateway.options("/test").send();
        Exchange post = gateway.post("/test").send();

        assertThat(options).hasRouteKey("ANY /{proxy+}");
        assertThat(options).lambdaEvent().hasField("pathParameters", Map.of("proxy", "test"));
        assertThat(post).hasRouteKey("POST /test");
    }

    // A resource with only OPTIONS does not hold the path for GET: it goes to the proxy
    // (docs/behavior.md#rest-route-precedence).
    @Test
    @Route(method = "ANY", path = "/{proxy+}", handler = EchoHandler.class)
    @Route(method = "OPTIONS", path = "/cors_only", handler = EchoHandler.class)
    void options_only_resource_lets_get_fall_through_to_the_proxy(ApiGateway gateway) {
        Exchange exchange = gateway.get("/cors_only").send();

        assertThat(exchange).hasRouteKey("ANY /{proxy+}");
    }

    // ANY on /test/any serves both OPTIONS and GET (docs/behavior.md#rest-route-precedence).
    @Test
    @Route(method = "ANY", path = "/{proxy+}", handler = EchoHandler.class)
    @Route(method = "POST", path = "/test", handler = EchoHandler.class)
    @Route(method = "ANY", path = "/test/any", handler = EchoHandler.class)
    void any_resource_below_a_literal_serves_options_and_get(ApiGateway gateway) {
        Exchange options = gateway.options("/test/any").send();
        Exchange get = gateway.get("/test/any").send();

        assertThat(options).hasRouteKey("ANY /test/any");
        assertThat(get).hasRouteKey("ANY /test/any");
    }

    // /{proxy+} does not serve the root path / (docs/behavior.md#rest-route-precedence).
    @Test
    @Route(method = "ANY", path = "/{proxy+}", handler = EchoHandler.class)
    void root_greedy_resource_does_not_serve_the_root_path(ApiGateway gateway) {
        Exchange exchange = gateway.get("/").send();

        assertThat(exchange).wasNotInvoked().response().hasStatus(403);
    }

    // With a method on / itself the event has resource = path = "/" and pathParameters null
    // (docs/behavior.md#rest-route-precedence, #rest-event-top-level-keys; the event shape is inferred).
    @Test
    @Route(method = "ANY", path = "/", handler = EchoHandler.class)
    void root_resource_serves_the_root_path_without_path_parameters(ApiGateway gateway) {
        Exchange exchange = gateway.get("/").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasResource("/")
                .hasPath("/")
                .hasNullField("pathParameters")
                .hasRequestContextField("path", "/stage/");
    }

    // GET does not implicitly answer HEAD: 403 Missing Authentication Token, and the execution log says why
    // (docs/behavior.md#rest-resources-and-methods).
    @Test
    @Route(method = "GET", path = "/only-get", handler = EchoHandler.class)
    void get_resource_does_not_answer_head(ApiGateway gateway) {
        Exchange exchange = gateway.head("/only-get").send();

        assertThat(exchange)
                .wasNotInvoked()
                .response()
                .hasStatus(403)
                .hasHeaderValues("x-amzn-ErrorType", "MissingAuthenticationTokenException");
        assertThat(exchange)
                .log()
                .anySatisfy(line -> assertThat(line)
                        .startsWith("No route matches HEAD /only-get.")
                        .contains("GET /only-get")
                        .contains("GET does not answer HEAD, so declare HEAD or ANY"));
    }

    // With ANY the function sees httpMethod HEAD and the client gets the function's status and headers without a
    // body (docs/behavior.md#rest-resources-and-methods); the Content-Length of the discarded body is [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-routing) and not pinned.
    @Test
    @Route(method = "ANY", path = "/hardcoded", handler = EchoHandler.class)
    void head_through_any_invokes_the_function_and_drops_the_body(ApiGateway gateway) {
        Exchange exchange = gateway.head("/hardcoded").send();

        assertThat(exchange).lambdaEvent().hasHttpMethod("HEAD");
        assertThat(exchange).response().hasStatus(200).hasEmptyBody();
        // the function's header: present whatever its value (the Lambda request id)
        assertThat(exchange.response().headers().first("x-echo-aws-request-id")).isPresent();
    }

    // No matching resource: 403, x-amzn-ErrorType MissingAuthenticationTokenException, body
    // {"message":"Missing Authentication Token"} without a space, function not invoked
    // (docs/behavior.md#rest-no-matching-route, #rest-gateway-errors).
    @Test
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    void unknown_resource_gets_403_missing_authentication_token(ApiGateway gateway) {
        Exchange exchange = gateway.get("/nowhere").send();

        assertThat(exchange)
                .wasNotInvoked()
                .response()
                .hasStatus(403)
                .hasHeaderValues("x-amzn-ErrorType", "MissingAuthenticationTokenException")
                .hasContentType("application/json")
                .hasHeaderValues("Content-Length", "42")
                .hasBody("{\"message\":\"Missing Authentication Token\"}");
    }

    // A known path whose method no resource serves gets the same 403 (docs/behavior.md#rest-no-matching-route).
    @Test
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    void known_path_with_undeclared_method_gets_the_same_403(ApiGateway gateway) {
        Exchange exchange = gateway.delete("/pets/7").send();

        assertThat(exchange)
                .wasNotInvoked()
                .response()
                .hasStatus(403)
                .hasBody("{\"message\":\"Missing Authentication Token\"}");
        assertThat(exchange.routeKey()).isEmpty();
    }

    // The gateway response carries x-amzn-RequestId like any other (docs/behavior.md#rest-no-matching-route).
    @Test
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    void missing_authentication_token_response_carries_the_request_id(ApiGateway gateway) {
        Exchange exchange = gateway.get("/nowhere").send();

        assertThat(exchange).response().hasHeaderValues("x-amzn-RequestId", exchange.requestId());
    }

    // The execution log explains a miss by the closest route (CONTRIBUTING.md#misuse-messages-and-diagnostics,
    // docs/behavior.md#rest-no-matching-route).
    @Test
    @Route(method = "GET", path = "/only-get", handler = EchoHandler.class)
    @Route(method = "ANY", path = "/", handler = EchoHandler.class)
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    void execution_log_names_the_closest_route_of_a_miss(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pet/42").send();

        assertThat(exchange)
                .log()
                .anySatisfy(line -> assertThat(line)
                        .startsWith("No route matches GET /pet/42.")
                        .contains("GET /pets/{id}    path segment 1 is \"pet\", route expects \"pets\""));
    }

    // Slashes, recorded with /{proxy+} (ANY) and /hardcoded (ANY), stage "stage": a trailing slash is kept in path
    // but not in pathParameters, inner // is kept, slashes right after the stage are collapsed in path but kept in
    // requestContext.path (docs/behavior.md#rest-slashes-in-paths). The table's row with "//" before the stage cannot
    // be sent: a request target starts after the stage. The proxy column is pathParameters.proxy, the only path
    // parameter, or null for pathParameters null.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "/proxy-value                |/proxy-value               |proxy-value"
                        + "               |/stage/proxy-value               |/{proxy+}",
                "/proxy-value/               |/proxy-value/              |proxy-value"
                        + "               |/stage/proxy-value/              |/{proxy+}",
                "/proxy-value//double-slash  |/proxy-value//double-slash |proxy-value//double-slash"
                        + " |/stage/proxy-value//double-slash |/{proxy+}",
                "//proxy-value               |/proxy-value               |proxy-value"
                        + "               |/stage//proxy-value              |/{proxy+}",
                "//hardcoded                 |/hardcoded                 |null"
                        + "                      |/stage//hardcoded                |/hardcoded",
                "/proxy-value/?urlparam=test |/proxy-value/              |proxy-value"
                        + "               |/stage/proxy-value/              |/{proxy+}",
            })
    @Route(method = "ANY", path = "/{proxy+}", handler = EchoHandler.class)
    @Route(method = "ANY", path = "/hardcoded", handler = EchoHandler.class)
    void slashes_in_the_request_path_follow_the_recorded_table(
            String target, String path, String proxy, String contextPath, String resource, ApiGateway gateway) {
        Exchange exchange = gateway.get(target).send();

        assertThat(exchange)
                .lambdaEvent()
                .hasPath(path)
                .hasRequestContextField("path", contextPath)
                .hasResource(resource)
                .hasRequestContextField("resourcePath", resource);
        if (proxy == null) {
            assertThat(exchange).lambdaEvent().hasNullField("pathParameters");
        } else {
            assertThat(exchange).lambdaEvent().hasField("pathParameters", Map.of("proxy", proxy));
        }
    }

    // REST APIs do not decode the path: path, requestContext.path and pathParameters keep escapes as sent, a literal
    // + stays + (docs/behavior.md#rest-percent-encoding).
    @Test
    @Route(method = "ANY", path = "/{proxy+}", handler = EchoHandler.class)
    void percent_escapes_and_plus_in_the_path_are_kept_as_sent(ApiGateway gateway) {
        String sent = "/proxy-value/api/user/test%2Balias@gmail.com/plus/test+alias@gmail.com";

        Exchange exchange = gateway.get(sent).send();

        assertThat(exchange)
                .lambdaEvent()
                .hasPathParameter("proxy", "proxy-value/api/user/test%2Balias@gmail.com/plus/test+alias@gmail.com")
                .hasPath(sent)
                .hasRequestContextField("path", "/stage" + sent);
    }

    // Live capture: /capture/space%20value arrives as path /capture/space%20value, proxy capture/space%20value
    // (docs/behavior.md#rest-percent-encoding).
    @Test
    @Route(method = "ANY", path = "/{proxy+}", handler = EchoHandler.class)
    void encoded_space_in_the_path_is_not_decoded(ApiGateway gateway) {
        Exchange exchange = gateway.get("/capture/space%20value").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasPath("/capture/space%20value")
                .hasPathParameter("proxy", "capture/space%20value");
    }

    // An encoded slash %2F stays inside one segment when matching (docs/behavior.md#rest-percent-encoding); on AWS
    // [UNCERTAIN] (docs/behavior.md#uncertain-rest-routing): this pins what the simulator does.
    @Test
    @Route(method = "ANY", path = "/{proxy+}", handler = EchoHandler.class)
    @Route(method = "GET", path = "/shop/items/{id}", handler = EchoHandler.class)
    @Route(method = "GET", path = "/shop/{rest+}", handler = EchoHandler.class)
    void encoded_slash_does_not_split_a_segment(ApiGateway gateway) {
        Exchange exchange = gateway.get("/shop/items/a%2Fb").send();

        assertThat(exchange).hasRouteKey("GET /shop/items/{id}");
        assertThat(exchange).lambdaEvent().hasPathParameter("id", "a%2Fb");
    }

    // A trailing slash does not affect matching of a literal resource and is kept in path
    // (docs/behavior.md#rest-slashes-in-paths, #rest-route-precedence).
    @Test
    @Route(method = "ANY", path = "/{proxy+}", handler = EchoHandler.class)
    @Route(method = "ANY", path = "/hardcoded", handler = EchoHandler.class)
    void trailing_slash_still_matches_a_literal_resource(ApiGateway gateway) {
        Exchange exchange = gateway.get("/hardcoded/").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasResource("/hardcoded")
                .hasPath("/hardcoded/")
                .hasNullField("pathParameters");
    }

    // Whether an inner // matches a non-greedy resource is not recorded; pins the simulator, which treats the empty
    // segment as a mismatch and explains it [UNCERTAIN] (docs/behavior.md#uncertain-rest-routing).
    @Test
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    void inner_double_slash_does_not_match_a_non_greedy_resource(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets//7").send();

        assertThat(exchange).wasNotInvoked().response().hasStatus(403);
        assertThat(exchange).log().anySatisfy(line -> assertThat(line).contains("the path has \"//\""));
    }

    // A target that repeats the stage's name (/stage/pets/7 on the stage "stage") is /stage/stage/pets/7 to API
    // Gateway: 403 like any miss, and the log says that targets are given after the stage
    // (docs/behavior.md#rest-no-matching-route).
    @Test
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    void a_target_that_names_the_stage_is_a_miss_whose_log_says_why(ApiGateway gateway) {
        Exchange exchange = gateway.get("/stage/pets/7").send();

        assertThat(exchange).wasNotInvoked().response().hasStatus(403);
        assertThat(exchange)
                .log()
                .contains("The target starts with the stage name \"stage\": targets are the path after the stage, so"
                        + " \"/stage/pets/7\" reached the stage as /stage/stage/pets/7; write \"/pets/7\" to request"
                        + " /stage/pets/7");
    }

    // A path whose first segment only starts with the stage's name gets no such hint.
    @Test
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    void a_first_segment_that_only_starts_with_the_stage_name_gets_no_hint(ApiGateway gateway) {
        Exchange exchange = gateway.get("/stages/pets/7").send();

        assertThat(exchange).log().noneSatisfy(line -> assertThat(line).contains("stage name"));
    }
}

package io.apigwsim.behavior.auth;

import static io.apigwsim.behavior.TestJson.json;
import static io.apigwsim.behavior.TestJson.keys;
import static io.apigwsim.behavior.auth.AuthorizerHandlers.policy;
import static io.apigwsim.behavior.auth.AuthorizerHandlers.withContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.SimpleIAMPolicyResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.AuthorizerCall;
import io.apigwsim.AuthorizerCall.Decision;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.behavior.TestClock;
import io.apigwsim.behavior.auth.AuthorizerHandlers.FailingAuthorizer;
import io.apigwsim.behavior.auth.AuthorizerHandlers.ScriptedAuthorizer;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.AuthorizerType;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Authorizer;
import io.apigwsim.junit.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * HTTP API Lambda authorizers, payload format 2.0 and 1.0, with simple responses or IAM policies: the events, the
 * identity sources, the client's answers, the context the integration gets and the cache shared by routes
 * (docs/behavior.md#http-api-lambda-authorizers, #http-api-authorizer-events).
 */
class HttpLambdaAuthorizerTests {

    private static final MethodRequest LAMBDA =
            MethodRequest.builder().authorizer("lambda").build();

    private final TestClock clock = new TestClock(Instant.parse("2026-12-02T10:00:00Z"));

    private static ScriptedAuthorizer simple(boolean authorized) {
        return new ScriptedAuthorizer(event -> Map.of("isAuthorized", authorized));
    }

    private static ScriptedAuthorizer simpleWithContext(Map<String, Object> context) {
        return new ScriptedAuthorizer(event -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("isAuthorized", true);
            answer.put("context", context);
            return answer;
        });
    }

    /** An HTTP API on the $default stage whose routes use one 2.0 authorizer with simple responses. */
    private ApiGateway simpleApi(Object authorizer, int ttlSeconds, String identitySource) {
        AuthorizerDefinition.Builder definition = AuthorizerDefinition.request("lambda", authorizer)
                .payloadFormatVersion("2.0")
                .enableSimpleResponses(true)
                .resultTtlSeconds(ttlSeconds);
        if (identitySource != null) {
            definition.identitySource(identitySource);
        }
        return ApiGateway.builder()
                .httpApi()
                .clock(clock)
                .authorizer(definition)
                .route("POST /lambda", new EchoHandler(), LAMBDA)
                .route("GET /pets/{id}", new EchoHandler(), LAMBDA)
                .route(
                        "GET /v1/pets",
                        Integration.lambdaProxy(new EchoHandler()).payloadFormatVersion("1.0"),
                        LAMBDA)
                .route("GET /open", new EchoHandler())
                .build();
    }

    /** An HTTP API whose routes use one authorizer that returns IAM policies, in the given payload format. */
    private ApiGateway policyApi(Object authorizer, String payloadFormatVersion, int ttlSeconds) {
        return ApiGateway.builder()
                .httpApi()
                .clock(clock)
                .authorizer(AuthorizerDefinition.request("lambda", authorizer)
                        .payloadFormatVersion(payloadFormatVersion)
                        .identitySource("$request.header.Authorization")
                        .resultTtlSeconds(ttlSeconds))
                .route("GET /pets/{id}", new EchoHandler(), LAMBDA)
                .route("POST /pets", new EchoHandler(), LAMBDA)
                .route(
                        "GET /v1/pets",
                        Integration.lambdaProxy(new EchoHandler()).payloadFormatVersion("1.0"),
                        LAMBDA)
                .build();
    }

    private static JsonNode authorizerEvent(Exchange exchange) {
        return json(exchange.authorizer().orElseThrow().event().raw());
    }

    private static JsonNode requestContext(Exchange exchange) {
        return json(exchange.lambdaEvent().raw()).get("requestContext");
    }

    private static AuthorizerCall call(Exchange exchange) {
        return exchange.authorizer().orElseThrow();
    }

    // A 2.0 event for POST /lambda on $default, sent without query, cookies, path parameters or stage variables, has
    // exactly the recorded keys: no body, no isBase64Encoded, identitySource an array, rawQueryString "", headers
    // lower-cased, and the recorded routeArn and requestContext keys (docs/behavior.md#http-api-authorizer-events).
    @Test
    void payload_20_event_has_exactly_the_recorded_keys() {
        ScriptedAuthorizer authorizer = simple(true);

        Exchange exchange = simpleApi(authorizer, 0, "$request.header.Authorization")
                .post("/lambda")
                .header("Authorization", "Bearer foo")
                .header("User-Agent", "HTTPie/3.2.2")
                .send();

        assertThat(exchange).response().hasStatus(200);
        JsonNode event = authorizerEvent(exchange);
        assertThat(keys(event))
                .containsExactly(
                        "version",
                        "type",
                        "routeArn",
                        "identitySource",
                        "routeKey",
                        "rawPath",
                        "rawQueryString",
                        "headers",
                        "requestContext");
        assertThat(event.get("version").asText()).isEqualTo("2.0");
        assertThat(event.get("type").asText()).isEqualTo("REQUEST");
        String apiId = event.at("/requestContext/apiId").asText();
        assertThat(event.get("routeArn").asText())
                .isEqualTo("arn:aws:execute-api:us-east-1:123456789012:" + apiId + "/$default/POST/lambda");
        assertThat(event.get("identitySource").toString()).isEqualTo("[\"Bearer foo\"]");
        assertThat(event.get("routeKey").asText()).isEqualTo("POST /lambda");
        assertThat(event.get("rawPath").asText()).isEqualTo("/lambda");
        assertThat(event.get("rawQueryString").asText()).isEmpty();
        assertThat(event.at("/headers/authorization").asText()).isEqualTo("Bearer foo");
        assertThat(event.at("/headers/content-length").asText()).isEqualTo("0");
        assertThat(event.at("/headers/user-agent").asText()).isEqualTo("HTTPie/3.2.2");
        assertThat(keys(event.get("requestContext")))
                .containsExactly(
                        "accountId",
                        "apiId",
                        "domainName",
                        "domainPrefix",
                        "http",
                        "requestId",
                        "routeKey",
                        "stage",
                        "time",
                        "timeEpoch");
        assertThat(event.at("/requestContext/http/method").asText()).isEqualTo("POST");
        assertThat(event.at("/requestContext/stage").asText()).isEqualTo("$default");
        assertThat(authorizer.calls()).isEqualTo(1);
    }

    // A request with cookies, a query string, path parameters and stage variables adds those keys, each written as
    // in the 2.0 proxy event; identitySource holds each source's value in declaration order
    // (docs/behavior.md#http-api-authorizer-events, #http-api-payload-20-event).
    @Test
    void payload_20_event_carries_cookies_query_path_and_stage_variables_when_present() {
        Exchange exchange = ApiGateway.builder()
                .httpApi()
                .stageVariable("region", "eu")
                .authorizer(AuthorizerDefinition.request("lambda", simple(true))
                        .payloadFormatVersion("2.0")
                        .enableSimpleResponses(true)
                        .identitySource("$request.querystring.key, $stageVariables.region, $context.routeKey,"
                                + " $request.header.X-Tenant"))
                .route("GET /pets/{id}", new EchoHandler(), LAMBDA)
                .build()
                .get("/pets/42?key=k1&key=k2&q=a+b")
                .header("Cookie", "a=1; b=2")
                .header("x-tenant", "acme")
                .send();

        JsonNode event = authorizerEvent(exchange);
        assertThat(keys(event))
                .containsExactly(
                        "version",
                        "type",
                        "routeArn",
                        "identitySource",
                        "routeKey",
                        "rawPath",
                        "rawQueryString",
                        "cookies",
                        "headers",
                        "queryStringParameters",
                        "requestContext",
                        "pathParameters",
                        "stageVariables");
        assertThat(event.get("identitySource").toString()).isEqualTo("[\"k1,k2\",\"eu\",\"GET /pets/{id}\",\"acme\"]");
        assertThat(event.get("routeArn").asText()).endsWith("/$default/GET/pets/42");
        assertThat(event.get("rawQueryString").asText()).isEqualTo("key=k1&key=k2&q=a+b");
        assertThat(event.get("cookies").toString()).isEqualTo("[\"a=1\",\"b=2\"]");
        assertThat(event.get("headers").has("cookie")).isFalse();
        assertThat(event.get("queryStringParameters").toString()).isEqualTo("{\"key\":\"k1,k2\",\"q\":\"a b\"}");
        assertThat(event.get("pathParameters").toString()).isEqualTo("{\"id\":\"42\"}");
        assertThat(event.get("stageVariables").toString()).isEqualTo("{\"region\":\"eu\"}");
        assertThat(event.has("body")).isFalse();
    }

    // On a named stage the routeArn names the stage and the path after it, while rawPath keeps the stage prefix
    // (docs/behavior.md#http-api-authorizer-events, #http-api-stages).
    @Test
    void route_arn_on_a_named_stage_names_the_stage_and_the_path_after_it() {
        Exchange exchange = ApiGateway.builder()
                .httpApi()
                .stage("dev")
                .authorizer(AuthorizerDefinition.request("lambda", simple(true))
                        .payloadFormatVersion("2.0")
                        .enableSimpleResponses(true)
                        .resultTtlSeconds(0))
                .route("ANY /files/{proxy+}", new EchoHandler(), LAMBDA)
                .build()
                .delete("/files/a/b")
                .send();

        JsonNode event = authorizerEvent(exchange);
        assertThat(event.get("routeArn").asText())
                .endsWith(":" + event.at("/requestContext/apiId").asText() + "/dev/DELETE/files/a/b");
        assertThat(event.get("rawPath").asText()).isEqualTo("/dev/files/a/b");
    }

    // An authorizer without identity sources is called for every request, and its 2.0 event's identitySource is
    // JSON null (docs/behavior.md#http-api-authorizer-events).
    @Test
    void authorizer_without_identity_sources_gets_identity_source_null() {
        ScriptedAuthorizer authorizer = simple(true);
        ApiGateway gateway = simpleApi(authorizer, 0, null);

        Exchange exchange = gateway.get("/pets/1").send();
        gateway.get("/pets/1").send();

        assertThat(exchange).response().hasStatus(200);
        assertThat(authorizerEvent(exchange).get("identitySource").isNull()).isTrue();
        assertThat(authorizer.calls()).isEqualTo(2);
    }

    // The 1.0 event is the REST REQUEST event with version "1.0", methodArn, and identitySource and
    // authorizationToken both the identity values joined with commas; empty objects where there are no parameters,
    // no body and no requestContext.authorizer (docs/behavior.md#http-api-authorizer-events).
    @Test
    void payload_10_event_is_the_rest_request_event_with_version_and_joined_identity() {
        ScriptedAuthorizer authorizer = new ScriptedAuthorizer(event -> policy("user-1", "Allow", "*"));
        Exchange exchange = ApiGateway.builder()
                .httpApi()
                .authorizer(AuthorizerDefinition.request("lambda", authorizer)
                        .payloadFormatVersion("1.0")
                        .identitySource("$request.header.Authorization, $request.querystring.tenant"))
                .route("POST /pets", new EchoHandler(), LAMBDA)
                .build()
                .post("/pets?tenant=acme")
                .header("Authorization", "user1")
                .body("{\"name\":\"Rex\"}")
                .send();

        assertThat(exchange).response().hasStatus(200);
        JsonNode event = authorizerEvent(exchange);
        assertThat(keys(event))
                .containsExactly(
                        "version",
                        "type",
                        "methodArn",
                        "identitySource",
                        "authorizationToken",
                        "resource",
                        "path",
                        "httpMethod",
                        "headers",
                        "multiValueHeaders",
                        "queryStringParameters",
                        "multiValueQueryStringParameters",
                        "pathParameters",
                        "stageVariables",
                        "requestContext");
        assertThat(event.get("version").asText()).isEqualTo("1.0");
        assertThat(event.get("type").asText()).isEqualTo("REQUEST");
        assertThat(event.get("methodArn").asText()).endsWith("/$default/POST/pets");
        assertThat(event.get("identitySource").asText()).isEqualTo("user1,acme");
        assertThat(event.get("authorizationToken").asText()).isEqualTo("user1,acme");
        assertThat(event.get("resource").asText()).isEqualTo("/pets");
        assertThat(event.at("/headers/authorization").asText()).isEqualTo("user1");
        assertThat(event.at("/queryStringParameters/tenant").asText()).isEqualTo("acme");
        assertThat(event.get("pathParameters").toString()).isEqualTo("{}");
        assertThat(event.get("stageVariables").toString()).isEqualTo("{}");
        assertThat(event.get("requestContext").has("authorizer")).isFalse();
        assertThat(event.at("/requestContext/stage").asText()).isEqualTo("$default");
    }

    // A declared identity source the request lacks (or sends empty) gets 401 {"message":"Unauthorized"}, 26 bytes and
    // no content-type, without calling the function, even with caching off; header names match in any case, query
    // names exactly (docs/behavior.md#http-api-lambda-authorizers).
    @Test
    void missing_identity_source_gets_401_without_calling_the_function() {
        ScriptedAuthorizer authorizer = simple(true);
        ApiGateway gateway = simpleApi(authorizer, 0, "$request.header.X-Token, $request.querystring.key");

        for (Exchange exchange : List.of(
                gateway.get("/pets/1?key=k").send(),
                gateway.get("/pets/1?Key=k").header("X-Token", "t").send(),
                gateway.get("/pets/1?key=").header("X-Token", "t").send())) {
            assertThat(exchange)
                    .response()
                    .hasStatus(401)
                    .hasBody("{\"message\":\"Unauthorized\"}")
                    .hasHeaderValues("content-length", "26")
                    .doesNotHaveHeader("content-type")
                    .doesNotHaveHeader("x-amzn-ErrorType")
                    .hasHeaderValues("apigw-requestid", exchange.requestId());
            assertThat(exchange).wasNotInvoked();
            assertThat(call(exchange).decision()).isEqualTo(Decision.UNAUTHORIZED);
            assertThat(call(exchange).invoked()).isFalse();
        }
        assertThat(authorizer.calls()).isZero();

        Exchange allowed = gateway.get("/pets/1?key=k").header("x-token", "t").send();
        assertThat(allowed).response().hasStatus(200);
        assertThat(authorizer.calls()).isEqualTo(1);
    }

    // isAuthorized false gets 403 {"message":"Forbidden"} (23 bytes, application/json) and the route's function is
    // not called (docs/behavior.md#http-api-lambda-authorizers).
    @Test
    void simple_response_false_gets_403_forbidden() {
        Exchange exchange = simpleApi(simple(false), 0, "$request.header.Authorization")
                .get("/pets/1")
                .header("Authorization", "t")
                .send();

        assertThat(exchange)
                .response()
                .hasStatus(403)
                .hasBody("{\"message\":\"Forbidden\"}")
                .hasHeaderValues("content-length", "23")
                .hasHeaderValues("content-type", "application/json")
                .doesNotHaveHeader("x-amzn-ErrorType");
        assertThat(exchange).wasNotInvoked();
        assertThat(call(exchange).decision()).isEqualTo(Decision.DENIED);
        assertThat(call(exchange).invoked()).isTrue();
        assertThat(call(exchange).result().raw()).isEqualTo("{\"isAuthorized\":false}");
    }

    // A policy that denies, explicitly or for want of an Allow, gets the same 403 {"message":"Forbidden"}, in both
    // payload formats; the policy is evaluated against the route ARN (docs/behavior.md#http-api-lambda-authorizers).
    @Test
    void denying_policies_get_403_forbidden() {
        for (String version : List.of("2.0", "1.0")) {
            Exchange explicit = policyApi(new ScriptedAuthorizer(event -> policy("u", "Deny", "*")), version, 0)
                    .get("/pets/1")
                    .header("Authorization", "t")
                    .send();
            assertThat(explicit).response().hasStatus(403).hasBody("{\"message\":\"Forbidden\"}");
            assertThat(call(explicit).decision()).as(version).isEqualTo(Decision.DENIED_EXPLICITLY);

            Exchange implicit = policyApi(
                            new ScriptedAuthorizer(event -> policy("u", "Allow", "arn:aws:execute-api:*:*:*/*/POST/*")),
                            version,
                            0)
                    .get("/pets/1")
                    .header("Authorization", "t")
                    .send();
            assertThat(implicit).response().hasStatus(403).hasBody("{\"message\":\"Forbidden\"}");
            assertThat(call(implicit).decision()).as(version).isEqualTo(Decision.DENIED);
            assertThat(implicit).wasNotInvoked();
        }
    }

    // A 2.0 policy Allow of event.routeArn lets the request through, as the guide's example function does
    // (docs/behavior.md#http-api-lambda-authorizers).
    @Test
    void policy_allowing_the_route_arn_lets_the_request_through() {
        ScriptedAuthorizer authorizer =
                new ScriptedAuthorizer(event -> policy("abcdef", "Allow", event.get("routeArn")));

        Exchange exchange = policyApi(authorizer, "2.0", 0)
                .get("/pets/7")
                .header("Authorization", "secretToken")
                .send();

        assertThat(exchange).response().hasStatus(200);
        assertThat(call(exchange).decision()).isEqualTo(Decision.ALLOWED);
        assertThat(call(exchange).principalId()).contains("abcdef");
    }

    // An answer API Gateway cannot use, or a failing function (even one failing with "Unauthorized"), gets 500
    // {"message":"Internal Server Error"} (35 bytes) (docs/behavior.md#http-api-lambda-authorizers,
    // #uncertain-http-api-lambda-authorizers).
    @Test
    void unusable_answers_and_failing_functions_get_500() {
        List<Object> failing = List.of(
                new ScriptedAuthorizer(event -> Map.of("isAuthorized", "true")),
                new ScriptedAuthorizer(event -> Map.of("context", Map.of())),
                new ScriptedAuthorizer(event -> null),
                new FailingAuthorizer("boom"),
                new FailingAuthorizer("Unauthorized"));
        for (Object authorizer : failing) {
            Exchange exchange = simpleApi(authorizer, 0, "$request.header.Authorization")
                    .get("/pets/1")
                    .header("Authorization", "t")
                    .send();
            assertThat(exchange)
                    .response()
                    .hasStatus(500)
                    .hasBody("{\"message\":\"Internal Server Error\"}")
                    .hasHeaderValues("content-length", "35")
                    .hasHeaderValues("content-type", "application/json");
            assertThat(exchange).wasNotInvoked();
            assertThat(call(exchange).decision()).isEqualTo(Decision.FAILED);
        }

        Exchange policyWithoutStatement = policyApi(
                        new ScriptedAuthorizer(event -> Map.of("principalId", "u", "policyDocument", Map.of())),
                        "2.0",
                        0)
                .get("/pets/1")
                .header("Authorization", "t")
                .send();
        assertThat(policyWithoutStatement).response().hasStatus(500);
        assertThat(policyWithoutStatement)
                .log()
                .anySatisfy(line -> assertThat(line).contains("returned an answer API Gateway cannot use"));
    }

    // A 2.0 integration gets requestContext.authorizer.lambda, right after apiId: the context with its JSON types,
    // lists and objects included (docs/behavior.md#http-api-authorizer-events).
    @Test
    void payload_20_integration_gets_the_context_under_lambda_with_its_json_types() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("stringKey", "value");
        context.put("numberKey", 1);
        context.put("booleanKey", true);
        context.put("arrayKey", List.of("value1", "value2"));
        context.put("mapKey", Map.of("value1", "value2"));

        Exchange exchange = simpleApi(simpleWithContext(context), 0, "$request.header.Authorization")
                .get("/pets/1")
                .header("Authorization", "secretToken")
                .send();

        JsonNode requestContext = requestContext(exchange);
        assertThat(keys(requestContext).subList(0, 3)).containsExactly("accountId", "apiId", "authorizer");
        assertThat(requestContext.get("authorizer").toString())
                .isEqualTo("{\"lambda\":{\"stringKey\":\"value\",\"numberKey\":1,\"booleanKey\":true,"
                        + "\"arrayKey\":[\"value1\",\"value2\"],\"mapKey\":{\"value1\":\"value2\"}}}");
        assertThat(exchange).lambdaEvent().hasRequestContextField("authorizer.lambda.stringKey", "value");
    }

    // Without a context the 2.0 integration still gets the key: {"lambda": null}, as recorded
    // (docs/behavior.md#http-api-authorizer-events).
    @Test
    void payload_20_integration_gets_lambda_null_without_a_context() {
        Exchange exchange = simpleApi(simple(true), 0, "$request.header.Authorization")
                .post("/lambda")
                .header("Authorization", "Bearer foo")
                .send();

        assertThat(requestContext(exchange).get("authorizer").toString()).isEqualTo("{\"lambda\":null}");
    }

    // A 2.0 policy answer's context reaches a 2.0 integration the same way, under lambda
    // (docs/behavior.md#http-api-authorizer-events).
    @Test
    void policy_context_reaches_a_payload_20_integration_under_lambda() {
        ScriptedAuthorizer authorizer = new ScriptedAuthorizer(
                event -> withContext(policy("user-7", "Allow", "*"), Map.of("tier", 3, "roles", List.of("a"))));

        Exchange exchange = policyApi(authorizer, "2.0", 0)
                .get("/pets/1")
                .header("Authorization", "t")
                .send();

        JsonNode lambda = requestContext(exchange).at("/authorizer/lambda");
        assertThat(lambda.get("tier").isInt()).isTrue();
        assertThat(lambda.get("roles").toString()).isEqualTo("[\"a\"]");
        assertThat(keys(requestContext(exchange).get("authorizer"))).containsExactly("lambda");
    }

    // A 1.0 integration gets the context merged into requestContext.authorizer REST-style: principalId,
    // integrationLatency and every value stringified [UNCERTAIN] (docs/behavior.md#http-api-authorizer-events,
    // #uncertain-http-api-lambda-authorizers).
    @Test
    void payload_10_integration_gets_the_context_merged_and_stringified() {
        ScriptedAuthorizer authorizer = new ScriptedAuthorizer(event -> withContext(
                policy("user-7", "Allow", "*"), Map.of("tenant", "acme", "tier", 3, "roles", List.of("a", "b"))));

        Exchange exchange = policyApi(authorizer, "1.0", 0)
                .get("/v1/pets")
                .header("Authorization", "t")
                .send();

        JsonNode output = requestContext(exchange).get("authorizer");
        assertThat(output.get("principalId").asText()).isEqualTo("user-7");
        assertThat(output.get("integrationLatency").isNumber()).isTrue();
        assertThat(output.get("tenant").asText()).isEqualTo("acme");
        assertThat(output.get("tier").asText()).isEqualTo("3");
        assertThat(output.get("roles").asText()).isEqualTo("[\"a\",\"b\"]");
        assertThat(output.has("claims")).isFalse();

        Exchange simpleAllowed = simpleApi(simpleWithContext(Map.of("tier", 2)), 0, "$request.header.Authorization")
                .get("/v1/pets")
                .header("Authorization", "t")
                .send();
        JsonNode simpleOutput = requestContext(simpleAllowed).get("authorizer");
        assertThat(keys(simpleOutput)).containsExactly("integrationLatency", "tier");
        assertThat(simpleOutput.get("tier").asText()).isEqualTo("2");
    }

    // A route without an authorizer has no authorizer key in its 2.0 event and records no authorizer call
    // (docs/behavior.md#http-api-payload-20-event).
    @Test
    void open_route_has_no_authorizer_key() {
        Exchange exchange = simpleApi(simple(true), 0, "$request.header.Authorization")
                .get("/open")
                .send();

        assertThat(requestContext(exchange).has("authorizer")).isFalse();
        assertThat(exchange.authorizer()).isEmpty();
    }

    // With caching on, the answer is shared by every route that uses the authorizer: a cached isAuthorized true
    // allows another route without a call, until the TTL passes on the gateway's clock
    // (docs/behavior.md#http-api-lambda-authorizers, #http-api-simple-responses).
    @Test
    void cached_simple_answer_is_shared_by_every_route_until_the_ttl_passes() {
        ScriptedAuthorizer authorizer = simpleWithContext(Map.of("tenant", "acme"));
        ApiGateway gateway = simpleApi(authorizer, 60, "$request.header.Authorization");

        Exchange first = gateway.post("/lambda").header("Authorization", "t").send();
        clock.advance(Duration.ofSeconds(59));
        Exchange second = gateway.get("/pets/9").header("authorization", "t").send();

        assertThat(authorizer.calls()).isEqualTo(1);
        assertThat(call(first).fromCache()).isFalse();
        assertThat(call(second).fromCache()).isTrue();
        assertThat(call(second).invoked()).isFalse();
        assertThat(call(second).result().raw()).isEqualTo(call(first).result().raw());
        assertThat(second).response().hasStatus(200);
        assertThat(exchangeTenant(second)).isEqualTo("acme");

        gateway.get("/pets/9").header("Authorization", "other").send();
        assertThat(authorizer.calls()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        Exchange expired = gateway.get("/pets/9").header("Authorization", "t").send();
        assertThat(call(expired).fromCache()).isFalse();
        assertThat(authorizer.calls()).isEqualTo(3);
    }

    private static String exchangeTenant(Exchange exchange) {
        return requestContext(exchange).at("/authorizer/lambda/tenant").asText();
    }

    // A cached false denies every route too (docs/behavior.md#http-api-simple-responses).
    @Test
    void cached_simple_false_denies_every_route() {
        ScriptedAuthorizer authorizer = simple(false);
        ApiGateway gateway = simpleApi(authorizer, 300, "$request.header.Authorization");

        gateway.post("/lambda").header("Authorization", "t").send();
        Exchange second = gateway.get("/pets/1").header("Authorization", "t").send();

        assertThat(second).response().hasStatus(403);
        assertThat(call(second).fromCache()).isTrue();
        assertThat(authorizer.calls()).isEqualTo(1);
    }

    // A cached policy is evaluated again for each route ARN: a policy allowing only the first route's ARN denies the
    // next route on a cache hit (docs/behavior.md#http-api-lambda-authorizers, #rest-authorizer-caching).
    @Test
    void cached_policy_for_one_route_denies_the_next_route() {
        ScriptedAuthorizer authorizer = new ScriptedAuthorizer(event -> policy("u", "Allow", event.get("routeArn")));
        ApiGateway gateway = policyApi(authorizer, "2.0", 300);

        Exchange get = gateway.get("/pets/1").header("Authorization", "t").send();
        Exchange post =
                gateway.post("/pets").header("Authorization", "t").body("{}").send();

        assertThat(get).response().hasStatus(200);
        assertThat(post).response().hasStatus(403).hasBody("{\"message\":\"Forbidden\"}");
        assertThat(call(post).fromCache()).isTrue();
        assertThat(call(post).decision()).isEqualTo(Decision.DENIED);
        assertThat(authorizer.calls()).isEqualTo(1);
    }

    // Adding $context.routeKey to the identity sources caches per route: each route calls the function once
    // (docs/behavior.md#http-api-lambda-authorizers).
    @Test
    void route_key_in_the_identity_sources_caches_per_route() {
        ScriptedAuthorizer authorizer = simple(true);
        ApiGateway gateway = simpleApi(authorizer, 300, "$request.header.Authorization, $context.routeKey");

        gateway.get("/pets/1").header("Authorization", "t").send();
        gateway.get("/pets/2").header("Authorization", "t").send();
        gateway.post("/lambda").header("Authorization", "t").send();
        gateway.post("/lambda").header("Authorization", "t").send();

        assertThat(authorizer.calls()).isEqualTo(2);
    }

    // Failures are not cached: the next request with the same identity calls the function again
    // (docs/behavior.md#http-api-lambda-authorizers, #rest-authorizer-caching).
    @Test
    void failures_are_not_cached() {
        FailingAuthorizer authorizer = new FailingAuthorizer("boom");
        ApiGateway gateway = simpleApi(authorizer, 300, "$request.header.Authorization");

        gateway.get("/pets/1").header("Authorization", "t").send();
        gateway.get("/pets/1").header("Authorization", "t").send();

        assertThat(authorizer.calls()).isEqualTo(2);
    }

    /** A 2.0 authorizer typed with the events library's class, answering a simple response as a map. */
    static final class TypedAuthorizer
            implements RequestHandler<APIGatewayV2CustomAuthorizerEvent, Map<String, Object>> {

        @Override
        public Map<String, Object> handleRequest(APIGatewayV2CustomAuthorizerEvent event, Context context) {
            boolean allowed = "secretToken".equals(event.getHeaders().get("authorization"));
            return Map.of("isAuthorized", allowed, "context", Map.of("route", event.getRouteArn()));
        }
    }

    // The 2.0 event deserializes into aws-lambda-java-events' APIGatewayV2CustomAuthorizerEvent
    // (docs/behavior.md#http-api-authorizer-events).
    @Test
    void typed_handler_reads_the_payload_20_event() {
        ApiGateway gateway = simpleApi(new TypedAuthorizer(), 0, "$request.header.Authorization");

        Exchange allowed =
                gateway.get("/pets/3").header("Authorization", "secretToken").send();
        Exchange denied =
                gateway.get("/pets/3").header("Authorization", "guess").send();

        assertThat(allowed).response().hasStatus(200);
        assertThat(exchangeRoute(allowed)).endsWith("/$default/GET/pets/3");
        assertThat(denied).response().hasStatus(403);
    }

    /** A 2.0 authorizer typed with the events library's event and simple response. */
    static final class SimpleResponseAuthorizer
            implements RequestHandler<APIGatewayV2CustomAuthorizerEvent, SimpleIAMPolicyResponse> {

        @Override
        public SimpleIAMPolicyResponse handleRequest(APIGatewayV2CustomAuthorizerEvent event, Context context) {
            return SimpleIAMPolicyResponse.builder()
                    .withIsAuthorized(event.getIdentitySource().contains("secretToken"))
                    .withContext(Map.of("plan", "gold"))
                    .build();
        }
    }

    // The events library's SimpleIAMPolicyResponse serializes into the simple response API Gateway reads
    // (docs/behavior.md#http-api-simple-responses).
    @Test
    void typed_simple_iam_policy_response_is_read_as_a_simple_response() {
        ApiGateway gateway = simpleApi(new SimpleResponseAuthorizer(), 0, "$request.header.Authorization");

        Exchange allowed =
                gateway.get("/pets/3").header("Authorization", "secretToken").send();
        Exchange denied =
                gateway.get("/pets/3").header("Authorization", "guess").send();

        assertThat(call(allowed).result().raw()).contains("\"isAuthorized\":true");
        assertThat(allowed).response().hasStatus(200);
        assertThat(requestContext(allowed).at("/authorizer/lambda/plan").asText())
                .isEqualTo("gold");
        assertThat(denied).response().hasStatus(403);
    }

    private static String exchangeRoute(Exchange exchange) {
        return requestContext(exchange).at("/authorizer/lambda/route").asText();
    }

    // AWS requires a payload format version for an HTTP API Lambda authorizer; the build fails naming the
    // authorizer and the fix (docs/behavior.md#http-api-lambda-authorizers).
    @Test
    void http_api_lambda_authorizer_without_payload_format_version_fails_at_build() {
        assertThatThrownBy(() -> ApiGateway.builder()
                        .httpApi()
                        .authorizer(AuthorizerDefinition.request("lambda", simple(true))
                                .resultTtlSeconds(0))
                        .route("GET /pets", new EchoHandler(), LAMBDA)
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("authorizer \"lambda\" is a Lambda authorizer of an HTTP API without a payload format"
                        + " version, which API Gateway requires: set payloadFormatVersion(\"2.0\"), or \"1.0\" for the"
                        + " REST-compatible event (payloadFormatVersion = \"2.0\" on @Authorizer), and write identity"
                        + " sources as $request.header.<name>");
        assertThatThrownBy(() -> AuthorizerDefinition.request("lambda", simple(true))
                        .identitySource("$request.header.Authorization")
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("written the HTTP API way, but no payload format version")
                .hasMessageContaining("payloadFormatVersion(\"2.0\")");
    }

    // REST-only settings are refused on an HTTP API: TOKEN authorizers and validation expressions
    // (docs/behavior.md#http-api-lambda-authorizers).
    @Test
    void rest_only_settings_fail_at_build_on_an_http_api() {
        assertThatThrownBy(() -> ApiGateway.builder()
                        .httpApi()
                        .authorizer(AuthorizerDefinition.token("bearer", simple(true))
                                .validationExpression("Bearer .+"))
                        .route(
                                "GET /pets",
                                new EchoHandler(),
                                MethodRequest.builder().authorizer("bearer").build())
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("authorizer \"bearer\" is a TOKEN authorizer of an HTTP API, which API Gateway does not"
                        + " offer (nor validation expressions): an HTTP API Lambda authorizer is a REQUEST authorizer;"
                        + " declare AuthorizerDefinition.request(name, handler).payloadFormatVersion(\"2.0\")"
                        + ".identitySource(\"$request.header.Authorization\")");
        assertThatThrownBy(() -> AuthorizerDefinition.request("lambda", simple(true))
                        .payloadFormatVersion("2.0")
                        .identitySource("$request.header.Authorization")
                        .validationExpression("Bearer .+")
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("authorizer \"lambda\" sets a validation expression, which only REST API TOKEN authorizers"
                        + " have; an HTTP API Lambda authorizer's function checks the identity itself");
        assertThatThrownBy(() -> AuthorizerDefinition.token("bearer", simple(true))
                        .payloadFormatVersion("2.0")
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("is a TOKEN authorizer with a payload format version");
    }

    // HTTP API settings are refused on a REST API (docs/behavior.md#http-api-lambda-authorizers).
    @Test
    void http_api_settings_fail_at_build_on_a_rest_api() {
        assertThatThrownBy(() -> ApiGateway.builder()
                        .authorizer(AuthorizerDefinition.request("lambda", simple(true))
                                .payloadFormatVersion("2.0")
                                .enableSimpleResponses(true)
                                .identitySource("$request.header.Authorization"))
                        .route("GET /pets", new EchoHandler(), LAMBDA)
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("authorizer \"lambda\" sets payload format version 2.0, which only HTTP API Lambda"
                        + " authorizers have (docs/behavior.md#http-api-lambda-authorizers); a REST API's REQUEST"
                        + " authorizer receives the REST event: remove payloadFormatVersion and enableSimpleResponses"
                        + " and write its identity sources as method.request.header.<name>");
    }

    // The HTTP API settings are checked when the authorizer is built: the version, simple responses with 2.0 only,
    // identity sources in the HTTP syntax, and caching only with an identity source
    // (docs/behavior.md#http-api-lambda-authorizers).
    @Test
    void invalid_http_api_authorizer_settings_fail_at_build() {
        assertThatThrownBy(() -> AuthorizerDefinition.request("lambda", simple(true))
                        .payloadFormatVersion("3.0")
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("authorizer \"lambda\" has payload format version \"3.0\"; an HTTP API Lambda"
                        + " authorizer's is \"2.0\" or \"1.0\"");
        assertThatThrownBy(() -> AuthorizerDefinition.request("lambda", simple(true))
                        .payloadFormatVersion("1.0")
                        .enableSimpleResponses(true)
                        .resultTtlSeconds(0)
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("enables simple responses, which only HTTP API Lambda authorizers of payload"
                        + " format 2.0 give");
        assertThatThrownBy(() -> AuthorizerDefinition.request("lambda", simple(true))
                        .payloadFormatVersion("2.0")
                        .identitySource("method.request.header.Authorization")
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("authorizer \"lambda\" has identity source \"method.request.header.Authorization\"; an"
                        + " HTTP API Lambda authorizer writes $request.header.<name>, $request.querystring.<name>,"
                        + " $stageVariables.<name> or $context.<variable>, separated by commas, here"
                        + " $request.header.Authorization");
        assertThatThrownBy(() -> AuthorizerDefinition.request("lambda", simple(true))
                        .payloadFormatVersion("2.0")
                        .identitySource("$request.path.id")
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("path parameters");
        assertThatThrownBy(() -> AuthorizerDefinition.request("lambda", simple(true))
                        .payloadFormatVersion("2.0")
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("authorizer \"lambda\" caches answers for 300 seconds (the default) but has no identity"
                        + " source; API Gateway caches an HTTP API authorizer's answers by their identity source"
                        + " values, so name at least one, such as $request.header.Authorization, or turn caching off"
                        + " with resultTtlSeconds(0)");
    }

    /** The same authorizer declared with annotations. */
    @Nested
    @ApiGatewayTest(type = ApiType.HTTP)
    @Authorizer(
            name = "lambda",
            type = AuthorizerType.REQUEST,
            handler = TypedAuthorizer.class,
            payloadFormatVersion = "2.0",
            enableSimpleResponses = true,
            identitySource = "$request.header.Authorization")
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class, authorizer = "lambda")
    class Annotated {

        // @Authorizer's payloadFormatVersion and enableSimpleResponses declare the same authorizer, cached for the
        // default 300 seconds (docs/behavior.md#http-api-lambda-authorizers).
        @Test
        void annotated_authorizer_answers_with_simple_responses(ApiGateway gateway) {
            Exchange allowed = gateway.get("/pets/1")
                    .header("Authorization", "secretToken")
                    .send();
            Exchange cached = gateway.get("/pets/2")
                    .header("Authorization", "secretToken")
                    .send();
            Exchange refused = gateway.get("/pets/1").send();

            assertThat(allowed).response().hasStatus(200);
            assertThat(call(cached).fromCache()).isTrue();
            assertThat(refused).response().hasStatus(401);
            assertThat(allowed).authorizerEvent().hasField("version", "2.0");
        }
    }
}

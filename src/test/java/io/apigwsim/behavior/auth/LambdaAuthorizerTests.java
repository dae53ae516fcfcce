package io.apigwsim.behavior.auth;

import static io.apigwsim.behavior.TestJson.json;
import static io.apigwsim.behavior.TestJson.keys;
import static io.apigwsim.behavior.auth.AuthorizerHandlers.policy;
import static io.apigwsim.behavior.auth.AuthorizerHandlers.withContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.AuthorizerCall;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.behavior.TestClock;
import io.apigwsim.behavior.auth.AuthorizerHandlers.FailingAuthorizer;
import io.apigwsim.behavior.auth.AuthorizerHandlers.ScriptedAuthorizer;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.MethodRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * REST TOKEN and REQUEST Lambda authorizers: the event, the identity checks, the policy decision, the client's
 * answers and the result cache (docs/behavior.md#rest-lambda-authorizers).
 */
class LambdaAuthorizerTests {

    private static final MethodRequest BEARER =
            MethodRequest.builder().authorizer("bearer").build();
    private static final MethodRequest TENANT =
            MethodRequest.builder().authorizer("tenant").build();

    private final TestClock clock = new TestClock(Instant.parse("2026-12-02T10:00:00Z"));

    private ApiGateway tokenApi(Object authorizer, int ttlSeconds) {
        return ApiGateway.builder()
                .clock(clock)
                .authorizer(AuthorizerDefinition.token("bearer", authorizer).resultTtlSeconds(ttlSeconds))
                .route("GET /pets/{id}", new EchoHandler(), BEARER)
                .route("POST /pets", new EchoHandler(), BEARER)
                .route("GET /", new EchoHandler(), BEARER)
                .route("GET /open", new EchoHandler())
                .build();
    }

    private static ScriptedAuthorizer allowingEverything() {
        return new ScriptedAuthorizer(event -> policy("user-1", "Allow", "*"));
    }

    private static String apiId(Exchange exchange) {
        return json(exchange.lambdaEvent().raw()).at("/requestContext/apiId").asText();
    }

    // A TOKEN authorizer receives exactly type, methodArn and authorizationToken, in that order; the token is the
    // whole header value and the ARN carries the request's own path values
    // (docs/behavior.md#rest-token-authorizer-event, #rest-authorizer-method-arn).
    @Test
    void token_authorizer_receives_type_method_arn_and_the_whole_header_value() {
        ApiGateway gateway = tokenApi(allowingEverything(), 300);

        Exchange exchange = gateway.get("/pets/42")
                .header("Authorization", "Bearer abc.def")
                .send();

        assertThat(exchange).response().hasStatus(200);
        JsonNode event = json(exchange.authorizer().orElseThrow().event().raw());
        assertThat(keys(event)).containsExactly("type", "methodArn", "authorizationToken");
        assertThat(event.get("type").asText()).isEqualTo("TOKEN");
        assertThat(event.get("authorizationToken").asText()).isEqualTo("Bearer abc.def");
        assertThat(event.get("methodArn").asText())
                .isEqualTo("arn:aws:execute-api:us-east-1:123456789012:" + apiId(exchange) + "/test/GET/pets/42");
        assertThat(exchange).authorizerEvent().hasField("authorizationToken", "Bearer abc.def");
    }

    // The root resource's ARN ends with the method and a slash (docs/behavior.md#rest-authorizer-method-arn).
    @Test
    void method_arn_of_the_root_resource_ends_with_a_slash() {
        Exchange exchange = tokenApi(allowingEverything(), 300)
                .get("/")
                .header("Authorization", "t")
                .send();

        assertThat(json(exchange.authorizer().orElseThrow().event().raw())
                        .get("methodArn")
                        .asText())
                .endsWith("/test/GET/");
    }

    // A missing or empty token header gets 401 {"message":"Unauthorized"} (26 bytes) without calling the authorizer
    // (docs/behavior.md#rest-authorizer-client-responses).
    @Test
    void missing_or_empty_token_gets_401_without_calling_the_authorizer() {
        ScriptedAuthorizer authorizer = allowingEverything();
        ApiGateway gateway = tokenApi(authorizer, 300);

        for (Exchange exchange : List.of(
                gateway.get("/pets/1").send(),
                gateway.get("/pets/1").header("Authorization", "").send())) {
            assertThat(exchange)
                    .response()
                    .hasStatus(401)
                    .hasBody("{\"message\":\"Unauthorized\"}")
                    .hasHeaderValues("Content-Length", "26")
                    .hasHeaderValues("x-amzn-ErrorType", "UnauthorizedException");
            assertThat(exchange).wasNotInvoked();
            assertThat(exchange.authorizer().orElseThrow().decision()).isEqualTo(AuthorizerCall.Decision.UNAUTHORIZED);
            assertThat(exchange.authorizer().orElseThrow().invoked()).isFalse();
        }
        assertThat(authorizer.calls()).isZero();
    }

    // The validation expression gates the token: the whole token must match, else 401 without a call
    // (docs/behavior.md#rest-authorizer-identity-sources).
    @Test
    void token_failing_the_validation_expression_gets_401_without_calling_the_authorizer() {
        ScriptedAuthorizer authorizer = allowingEverything();
        ApiGateway gateway = ApiGateway.builder()
                .authorizer(AuthorizerDefinition.token("bearer", authorizer).validationExpression("Bearer [a-z]+"))
                .route("GET /pets", new EchoHandler(), BEARER)
                .build();

        assertThat(gateway.get("/pets").header("Authorization", "Bearer abc1").send())
                .response()
                .hasStatus(401);
        assertThat(gateway.get("/pets").header("Authorization", "xBearer abc").send())
                .response()
                .hasStatus(401);
        assertThat(authorizer.calls()).isZero();

        Exchange allowed =
                gateway.get("/pets").header("Authorization", "Bearer abc").send();
        assertThat(allowed).response().hasStatus(200);
        assertThat(allowed).authorizerEvent().hasField("authorizationToken", "Bearer abc");
    }

    // An authorizer that fails with exactly "Unauthorized" gets 401; any other failure gets 500 {"message":null}
    // (16 bytes) with AuthorizerConfigurationException (docs/behavior.md#rest-authorizer-client-responses).
    @Test
    void authorizer_failing_with_unauthorized_gets_401_and_with_anything_else_500() {
        Exchange unauthorized = tokenApi(new FailingAuthorizer("Unauthorized"), 300)
                .get("/pets/1")
                .header("Authorization", "t")
                .send();
        assertThat(unauthorized).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");

        Exchange failed = tokenApi(new FailingAuthorizer("Unauthorized: token expired"), 300)
                .get("/pets/1")
                .header("Authorization", "t")
                .send();
        assertThat(failed)
                .response()
                .hasStatus(500)
                .hasBody("{\"message\":null}")
                .hasHeaderValues("Content-Length", "16")
                .hasHeaderValues("x-amzn-ErrorType", "AuthorizerConfigurationException");
        assertThat(failed).wasNotInvoked();
        assertThat(failed.authorizer().orElseThrow().decision()).isEqualTo(AuthorizerCall.Decision.FAILED);
        assertThat(failed).log().anySatisfy(line -> assertThat(line).contains("Unauthorized: token expired"));
    }

    // An explicit Deny gets 403 with the capital-M body (82 bytes) and AccessDeniedException; no matching Allow gets
    // the shorter message (docs/behavior.md#rest-authorizer-client-responses).
    @Test
    void explicit_deny_and_no_matching_allow_get_their_403s() {
        Exchange explicit = tokenApi(new ScriptedAuthorizer(event -> policy("u", "Deny", "*")), 300)
                .get("/pets/1")
                .header("Authorization", "t")
                .send();
        assertThat(explicit)
                .response()
                .hasStatus(403)
                .hasBody("{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}")
                .hasHeaderValues("Content-Length", "82")
                .hasHeaderValues("x-amzn-ErrorType", "AccessDeniedException");
        assertThat(explicit.authorizer().orElseThrow().decision()).isEqualTo(AuthorizerCall.Decision.DENIED_EXPLICITLY);

        Exchange implicit = tokenApi(
                        new ScriptedAuthorizer(event -> policy("u", "Allow", "arn:aws:execute-api:*:*:*/*/POST/*")),
                        300)
                .get("/pets/1")
                .header("Authorization", "t")
                .send();
        assertThat(implicit)
                .response()
                .hasStatus(403)
                .hasBody("{\"Message\":\"User is not authorized to access this resource\"}");
        assertThat(implicit.authorizer().orElseThrow().decision()).isEqualTo(AuthorizerCall.Decision.DENIED);
        assertThat(implicit).wasNotInvoked();
    }

    // The function receives principalId, integrationLatency (a number) and each context value as a string, right
    // after resourceId (docs/behavior.md#rest-authorizer-output-in-events).
    @Test
    void allowed_request_carries_the_principal_and_stringified_context_to_the_function() {
        ScriptedAuthorizer authorizer = new ScriptedAuthorizer(event -> withContext(
                policy("user-7", "Allow", event.get("methodArn")), Map.of("tenant", "acme", "tier", 3, "admin", true)));

        Exchange exchange = tokenApi(authorizer, 300)
                .get("/pets/42")
                .header("Authorization", "t")
                .send();

        JsonNode context = json(exchange.lambdaEvent().raw()).get("requestContext");
        assertThat(keys(context).subList(0, 2)).containsExactly("resourceId", "authorizer");
        JsonNode authorizerOutput = context.get("authorizer");
        assertThat(authorizerOutput.get("principalId").asText()).isEqualTo("user-7");
        assertThat(authorizerOutput.get("integrationLatency").isNumber()).isTrue();
        assertThat(authorizerOutput.get("tenant").asText()).isEqualTo("acme");
        assertThat(authorizerOutput.get("tier").isTextual()).isTrue();
        assertThat(authorizerOutput.get("tier").asText()).isEqualTo("3");
        assertThat(authorizerOutput.get("admin").asText()).isEqualTo("true");
        assertThat(exchange.authorizer().orElseThrow().principalId()).contains("user-7");
    }

    // A route without an authorizer has no authorizer key at all (docs/behavior.md#rest-authorizer-output-in-events).
    @Test
    void open_route_has_no_authorizer_key_and_no_authorizer_call() {
        Exchange exchange = tokenApi(allowingEverything(), 300).get("/open").send();

        assertThat(json(exchange.lambdaEvent().raw()).get("requestContext").has("authorizer"))
                .isFalse();
        assertThat(exchange.authorizer()).isEmpty();
    }

    // Object or array context values, and results that are not a policy, get 500 {"message":null}
    // (docs/behavior.md#rest-authorizer-output, #rest-authorizer-client-responses).
    @Test
    void unusable_authorizer_output_gets_500() {
        List<ScriptedAuthorizer> unusable = List.of(
                new ScriptedAuthorizer(
                        event -> withContext(policy("u", "Allow", "*"), Map.of("roles", List.of("a", "b")))),
                new ScriptedAuthorizer(event -> Map.of("statusCode", 200, "body", "ok")),
                new ScriptedAuthorizer(event -> null));
        for (ScriptedAuthorizer authorizer : unusable) {
            Exchange exchange = tokenApi(authorizer, 300)
                    .get("/pets/1")
                    .header("Authorization", "t")
                    .send();
            assertThat(exchange).response().hasStatus(500).hasBody("{\"message\":null}");
            assertThat(exchange).wasNotInvoked();
        }
    }

    // With caching on, the same token is answered from the cache until the TTL passes, on the gateway's clock
    // (docs/behavior.md#rest-authorizer-caching).
    @Test
    void same_token_is_answered_from_the_cache_until_the_ttl_passes() {
        ScriptedAuthorizer authorizer = allowingEverything();
        ApiGateway gateway = tokenApi(authorizer, 60);

        Exchange first = gateway.get("/pets/1").header("Authorization", "t").send();
        clock.advance(Duration.ofSeconds(59));
        Exchange second = gateway.get("/pets/2").header("Authorization", "t").send();

        assertThat(authorizer.calls()).isEqualTo(1);
        assertThat(first.authorizer().orElseThrow().fromCache()).isFalse();
        assertThat(second.authorizer().orElseThrow().fromCache()).isTrue();
        assertThat(second.authorizer().orElseThrow().invoked()).isFalse();
        assertThat(second).response().hasStatus(200);
        assertThat(json(second.lambdaEvent().raw())
                        .at("/requestContext/authorizer/principalId")
                        .asText())
                .isEqualTo("user-1");

        gateway.get("/pets/3").header("Authorization", "other").send();
        assertThat(authorizer.calls()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        Exchange expired = gateway.get("/pets/1").header("Authorization", "t").send();
        assertThat(authorizer.calls()).isEqualTo(3);
        assertThat(expired.authorizer().orElseThrow().fromCache()).isFalse();
    }

    // TTL 0 turns caching off: every request calls the authorizer (docs/behavior.md#rest-authorizer-caching).
    @Test
    void ttl_zero_calls_the_authorizer_for_every_request() {
        ScriptedAuthorizer authorizer = allowingEverything();
        ApiGateway gateway = tokenApi(authorizer, 0);

        gateway.get("/pets/1").header("Authorization", "t").send();
        gateway.get("/pets/1").header("Authorization", "t").send();

        assertThat(authorizer.calls()).isEqualTo(2);
    }

    // The cached policy is evaluated again for each method ARN: a policy naming only the first method denies the
    // next one on a cache hit, as on AWS (docs/behavior.md#rest-authorizer-caching).
    @Test
    void cached_policy_for_one_method_denies_the_next_method() {
        ScriptedAuthorizer authorizer = new ScriptedAuthorizer(event -> policy("u", "Allow", event.get("methodArn")));
        ApiGateway gateway = tokenApi(authorizer, 300);

        Exchange get = gateway.get("/pets/1").header("Authorization", "t").send();
        Exchange post =
                gateway.post("/pets").header("Authorization", "t").body("{}").send();
        Exchange otherPet = gateway.get("/pets/2").header("Authorization", "t").send();

        assertThat(get).response().hasStatus(200);
        assertThat(post)
                .response()
                .hasStatus(403)
                .hasBody("{\"Message\":\"User is not authorized to access this resource\"}");
        assertThat(otherPet).response().hasStatus(403);
        assertThat(post.authorizer().orElseThrow().fromCache()).isTrue();
        assertThat(authorizer.calls()).isEqualTo(1);
    }

    // Failures are never cached: an Unauthorized answer is asked again next time
    // (docs/behavior.md#rest-authorizer-caching).
    @Test
    void unauthorized_answers_are_not_cached() {
        FailingAuthorizer authorizer = new FailingAuthorizer("Unauthorized");
        ApiGateway gateway = tokenApi(authorizer, 300);

        gateway.get("/pets/1").header("Authorization", "t").send();
        gateway.get("/pets/1").header("Authorization", "t").send();

        assertThat(authorizer.calls()).isEqualTo(2);
    }

    private ApiGateway requestApi(Object authorizer, int ttlSeconds, String identitySource) {
        AuthorizerDefinition.Builder definition =
                AuthorizerDefinition.request("tenant", authorizer).resultTtlSeconds(ttlSeconds);
        if (identitySource != null) {
            definition.identitySource(identitySource);
        }
        return ApiGateway.builder()
                .clock(clock)
                .stageVariable("region", "eu")
                .authorizer(definition)
                .route("POST /tenants/{tenant}/pets", new EchoHandler(), TENANT)
                .route("GET /pets", new EchoHandler(), TENANT)
                .build();
    }

    // A REQUEST authorizer receives the request without its body: exactly these keys, in this order, with empty
    // objects where the proxy event has null, and a requestContext without authorizer
    // (docs/behavior.md#rest-request-authorizer-event).
    @Test
    void request_authorizer_receives_the_request_without_its_body() {
        ScriptedAuthorizer authorizer = allowingEverything();
        Exchange exchange = requestApi(authorizer, 0, "method.request.header.X-Tenant")
                .post("/tenants/acme/pets?x=1&x=2")
                .header("X-Tenant", "acme")
                .body("{\"name\":\"Rex\"}")
                .send();

        JsonNode event = json(exchange.authorizer().orElseThrow().event().raw());
        assertThat(keys(event))
                .containsExactly(
                        "type",
                        "methodArn",
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
        assertThat(event.get("type").asText()).isEqualTo("REQUEST");
        assertThat(event.get("methodArn").asText()).endsWith("/test/POST/tenants/acme/pets");
        assertThat(event.get("resource").asText()).isEqualTo("/tenants/{tenant}/pets");
        assertThat(event.at("/headers/X-Tenant").asText()).isEqualTo("acme");
        assertThat(event.at("/queryStringParameters/x").asText()).isEqualTo("2");
        assertThat(event.at("/multiValueQueryStringParameters/x").toString()).isEqualTo("[\"1\",\"2\"]");
        assertThat(event.at("/pathParameters/tenant").asText()).isEqualTo("acme");
        assertThat(event.at("/stageVariables/region").asText()).isEqualTo("eu");
        assertThat(event.get("requestContext").has("authorizer")).isFalse();
        assertThat(keys(event.get("requestContext"))).hasSize(16);
    }

    // Without query or path parameters, the REQUEST event has empty objects, not null
    // (docs/behavior.md#rest-request-authorizer-event).
    @Test
    void request_authorizer_event_has_empty_objects_for_absent_parameters() {
        Exchange exchange = ApiGateway.builder()
                .authorizer(AuthorizerDefinition.request("tenant", allowingEverything())
                        .resultTtlSeconds(0))
                .route("GET /pets", new EchoHandler(), TENANT)
                .build()
                .get("/pets")
                .send();

        JsonNode event = json(exchange.authorizer().orElseThrow().event().raw());
        for (String key : List.of(
                "queryStringParameters", "multiValueQueryStringParameters", "pathParameters", "stageVariables")) {
            assertThat(event.get(key).isObject()).as(key).isTrue();
            assertThat(event.get(key).size()).as(key).isZero();
        }
    }

    // With caching on, a REQUEST authorizer needs every identity source; without caching it is called anyway
    // (docs/behavior.md#rest-authorizer-identity-sources).
    @Test
    void request_authorizer_needs_its_identity_sources_only_when_caching() {
        ScriptedAuthorizer cachingAuthorizer = allowingEverything();
        Exchange refused = requestApi(
                        cachingAuthorizer, 300, "method.request.header.X-Tenant, method.request.querystring.key")
                .get("/pets?key=k")
                .send();
        assertThat(refused).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
        assertThat(cachingAuthorizer.calls()).isZero();

        ScriptedAuthorizer uncachedAuthorizer = allowingEverything();
        Exchange called = requestApi(uncachedAuthorizer, 0, "method.request.header.X-Tenant")
                .get("/pets")
                .send();
        assertThat(called).response().hasStatus(200);
        assertThat(uncachedAuthorizer.calls()).isEqualTo(1);
    }

    // The cache key is all identity sources together: changing any one calls the authorizer again
    // (docs/behavior.md#rest-authorizer-caching).
    @Test
    void request_authorizer_cache_key_is_every_identity_source() {
        ScriptedAuthorizer authorizer = allowingEverything();
        ApiGateway gateway = requestApi(
                authorizer,
                300,
                "method.request.header.X-Tenant, method.request.querystring.key, stageVariables.region");

        gateway.get("/pets?key=1").header("X-Tenant", "a").send();
        gateway.get("/pets?key=1").header("x-tenant", "a").send();
        assertThat(authorizer.calls()).isEqualTo(1);
        gateway.get("/pets?key=2").header("X-Tenant", "a").send();
        gateway.get("/pets?key=1").header("X-Tenant", "b").send();
        assertThat(authorizer.calls()).isEqualTo(3);
    }

    // A custom integration's templates read the authorizer's output as $context.authorizer.*
    // (docs/behavior.md#rest-authorizer-output-in-events).
    @Test
    void mapping_templates_read_the_authorizer_output() {
        ScriptedAuthorizer authorizer = new ScriptedAuthorizer(
                event -> withContext(policy("user-9", "Allow", "*"), Map.of("tenant", "acme", "tier", 2)));
        ApiGateway gateway = ApiGateway.builder()
                .authorizer(AuthorizerDefinition.token("bearer", authorizer))
                .route(
                        "GET /me",
                        Integration.lambdaCustom(new EchoHandler())
                                .requestTemplate(
                                        "application/json",
                                        "{\"who\":\"$context.authorizer.principalId\","
                                                + "\"tenant\":\"$context.authorizer.tenant\","
                                                + "\"tier\":\"$context.authorizer.tier\"}")
                                .build(),
                        BEARER)
                .build();

        Exchange exchange = gateway.get("/me").header("Authorization", "t").send();

        assertThat(exchange).lambdaEvent().isEqualToJson("{\"who\":\"user-9\",\"tenant\":\"acme\",\"tier\":\"2\"}");
    }

    // The execution log says which authorizer decided what, and why.
    @Test
    void execution_log_names_the_authorizer_and_its_decision() {
        Exchange exchange = tokenApi(new ScriptedAuthorizer(event -> policy("u", "Deny", "*")), 300)
                .get("/pets/1")
                .header("Authorization", "t")
                .send();

        assertThat(exchange).log().anySatisfy(line -> assertThat(line).contains("Authorizer bearer policy for"));
    }

    // An authorizer no route uses is legal; the execution log says so.
    @Test
    void authorizer_no_route_uses_is_noted_in_the_log() {
        Exchange exchange = ApiGateway.builder()
                .authorizer(AuthorizerDefinition.token("unused", allowingEverything()))
                .route("GET /pets", new EchoHandler())
                .build()
                .get("/pets")
                .send();

        assertThat(exchange).response().hasStatus(200);
        assertThat(exchange).log().contains("Authorizer unused is declared, but no route uses it");
    }

    // A route naming an unknown authorizer fails when the API is built, naming the route and what is declared.
    @Test
    void route_naming_an_unknown_authorizer_fails_at_build() {
        assertThatThrownBy(() -> ApiGateway.builder()
                        .authorizer(AuthorizerDefinition.token("bearer", allowingEverything()))
                        .route(
                                "GET /pets",
                                new EchoHandler(),
                                MethodRequest.builder().authorizer("jwt").build())
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("GET /pets")
                .hasMessageContaining("\"jwt\"")
                .hasMessageContaining("[bearer]");
    }

    // Identity sources follow API Gateway's rules: one header for TOKEN; no path parameters for REQUEST
    // (docs/behavior.md#rest-authorizer-identity-sources).
    @Test
    void invalid_identity_sources_and_expressions_fail_at_build() {
        assertThatThrownBy(() -> AuthorizerDefinition.token("a", allowingEverything())
                        .identitySource("method.request.header.A, method.request.header.B")
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("exactly one header");
        assertThatThrownBy(() -> AuthorizerDefinition.request("a", allowingEverything())
                        .identitySource("method.request.path.id")
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("path parameters");
        assertThatThrownBy(() -> AuthorizerDefinition.token("a", allowingEverything())
                        .validationExpression("Bearer [")
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("not a regular expression");
        assertThatThrownBy(() ->
                        AuthorizerDefinition.token("a", allowingEverything()).resultTtlSeconds(3601))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("3600");
    }

    // Bytes sent by the gateway are what the assertions see.
    @Test
    void deny_body_is_exactly_82_bytes() {
        Exchange exchange = tokenApi(new ScriptedAuthorizer(event -> policy("u", "Deny", "*")), 300)
                .get("/pets/1")
                .header("Authorization", "t")
                .send();

        assertThat(new String(exchange.response().body(), StandardCharsets.UTF_8))
                .hasSize(82);
    }
}

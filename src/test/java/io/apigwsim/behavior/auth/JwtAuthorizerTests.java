package io.apigwsim.behavior.auth;

import static io.apigwsim.behavior.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.AuthorizerCall;
import io.apigwsim.Exchange;
import io.apigwsim.TestJwt;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.behavior.TestClock;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.MethodRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * HTTP API JWT authorizers and REST Cognito user pool authorizers, with tokens minted by {@link TestJwt}
 * (docs/behavior.md#http-api-jwt-authorizers, #rest-cognito-user-pool-authorizers).
 */
class JwtAuthorizerTests {

    private static final String ISSUER = "https://issuer.example.com";
    private static final String POOL_ARN = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Pets123";
    private static final String POOL_ISSUER = TestJwt.cognitoIssuer("us-east-1", "us-east-1_Pets123");

    private final TestClock clock = new TestClock(Instant.parse("2026-12-02T10:00:00Z"));

    private ApiGateway httpApi() {
        return ApiGateway.builder()
                .httpApi()
                .clock(clock)
                .authorizer(AuthorizerDefinition.jwt("jwt", ISSUER, "pets-client"))
                .route(
                        "GET /pets",
                        new EchoHandler(),
                        MethodRequest.builder().authorizer("jwt").build())
                .route(
                        "POST /pets",
                        new EchoHandler(),
                        MethodRequest.builder()
                                .authorizer("jwt")
                                .authorizationScopes("pets/write")
                                .build())
                .route(
                        "GET /v1/pets",
                        Integration.lambdaProxy(new EchoHandler()).payloadFormatVersion("1.0"),
                        MethodRequest.builder().authorizer("jwt").build())
                .build();
    }

    private TestJwt.Builder token() {
        return TestJwt.builder(clock).issuer(ISSUER).audience("pets-client").subject("alice");
    }

    // A valid token reaches the function as requestContext.authorizer.jwt: string claims, and scopes null for a
    // route without scopes (docs/behavior.md#jwt-claims-in-events).
    @Test
    void valid_token_passes_its_claims_as_strings() {
        String token = token().claim("tier", 3).sign();

        Exchange exchange = httpApi()
                .get("/pets")
                .header("Authorization", "Bearer " + token)
                .send();

        assertThat(exchange).response().hasStatus(200);
        JsonNode context = json(exchange.lambdaEvent().raw()).get("requestContext");
        JsonNode jwt = context.at("/authorizer/jwt");
        assertThat(jwt.at("/claims/sub").asText()).isEqualTo("alice");
        assertThat(jwt.at("/claims/tier").isTextual()).isTrue();
        assertThat(jwt.at("/claims/tier").asText()).isEqualTo("3");
        assertThat(jwt.at("/claims/exp").asText())
                .isEqualTo(Long.toString(clock.instant().getEpochSecond() + 3600));
        assertThat(jwt.get("scopes").isNull()).isTrue();
        assertThat(context.fieldNames().next()).isEqualTo("accountId");
        assertThat(exchange.authorizer().orElseThrow().decision()).isEqualTo(AuthorizerCall.Decision.ALLOWED);
    }

    // A token for another audience gets 401 with the documented www-authenticate challenge
    // (docs/behavior.md#http-api-jwt-authorizers).
    @Test
    void wrong_audience_gets_401_with_the_documented_challenge() {
        String token = TestJwt.builder(clock).issuer(ISSUER).audience("other").sign();

        Exchange exchange =
                httpApi().get("/pets").header("Authorization", token).send();

        assertThat(exchange)
                .response()
                .hasStatus(401)
                .hasBody("{\"message\":\"Unauthorized\"}")
                .hasHeaderValues(
                        "www-authenticate",
                        "Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token does not have a valid"
                                + " audience\"")
                .doesNotHaveHeader("content-type");
        assertThat(exchange).wasNotInvoked();
    }

    // Expired, wrongly signed and missing tokens are refused; time comes from the gateway's clock
    // (docs/behavior.md#http-api-jwt-authorizers).
    @Test
    void expired_wrongly_signed_and_missing_tokens_get_401() {
        ApiGateway gateway = httpApi();
        String shortLived = token().expiresIn(Duration.ofMinutes(5)).sign();
        assertThat(gateway.get("/pets").header("Authorization", shortLived).send())
                .response()
                .hasStatus(200);

        clock.advance(Duration.ofMinutes(5));
        assertThat(gateway.get("/pets").header("Authorization", shortLived).send())
                .response()
                .hasStatus(401);
        assertThat(gateway.get("/pets")
                        .header(
                                "Authorization",
                                token().signedWithUntrustedKey().sign())
                        .send())
                .response()
                .hasStatus(401);
        assertThat(gateway.get("/pets").send()).response().hasStatus(401).hasHeaderValues("www-authenticate", "Bearer");
    }

    // A route with scopes needs a token holding one; without it the answer is 403 Forbidden, and with it the event
    // lists the token's scopes (docs/behavior.md#http-api-jwt-authorizers, #jwt-claims-in-events).
    @Test
    void route_scopes_are_checked() {
        ApiGateway gateway = httpApi();

        Exchange forbidden = gateway.post("/pets")
                .header("Authorization", token().scope("pets/read").sign())
                .body("{}")
                .send();
        Exchange allowed = gateway.post("/pets")
                .header(
                        "Authorization",
                        token().scope("pets/read", "pets/write").sign())
                .body("{}")
                .send();

        assertThat(forbidden).response().hasStatus(403).hasBody("{\"message\":\"Forbidden\"}");
        assertThat(allowed).response().hasStatus(200);
        assertThat(json(allowed.lambdaEvent().raw())
                        .at("/requestContext/authorizer/jwt/scopes")
                        .toString())
                .isEqualTo("[\"pets/read\",\"pets/write\"]");
    }

    // Payload 1.0 carries the claims REST-style under requestContext.authorizer
    // (docs/behavior.md#uncertain-jwt-and-cognito).
    @Test
    void payload_1_0_carries_the_claims_under_authorizer() {
        Exchange exchange = httpApi()
                .get("/v1/pets")
                .header("Authorization", token().sign())
                .send();

        assertThat(json(exchange.lambdaEvent().raw())
                        .at("/requestContext/authorizer/claims/sub")
                        .asText())
                .isEqualTo("alice");
    }

    private ApiGateway cognitoApi() {
        return ApiGateway.builder()
                .clock(clock)
                .authorizer(AuthorizerDefinition.cognitoUserPools("pool", POOL_ARN))
                .route(
                        "GET /me",
                        new EchoHandler(),
                        MethodRequest.builder().authorizer("pool").build())
                .route(
                        "GET /admin",
                        new EchoHandler(),
                        MethodRequest.builder()
                                .authorizer("pool")
                                .authorizationScopes("pets/admin")
                                .build())
                .route(
                        "GET /template",
                        Integration.lambdaCustom(new EchoHandler())
                                .requestTemplate(
                                        "application/json",
                                        "{\"user\":\"$context.authorizer.claims['cognito:username']\","
                                                + "\"sub\":\"$context.authorizer.claims.sub\"}")
                                .build(),
                        MethodRequest.builder().authorizer("pool").build())
                .build();
    }

    private TestJwt.Builder idToken() {
        return TestJwt.builder(clock)
                .issuer(POOL_ISSUER)
                .audience("app-client")
                .subject("u-1")
                .tokenUse("id")
                .claim("cognito:username", "alice");
    }

    // A Cognito ID token's claims reach requestContext.authorizer.claims as strings, exp and iat as Java dates
    // (docs/behavior.md#cognito-claims-in-events).
    @Test
    void cognito_id_token_claims_reach_the_rest_event() {
        Exchange exchange = cognitoApi()
                .get("/me")
                .header("Authorization", "Bearer " + idToken().sign())
                .send();

        assertThat(exchange).response().hasStatus(200);
        JsonNode authorizer = json(exchange.lambdaEvent().raw()).at("/requestContext/authorizer");
        assertThat(authorizer.size()).isEqualTo(1);
        assertThat(authorizer.at("/claims/cognito:username").asText()).isEqualTo("alice");
        assertThat(authorizer.at("/claims/iat").asText()).isEqualTo("Wed Dec 02 10:00:00 UTC 2026");
    }

    // Every Cognito refusal is 401 Unauthorized: no token, another pool's, an expired one, a missing scope
    // (docs/behavior.md#rest-cognito-user-pool-authorizers).
    @Test
    void cognito_refusals_get_401() {
        ApiGateway gateway = cognitoApi();

        assertThat(gateway.get("/me").send()).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
        assertThat(gateway.get("/me")
                        .header("Authorization", idToken().issuer(ISSUER).sign())
                        .send())
                .response()
                .hasStatus(401);
        assertThat(gateway.get("/admin")
                        .header(
                                "Authorization",
                                idToken().tokenUse("access").scope("pets/read").sign())
                        .send())
                .response()
                .hasStatus(401)
                .hasHeaderValues("x-amzn-ErrorType", "UnauthorizedException");
        assertThat(gateway.get("/admin")
                        .header(
                                "Authorization",
                                idToken().tokenUse("access").scope("pets/admin").sign())
                        .send())
                .response()
                .hasStatus(200);
    }

    // Mapping templates read the claims, with bracket notation for names with a colon
    // (docs/behavior.md#cognito-claims-in-events).
    @Test
    void templates_read_cognito_claims() {
        Exchange exchange = cognitoApi()
                .get("/template")
                .header("Authorization", idToken().sign())
                .send();

        assertThat(exchange).lambdaEvent().isEqualToJson("{\"user\":\"alice\",\"sub\":\"u-1\"}");
    }

    // JWT authorizers exist on HTTP APIs and Cognito authorizers on REST APIs; scopes need one of them.
    @Test
    void authorizer_types_follow_the_api_type() {
        assertThatThrownBy(() -> ApiGateway.builder()
                        .authorizer(AuthorizerDefinition.jwt("jwt", ISSUER, "c"))
                        .route("GET /pets", new EchoHandler())
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("HTTP APIs JWT authorizers");
        assertThatThrownBy(() -> ApiGateway.builder()
                        .route(
                                "GET /pets",
                                new EchoHandler(),
                                MethodRequest.builder().authorizationScopes("a").build())
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("authorization scopes");
        assertThatThrownBy(() -> ApiGateway.builder()
                        .authorizer(AuthorizerDefinition.cognitoUserPools("pool", "not-an-arn"))
                        .route("GET /pets", new EchoHandler())
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("pool");
    }
}

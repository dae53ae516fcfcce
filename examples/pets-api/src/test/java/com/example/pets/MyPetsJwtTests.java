package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.TestJwt;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.MethodRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code GET /me/pets} on an HTTP API behind a JWT authorizer, tested with tokens minted by {@link TestJwt}. */
class MyPetsJwtTests {

    private static final String ISSUER = TestJwt.cognitoIssuer("eu-west-1", "eu-west-1_Pets");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    private final ApiGateway gateway = ApiGateway.builder()
            .httpApi()
            .clock(CLOCK)
            .authorizer(AuthorizerDefinition.jwt("cognito", ISSUER, "pets-web-client"))
            .route(
                    "GET /me/pets",
                    new MyPetsHandler(),
                    MethodRequest.builder()
                            .authorizer("cognito")
                            .authorizationScopes("pets/read")
                            .build())
            .build();

    private static TestJwt.Builder token() {
        return TestJwt.builder(CLOCK).issuer(ISSUER).clientId("pets-web-client").subject("alice").scope("pets/read");
    }

    @Test
    void a_valid_token_lists_the_callers_pets() {
        Exchange exchange = gateway.get("/me/pets").header("Authorization", "Bearer " + token().sign()).send();

        assertThat(exchange).response().hasStatus(200).hasJsonBody("{\"owner\":\"alice\",\"pets\":[]}");
        assertThat(exchange).lambdaEvent().hasRequestContextField("authorizer.jwt.claims.sub", "alice");
    }

    @Test
    void expired_and_foreign_tokens_are_unauthorized() {
        String expired = token().issuedAt(CLOCK.instant().minus(Duration.ofHours(2)))
                .expiresAt(CLOCK.instant().minus(Duration.ofHours(1)))
                .sign();
        String otherClient = token().clientId("someone-else").sign();

        assertThat(gateway.get("/me/pets").header("Authorization", expired).send())
                .response()
                .hasStatus(401);
        Exchange foreign = gateway.get("/me/pets").header("Authorization", otherClient).send();
        assertThat(foreign).response().hasStatus(401);
        assertThat(foreign.response().headers().first("www-authenticate"))
                .contains("Bearer scope=\"pets/read\" error=\"invalid_token\""
                        + " error_description=\"the token does not have a valid audience\"");
    }

    @Test
    void a_token_without_the_route_scope_is_forbidden() {
        Exchange exchange = gateway.get("/me/pets")
                .header("Authorization", token().scope("pets/write").sign())
                .send();

        assertThat(exchange).response().hasStatus(403).hasBody("{\"message\":\"Forbidden\"}");
        assertThat(exchange).wasNotInvoked();
    }
}

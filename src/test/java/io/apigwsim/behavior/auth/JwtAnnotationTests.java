package io.apigwsim.behavior.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.TestJwt;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.AuthorizerType;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Authorizer;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** JWT and Cognito authorizers declared with {@code @Authorizer} (docs/behavior.md#http-api-jwt-authorizers). */
class JwtAnnotationTests {

    static final String ISSUER = "https://issuer.example.com";
    static final String POOL = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Pets123";

    @Nested
    @ApiGatewayTest(type = ApiType.HTTP)
    @Authorizer(name = "jwt", type = AuthorizerType.JWT, issuer = ISSUER, audience = "pets-client")
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class, authorizer = "jwt")
    class HttpApi {

        @Test
        void minted_token_passes_and_a_missing_one_gets_401(ApiGateway gateway) {
            String token =
                    TestJwt.builder().issuer(ISSUER).audience("pets-client").sign();

            assertThat(gateway.get("/pets").header("Authorization", token).send())
                    .response()
                    .hasStatus(200);
            assertThat(gateway.get("/pets").send()).response().hasStatus(401);
        }
    }

    @Nested
    @ApiGatewayTest
    @Authorizer(name = "pool", type = AuthorizerType.COGNITO_USER_POOLS, providerArns = POOL)
    @Route(method = "GET", path = "/pets", handler = EchoHandler.class, authorizer = "pool")
    class RestApi {

        @Test
        void pool_token_passes(ApiGateway gateway) {
            String token = TestJwt.builder()
                    .issuer(TestJwt.cognitoIssuer("us-east-1", "us-east-1_Pets123"))
                    .tokenUse("id")
                    .sign();

            assertThat(gateway.get("/pets").header("Authorization", token).send())
                    .response()
                    .hasStatus(200);
        }
    }
}

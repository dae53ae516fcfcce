package io.apigwsim.internal.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.TestJwt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CognitoVerifierTests {

    private static final String POOL_ARN = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_y0bLG4i27";
    private static final String OTHER_POOL_ARN = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Other";
    private static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_y0bLG4i27";
    private static final Instant NOW = Instant.parse("2024-06-17T15:00:04Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final CognitoVerifier verifier = CognitoVerifier.of(List.of(POOL_ARN));

    private static TestJwt.Builder idToken() {
        return TestJwt.builder(CLOCK).issuer(ISSUER).audience("app-client").tokenUse("id");
    }

    private static TestJwt.Builder accessToken() {
        return TestJwt.builder(CLOCK).issuer(ISSUER).clientId("app-client").tokenUse("access");
    }

    private static String reason(CognitoVerification verification) {
        assertThat(verification).isInstanceOf(CognitoVerification.Invalid.class);
        return ((CognitoVerification.Invalid) verification).reason();
    }

    @Nested
    class User_pools {

        // The issuer of a pool's tokens is https://cognito-idp.{region}.amazonaws.com/{userPoolId}
        // (docs/behavior.md#rest-cognito-user-pool-authorizers).
        @Test
        void a_provider_arn_names_the_pool_and_its_issuer() {
            CognitoUserPool pool = CognitoUserPool.fromArn(POOL_ARN);

            assertThat(pool).isEqualTo(new CognitoUserPool("eu-west-1", "123456789012", "eu-west-1_y0bLG4i27"));
            assertThat(pool.issuer()).isEqualTo(ISSUER);
        }

        @Test
        void a_text_that_is_not_a_user_pool_arn_is_refused_with_the_expected_form() {
            assertThatThrownBy(() -> CognitoVerifier.of(List.of("eu-west-1_y0bLG4i27")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("provider ARN \"eu-west-1_y0bLG4i27\" is not a Cognito user pool ARN: expected"
                            + " arn:aws:cognito-idp:{region}:{account}:userpool/{userPoolId}, for example"
                            + " arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_EXAMPLE");
        }

        @Test
        void at_least_one_provider_arn_is_required() {
            assertThatThrownBy(() -> CognitoVerifier.of(List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the Cognito user pool authorizer has no provider ARN");
        }

        @Test
        void a_token_of_any_of_the_pools_is_accepted() {
            CognitoVerifier twoPools = CognitoVerifier.of(List.of(OTHER_POOL_ARN, POOL_ARN));

            assertThat(twoPools.verify(idToken().sign(), List.of(), NOW)).isInstanceOf(CognitoVerification.Valid.class);
        }

        @Test
        void a_token_of_another_pool_is_refused() {
            String token = idToken()
                    .issuer("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other")
                    .sign();

            assertThat(reason(verifier.verify(token, List.of(), NOW)))
                    .isEqualTo("the token's iss \"https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other\" is"
                            + " not the issuer of a user pool of the authorizer [" + ISSUER + "]");
        }
    }

    @Nested
    class Id_tokens {

        // No scopes on the method: the token is an ID token (docs/behavior.md#rest-cognito-user-pool-authorizers).
        @Test
        void an_id_token_is_accepted_on_a_method_without_scopes() {
            assertThat(verifier.verify(idToken().sign(), List.of(), NOW)).isInstanceOf(CognitoVerification.Valid.class);
        }

        // Recorded: accepted with "Bearer " before it (docs/behavior.md#rest-cognito-user-pool-authorizers).
        @Test
        void an_id_token_after_bearer_is_accepted() {
            assertThat(verifier.verify("Bearer " + idToken().sign(), List.of(), NOW))
                    .isInstanceOf(CognitoVerification.Valid.class);
        }

        @Test
        void an_access_token_is_refused_on_a_method_without_scopes() {
            assertThat(reason(verifier.verify(accessToken().sign(), List.of(), NOW)))
                    .isEqualTo("the method declares no authorization scopes, so it takes an ID token (token_use"
                            + " \"id\"), and the token's token_use is \"access\"");
        }

        @Test
        void a_token_without_token_use_is_refused() {
            String token = TestJwt.builder(CLOCK).issuer(ISSUER).sign();

            assertThat(reason(verifier.verify(token, List.of(), NOW))).endsWith("the token's token_use is null");
        }

        @Test
        void the_claims_are_handed_on_in_the_rest_rendering() {
            CognitoVerification result =
                    verifier.verify(idToken().subject("alice").sign(), List.of(), NOW);

            assertThat(((CognitoVerification.Valid) result).eventClaims())
                    .containsEntry("sub", "alice")
                    .containsEntry("exp", "Mon Jun 17 16:00:04 UTC 2024")
                    .containsEntry("token_use", "id");
        }
    }

    @Nested
    class Access_tokens {

        // Scopes on the method: an access token whose scope holds one of them
        // (docs/behavior.md#rest-cognito-user-pool-authorizers).
        @Test
        void an_access_token_with_one_of_the_scopes_is_accepted() {
            String token = accessToken().scope("openid", "pets/read").sign();

            assertThat(verifier.verify(token, List.of("pets/read", "pets/write"), NOW))
                    .isInstanceOf(CognitoVerification.Valid.class);
        }

        @Test
        void an_access_token_without_the_scopes_is_refused() {
            String token = accessToken().scope("openid").sign();

            assertThat(reason(verifier.verify(token, List.of("pets/read"), NOW)))
                    .isEqualTo("the token's scope [openid] holds none of the method's authorization scopes"
                            + " [pets/read]");
        }

        @Test
        void an_id_token_is_refused_on_a_method_with_scopes() {
            assertThat(reason(verifier.verify(idToken().scope("pets/read").sign(), List.of("pets/read"), NOW)))
                    .isEqualTo("the method declares authorization scopes [pets/read], so it takes an access token"
                            + " (token_use \"access\"), and the token's token_use is \"id\"");
        }
    }

    @Nested
    class Refusals {

        // Expired, wrongly signed or unreadable tokens get 401 (docs/behavior.md#rest-cognito-user-pool-authorizers).
        @Test
        void an_expired_token_is_refused() {
            String token = idToken().expiresIn(Duration.ofSeconds(-1)).sign();

            assertThat(reason(verifier.verify(token, List.of(), NOW))).isEqualTo("the token has expired");
        }

        @Test
        void a_token_signed_by_another_key_is_refused() {
            assertThat(reason(verifier.verify(idToken().signedWithUntrustedKey().sign(), List.of(), NOW)))
                    .isEqualTo("crypto/rsa: verification error");
        }

        @Test
        void a_token_with_an_unknown_kid_is_refused() {
            assertThat(reason(verifier.verify(idToken().keyId("pool-key-2").sign(), List.of(), NOW)))
                    .isEqualTo("the token does not have a valid key id");
        }

        @Test
        void a_missing_token_is_refused() {
            assertThat(reason(verifier.verify(null, List.of(), NOW)))
                    .isEqualTo("the request has no token in the identity source");
        }

        @Test
        void a_value_that_is_not_a_token_is_refused() {
            assertThat(reason(verifier.verify("allow", List.of(), NOW)))
                    .isEqualTo("token contains an invalid number of segments");
        }

        @Test
        void an_unsigned_token_is_refused() {
            assertThat(reason(verifier.verify(idToken().unsigned().sign(), List.of(), NOW)))
                    .isEqualTo("signing method none is invalid");
        }
    }
}

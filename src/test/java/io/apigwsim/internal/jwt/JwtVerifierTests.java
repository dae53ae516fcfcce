package io.apigwsim.internal.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.apigwsim.TestJwt;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JwtVerifierTests {

    private static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_y0bLG4i27";
    private static final String CLIENT = "3nkoep4151b7umeggnottc30u9";
    private static final Instant NOW = Instant.parse("2024-06-17T15:00:04Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final JwtVerifier verifier = JwtVerifier.of(ISSUER, List.of(CLIENT));

    private static TestJwt.Builder token() {
        return TestJwt.builder(CLOCK).issuer(ISSUER).audience(CLIENT);
    }

    private JwtVerification verify(String headerValue) {
        return verifier.verify(headerValue, List.of(), NOW);
    }

    private static JwtVerification.Invalid invalid(JwtVerification verification) {
        assertThat(verification).isInstanceOf(JwtVerification.Invalid.class);
        return (JwtVerification.Invalid) verification;
    }

    private static JwtVerification.Valid valid(JwtVerification verification) {
        assertThat(verification).isInstanceOf(JwtVerification.Valid.class);
        return (JwtVerification.Valid) verification;
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class Identity_source {

        // The identity source may hold the token alone or after "Bearer " (docs/behavior.md#http-api-jwt-authorizers).
        @Test
        void accepts_the_token_alone() {
            assertThat(verify(token().sign())).isInstanceOf(JwtVerification.Valid.class);
        }

        @Test
        void accepts_the_token_after_bearer() {
            assertThat(verify("Bearer " + token().sign())).isInstanceOf(JwtVerification.Valid.class);
        }

        // No token: 401 with a bare "www-authenticate: Bearer" (docs/behavior.md#http-api-jwt-authorizers).
        @Test
        void a_missing_token_gets_a_bare_bearer_challenge() {
            JwtVerification.Invalid refused = invalid(verify(null));

            assertThat(refused.failure()).isEqualTo(JwtFailure.MISSING_TOKEN);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.wwwAuthenticate()).isEqualTo("Bearer");
        }

        @Test
        void an_empty_value_is_a_missing_token() {
            assertThat(invalid(verify("")).failure()).isEqualTo(JwtFailure.MISSING_TOKEN);
        }

        @Test
        void bearer_alone_is_a_token_without_segments() {
            assertThat(invalid(verify("Bearer ")).failure()).isEqualTo(JwtFailure.INVALID_SEGMENTS);
        }
    }

    @Nested
    class Decoding {

        // Reported live: "Bearer not-a-token" (docs/behavior.md#http-api-jwt-authorizers).
        @Test
        void a_value_that_is_not_three_segments_gets_the_reported_description() {
            JwtVerification.Invalid refused = invalid(verify("Bearer not-a-token"));

            assertThat(refused.wwwAuthenticate())
                    .isEqualTo("Bearer scope=\"\" error=\"invalid_token\""
                            + " error_description=\"token contains an invalid number of segments\"");
        }

        @Test
        void an_encrypted_token_of_five_segments_has_an_invalid_number_of_segments() {
            assertThat(invalid(verify("a.b.c.d.e")).failure()).isEqualTo(JwtFailure.INVALID_SEGMENTS);
        }

        // [UNCERTAIN] (docs/behavior.md#uncertain-jwt-and-cognito)
        @Test
        void segments_that_are_not_base64url_json_are_malformed() {
            JwtVerification.Invalid refused = invalid(verify("abc.def.ghi"));

            assertThat(refused.failure()).isEqualTo(JwtFailure.MALFORMED);
            assertThat(refused.errorDescription()).contains("token is malformed");
        }

        @Test
        void a_payload_that_is_not_a_json_object_is_malformed() {
            String token = base64Url("{\"alg\":\"RS256\",\"kid\":\"apigw-sim-test-key\"}") + "." + base64Url("[1,2]")
                    + ".c2ln";

            assertThat(invalid(verify(token)).failure()).isEqualTo(JwtFailure.MALFORMED);
        }

        @Test
        void a_header_without_alg_is_malformed() {
            String token = base64Url("{\"kid\":\"apigw-sim-test-key\"}") + "." + base64Url("{}") + ".c2ln";

            assertThat(invalid(verify(token)).failure()).isEqualTo(JwtFailure.MALFORMED);
        }
    }

    @Nested
    class Signature {

        // Only RSA-based algorithms are supported (docs/behavior.md#http-api-jwt-authorizers).
        // [UNCERTAIN] description (docs/behavior.md#uncertain-jwt-and-cognito)
        @Test
        void an_hmac_token_is_refused_naming_its_algorithm() {
            String token = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"apigw-sim-test-key\"}") + "."
                    + base64Url("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + CLIENT + "\"}") + ".c2lnbmF0dXJl";

            JwtVerification.Invalid refused = invalid(verify(token));

            assertThat(refused.failure()).isEqualTo(JwtFailure.UNSUPPORTED_ALGORITHM);
            assertThat(refused.errorDescription()).contains("signing method HS256 is invalid");
        }

        @Test
        void an_unsigned_token_is_refused() {
            assertThat(invalid(verify(token().unsigned().sign())).errorDescription())
                    .contains("signing method none is invalid");
        }

        @Test
        void every_rsa_algorithm_passes_the_algorithm_check() {
            for (String algorithm : List.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512")) {
                String token = base64Url("{\"alg\":\"" + algorithm + "\",\"kid\":\"apigw-sim-test-key\"}") + "."
                        + base64Url("{}") + ".c2ln";

                assertThat(invalid(verify(token)).failure()).as(algorithm).isEqualTo(JwtFailure.INVALID_SIGNATURE);
            }
        }

        // The kid must name a key of the issuer's key set (docs/behavior.md#http-api-jwt-authorizers).
        @Test
        void a_kid_the_key_set_does_not_hold_is_refused() {
            JwtVerification.Invalid refused =
                    invalid(verify(token().keyId("another-key").sign()));

            assertThat(refused.failure()).isEqualTo(JwtFailure.UNKNOWN_KEY);
            assertThat(refused.errorDescription()).contains("the token does not have a valid key id");
        }

        @Test
        void a_token_without_kid_is_refused() {
            String signed = token().sign();
            String withoutKid = base64Url("{\"alg\":\"RS256\"}") + signed.substring(signed.indexOf('.'));

            assertThat(invalid(verify(withoutKid)).failure()).isEqualTo(JwtFailure.UNKNOWN_KEY);
        }

        @Test
        void a_token_signed_by_another_key_under_a_trusted_kid_is_refused() {
            JwtVerification.Invalid refused =
                    invalid(verify(token().signedWithUntrustedKey().sign()));

            assertThat(refused.failure()).isEqualTo(JwtFailure.INVALID_SIGNATURE);
            assertThat(refused.errorDescription()).contains("crypto/rsa: verification error");
        }

        @Test
        void a_payload_changed_after_signing_is_refused() {
            String[] parts = token().subject("alice").sign().split("\\.");
            String forged = parts[0] + "."
                    + base64Url("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + CLIENT + "\",\"sub\":\"mallory\"}") + "."
                    + parts[2];

            assertThat(invalid(verify(forged)).failure()).isEqualTo(JwtFailure.INVALID_SIGNATURE);
        }

        // The signature is checked before the claims (docs/behavior.md#http-api-jwt-authorizers).
        @Test
        void a_bad_signature_is_reported_before_a_wrong_issuer() {
            String token = TestJwt.builder(CLOCK)
                    .issuer("https://elsewhere.example.com")
                    .audience(CLIENT)
                    .signedWithUntrustedKey()
                    .sign();

            assertThat(invalid(verify(token)).failure()).isEqualTo(JwtFailure.INVALID_SIGNATURE);
        }

        @Test
        void a_verifier_given_its_own_key_set_trusts_that_key_and_no_other() {
            RSAKey own = TestKey.generate("own-key");
            JwtVerifier ownVerifier = JwtVerifier.of(ISSUER, List.of(CLIENT), new JWKSet(own).toString());

            assertThat(ownVerifier.verify(token().signWith(own.toJSONString()).sign(), List.of(), NOW))
                    .isInstanceOf(JwtVerification.Valid.class);
            assertThat(invalid(ownVerifier.verify(token().sign(), List.of(), NOW))
                            .failure())
                    .isEqualTo(JwtFailure.UNKNOWN_KEY);
        }
    }

    @Nested
    class Claims {

        // iss must equal the configured issuer (docs/behavior.md#http-api-jwt-authorizers).
        // [UNCERTAIN] description (docs/behavior.md#uncertain-jwt-and-cognito)
        @Test
        void a_wrong_issuer_is_refused() {
            JwtVerification.Invalid refused = invalid(verify(
                    TestJwt.builder(CLOCK).issuer(ISSUER + "/").audience(CLIENT).sign()));

            assertThat(refused.wwwAuthenticate())
                    .isEqualTo("Bearer scope=\"\" error=\"invalid_token\""
                            + " error_description=\"the token does not have a valid issuer\"");
        }

        @Test
        void a_token_without_issuer_is_refused() {
            assertThat(invalid(verify(TestJwt.builder(CLOCK).audience(CLIENT).sign()))
                            .failure())
                    .isEqualTo(JwtFailure.INVALID_ISSUER);
        }

        // Documented: 401 with error_description "the token does not have a valid audience"
        // (docs/behavior.md#http-api-jwt-authorizers).
        @Test
        void a_wrong_audience_gets_the_documented_challenge() {
            JwtVerification.Invalid refused = invalid(verify(TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience("another-client")
                    .sign()));

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.wwwAuthenticate())
                    .isEqualTo("Bearer scope=\"\" error=\"invalid_token\""
                            + " error_description=\"the token does not have a valid audience\"");
        }

        @Test
        void an_audience_array_matches_when_one_entry_is_configured() {
            assertThat(verify(TestJwt.builder(CLOCK)
                            .issuer(ISSUER)
                            .audience("other", CLIENT)
                            .sign()))
                    .isInstanceOf(JwtVerification.Valid.class);
        }

        @Test
        void any_configured_audience_matches() {
            JwtVerifier twoAudiences = JwtVerifier.of(ISSUER, List.of("first", CLIENT));

            assertThat(twoAudiences.verify(token().sign(), List.of(), NOW)).isInstanceOf(JwtVerification.Valid.class);
        }

        // client_id is validated only when aud is absent (docs/behavior.md#http-api-jwt-authorizers).
        @Test
        void client_id_stands_in_for_a_missing_aud() {
            assertThat(verify(TestJwt.builder(CLOCK)
                            .issuer(ISSUER)
                            .clientId(CLIENT)
                            .sign()))
                    .isInstanceOf(JwtVerification.Valid.class);
        }

        @Test
        void client_id_is_not_consulted_when_aud_is_present() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience("another-client")
                    .clientId(CLIENT)
                    .sign();

            assertThat(invalid(verify(token)).failure()).isEqualTo(JwtFailure.INVALID_AUDIENCE);
        }

        @Test
        void a_token_with_neither_aud_nor_client_id_has_no_valid_audience() {
            assertThat(invalid(verify(TestJwt.builder(CLOCK).issuer(ISSUER).sign()))
                            .failure())
                    .isEqualTo(JwtFailure.INVALID_AUDIENCE);
        }

        @Test
        void the_audience_is_checked_before_the_expiry() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience("another-client")
                    .expiresIn(Duration.ofSeconds(-1))
                    .sign();

            assertThat(invalid(verify(token)).failure()).isEqualTo(JwtFailure.INVALID_AUDIENCE);
        }

        @Test
        void the_issuer_is_checked_before_the_audience() {
            String token = TestJwt.builder(CLOCK)
                    .issuer("https://elsewhere.example.com")
                    .audience("another-client")
                    .sign();

            assertThat(invalid(verify(token)).failure()).isEqualTo(JwtFailure.INVALID_ISSUER);
        }
    }

    @Nested
    class Times {

        // exp must be after now, with no clock skew (docs/behavior.md#http-api-jwt-authorizers).
        @Test
        void a_token_is_valid_until_the_second_before_exp() {
            String token = token().expiresAt(NOW.plusSeconds(1)).sign();

            assertThat(verify(token)).isInstanceOf(JwtVerification.Valid.class);
        }

        // [UNCERTAIN] description (docs/behavior.md#uncertain-jwt-and-cognito)
        @Test
        void a_token_whose_exp_is_now_has_expired() {
            JwtVerification.Invalid refused =
                    invalid(verify(token().expiresAt(NOW).sign()));

            assertThat(refused.wwwAuthenticate())
                    .isEqualTo("Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token has expired\"");
        }

        @Test
        void a_fraction_of_a_second_past_exp_is_expired() {
            String token = token().issuedAt(NOW.minusSeconds(60)).expiresAt(NOW).sign();

            assertThat(verifier.verify(token, List.of(), NOW.plusMillis(1)))
                    .isInstanceOf(JwtVerification.Invalid.class);
            assertThat(verifier.verify(token, List.of(), NOW.minusMillis(1))).isInstanceOf(JwtVerification.Valid.class);
        }

        @Test
        void a_token_before_its_nbf_is_not_valid_yet() {
            JwtVerification.Invalid refused =
                    invalid(verify(token().notBefore(NOW.plusSeconds(1)).sign()));

            assertThat(refused.failure()).isEqualTo(JwtFailure.NOT_YET_VALID);
            assertThat(refused.errorDescription()).contains("the token is not valid yet");
        }

        @Test
        void a_token_is_valid_from_its_nbf() {
            assertThat(verify(token().notBefore(NOW).sign())).isInstanceOf(JwtVerification.Valid.class);
        }

        @Test
        void a_token_issued_in_the_future_is_refused() {
            JwtVerification.Invalid refused =
                    invalid(verify(token().issuedAt(NOW.plusSeconds(1)).sign()));

            assertThat(refused.failure()).isEqualTo(JwtFailure.ISSUED_IN_FUTURE);
            assertThat(refused.errorDescription()).contains("the token was issued in the future");
        }

        @Test
        void a_token_issued_this_second_is_valid() {
            assertThat(verify(token().issuedAt(NOW).sign())).isInstanceOf(JwtVerification.Valid.class);
        }

        @Test
        void exp_is_checked_before_nbf_and_iat() {
            String token = token().expiresAt(NOW)
                    .notBefore(NOW.plusSeconds(60))
                    .issuedAt(NOW.plusSeconds(60))
                    .sign();

            assertThat(invalid(verify(token)).failure()).isEqualTo(JwtFailure.EXPIRED);
        }

        @Test
        void an_exp_that_is_not_a_number_is_expired() {
            assertThat(invalid(verify(token().claim("exp", "tomorrow").sign())).failure())
                    .isEqualTo(JwtFailure.EXPIRED);
        }

        // [UNCERTAIN] a token without exp is not refused (docs/behavior.md#uncertain-jwt-and-cognito)
        @Test
        void a_token_without_time_claims_is_not_refused_for_them() {
            String signed = TokenMinter.signWithBuiltInKey(Map.of("iss", ISSUER, "aud", CLIENT), TestKey.KEY_ID);

            assertThat(verify(signed)).isInstanceOf(JwtVerification.Valid.class);
        }
    }

    @Nested
    class Scopes {

        // The token must hold at least one of the route's scopes, in scope or scp
        // (docs/behavior.md#http-api-jwt-authorizers).
        @Test
        void one_of_the_route_scopes_in_scope_is_enough() {
            JwtVerification result = verifier.verify(
                    token().scope("pets/write", "pets/read").sign(), List.of("pets/read", "admin"), NOW);

            assertThat(result).isInstanceOf(JwtVerification.Valid.class);
        }

        // [UNCERTAIN] 403 and challenge (docs/behavior.md#uncertain-jwt-and-cognito)
        @Test
        void a_token_without_a_route_scope_gets_403() {
            JwtVerification.Invalid refused =
                    invalid(verifier.verify(token().scope("pets/write").sign(), List.of("pets/read", "admin"), NOW));

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.wwwAuthenticate())
                    .isEqualTo("Bearer scope=\"pets/read admin\" error=\"insufficient_scope\""
                            + " error_description=\"the token does not have a required scope\"");
        }

        @Test
        void a_token_without_scope_claims_fails_a_route_with_scopes() {
            assertThat(invalid(verifier.verify(token().sign(), List.of("pets/read"), NOW))
                            .failure())
                    .isEqualTo(JwtFailure.INSUFFICIENT_SCOPE);
        }

        @Test
        void scp_as_a_string_is_read() {
            JwtVerification result =
                    verifier.verify(token().claim("scp", "a pets/read").sign(), List.of("pets/read"), NOW);

            assertThat(valid(result).tokenScopes()).contains(List.of("a", "pets/read"));
        }

        @Test
        void scp_as_an_array_is_read() {
            JwtVerification result = verifier.verify(
                    token().claim("scp", List.of("a", "pets/read")).sign(), List.of("pets/read"), NOW);

            assertThat(valid(result).tokenScopes()).contains(List.of("a", "pets/read"));
        }

        @Test
        void scope_is_read_before_scp() {
            String token =
                    token().scope("other").claim("scp", List.of("pets/read")).sign();

            assertThat(invalid(verifier.verify(token, List.of("pets/read"), NOW))
                            .failure())
                    .isEqualTo(JwtFailure.INSUFFICIENT_SCOPE);
        }

        @Test
        void a_route_without_scopes_accepts_any_scopes() {
            assertThat(verify(token().scope("anything").sign())).isInstanceOf(JwtVerification.Valid.class);
        }

        @Test
        void the_invalid_token_challenge_names_the_route_scopes() {
            JwtVerification.Invalid refused = invalid(verifier.verify("not-a-token", List.of("a", "b"), NOW));

            assertThat(refused.wwwAuthenticate()).startsWith("Bearer scope=\"a b\" error=\"invalid_token\"");
        }
    }

    @Nested
    class Result {

        @Test
        void the_claims_keep_their_json_types_and_order() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience(CLIENT, "other")
                    .claim("email_verified", true)
                    .claim("cognito:groups", List.of("admin", "users"))
                    .sign();

            Map<String, Object> claims = valid(verify(token)).claims();

            assertThat(claims)
                    .containsExactly(
                            Map.entry("iss", ISSUER),
                            Map.entry("aud", List.of(CLIENT, "other")),
                            Map.entry("email_verified", true),
                            Map.entry("cognito:groups", List.of("admin", "users")),
                            Map.entry("iat", (int) NOW.getEpochSecond()),
                            Map.entry("exp", (int) NOW.plusSeconds(3600).getEpochSecond()));
        }

        @Test
        void a_token_without_scope_claims_has_no_scopes() {
            assertThat(valid(verify(token().sign())).tokenScopes()).isEmpty();
        }

        // [UNCERTAIN] jwt.scopes is null on a route without scopes, even for a token with a scope claim
        // (docs/behavior.md#jwt-claims-in-events, #uncertain-jwt-and-cognito).
        @Test
        void the_event_scopes_are_null_on_a_route_without_scopes() {
            JwtVerification.Valid accepted =
                    valid(verify(token().scope("pets/read").sign()));

            assertThat(accepted.tokenScopes()).contains(List.of("pets/read"));
            assertThat(accepted.eventScopes()).isEmpty();
        }

        @Test
        void the_event_scopes_are_all_the_token_scopes_on_a_route_with_scopes() {
            JwtVerification.Valid accepted =
                    valid(verifier.verify(token().scope("a", "pets/read").sign(), List.of("pets/read"), NOW));

            assertThat(accepted.eventScopes()).isEqualTo(Optional.of(List.of("a", "pets/read")));
        }

        @Test
        void the_event_claims_are_the_http_api_rendering() {
            JwtVerification.Valid accepted = valid(verify(token().sign()));

            assertThat(accepted.eventClaims())
                    .containsEntry("exp", "1718640004")
                    .containsEntry("aud", CLIENT);
        }
    }

    @Nested
    class Configuration {

        @Test
        void an_issuer_is_required() {
            assertThatThrownBy(() -> JwtVerifier.of(" ", List.of(CLIENT)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the JWT authorizer has no issuer: give the issuer's URL, for example"
                            + " https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE");
        }

        @Test
        void an_audience_is_required() {
            assertThatThrownBy(() -> JwtVerifier.of(ISSUER, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the JWT authorizer has no audience: give at least one, the value a token's aud"
                            + " (or client_id) must hold, such as an app client id");
        }

        @Test
        void a_key_set_that_is_not_json_is_refused() {
            assertThatThrownBy(() -> JwtVerifier.of(ISSUER, List.of(CLIENT), "keys"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the key set is not a JWKS document such as");
        }

        @Test
        void a_key_set_with_a_symmetric_key_is_refused() {
            String jwks = "{\"keys\":[{\"kty\":\"oct\",\"kid\":\"k\",\"k\":\"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0\"}]}";

            assertThatThrownBy(() -> JwtVerifier.of(ISSUER, List.of(CLIENT), jwks))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the key set holds a oct key: API Gateway verifies RSA signatures only, so give RSA"
                            + " keys (\"kty\":\"RSA\")");
        }

        @Test
        void a_key_set_with_a_key_without_kid_is_refused() throws Exception {
            RSAKey withoutKid = new RSAKey.Builder(TestKey.rsaKey().toRSAPublicKey()).build();
            String jwks = new JWKSet(withoutKid).toString();

            assertThatThrownBy(() -> JwtVerifier.of(ISSUER, List.of(CLIENT), jwks))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a key of the key set has no \"kid\": API Gateway finds the key by the token's kid,"
                            + " so give every key one");
        }

        @Test
        void an_empty_key_set_is_refused() {
            assertThatThrownBy(() -> JwtVerifier.of(ISSUER, List.of(CLIENT), "{\"keys\":[]}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the key set holds no key: give at least one RSA public key");
        }
    }
}

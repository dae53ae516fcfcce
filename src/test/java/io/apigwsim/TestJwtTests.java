package io.apigwsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.jwt.JwtFailure;
import io.apigwsim.internal.jwt.JwtVerification;
import io.apigwsim.internal.jwt.JwtVerifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TestJwtTests {

    private static final String ISSUER = TestJwt.cognitoIssuer("us-east-1", "us-east-1_EXAMPLE");
    private static final Instant NOW = Instant.parse("2024-06-17T15:00:04Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final JwtVerifier verifier = JwtVerifier.of(ISSUER, List.of("client"));

    private static Map<String, Object> part(String token, int index) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
        return Json.tryReadObject(json).orElseThrow();
    }

    private JwtFailure failureOf(String token, List<String> routeScopes) {
        JwtVerification verification = verifier.verify("Bearer " + token, routeScopes, NOW);
        assertThat(verification).isInstanceOf(JwtVerification.Invalid.class);
        return ((JwtVerification.Invalid) verification).failure();
    }

    @Nested
    class Round_trips {

        @Test
        void a_minted_token_verifies() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience("client")
                    .scope("pets/read")
                    .sign();

            assertThat(verifier.verify("Bearer " + token, List.of("pets/read"), NOW))
                    .isInstanceOf(JwtVerification.Valid.class);
        }

        @Test
        void a_token_from_the_system_clock_verifies_now() {
            String token = TestJwt.builder().issuer(ISSUER).audience("client").sign();

            assertThat(verifier.verify(token, List.of(), Instant.now())).isInstanceOf(JwtVerification.Valid.class);
        }

        @Test
        void an_expired_token_fails() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience("client")
                    .expiresIn(Duration.ofMinutes(-5))
                    .sign();

            assertThat(failureOf(token, List.of())).isEqualTo(JwtFailure.EXPIRED);
        }

        @Test
        void a_wrong_audience_fails() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience("someone-else")
                    .sign();

            assertThat(failureOf(token, List.of())).isEqualTo(JwtFailure.INVALID_AUDIENCE);
        }

        @Test
        void a_wrong_issuer_fails() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(TestJwt.cognitoIssuer("eu-west-1", "eu-west-1_OTHER"))
                    .audience("client")
                    .sign();

            assertThat(failureOf(token, List.of())).isEqualTo(JwtFailure.INVALID_ISSUER);
        }

        @Test
        void a_missing_scope_fails() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience("client")
                    .scope("pets/write")
                    .sign();

            assertThat(failureOf(token, List.of("pets/read"))).isEqualTo(JwtFailure.INSUFFICIENT_SCOPE);
        }

        @Test
        void a_token_signed_with_another_key_fails() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience("client")
                    .signedWithUntrustedKey()
                    .sign();

            assertThat(failureOf(token, List.of())).isEqualTo(JwtFailure.INVALID_SIGNATURE);
        }

        @Test
        void a_token_with_an_unknown_kid_fails() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience("client")
                    .keyId("rotated-away")
                    .sign();

            assertThat(failureOf(token, List.of())).isEqualTo(JwtFailure.UNKNOWN_KEY);
        }

        @Test
        void an_unsigned_token_fails() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience("client")
                    .unsigned()
                    .sign();

            assertThat(token).endsWith(".");
            assertThat(failureOf(token, List.of())).isEqualTo(JwtFailure.UNSUPPORTED_ALGORITHM);
        }

        @Test
        void a_token_signed_with_a_tests_own_key_verifies_against_that_key() throws Exception {
            RSAKey own = new RSAKeyGenerator(2048).keyID("own").generate();
            JwtVerifier ownVerifier = JwtVerifier.of(ISSUER, List.of("client"), new JWKSet(own).toString());

            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .audience("client")
                    .signWith(own.toJSONString())
                    .sign();

            assertThat(part(token, 0)).containsEntry("kid", "own");
            assertThat(ownVerifier.verify(token, List.of(), NOW)).isInstanceOf(JwtVerification.Valid.class);
        }
    }

    @Nested
    class Contents {

        @Test
        void the_header_names_rs256_and_the_test_key() {
            String token = TestJwt.builder(CLOCK).issuer(ISSUER).sign();

            assertThat(part(token, 0))
                    .containsEntry("alg", "RS256")
                    .containsEntry("typ", "JWT")
                    .containsEntry("kid", "apigw-sim-test-key");
        }

        @Test
        void the_claims_are_written_in_call_order_with_iat_now_and_exp_in_an_hour() {
            String token = TestJwt.builder(CLOCK)
                    .issuer(ISSUER)
                    .subject("alice")
                    .audience("client")
                    .scope("pets/read", "pets/write")
                    .tokenUse("access")
                    .clientId("client")
                    .sign();

            assertThat(part(token, 1))
                    .containsExactly(
                            Map.entry("iss", ISSUER),
                            Map.entry("sub", "alice"),
                            Map.entry("aud", "client"),
                            Map.entry("scope", "pets/read pets/write"),
                            Map.entry("token_use", "access"),
                            Map.entry("client_id", "client"),
                            Map.entry("iat", 1718636404),
                            Map.entry("exp", 1718640004));
        }

        @Test
        void several_audiences_are_an_array() {
            assertThat(part(TestJwt.builder(CLOCK).audience("a", "b").sign(), 1))
                    .containsEntry("aud", List.of("a", "b"));
        }

        @Test
        void explicit_times_replace_the_defaults() {
            String token = TestJwt.builder(CLOCK)
                    .issuedAt(Instant.parse("2024-01-01T00:00:00Z"))
                    .notBefore(Instant.parse("2024-01-01T00:00:10Z"))
                    .expiresAt(Instant.parse("2024-01-02T00:00:00.900Z"))
                    .sign();

            assertThat(part(token, 1))
                    .containsEntry("iat", 1704067200)
                    .containsEntry("nbf", 1704067210)
                    .containsEntry("exp", 1704153600);
        }

        @Test
        void expires_in_counts_from_the_clock() {
            assertThat(part(
                            TestJwt.builder(CLOCK)
                                    .expiresIn(Duration.ofMinutes(5))
                                    .sign(),
                            1))
                    .containsEntry("exp", 1718636704);
        }

        @Test
        void the_last_of_expires_at_and_expires_in_wins() {
            String token = TestJwt.builder(CLOCK)
                    .expiresAt(NOW.plusSeconds(10))
                    .expiresIn(Duration.ofSeconds(20))
                    .sign();

            assertThat(part(token, 1)).containsEntry("exp", 1718636424);
        }

        @Test
        void claims_of_every_json_type_are_written() {
            String token = TestJwt.builder(CLOCK)
                    .claim("email_verified", true)
                    .claim("cognito:groups", List.of("admin", "users"))
                    .claim("address", Map.of("city", "Paris"))
                    .claim("score", new BigDecimal("1.5"))
                    .sign();

            assertThat(part(token, 1))
                    .containsEntry("email_verified", true)
                    .containsEntry("cognito:groups", List.of("admin", "users"))
                    .containsEntry("address", Map.of("city", "Paris"))
                    .containsEntry("score", 1.5);
        }

        @Test
        void a_claim_can_set_exp_itself() {
            assertThat(part(TestJwt.builder(CLOCK).claim("exp", 42).sign(), 1)).containsEntry("exp", 42);
        }
    }

    @Nested
    class Helpers {

        @Test
        void the_cognito_issuer_is_the_pools_url() {
            assertThat(TestJwt.cognitoIssuer("eu-west-1", "eu-west-1_y0bLG4i27"))
                    .isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_y0bLG4i27");
        }

        @Test
        void the_test_keys_jwks_verifies_tokens_of_the_built_in_key() {
            JwtVerifier fromJwks = JwtVerifier.of(ISSUER, List.of("client"), TestJwt.testKeysJwks());

            assertThat(TestJwt.testKeysJwks())
                    .contains("\"kid\":\"apigw-sim-test-key\"")
                    .doesNotContain("\"d\"");
            assertThat(fromJwks.verify(
                            TestJwt.builder(CLOCK)
                                    .issuer(ISSUER)
                                    .audience("client")
                                    .sign(),
                            List.of(),
                            NOW))
                    .isInstanceOf(JwtVerification.Valid.class);
        }
    }

    @Nested
    class Misuse {

        @Test
        void a_null_claim_is_refused() {
            assertThatThrownBy(() -> TestJwt.builder().claim("nickname", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("claim \"nickname\" is null: give a String, Number, Boolean, List or Map, or leave the"
                            + " claim out");
        }

        @Test
        void a_claim_of_another_type_is_refused() {
            assertThatThrownBy(() -> TestJwt.builder().claim("when", NOW))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("claim \"when\" is a java.time.Instant: give a String, Number, Boolean, List or Map,"
                            + " which JSON can hold");
        }

        @Test
        void a_nested_value_of_another_type_is_refused() {
            assertThatThrownBy(() -> TestJwt.builder().claim("list", List.of("a", new Object())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("claim \"list\" is a java.lang.Object");
        }

        @Test
        void a_scope_with_a_space_is_refused() {
            assertThatThrownBy(() -> TestJwt.builder().scope("pets/read pets/write"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("scope \"pets/read pets/write\" contains a space: scopes are space-separated in the"
                            + " token, so give each one as its own argument");
        }

        @Test
        void no_audience_is_refused() {
            assertThatThrownBy(() -> TestJwt.builder().audience())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("audience() needs at least one audience, such as an app client id");
        }

        @Test
        void an_empty_issuer_is_refused() {
            assertThatThrownBy(() -> TestJwt.builder().issuer(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("issuer is empty: give a value");
        }

        @Test
        void a_public_key_cannot_sign() throws Exception {
            String publicJwk = new RSAKeyGenerator(2048)
                    .keyID("own")
                    .generate()
                    .toPublicJWK()
                    .toJSONString();

            assertThatThrownBy(() -> TestJwt.builder().signWith(publicJwk).sign())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the signing JWK has no private part (\"d\"): give the key pair, not its public half");
        }

        @Test
        void a_key_without_kid_needs_one_from_key_id() throws Exception {
            String withoutKid = new RSAKeyGenerator(2048).generate().toJSONString();

            assertThatThrownBy(() -> TestJwt.builder().signWith(withoutKid).sign())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the signing JWK has no \"kid\": API Gateway finds the key by the token's kid, so give"
                            + " the JWK a kid or call keyId(...)");
            assertThat(part(TestJwt.builder().signWith(withoutKid).keyId("k1").sign(), 0))
                    .containsEntry("kid", "k1");
        }

        @Test
        void text_that_is_not_a_jwk_is_refused() {
            assertThatThrownBy(() -> TestJwt.builder().signWith("secret").sign())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the signing key is not a JWK such as");
        }
    }
}

package io.apigwsim;

import io.apigwsim.internal.jwt.CognitoUserPool;
import io.apigwsim.internal.jwt.TestKey;
import io.apigwsim.internal.jwt.TokenMinter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Signed JSON Web Tokens for tests of routes behind a JWT authorizer (HTTP API) or a Cognito user pool
 * authorizer (REST API).
 *
 * <pre>{@code
 * String token = TestJwt.builder().issuer(ISSUER).audience("client").scope("pets/read").sign();
 *
 * Exchange exchange = gateway.get("/pets").header("Authorization", "Bearer " + token).send();
 * }</pre>
 *
 * <p>Tokens are signed with RS256 by the library's built-in test key, an RSA key pair made once per JVM
 * whose {@code kid} is {@value #TEST_KEY_ID}; the simulated authorizers trust it unless they are given a
 * key set of their own, and {@link #testKeysJwks()} gives its public half. A token carries {@code iat} (now)
 * and {@code exp} (in one hour) unless the test sets them.
 *
 * @since 0.1
 */
public final class TestJwt {

    /**
     * The {@code kid} of the built-in test key, written in the header of every token it signs.
     *
     * @since 0.1
     */
    public static final String TEST_KEY_ID = TestKey.KEY_ID;

    private TestJwt() {}

    /**
     * Start a token whose times come from the system clock.
     *
     * @return a new builder
     * @since 0.1
     */
    public static Builder builder() {
        return new Builder(Clock.systemUTC());
    }

    /**
     * Start a token whose times ({@code iat}, and {@code exp} by default) come from a clock, such as the one
     * the gateway runs on.
     *
     * @param clock the clock that says what now is
     * @return a new builder
     * @since 0.1
     */
    public static Builder builder(Clock clock) {
        return new Builder(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * The issuer ({@code iss}) of a Cognito user pool's tokens,
     * {@code https://cognito-idp.{region}.amazonaws.com/{userPoolId}}.
     *
     * @param region the pool's region, for example {@code us-east-1}
     * @param userPoolId the pool's id, for example {@code us-east-1_EXAMPLE}
     * @return the issuer URL
     * @since 0.1
     */
    public static String cognitoIssuer(String region, String userPoolId) {
        return CognitoUserPool.issuer(requireText(region, "region"), requireText(userPoolId, "userPoolId"));
    }

    /**
     * The public half of the built-in test key as a JWKS document, what an issuer publishes at its
     * {@code jwks_uri}.
     *
     * @return the JWKS JSON text, {@code {"keys":[{"kty":"RSA","kid":"apigw-sim-test-key",...}]}}
     * @since 0.1
     */
    public static String testKeysJwks() {
        return TestKey.publicJwks();
    }

    /**
     * The claims, header and key of one token; {@link #sign()} makes it. Not safe for use by several threads.
     *
     * @since 0.1
     */
    public static final class Builder {

        private enum Signing {
            BUILT_IN_KEY,
            OWN_KEY,
            UNTRUSTED_KEY,
            UNSIGNED
        }

        private final Clock clock;
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Duration expiresIn = Duration.ofHours(1);
        private Optional<String> keyId = Optional.empty();
        private Signing signing = Signing.BUILT_IN_KEY;
        private String privateJwkJson;

        private Builder(Clock clock) {
            this.clock = clock;
        }

        /**
         * Set the issuer, {@code iss}.
         *
         * @param issuer the issuer URL, the authorizer's issuer for a token it accepts
         * @return this builder
         * @since 0.1
         */
        public Builder issuer(String issuer) {
            claims.put("iss", requireText(issuer, "issuer"));
            return this;
        }

        /**
         * Set the audience, {@code aud}: a string for one value, an array for several.
         *
         * @param audiences one or more audiences, such as an app client id
         * @return this builder
         * @since 0.1
         */
        public Builder audience(String... audiences) {
            if (audiences.length == 0) {
                throw new IllegalArgumentException("audience() needs at least one audience, such as an app client id");
            }
            List<String> values = new ArrayList<>();
            for (String audience : audiences) {
                values.add(requireText(audience, "audience"));
            }
            claims.put("aud", values.size() == 1 ? values.get(0) : List.copyOf(values));
            return this;
        }

        /**
         * Set the subject, {@code sub}.
         *
         * @param subject the user's or client's id
         * @return this builder
         * @since 0.1
         */
        public Builder subject(String subject) {
            claims.put("sub", requireText(subject, "subject"));
            return this;
        }

        /**
         * Set {@code client_id}, which an access token carries instead of {@code aud}.
         *
         * @param clientId the app client id
         * @return this builder
         * @since 0.1
         */
        public Builder clientId(String clientId) {
            claims.put("client_id", requireText(clientId, "clientId"));
            return this;
        }

        /**
         * Set the OAuth scopes, written as one space-separated {@code scope} claim.
         *
         * @param scopes one or more scopes, such as {@code "pets/read"}
         * @return this builder
         * @since 0.1
         */
        public Builder scope(String... scopes) {
            if (scopes.length == 0) {
                throw new IllegalArgumentException("scope() needs at least one scope, such as \"pets/read\"");
            }
            List<String> values = new ArrayList<>();
            for (String scope : scopes) {
                String value = requireText(scope, "scope");
                if (value.contains(" ")) {
                    throw new IllegalArgumentException("scope \"" + value + "\" contains a space: scopes are"
                            + " space-separated in the token, so give each one as its own argument");
                }
                values.add(value);
            }
            claims.put("scope", String.join(" ", values));
            return this;
        }

        /**
         * Set {@code token_use}, which a Cognito user pool writes into its tokens.
         *
         * @param tokenUse {@code "id"} for an ID token, {@code "access"} for an access token
         * @return this builder
         * @since 0.1
         */
        public Builder tokenUse(String tokenUse) {
            claims.put("token_use", requireText(tokenUse, "tokenUse"));
            return this;
        }

        /**
         * Set any claim, replacing one of the same name.
         *
         * @param name the claim's name, such as {@code "email"} or {@code "cognito:groups"}
         * @param value a {@code String}, {@code Number}, {@code Boolean}, {@code List} or {@code Map} (with
         *     {@code String} keys) of those
         * @return this builder
         * @since 0.1
         */
        public Builder claim(String name, Object value) {
            requireText(name, "claim name");
            checkClaimValue(name, value);
            claims.put(name, value);
            if (name.equals("exp")) {
                expiresIn = null;
            }
            return this;
        }

        /**
         * Set the issue time, {@code iat}, in whole seconds; by default it is the clock's now.
         *
         * @param issuedAt when the token was issued
         * @return this builder
         * @since 0.1
         */
        public Builder issuedAt(Instant issuedAt) {
            claims.put("iat", Objects.requireNonNull(issuedAt, "issuedAt").getEpochSecond());
            return this;
        }

        /**
         * Set the time before which the token is not valid, {@code nbf}, in whole seconds; by default there is
         * none.
         *
         * @param notBefore the first moment the token is valid
         * @return this builder
         * @since 0.1
         */
        public Builder notBefore(Instant notBefore) {
            claims.put("nbf", Objects.requireNonNull(notBefore, "notBefore").getEpochSecond());
            return this;
        }

        /**
         * Set the expiry time, {@code exp}, in whole seconds.
         *
         * @param expiresAt the moment the token expires
         * @return this builder
         * @since 0.1
         */
        public Builder expiresAt(Instant expiresAt) {
            claims.put("exp", Objects.requireNonNull(expiresAt, "expiresAt").getEpochSecond());
            expiresIn = null;
            return this;
        }

        /**
         * Set the expiry time, {@code exp}, relative to the clock's now when the token is signed; one hour by
         * default. A negative duration makes an expired token.
         *
         * @param duration how long the token is valid from now
         * @return this builder
         * @since 0.1
         */
        public Builder expiresIn(Duration duration) {
            expiresIn = Objects.requireNonNull(duration, "duration");
            claims.remove("exp");
            return this;
        }

        /**
         * Set the header's {@code kid}; by default the signing key's. A {@code kid} no authorizer knows makes a
         * token that is refused.
         *
         * @param keyId the key id
         * @return this builder
         * @since 0.1
         */
        public Builder keyId(String keyId) {
            this.keyId = Optional.of(requireText(keyId, "keyId"));
            return this;
        }

        /**
         * Sign with a test's own RSA key instead of the built-in one; the authorizer must then be given the
         * key's public half.
         *
         * @param privateJwkJson the key pair as a JWK with its private part, {@code {"kty":"RSA","kid":...,"n":...,
         *     "e":...,"d":...,...}}; the header's {@code kid} is the JWK's unless {@link #keyId} says otherwise
         * @return this builder
         * @since 0.1
         */
        public Builder signWith(String privateJwkJson) {
            this.privateJwkJson = requireText(privateJwkJson, "privateJwkJson");
            this.signing = Signing.OWN_KEY;
            return this;
        }

        /**
         * Make an unsecured token ({@code "alg":"none"}, no signature), which every authorizer refuses.
         *
         * @return this builder
         * @since 0.1
         */
        public Builder unsigned() {
            this.signing = Signing.UNSIGNED;
            return this;
        }

        /**
         * Sign with a key nobody trusts, under the built-in key's {@code kid}: a token whose signature does not
         * verify.
         *
         * @return this builder
         * @since 0.1
         */
        public Builder signedWithUntrustedKey() {
            this.signing = Signing.UNTRUSTED_KEY;
            return this;
        }

        /**
         * Make the token: {@code iat} and {@code exp} are added from the clock unless set.
         *
         * @return the compact JWT, {@code header.payload.signature}
         * @throws IllegalArgumentException when the own key of {@link #signWith} cannot sign
         * @since 0.1
         */
        public String sign() {
            Instant now = clock.instant();
            Map<String, Object> payload = new LinkedHashMap<>(claims);
            payload.putIfAbsent("iat", now.getEpochSecond());
            if (expiresIn != null) {
                payload.put("exp", now.plus(expiresIn).getEpochSecond());
            }
            return switch (signing) {
                case BUILT_IN_KEY -> TokenMinter.signWithBuiltInKey(payload, keyId.orElse(TEST_KEY_ID));
                case UNTRUSTED_KEY -> TokenMinter.signWithUntrustedKey(payload, keyId.orElse(TEST_KEY_ID));
                case OWN_KEY -> TokenMinter.signWithJwk(payload, privateJwkJson, keyId);
                case UNSIGNED -> TokenMinter.unsigned(payload, keyId);
            };
        }

        @Override
        public String toString() {
            return "TestJwt.Builder" + claims;
        }

        private static void checkClaimValue(String name, Object value) {
            if (value == null) {
                throw new IllegalArgumentException("claim \"" + name + "\" is null: give a String, Number, Boolean,"
                        + " List or Map, or leave the claim out");
            }
            if (value instanceof String || value instanceof Boolean) {
                return;
            }
            if (value instanceof Integer
                    || value instanceof Long
                    || value instanceof Short
                    || value instanceof Byte
                    || value instanceof BigInteger
                    || value instanceof BigDecimal) {
                return;
            }
            if (value instanceof Double || value instanceof Float) {
                double number = ((Number) value).doubleValue();
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    throw new IllegalArgumentException(
                            "claim \"" + name + "\" is " + value + ": JSON has no such number, give a finite one");
                }
                return;
            }
            if (value instanceof List<?> list) {
                for (Object element : list) {
                    checkClaimValue(name, element);
                }
                return;
            }
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String)) {
                        throw new IllegalArgumentException("claim \"" + name + "\" has a map key " + entry.getKey()
                                + " that is not a String: JSON object keys are strings");
                    }
                    checkClaimValue(name, entry.getValue());
                }
                return;
            }
            throw new IllegalArgumentException(
                    "claim \"" + name + "\" is a " + value.getClass().getName()
                            + ": give a String, Number, Boolean, List or Map, which JSON can hold");
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " is " + (value == null ? "null" : "empty") + ": give a value");
        }
        return value;
    }
}

package io.apigwsim.internal.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import io.apigwsim.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Signs the claims of a test token into a compact JWT (docs/behavior.md#test-tokens). */
public final class TokenMinter {

    private TokenMinter() {}

    // A second key pair nobody trusts, made once on first use, for tokens whose signature must not verify.
    private static final class UntrustedKey {
        static final RSAKey KEY = TestKey.generate("apigw-sim-untrusted-key");
    }

    /** RS256 with the built-in test key; {@code keyId} goes into the header (normally {@link TestKey#KEY_ID}). */
    public static String signWithBuiltInKey(Map<String, Object> claims, String keyId) {
        return signed(claims, TestKey.rsaKey(), keyId);
    }

    /** RS256 with a key no authorizer trusts, under {@code keyId}: a token whose signature does not verify. */
    public static String signWithUntrustedKey(Map<String, Object> claims, String keyId) {
        return signed(claims, UntrustedKey.KEY, keyId);
    }

    /**
     * RS256 with a test's own RSA key, given as a JWK with its private part; the header's {@code kid} is
     * {@code keyId} when given, else the JWK's.
     *
     * @throws IllegalArgumentException when the JWK is not an RSA private key or has no kid to use
     */
    public static String signWithJwk(Map<String, Object> claims, String privateJwkJson, Optional<String> keyId) {
        RSAKey key = privateRsaKey(privateJwkJson);
        String kid = keyId.or(() -> Optional.ofNullable(key.getKeyID()))
                .orElseThrow(() -> new IllegalArgumentException("the signing JWK has no \"kid\": API Gateway finds the"
                        + " key by the token's kid, so give the JWK a kid or call keyId(...)"));
        return signed(claims, key, kid);
    }

    /** An unsecured token ({@code "alg":"none"}, empty signature), which every authorizer refuses. */
    public static String unsigned(Map<String, Object> claims, Optional<String> keyId) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "none");
        header.put("typ", "JWT");
        keyId.ifPresent(kid -> header.put("kid", kid));
        return base64Url(Json.text(header)) + "." + base64Url(Json.text(claims)) + ".";
    }

    private static String signed(Map<String, Object> claims, RSAKey key, String keyId) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(keyId)
                .build();
        JWSObject token = new JWSObject(header, new Payload(Json.text(claims)));
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException | IllegalArgumentException e) {
            throw new IllegalArgumentException("signing the token with RS256 failed: " + e.getMessage(), e);
        }
        return token.serialize();
    }

    private static RSAKey privateRsaKey(String privateJwkJson) {
        JWK jwk;
        try {
            jwk = JWK.parse(privateJwkJson);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "the signing key is not a JWK such as {\"kty\":\"RSA\",\"n\":...," + "\"e\":...,\"d\":...}: "
                            + e.getMessage(),
                    e);
        }
        if (!(jwk instanceof RSAKey rsa)) {
            throw new IllegalArgumentException("the signing key is a " + jwk.getKeyType() + " key: API Gateway"
                    + " verifies RSA signatures only, so give an RSA key (\"kty\":\"RSA\")");
        }
        if (!rsa.isPrivate()) {
            throw new IllegalArgumentException(
                    "the signing JWK has no private part (\"d\"): give the key pair, not its public half");
        }
        return rsa;
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

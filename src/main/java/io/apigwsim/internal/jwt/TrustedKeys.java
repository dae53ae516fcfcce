package io.apigwsim.internal.jwt;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys an authorizer trusts, by {@code kid}: what API Gateway fetches from the issuer's
 * {@code jwks_uri}, given here as the JWKS text (docs/behavior.md#http-api-jwt-authorizers).
 */
final class TrustedKeys {

    private final Map<String, RSAKey> byKeyId;

    private TrustedKeys(Map<String, RSAKey> byKeyId) {
        this.byKeyId = Map.copyOf(byKeyId);
    }

    /** The built-in test key's public half. */
    static TrustedKeys builtIn() {
        return new TrustedKeys(Map.of(TestKey.KEY_ID, TestKey.rsaKey().toPublicJWK()));
    }

    /** Read a JWKS document ({@code {"keys":[...]}}); every key must be RSA and carry a {@code kid}. */
    static TrustedKeys fromJwks(String jwksJson) {
        JWKSet set;
        try {
            set = JWKSet.parse(jwksJson);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "the key set is not a JWKS document such as {\"keys\":[{\"kty\":\"RSA\",\"kid\":\"...\",...}]}: "
                            + e.getMessage(),
                    e);
        }
        if (set.getKeys().isEmpty()) {
            throw new IllegalArgumentException("the key set holds no key: give at least one RSA public key");
        }
        Map<String, RSAKey> keys = new LinkedHashMap<>();
        for (JWK key : set.getKeys()) {
            if (!(key instanceof RSAKey rsa)) {
                throw new IllegalArgumentException("the key set holds a " + key.getKeyType()
                        + " key: API Gateway verifies RSA signatures only, so give RSA keys (\"kty\":\"RSA\")");
            }
            if (rsa.getKeyID() == null || rsa.getKeyID().isEmpty()) {
                throw new IllegalArgumentException("a key of the key set has no \"kid\": API Gateway finds the key by"
                        + " the token's kid, so give every key one");
            }
            if (keys.put(rsa.getKeyID(), rsa.toPublicJWK()) != null) {
                throw new IllegalArgumentException(
                        "the key set holds two keys with kid \"" + rsa.getKeyID() + "\": give each key its own kid");
            }
        }
        return new TrustedKeys(keys);
    }

    Optional<RSAKey> byKeyId(String keyId) {
        return Optional.ofNullable(byKeyId.get(keyId));
    }

    @Override
    public String toString() {
        return "TrustedKeys" + byKeyId.keySet();
    }
}

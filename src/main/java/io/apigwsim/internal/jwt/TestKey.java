package io.apigwsim.internal.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The library's built-in test key: one RSA 2048 key pair per JVM, generated on first use, which test tokens
 * are signed with and authorizers trust unless given a key set of their own (docs/behavior.md#test-tokens).
 */
public final class TestKey {

    /** The {@code kid} of the built-in key, in its JWK and in the header of every token it signs. */
    public static final String KEY_ID = "apigw-sim-test-key";

    private TestKey() {}

    // The JVM initialises a nested class once, on first use, and publishes it to every thread.
    private static final class Holder {
        static final RSAKey KEY = generate(KEY_ID);
    }

    /** The key set with the built-in key's public half, as an issuer publishes it at its {@code jwks_uri}. */
    public static String publicJwks() {
        return new JWKSet(Holder.KEY.toPublicJWK()).toString();
    }

    static RSAKey rsaKey() {
        return Holder.KEY;
    }

    static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(keyId)
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("generating an RSA 2048 key pair failed: " + e.getMessage(), e);
        }
    }
}

package io.apigwsim.internal.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import io.apigwsim.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first steps of both authorizers, in API Gateway's order: take the token from the header value,
 * decode it, check its algorithm, find its key by {@code kid} and verify its signature
 * (docs/behavior.md#http-api-jwt-authorizers). The claims are checked by the caller.
 */
final class SignedTokenReader {

    private static final String BEARER_PREFIX = "Bearer ";

    // "Currently, only RSA-based algorithms are supported" (docs/behavior.md#http-api-jwt-authorizers).
    private static final Set<JWSAlgorithm> RSA_ALGORITHMS = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512);

    private final TrustedKeys keys;

    SignedTokenReader(TrustedKeys keys) {
        this.keys = keys;
    }

    /** What reading a header value gave: the verified claims, or the failed check. */
    sealed interface Outcome permits Read, Refused {}

    /** A token whose signature verified; its claims in the token's order, with their JSON types. */
    record Read(Map<String, Object> claims) implements Outcome {}

    /** A refused token; {@code detail} fills the failure's description where it takes one. */
    record Refused(JwtFailure failure, String detail) implements Outcome {
        Refused(JwtFailure failure) {
            this(failure, "");
        }
    }

    Outcome read(String authorizationHeaderValue) {
        Optional<String> token = tokenOf(authorizationHeaderValue);
        if (token.isEmpty()) {
            return new Refused(JwtFailure.MISSING_TOKEN);
        }
        String[] parts = token.get().split("\\.", -1);
        if (parts.length != 3) {
            return new Refused(JwtFailure.INVALID_SEGMENTS);
        }
        Optional<Map<String, Object>> header = jsonObject(parts[0]);
        Optional<Map<String, Object>> claims = jsonObject(parts[1]);
        if (header.isEmpty() || claims.isEmpty()) {
            return new Refused(JwtFailure.MALFORMED);
        }
        if (!(header.get().get("alg") instanceof String algorithm)) {
            return new Refused(JwtFailure.MALFORMED);
        }
        if (!RSA_ALGORITHMS.contains(JWSAlgorithm.parse(algorithm))) {
            return new Refused(JwtFailure.UNSUPPORTED_ALGORITHM, algorithm);
        }
        Optional<RSAKey> key = header.get().get("kid") instanceof String keyId ? keys.byKeyId(keyId) : Optional.empty();
        if (key.isEmpty()) {
            return new Refused(JwtFailure.UNKNOWN_KEY);
        }
        return signatureVerifies(token.get(), key.get())
                ? new Read(claims.get())
                : new Refused(JwtFailure.INVALID_SIGNATURE);
    }

    // The identity source holds the token alone or after "Bearer " (docs/behavior.md#http-api-jwt-authorizers);
    // "Bearer " alone is a token with no segments, not a missing one.
    private static Optional<String> tokenOf(String headerValue) {
        if (headerValue == null || headerValue.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                headerValue.startsWith(BEARER_PREFIX) ? headerValue.substring(BEARER_PREFIX.length()) : headerValue);
    }

    private static Optional<Map<String, Object>> jsonObject(String base64Url) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
            return Json.tryReadObject(json);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean signatureVerifies(String token, RSAKey key) {
        try {
            return JWSObject.parse(token).verify(new RSASSAVerifier(key));
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }
}

package io.apigwsim.internal.jwt;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The time claims, checked in API Gateway's order: {@code exp} after now, {@code nbf} and {@code iat} not
 * after now, with no allowance for clock skew; a claim the token lacks is not checked
 * (docs/behavior.md#http-api-jwt-authorizers, #uncertain-jwt-and-cognito).
 */
final class TokenTimes {

    private TokenTimes() {}

    static Optional<JwtFailure> check(Map<String, Object> claims, Instant now) {
        if (claims.containsKey("exp")
                && !now.isBefore(instantOf(claims.get("exp")).orElse(Instant.MIN))) {
            return Optional.of(JwtFailure.EXPIRED);
        }
        if (claims.containsKey("nbf")
                && now.isBefore(instantOf(claims.get("nbf")).orElse(Instant.MAX))) {
            return Optional.of(JwtFailure.NOT_YET_VALID);
        }
        if (claims.containsKey("iat")
                && now.isBefore(instantOf(claims.get("iat")).orElse(Instant.MAX))) {
            return Optional.of(JwtFailure.ISSUED_IN_FUTURE);
        }
        return Optional.empty();
    }

    // NumericDate: seconds since the epoch, possibly with a fraction (RFC 7519).
    private static Optional<Instant> instantOf(Object value) {
        if (!(value instanceof Number number)) {
            return Optional.empty();
        }
        double seconds = number.doubleValue();
        if (Double.isNaN(seconds)) {
            return Optional.empty();
        }
        if (seconds >= Instant.MAX.getEpochSecond()) {
            return Optional.of(Instant.MAX);
        }
        if (seconds <= Instant.MIN.getEpochSecond()) {
            return Optional.of(Instant.MIN);
        }
        long whole = (long) Math.floor(seconds);
        return Optional.of(Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1_000_000_000L)));
    }
}

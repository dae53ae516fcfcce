package io.apigwsim.internal.jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP API JWT authorizer: an issuer, its audiences and the issuer's public keys, checking a token the
 * way API Gateway does, in its documented order (docs/behavior.md#http-api-jwt-authorizers). Immutable and
 * safe to share between threads.
 */
public final class JwtVerifier {

    private final String issuer;
    private final List<String> audiences;
    private final SignedTokenReader reader;

    private JwtVerifier(String issuer, List<String> audiences, TrustedKeys keys) {
        this.issuer = issuer;
        this.audiences = audiences;
        this.reader = new SignedTokenReader(keys);
    }

    /** An authorizer trusting the built-in test key ({@link TestKey}). */
    public static JwtVerifier of(String issuer, List<String> audiences) {
        return new JwtVerifier(checkedIssuer(issuer), checkedAudiences(audiences), TrustedKeys.builtIn());
    }

    /**
     * An authorizer trusting the RSA public keys of a JWKS document, as the issuer publishes it at its
     * {@code jwks_uri}.
     *
     * @throws IllegalArgumentException naming what is wrong with the issuer, the audiences or the key set
     */
    public static JwtVerifier of(String issuer, List<String> audiences, String jwksJson) {
        Objects.requireNonNull(jwksJson, "jwksJson");
        return new JwtVerifier(checkedIssuer(issuer), checkedAudiences(audiences), TrustedKeys.fromJwks(jwksJson));
    }

    /**
     * Check the identity source's value for a route.
     *
     * @param authorizationHeaderValue the identity source's value, the token alone or after {@code Bearer };
     *     {@code null} or empty when the request has none
     * @param routeScopes the route's authorization scopes; empty when it declares none
     * @param now the time of the request
     */
    public JwtVerification verify(String authorizationHeaderValue, List<String> routeScopes, Instant now) {
        Objects.requireNonNull(routeScopes, "routeScopes");
        Objects.requireNonNull(now, "now");
        SignedTokenReader.Outcome outcome = reader.read(authorizationHeaderValue);
        if (outcome instanceof SignedTokenReader.Refused refused) {
            return JwtVerification.Invalid.of(refused.failure(), refused.detail(), routeScopes);
        }
        Map<String, Object> claims = ((SignedTokenReader.Read) outcome).claims();
        Optional<JwtFailure> failure = claimFailure(claims, routeScopes, now);
        if (failure.isPresent()) {
            return JwtVerification.Invalid.of(failure.get(), "", routeScopes);
        }
        return new JwtVerification.Valid(claims, TokenScopes.of(claims), routeScopes);
    }

    private Optional<JwtFailure> claimFailure(Map<String, Object> claims, List<String> routeScopes, Instant now) {
        if (!issuer.equals(claims.get("iss"))) {
            return Optional.of(JwtFailure.INVALID_ISSUER);
        }
        if (!audienceMatches(claims)) {
            return Optional.of(JwtFailure.INVALID_AUDIENCE);
        }
        Optional<JwtFailure> timeFailure = TokenTimes.check(claims, now);
        if (timeFailure.isPresent()) {
            return timeFailure;
        }
        if (!routeScopes.isEmpty() && !TokenScopes.anyOf(TokenScopes.of(claims).orElse(List.of()), routeScopes)) {
            return Optional.of(JwtFailure.INSUFFICIENT_SCOPE);
        }
        return Optional.empty();
    }

    // client_id is checked only when the token has no aud (docs/behavior.md#http-api-jwt-authorizers).
    private boolean audienceMatches(Map<String, Object> claims) {
        if (claims.containsKey("aud")) {
            Object aud = claims.get("aud");
            if (aud instanceof List<?> list) {
                return list.stream().anyMatch(this::isAudience);
            }
            return isAudience(aud);
        }
        return isAudience(claims.get("client_id"));
    }

    private boolean isAudience(Object claim) {
        return claim instanceof String value && audiences.contains(value);
    }

    private static String checkedIssuer(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("the JWT authorizer has no issuer: give the issuer's URL, for example"
                    + " https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE");
        }
        return issuer;
    }

    private static List<String> checkedAudiences(List<String> audiences) {
        if (audiences == null || audiences.isEmpty()) {
            throw new IllegalArgumentException("the JWT authorizer has no audience: give at least one, the value a"
                    + " token's aud (or client_id) must hold, such as an app client id");
        }
        for (String audience : audiences) {
            if (audience == null || audience.isBlank()) {
                throw new IllegalArgumentException(
                        "the JWT authorizer has an empty audience in " + audiences + ": remove it or give its value");
            }
        }
        return List.copyOf(audiences);
    }

    @Override
    public String toString() {
        return "JwtVerifier[issuer=" + issuer + ", audiences=" + audiences + "]";
    }
}

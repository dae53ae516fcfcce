package io.apigwsim.internal.jwt;

import java.util.Optional;

/**
 * Why a token was refused, in the order the checks run, with the status and the {@code error_description}
 * an HTTP API JWT authorizer answers (docs/behavior.md#http-api-jwt-authorizers). Only the audience text
 * is documented and the segment count and the missing token are reported; the other texts are inferred
 * [UNCERTAIN] (docs/behavior.md#uncertain-jwt-and-cognito).
 */
public enum JwtFailure {
    /** No token in the identity source: the challenge is a bare {@code Bearer}. */
    MISSING_TOKEN(401, null),
    /** Not three dot-separated parts. */
    INVALID_SEGMENTS(401, "token contains an invalid number of segments"),
    /** A header or payload that is not base64url-encoded JSON. */
    MALFORMED(401, "token is malformed"),
    /** An algorithm other than RSA ({@code RS*}, {@code PS*}); the description names it. */
    UNSUPPORTED_ALGORITHM(401, "signing method %s is invalid"),
    /** No {@code kid}, or one that names no trusted key. */
    UNKNOWN_KEY(401, "the token does not have a valid key id"),
    /** The signature does not verify with the key the {@code kid} names. */
    INVALID_SIGNATURE(401, "crypto/rsa: verification error"),
    /** {@code iss} is not the configured issuer. */
    INVALID_ISSUER(401, "the token does not have a valid issuer"),
    /** Neither {@code aud} nor (without {@code aud}) {@code client_id} is a configured audience. */
    INVALID_AUDIENCE(401, "the token does not have a valid audience"),
    /** {@code exp} is not after now. */
    EXPIRED(401, "the token has expired"),
    /** {@code nbf} is after now. */
    NOT_YET_VALID(401, "the token is not valid yet"),
    /** {@code iat} is after now. */
    ISSUED_IN_FUTURE(401, "the token was issued in the future"),
    /** None of the route's authorization scopes is in the token's {@code scope} or {@code scp}. */
    INSUFFICIENT_SCOPE(403, "the token does not have a required scope");

    private final int statusCode;
    private final String description;

    JwtFailure(int statusCode, String description) {
        this.statusCode = statusCode;
        this.description = description;
    }

    /** The status API Gateway answers: 401, or 403 for a token without a required scope. */
    public int statusCode() {
        return statusCode;
    }

    /** The {@code error} of the challenge; empty for a missing token. */
    public Optional<String> error() {
        if (this == MISSING_TOKEN) {
            return Optional.empty();
        }
        return Optional.of(this == INSUFFICIENT_SCOPE ? "insufficient_scope" : "invalid_token");
    }

    /** The {@code error_description}, with the detail (the algorithm's name) where the text takes one. */
    Optional<String> description(String detail) {
        return Optional.ofNullable(description).map(text -> text.contains("%s") ? text.formatted(detail) : text);
    }
}

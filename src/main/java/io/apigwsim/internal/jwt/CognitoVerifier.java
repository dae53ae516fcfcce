package io.apigwsim.internal.jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A REST API authorizer of type {@code COGNITO_USER_POOLS}: tokens signed by one of its user pools, checked
 * for signature, issuer and time, then as an ID token when the method declares no authorization scopes or as
 * an access token holding one of them when it does (docs/behavior.md#rest-cognito-user-pool-authorizers).
 * Immutable and safe to share between threads.
 */
public final class CognitoVerifier {

    private final List<CognitoUserPool> pools;
    private final SignedTokenReader reader;

    private CognitoVerifier(List<CognitoUserPool> pools, TrustedKeys keys) {
        this.pools = pools;
        this.reader = new SignedTokenReader(keys);
    }

    /**
     * An authorizer for the pools of its provider ARNs, trusting the built-in test key ({@link TestKey}).
     *
     * @throws IllegalArgumentException naming the ARN that is not a user pool ARN
     */
    public static CognitoVerifier of(List<String> providerArns) {
        return new CognitoVerifier(poolsOf(providerArns), TrustedKeys.builtIn());
    }

    /**
     * An authorizer for the pools of its provider ARNs, trusting the RSA public keys of a JWKS document, as a
     * pool publishes it at {@code https://cognito-idp.{region}.amazonaws.com/{userPoolId}/.well-known/jwks.json}.
     *
     * @throws IllegalArgumentException naming the ARN or what is wrong with the key set
     */
    public static CognitoVerifier of(List<String> providerArns, String jwksJson) {
        Objects.requireNonNull(jwksJson, "jwksJson");
        return new CognitoVerifier(poolsOf(providerArns), TrustedKeys.fromJwks(jwksJson));
    }

    /**
     * Check the identity source's value for a method.
     *
     * @param authorizationHeaderValue the header's value, the token alone or after {@code Bearer }; {@code null}
     *     or empty when the request has none
     * @param methodScopes the method's authorization scopes; empty when it declares none
     * @param now the time of the request
     */
    public CognitoVerification verify(String authorizationHeaderValue, List<String> methodScopes, Instant now) {
        Objects.requireNonNull(methodScopes, "methodScopes");
        Objects.requireNonNull(now, "now");
        SignedTokenReader.Outcome outcome = reader.read(authorizationHeaderValue);
        if (outcome instanceof SignedTokenReader.Refused refused) {
            return new CognitoVerification.Invalid(refused.failure()
                    .description(refused.detail())
                    .orElse("the request has no token in the identity source"));
        }
        Map<String, Object> claims = ((SignedTokenReader.Read) outcome).claims();
        Optional<String> refusal = refusal(claims, methodScopes, now);
        return refusal.<CognitoVerification>map(CognitoVerification.Invalid::new)
                .orElseGet(() -> new CognitoVerification.Valid(claims));
    }

    private Optional<String> refusal(Map<String, Object> claims, List<String> methodScopes, Instant now) {
        Object issuer = claims.get("iss");
        if (pools.stream().noneMatch(pool -> pool.issuer().equals(issuer))) {
            return Optional.of(
                    "the token's iss " + quoted(issuer) + " is not the issuer of a user pool of the" + " authorizer "
                            + pools.stream().map(CognitoUserPool::issuer).toList());
        }
        Optional<JwtFailure> timeFailure = TokenTimes.check(claims, now);
        if (timeFailure.isPresent()) {
            return timeFailure.get().description("");
        }
        Object tokenUse = claims.get("token_use");
        // No scopes on the method: an ID token; scopes: an access token with one of them
        // (docs/behavior.md#rest-cognito-user-pool-authorizers).
        if (methodScopes.isEmpty()) {
            return "id".equals(tokenUse)
                    ? Optional.empty()
                    : Optional.of("the method declares no authorization scopes, so it takes an ID token (token_use"
                            + " \"id\"), and the token's token_use is " + quoted(tokenUse));
        }
        if (!"access".equals(tokenUse)) {
            return Optional.of("the method declares authorization scopes " + methodScopes + ", so it takes an"
                    + " access token (token_use \"access\"), and the token's token_use is " + quoted(tokenUse));
        }
        List<String> tokenScopes = TokenScopes.ofScopeClaim(claims);
        return TokenScopes.anyOf(tokenScopes, methodScopes)
                ? Optional.empty()
                : Optional.of("the token's scope " + tokenScopes + " holds none of the method's authorization scopes "
                        + methodScopes);
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    private static List<CognitoUserPool> poolsOf(List<String> providerArns) {
        if (providerArns == null || providerArns.isEmpty()) {
            throw new IllegalArgumentException("the Cognito user pool authorizer has no provider ARN: give the ARN of"
                    + " at least one user pool, for example"
                    + " arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_EXAMPLE");
        }
        return providerArns.stream().map(CognitoUserPool::fromArn).toList();
    }

    @Override
    public String toString() {
        return "CognitoVerifier" + pools.stream().map(CognitoUserPool::issuer).toList();
    }
}

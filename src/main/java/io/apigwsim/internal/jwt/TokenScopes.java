package io.apigwsim.internal.jwt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A token's OAuth scopes: the {@code scope} claim (space-separated, RFC 6749) or else {@code scp}, a string or
 * an array of strings (docs/behavior.md#http-api-jwt-authorizers).
 */
final class TokenScopes {

    private TokenScopes() {}

    /** The scopes of {@code scope}, or of {@code scp} when there is no {@code scope}; empty when neither. */
    static Optional<List<String>> of(Map<String, Object> claims) {
        if (claims.containsKey("scope")) {
            return Optional.of(listOf(claims.get("scope")));
        }
        if (claims.containsKey("scp")) {
            return Optional.of(listOf(claims.get("scp")));
        }
        return Optional.empty();
    }

    /** The scopes of the {@code scope} claim alone, as a Cognito access token carries them. */
    static List<String> ofScopeClaim(Map<String, Object> claims) {
        return listOf(claims.get("scope"));
    }

    /** Whether the token has at least one of the required scopes. */
    static boolean anyOf(List<String> tokenScopes, List<String> required) {
        return required.stream().anyMatch(tokenScopes::contains);
    }

    private static List<String> listOf(Object claim) {
        if (claim instanceof String text) {
            return Arrays.stream(text.split(" ")).filter(s -> !s.isEmpty()).toList();
        }
        List<String> scopes = new ArrayList<>();
        if (claim instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof String scope) {
                    scopes.add(scope);
                }
            }
        }
        return List.copyOf(scopes);
    }
}

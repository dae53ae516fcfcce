package io.apigwsim.internal.jwt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What an HTTP API JWT authorizer decided about one request: {@link Valid} or {@link Invalid}. */
public sealed interface JwtVerification permits JwtVerification.Valid, JwtVerification.Invalid {

    /**
     * An accepted token.
     *
     * @param claims the token's claims with their JSON types ({@code String}, {@code Number}, {@code Boolean},
     *     {@code List}, {@code Map}, {@code null}), in the token's order
     * @param tokenScopes the token's scopes from {@code scope} (space-separated) or {@code scp}; empty when the
     *     token has neither claim
     * @param routeScopes the authorization scopes the route declares
     */
    record Valid(Map<String, Object> claims, Optional<List<String>> tokenScopes, List<String> routeScopes)
            implements JwtVerification {

        public Valid {
            claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
            tokenScopes = tokenScopes.map(List::copyOf);
            routeScopes = List.copyOf(routeScopes);
        }

        /** The claims as the integration gets them in {@code requestContext.authorizer.jwt.claims}. */
        public Map<String, String> eventClaims() {
            return EventClaims.forHttpApi(claims);
        }

        /**
         * The {@code requestContext.authorizer.jwt.scopes} array, empty for JSON null: the token's scopes when the
         * route declares authorization scopes, null otherwise, even for a token with a {@code scope} claim
         * [UNCERTAIN] (docs/behavior.md#jwt-claims-in-events, #uncertain-jwt-and-cognito).
         */
        public Optional<List<String>> eventScopes() {
            return routeScopes.isEmpty() ? Optional.empty() : tokenScopes;
        }
    }

    /**
     * A refused token: the client gets {@link #statusCode()} with {@code {"message":"Unauthorized"}} (401) or
     * {@code {"message":"Forbidden"}} (403) and the {@link #wwwAuthenticate()} header
     * (docs/behavior.md#http-api-jwt-authorizers).
     *
     * @param failure the check that failed
     * @param errorDescription the {@code error_description}; empty for a missing token
     * @param routeScopes the authorization scopes the route declares, written into the challenge's {@code scope}
     */
    record Invalid(JwtFailure failure, Optional<String> errorDescription, List<String> routeScopes)
            implements JwtVerification {

        public Invalid {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(errorDescription, "errorDescription");
            routeScopes = List.copyOf(routeScopes);
        }

        static Invalid of(JwtFailure failure, String detail, List<String> routeScopes) {
            return new Invalid(failure, failure.description(detail), routeScopes);
        }

        /** 401, or 403 for a token without one of the route's scopes. */
        public int statusCode() {
            return failure.statusCode();
        }

        /**
         * The {@code www-authenticate} header value, for example
         * {@code Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"};
         * a bare {@code Bearer} for a missing token. {@code scope} lists the route's scopes, space-separated
         * (docs/behavior.md#http-api-jwt-authorizers, #uncertain-jwt-and-cognito).
         */
        public String wwwAuthenticate() {
            if (failure.error().isEmpty()) {
                return "Bearer";
            }
            return "Bearer scope=\"" + quoted(String.join(" ", routeScopes)) + "\" error=\""
                    + failure.error().get() + "\" error_description=\""
                    + quoted(errorDescription.orElse("")) + "\"";
        }

        private static String quoted(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}

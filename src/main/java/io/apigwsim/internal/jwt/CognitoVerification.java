package io.apigwsim.internal.jwt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a REST Cognito user pool authorizer decided about one request: {@link Valid}, or {@link Invalid},
 * which the client gets as 401 {@code {"message":"Unauthorized"}} (docs/behavior.md#rest-cognito-user-pool-authorizers).
 */
public sealed interface CognitoVerification permits CognitoVerification.Valid, CognitoVerification.Invalid {

    /**
     * An accepted token.
     *
     * @param claims the token's claims with their JSON types, in the token's order
     */
    record Valid(Map<String, Object> claims) implements CognitoVerification {

        public Valid {
            claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
        }

        /** The claims as the integration gets them in {@code requestContext.authorizer.claims}. */
        public Map<String, String> eventClaims() {
            return EventClaims.forRestCognito(claims);
        }
    }

    /**
     * A refused token. API Gateway tells the client nothing more than 401 Unauthorized; the reason is for the
     * execution log.
     *
     * @param reason why the token was refused
     */
    record Invalid(String reason) implements CognitoVerification {

        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.AuthorizerType;
import io.apigwsim.internal.loader.node.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * What one security scheme of a document means to API Gateway, for the operations whose {@code security} names it.
 *
 * @param name the scheme's name, which is also the name of its authorizer
 * @param kind what the scheme does to a method
 * @param authorizerType the authorizer's type, for {@link Kind#AUTHORIZER}
 * @param refusal why an operation may not name it, for {@link Kind#REFUSED}
 * @param location where the document declares it
 */
record SecurityScheme(
        String name, Kind kind, Optional<AuthorizerType> authorizerType, String refusal, Location location) {

    /** What a scheme does to the methods that name it. */
    enum Kind {
        /** The method is guarded by the authorizer of the scheme's name. */
        AUTHORIZER,
        /** The method requires an API key. */
        API_KEY,
        /** The method requires requests signed with AWS credentials ({@code AWS_IAM}). */
        IAM,
        /** API Gateway would not apply the scheme as the document means it; naming it is refused. */
        REFUSED
    }

    SecurityScheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(authorizerType, "authorizerType");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(location, "location");
    }

    static SecurityScheme authorizer(String name, AuthorizerType type, Location location) {
        return new SecurityScheme(name, Kind.AUTHORIZER, Optional.of(type), "", location);
    }

    static SecurityScheme apiKey(String name, Location location) {
        return new SecurityScheme(name, Kind.API_KEY, Optional.empty(), "", location);
    }

    static SecurityScheme iam(String name, Location location) {
        return new SecurityScheme(name, Kind.IAM, Optional.empty(), "", location);
    }

    static SecurityScheme refused(String name, String refusal, Location location) {
        return new SecurityScheme(name, Kind.REFUSED, Optional.empty(), refusal, location);
    }

    /** Whether the scheme's authorizer checks OAuth scopes: Cognito user pool and JWT authorizers. */
    boolean checksScopes() {
        return authorizerType
                .filter(type -> type == AuthorizerType.COGNITO_USER_POOLS || type == AuthorizerType.JWT)
                .isPresent();
    }
}

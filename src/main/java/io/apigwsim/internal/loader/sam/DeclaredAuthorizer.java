package io.apigwsim.internal.loader.sam;

import java.util.List;
import java.util.Objects;

/**
 * What the routes of a SAM API need to know of one of its authorizers.
 *
 * @param name the authorizer's name, its key under {@code Auth.Authorizers}
 * @param lambda whether a Lambda function serves it; such an authorizer checks no OAuth scopes
 * @param scopes the authorizer's own {@code AuthorizationScopes}, which routes get unless their event names others
 */
record DeclaredAuthorizer(String name, boolean lambda, List<String> scopes) {

    DeclaredAuthorizer {
        Objects.requireNonNull(name, "name");
        scopes = List.copyOf(scopes);
    }
}

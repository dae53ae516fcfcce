package io.apigwsim.definition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A route's method request settings: who may call it and what the request must carry before API Gateway calls
 * the integration (docs/behavior.md#method-request).
 *
 * <pre>{@code
 * MethodRequest.builder().authorizer("bearer").apiKeyRequired(true).build();
 * }</pre>
 *
 * @since 0.2
 */
public final class MethodRequest {

    /** A method open to every caller, with nothing required. */
    public static final MethodRequest NONE = builder().build();

    private final String authorizer;
    private final boolean apiKeyRequired;
    private final List<String> authorizationScopes;

    private MethodRequest(Builder builder) {
        this.authorizer = builder.authorizer;
        this.apiKeyRequired = builder.apiKeyRequired;
        this.authorizationScopes = List.copyOf(builder.authorizationScopes);
    }

    /**
     * Start a method request: no authorizer, no API key.
     *
     * @return a builder
     * @since 0.2
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Return the name of the authorizer that guards the method.
     *
     * @return the authorizer's name, or empty for an open method
     * @since 0.2
     */
    public Optional<String> authorizer() {
        return Optional.ofNullable(authorizer);
    }

    /**
     * Tell whether callers must send an API key.
     *
     * @return whether an API key is required
     * @since 0.2
     */
    public boolean apiKeyRequired() {
        return apiKeyRequired;
    }

    /**
     * Return the OAuth scopes a token must carry one of, for Cognito and JWT authorizers.
     *
     * @return the scopes, empty for none
     * @since 0.2
     */
    public List<String> authorizationScopes() {
        return authorizationScopes;
    }

    /**
     * Return a builder holding these settings.
     *
     * @return a builder to change a copy
     * @since 0.2
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.authorizer = authorizer;
        builder.apiKeyRequired = apiKeyRequired;
        builder.authorizationScopes.addAll(authorizationScopes);
        return builder;
    }

    @Override
    public String toString() {
        return "MethodRequest[authorizer=" + authorizer + ", apiKeyRequired=" + apiKeyRequired + ", scopes="
                + authorizationScopes + "]";
    }

    /**
     * Builds a {@link MethodRequest}.
     *
     * @since 0.2
     */
    public static final class Builder {

        private String authorizer;
        private boolean apiKeyRequired;
        private final List<String> authorizationScopes = new ArrayList<>();

        private Builder() {}

        /**
         * Guard the method with the named authorizer.
         *
         * @param name the name of an authorizer of the API
         * @return this builder
         * @since 0.2
         */
        public Builder authorizer(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new ApiDefinitionException("An authorizer name must not be blank");
            }
            this.authorizer = name;
            return this;
        }

        /**
         * Require callers to send an API key in a usage plan of the stage.
         *
         * @param apiKeyRequired whether an API key is required
         * @return this builder
         * @since 0.2
         */
        public Builder apiKeyRequired(boolean apiKeyRequired) {
            this.apiKeyRequired = apiKeyRequired;
            return this;
        }

        /**
         * Require a token to carry at least one of these OAuth scopes.
         *
         * @param scopes the scopes
         * @return this builder
         * @since 0.2
         */
        public Builder authorizationScopes(String... scopes) {
            Arrays.stream(scopes).map(s -> Objects.requireNonNull(s, "scope")).forEach(authorizationScopes::add);
            return this;
        }

        /**
         * Build the method request.
         *
         * @return the method request
         * @since 0.2
         */
        public MethodRequest build() {
            return new MethodRequest(this);
        }
    }
}

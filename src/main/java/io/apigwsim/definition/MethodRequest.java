package io.apigwsim.definition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
    private final boolean iamAuthorization;
    private final String requestValidator;
    private final Set<String> requiredParameters;
    private final Map<String, String> requestModels;

    private MethodRequest(Builder builder) {
        this.authorizer = builder.authorizer;
        this.apiKeyRequired = builder.apiKeyRequired;
        this.authorizationScopes = List.copyOf(builder.authorizationScopes);
        this.iamAuthorization = builder.iamAuthorization;
        this.requestValidator = builder.requestValidator;
        this.requiredParameters = Collections.unmodifiableSet(new LinkedHashSet<>(builder.requiredParameters));
        this.requestModels = Collections.unmodifiableMap(new LinkedHashMap<>(builder.requestModels));
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
     * Tell whether the method requires requests signed with AWS credentials ({@code AWS_IAM} authorization).
     *
     * @return whether the method is {@code AWS_IAM}
     * @since 0.2
     */
    public boolean iamAuthorization() {
        return iamAuthorization;
    }

    /**
     * Return the name of the request validator that checks the method's requests.
     *
     * @return the validator's name, or empty when requests are not validated
     * @since 0.2
     */
    public Optional<String> requestValidator() {
        return Optional.ofNullable(requestValidator);
    }

    /**
     * Return the request parameters the method requires, as API Gateway names them.
     *
     * @return keys such as {@code method.request.querystring.limit}, in declaration order
     * @since 0.2
     */
    public Set<String> requiredParameters() {
        return requiredParameters;
    }

    /**
     * Return the request models by content type.
     *
     * @return model names by content type ({@code application/json}, or {@code $default} for any)
     * @since 0.2
     */
    public Map<String, String> requestModels() {
        return requestModels;
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
        builder.iamAuthorization = iamAuthorization;
        builder.requestValidator = requestValidator;
        builder.requiredParameters.addAll(requiredParameters);
        builder.requestModels.putAll(requestModels);
        return builder;
    }

    @Override
    public String toString() {
        return "MethodRequest[authorizer=" + (iamAuthorization ? "AWS_IAM" : authorizer) + ", apiKeyRequired="
                + apiKeyRequired + ", scopes="
                + authorizationScopes + ", validator=" + requestValidator + ", required=" + requiredParameters
                + ", models=" + requestModels + "]";
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
        private boolean iamAuthorization;
        private String requestValidator;
        private final Set<String> requiredParameters = new LinkedHashSet<>();
        private final Map<String, String> requestModels = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Require requests signed with the AWS credentials of a declared {@link IamPrincipal} ({@code AWS_IAM}).
         *
         * @return this builder
         * @since 0.2
         */
        public Builder iamAuthorization() {
            this.iamAuthorization = true;
            return this;
        }

        /**
         * Validate the method's requests with the named request validator.
         *
         * @param name the name of a request validator of the API
         * @return this builder
         * @since 0.2
         */
        public Builder requestValidator(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new ApiDefinitionException("A request validator name must not be blank");
            }
            this.requestValidator = name;
            return this;
        }

        /**
         * Require request parameters, which a validator that validates parameters checks.
         *
         * @param keys such as {@code method.request.header.X-Api-Version}, {@code method.request.querystring.limit}
         *     or {@code method.request.path.id}
         * @return this builder
         * @since 0.2
         */
        public Builder requiredParameters(String... keys) {
            Arrays.stream(keys).map(k -> Objects.requireNonNull(k, "key")).forEach(requiredParameters::add);
            return this;
        }

        /**
         * Check bodies of a content type against a model of the API, when a validator validates bodies.
         *
         * @param contentType the media type, such as {@code application/json}, or {@code $default}
         * @param modelName the name of a model of the API
         * @return this builder
         * @since 0.2
         */
        public Builder requestModel(String contentType, String modelName) {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(modelName, "modelName");
            if (requestModels.putIfAbsent(contentType, modelName) != null) {
                throw new ApiDefinitionException(
                        "The request model for " + contentType + " is declared twice;" + " declare it once");
            }
            return this;
        }

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
            if (iamAuthorization && authorizer != null) {
                throw new ApiDefinitionException("A method has one authorization type: AWS_IAM or the authorizer \""
                        + authorizer + "\", not both");
            }
            return new MethodRequest(this);
        }
    }
}

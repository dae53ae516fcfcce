package io.apigwsim.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The immutable description of an API as API Gateway models it: its type (REST or HTTP), a stage with
 * its stage variables, the binary media types, and the routes with their integrations.
 *
 * <p>Everything API Gateway checks when the API is deployed is checked when the definition is built: stage names,
 * stage variables, binary media types, and which routes and integrations each API type allows. The route paths'
 * syntax and the resource tree are checked when a gateway is built from the definition.
 *
 * @since 0.1
 */
public final class ApiDefinition {

    /** The stage name of a REST API unless told otherwise. */
    public static final String DEFAULT_STAGE = "test";

    /** The stage an HTTP API serves without a stage segment in the URL, and its default. */
    public static final String HTTP_DEFAULT_STAGE = "$default";

    // Stage names: letters, digits, '-' and '_', up to 128 characters (docs/behavior.md#rest-stage-and-url).
    private static final Pattern STAGE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    // Stage variable names and values (AWS doc "Set up stage variables for REST APIs"): names are
    // alphanumeric or underscore; values are alphanumeric or -._~:/?#&=, ; 64 / 512 characters at most.
    private static final Pattern STAGE_VARIABLE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern STAGE_VARIABLE_VALUE = Pattern.compile("[A-Za-z0-9\\-._~:/?#&=,]{1,512}");
    private static final int MAX_STAGE_VARIABLES = 100;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+");

    private final ApiType type;
    private final String stage;
    private final Map<String, String> stageVariables;
    private final List<String> binaryMediaTypes;
    private final List<RouteDefinition> routes;
    private final CorsConfiguration cors;
    private final Map<String, AuthorizerDefinition> authorizers;
    private final Map<GatewayResponseType, GatewayResponse> gatewayResponses;
    private final List<ApiKey> apiKeys;
    private final List<UsagePlan> usagePlans;
    private final StageThrottling stageThrottling;
    private final ApiKeySource apiKeySource;
    private final EndpointType endpointType;
    private final Map<String, RequestValidator> requestValidators;
    private final Map<String, String> models;
    private final Map<String, IamPrincipal> iamPrincipals;

    private ApiDefinition(Builder builder) {
        this.iamPrincipals = Collections.unmodifiableMap(new LinkedHashMap<>(builder.iamPrincipals));
        this.requestValidators = Collections.unmodifiableMap(new LinkedHashMap<>(builder.requestValidators));
        this.models = Collections.unmodifiableMap(new LinkedHashMap<>(builder.models));
        this.apiKeys = List.copyOf(builder.apiKeys);
        this.usagePlans = List.copyOf(builder.usagePlans);
        this.stageThrottling = builder.stageThrottling;
        this.apiKeySource = builder.apiKeySource;
        this.endpointType = builder.endpointType;
        this.cors = builder.cors;
        this.authorizers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.authorizers));
        this.gatewayResponses = Collections.unmodifiableMap(new EnumMap<>(builder.gatewayResponses));
        this.type = builder.type;
        this.stage = builder.stage != null
                ? builder.stage
                : builder.type == ApiType.HTTP ? HTTP_DEFAULT_STAGE : DEFAULT_STAGE;
        this.stageVariables = Collections.unmodifiableMap(new LinkedHashMap<>(builder.stageVariables));
        this.binaryMediaTypes = List.copyOf(builder.binaryMediaTypes);
        this.routes = List.copyOf(builder.routes);
    }

    /**
     * Start building a definition.
     *
     * @return a new builder for a REST API with stage {@value #DEFAULT_STAGE} and nothing else
     * @since 0.1
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Return the API's type.
     *
     * @return REST or HTTP
     * @since 0.1
     */
    public ApiType type() {
        return type;
    }

    /**
     * Return the stage name, the first path segment of every request URL except for an HTTP API's
     * {@code $default} stage.
     *
     * @return the stage name
     * @since 0.1
     */
    public String stage() {
        return stage;
    }

    /**
     * Return the stage variables in declaration order.
     *
     * @return the stage variables, empty when the stage has none
     * @since 0.1
     */
    public Map<String, String> stageVariables() {
        return stageVariables;
    }

    /**
     * Return the binary media types of the API.
     *
     * @return media types such as {@code image/png} or {@code application/*}
     * @since 0.1
     */
    public List<String> binaryMediaTypes() {
        return binaryMediaTypes;
    }

    /**
     * Return the routes in declaration order.
     *
     * @return the routes
     * @since 0.1
     */
    public List<RouteDefinition> routes() {
        return routes;
    }

    /**
     * Return the HTTP API's built-in CORS configuration.
     *
     * @return the configuration, or empty when CORS is not configured
     * @since 0.1
     */
    public Optional<CorsConfiguration> cors() {
        return Optional.ofNullable(cors);
    }

    /**
     * Return the API's authorizers by name, in declaration order.
     *
     * @return the authorizers
     * @since 0.2
     */
    public Map<String, AuthorizerDefinition> authorizers() {
        return authorizers;
    }

    /**
     * Return the REST API's customized gateway responses.
     *
     * @return the customizations by type, empty when every response is API Gateway's default
     * @since 0.2
     */
    public Map<GatewayResponseType, GatewayResponse> gatewayResponses() {
        return gatewayResponses;
    }

    /**
     * Return the REST API's API keys, in declaration order.
     *
     * @return the keys
     * @since 0.2
     */
    public List<ApiKey> apiKeys() {
        return apiKeys;
    }

    /**
     * Return the usage plans of the stage, in declaration order.
     *
     * @return the plans
     * @since 0.2
     */
    public List<UsagePlan> usagePlans() {
        return usagePlans;
    }

    /**
     * Return the stage's throttling settings.
     *
     * @return the settings; {@link StageThrottling#none()} unless set
     * @since 0.2
     */
    public StageThrottling stageThrottling() {
        return stageThrottling;
    }

    /**
     * Return where the REST API reads API keys.
     *
     * @return the key source; {@link ApiKeySource#HEADER} unless set
     * @since 0.2
     */
    public ApiKeySource apiKeySource() {
        return apiKeySource;
    }

    /**
     * Return how clients reach the API.
     *
     * @return {@link EndpointType#REGIONAL} unless set; always regional for an HTTP API
     * @since 0.2
     */
    public EndpointType endpointType() {
        return endpointType;
    }

    /**
     * Return the REST API's request validators by name.
     *
     * @return the validators
     * @since 0.2
     */
    public Map<String, RequestValidator> requestValidators() {
        return requestValidators;
    }

    /**
     * Return the REST API's models: JSON Schema draft 4 documents by name.
     *
     * @return the models' schemas by name
     * @since 0.2
     */
    public Map<String, String> models() {
        return models;
    }

    /**
     * Return the AWS identities whose signed requests {@code AWS_IAM} methods accept, by access key id.
     *
     * @return the principals
     * @since 0.2
     */
    public Map<String, IamPrincipal> iamPrincipals() {
        return iamPrincipals;
    }

    /**
     * Return a builder holding everything this definition holds, to derive another definition from it.
     *
     * @return a new builder
     * @since 0.1
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.type = type;
        builder.stage = stage;
        builder.stageVariables.putAll(stageVariables);
        builder.binaryMediaTypes.addAll(binaryMediaTypes);
        builder.routes.addAll(routes);
        builder.cors = cors;
        builder.authorizers.putAll(authorizers);
        builder.gatewayResponses.putAll(gatewayResponses);
        builder.apiKeys.addAll(apiKeys);
        builder.usagePlans.addAll(usagePlans);
        builder.stageThrottling = stageThrottling;
        builder.apiKeySource = apiKeySource;
        builder.endpointType = endpointType;
        builder.requestValidators.putAll(requestValidators);
        builder.models.putAll(models);
        builder.iamPrincipals.putAll(iamPrincipals);
        return builder;
    }

    @Override
    public String toString() {
        return type + " API, stage " + stage + ", " + routes.size() + " routes";
    }

    /**
     * Builds an {@link ApiDefinition}.
     *
     * @since 0.1
     */
    public static final class Builder {

        private ApiType type = ApiType.REST;
        private String stage;
        private final Map<String, String> stageVariables = new LinkedHashMap<>();
        private final List<String> binaryMediaTypes = new ArrayList<>();
        private final List<RouteDefinition> routes = new ArrayList<>();
        private CorsConfiguration cors;
        private final Map<String, AuthorizerDefinition> authorizers = new LinkedHashMap<>();
        private final Map<GatewayResponseType, GatewayResponse> gatewayResponses =
                new EnumMap<>(GatewayResponseType.class);
        private final List<ApiKey> apiKeys = new ArrayList<>();
        private final List<UsagePlan> usagePlans = new ArrayList<>();
        private StageThrottling stageThrottling = StageThrottling.none();
        private ApiKeySource apiKeySource = ApiKeySource.HEADER;
        private EndpointType endpointType = EndpointType.REGIONAL;
        private final Map<String, RequestValidator> requestValidators = new LinkedHashMap<>();
        private final Map<String, String> models = new LinkedHashMap<>();
        private final Map<String, IamPrincipal> iamPrincipals = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Declare an AWS identity whose signed requests {@code AWS_IAM} methods accept.
         *
         * @param principal the identity and its access key id
         * @return this builder
         * @since 0.2
         */
        public Builder iamPrincipal(IamPrincipal principal) {
            Objects.requireNonNull(principal, "principal");
            if (iamPrincipals.putIfAbsent(principal.accessKeyId(), principal) != null) {
                throw new ApiDefinitionException(
                        "Access key id " + principal.accessKeyId() + " is declared twice; declare it once");
            }
            return this;
        }

        /**
         * Add a request validator that methods can name.
         *
         * @param validator the validator
         * @return this builder
         * @since 0.2
         */
        public Builder requestValidator(RequestValidator validator) {
            Objects.requireNonNull(validator, "validator");
            if (requestValidators.putIfAbsent(validator.name(), validator) != null) {
                throw new ApiDefinitionException(
                        "Request validator " + validator.name() + " is declared twice; declare it once");
            }
            return this;
        }

        /**
         * Add a model: a JSON Schema draft 4 document that methods name as a request model.
         *
         * @param name the model's name, such as {@code Pet}
         * @param schema the schema's JSON text
         * @return this builder
         * @since 0.2
         */
        public Builder model(String name, String schema) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(schema, "schema");
            if (models.putIfAbsent(name, schema) != null) {
                throw new ApiDefinitionException("Model " + name + " is declared twice; declare it once");
            }
            return this;
        }

        /**
         * Add an API key of the REST API.
         *
         * @param key the key
         * @return this builder
         * @since 0.2
         */
        public Builder apiKey(ApiKey key) {
            apiKeys.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * Add a usage plan of the stage.
         *
         * @param plan the plan, naming keys added with {@link #apiKey(ApiKey)}
         * @return this builder
         * @since 0.2
         */
        public Builder usagePlan(UsagePlan plan) {
            usagePlans.add(Objects.requireNonNull(plan, "plan"));
            return this;
        }

        /**
         * Set the stage's default and per-method throttling.
         *
         * @param throttling the settings
         * @return this builder
         * @since 0.2
         */
        public Builder stageThrottling(StageThrottling throttling) {
            this.stageThrottling = Objects.requireNonNull(throttling, "throttling");
            return this;
        }

        /**
         * Set where the REST API reads API keys.
         *
         * @param source {@link ApiKeySource#HEADER} (the default) or {@link ApiKeySource#AUTHORIZER}
         * @return this builder
         * @since 0.2
         */
        public Builder apiKeySource(ApiKeySource source) {
            this.apiKeySource = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Set how clients reach the API: {@link EndpointType#EDGE} puts API Gateway's CloudFront distribution in
         * front of the stage (docs/behavior.md#endpoint-types).
         *
         * @param type {@link EndpointType#REGIONAL} (the default) or {@link EndpointType#EDGE}; a REST API setting
         * @return this builder
         * @since 0.2
         */
        public Builder endpointType(EndpointType type) {
            this.endpointType = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Add an authorizer that routes can name.
         *
         * @param authorizer the authorizer
         * @return this builder
         * @throws ApiDefinitionException when an authorizer of the same name was added before
         * @since 0.2
         */
        public Builder authorizer(AuthorizerDefinition authorizer) {
            Objects.requireNonNull(authorizer, "authorizer");
            if (authorizers.putIfAbsent(authorizer.name(), authorizer) != null) {
                throw new ApiDefinitionException(authorizer.origin() + " has the name of "
                        + authorizers.get(authorizer.name()).origin() + "; give each authorizer its own name");
            }
            return this;
        }

        /**
         * Customize one of the REST API's gateway responses.
         *
         * @param response the customization
         * @return this builder
         * @throws ApiDefinitionException when the type was customized before
         * @since 0.2
         */
        public Builder gatewayResponse(GatewayResponse response) {
            Objects.requireNonNull(response, "response");
            if (gatewayResponses.putIfAbsent(response.type(), response) != null) {
                throw new ApiDefinitionException(
                        "Gateway response " + response.type() + " is customized twice; customize it once");
            }
            return this;
        }

        /**
         * Configure an HTTP API's built-in CORS.
         *
         * @param cors the configuration
         * @return this builder
         * @since 0.1
         */
        public Builder cors(CorsConfiguration cors) {
            this.cors = Objects.requireNonNull(cors, "cors");
            return this;
        }

        /**
         * Set the API's type.
         *
         * @param type REST (the default) or HTTP
         * @return this builder
         * @since 0.1
         */
        public Builder type(ApiType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Set the stage name.
         *
         * @param stage letters, digits, {@code -} and {@code _}, up to 128 characters, or {@code $default}
         *     for an HTTP API; {@value #DEFAULT_STAGE} for a REST API and {@code $default} for an HTTP API
         *     unless set
         * @return this builder
         * @throws ApiDefinitionException when the name is not one API Gateway accepts
         * @since 0.1
         */
        public Builder stage(String stage) {
            Objects.requireNonNull(stage, "stage");
            if (!stage.equals(HTTP_DEFAULT_STAGE) && !STAGE_NAME.matcher(stage).matches()) {
                throw new ApiDefinitionException("Stage name \"" + stage
                        + "\" is not valid: API Gateway accepts letters, digits, '-' and '_', up to 128"
                        + " characters, for example \"prod\"");
            }
            this.stage = stage;
            return this;
        }

        /**
         * Add a stage variable.
         *
         * @param name letters, digits and {@code _}, up to 64 characters
         * @param value letters, digits and {@code -._~:/?#&=,}, up to 512 characters
         * @return this builder
         * @throws ApiDefinitionException when the name or value is not one API Gateway accepts
         * @since 0.1
         */
        public Builder stageVariable(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (!STAGE_VARIABLE_NAME.matcher(name).matches()) {
                throw new ApiDefinitionException("Stage variable name \"" + name
                        + "\" is not valid: API Gateway accepts letters, digits and '_', up to 64 characters,"
                        + " for example \"tableName\"");
            }
            if (!STAGE_VARIABLE_VALUE.matcher(value).matches()) {
                throw new ApiDefinitionException("Stage variable " + name + " has value \"" + value
                        + "\", which API Gateway rejects: a value holds 1 to 512 letters, digits or any of"
                        + " -._~:/?#&=,");
            }
            if (stageVariables.containsKey(name)) {
                throw new ApiDefinitionException("Stage variable " + name + " is declared twice; declare it once");
            }
            if (stageVariables.size() == MAX_STAGE_VARIABLES) {
                throw new ApiDefinitionException(
                        "A stage holds at most 100 stage variables; " + name + " would be the 101st");
            }
            stageVariables.put(name, value);
            return this;
        }

        /**
         * Add binary media types.
         *
         * @param mediaTypes media types such as {@code image/png}, {@code application/*} or {@code *}{@code /*}
         * @return this builder
         * @throws ApiDefinitionException when an entry is not a media type
         * @since 0.1
         */
        public Builder binaryMediaTypes(String... mediaTypes) {
            for (String mediaType : mediaTypes) {
                Objects.requireNonNull(mediaType, "mediaType");
                if (!MEDIA_TYPE.matcher(mediaType).matches()) {
                    throw new ApiDefinitionException("Binary media type \"" + mediaType
                            + "\" is not a media type; write a type and a subtype, for example \"image/png\""
                            + " or \"application/*\"");
                }
                binaryMediaTypes.add(mediaType);
            }
            return this;
        }

        /**
         * Add a route.
         *
         * @param route the route
         * @return this builder
         * @since 0.1
         */
        public Builder route(RouteDefinition route) {
            routes.add(Objects.requireNonNull(route, "route"));
            return this;
        }

        /**
         * Build the definition.
         *
         * @return the definition
         * @since 0.1
         */
        public ApiDefinition build() {
            if (endpointType == EndpointType.PRIVATE) {
                throw new ApiDefinitionException("Private endpoints are not simulated yet: no recorded event of a"
                        + " private REST API shows what reaches the function (docs/behavior.md#endpoint-types);"
                        + " declare EDGE or REGIONAL");
            }
            if (type == ApiType.HTTP && endpointType != EndpointType.REGIONAL) {
                throw new ApiDefinitionException("Endpoint type " + endpointType + " is a REST API setting; an HTTP API"
                        + " is always regional");
            }
            if (type == ApiType.REST) {
                checkRestApi();
            } else {
                checkHttpApi();
            }
            checkMethodRequests();
            return new ApiDefinition(this);
        }

        private void checkMethodRequests() {
            for (AuthorizerDefinition authorizer : authorizers.values()) {
                if (type == ApiType.REST) {
                    checkRestAuthorizer(authorizer);
                } else {
                    checkHttpApiAuthorizer(authorizer);
                }
            }
            for (RouteDefinition route : routes) {
                MethodRequest request = route.methodRequest();
                request.authorizer()
                        .filter(name -> !authorizers.containsKey(name))
                        .ifPresent(name -> {
                            throw new ApiDefinitionException(route.describe() + " names authorizer \"" + name
                                    + "\", which the API does not declare; declared: " + authorizers.keySet());
                        });
                if (request.apiKeyRequired() && type == ApiType.HTTP) {
                    throw new ApiDefinitionException(route.describe() + " requires an API key, which only REST APIs"
                            + " have; HTTP APIs have no API keys or usage plans");
                }
                request.requestValidator()
                        .filter(name -> !requestValidators.containsKey(name))
                        .ifPresent(name -> {
                            throw new ApiDefinitionException(route.describe() + " names request validator \"" + name
                                    + "\", which the API does not declare; declared: " + requestValidators.keySet());
                        });
                request.requestModels().forEach((contentType, model) -> {
                    if (!models.containsKey(model)) {
                        throw new ApiDefinitionException(route.describe() + " names model \"" + model + "\" for "
                                + contentType + ", which the API does not declare; declared: " + models.keySet());
                    }
                });
                if (type == ApiType.HTTP
                        && (request.requestValidator().isPresent()
                                || !request.requiredParameters().isEmpty()
                                || !request.requestModels().isEmpty())) {
                    throw new ApiDefinitionException(
                            route.describe() + " declares request validation, which only" + " REST APIs have");
                }
                if (request.iamAuthorization() && type == ApiType.HTTP) {
                    throw new ApiDefinitionException(route.describe() + " uses AWS_IAM authorization, which"
                            + " apigw-sim simulates for REST APIs only yet (docs/behavior.md#not-simulated)");
                }
                boolean checksScopes = request.authorizer()
                        .map(authorizers::get)
                        .filter(authorizer -> !authorizer.isLambda())
                        .isPresent();
                if (!request.authorizationScopes().isEmpty() && !checksScopes) {
                    throw new ApiDefinitionException(route.describe() + " sets authorization scopes, which only a"
                            + " Cognito or JWT authorizer of the route checks; name one with authorizer");
                }
            }
        }

        private static void checkRestAuthorizer(AuthorizerDefinition authorizer) {
            if (authorizer.type() == AuthorizerType.JWT) {
                throw new ApiDefinitionException(authorizer.origin() + " is a JWT authorizer of a REST API, which API"
                        + " Gateway does not offer: REST APIs have Cognito user pool authorizers, HTTP APIs JWT"
                        + " authorizers");
            }
            authorizer.payloadFormatVersion().ifPresent(version -> {
                throw new ApiDefinitionException(authorizer.origin() + " sets payload format version " + version
                        + ", which only HTTP API Lambda authorizers have"
                        + " (docs/behavior.md#http-api-lambda-authorizers); a REST API's REQUEST authorizer receives the REST event: remove payloadFormatVersion"
                        + (authorizer.simpleResponsesEnabled() ? " and enableSimpleResponses" : "")
                        + " and write its identity sources as method.request.header.<name>");
            });
        }

        // HTTP APIs have JWT authorizers and Lambda REQUEST authorizers with a payload format version
        // (docs/behavior.md#http-api-lambda-authorizers).
        private static void checkHttpApiAuthorizer(AuthorizerDefinition authorizer) {
            switch (authorizer.type()) {
                case COGNITO_USER_POOLS ->
                    throw new ApiDefinitionException(authorizer.origin() + " is a COGNITO_USER_POOLS authorizer of an"
                            + " HTTP API, which API Gateway does not offer: REST APIs have Cognito user pool"
                            + " authorizers, HTTP APIs JWT authorizers");
                case TOKEN ->
                    throw new ApiDefinitionException(authorizer.origin() + " is a TOKEN authorizer of an HTTP API,"
                            + " which API Gateway does not offer"
                            + (authorizer.validationExpression().isPresent() ? " (nor validation expressions)" : "")
                            + ": an HTTP API Lambda authorizer is a REQUEST authorizer; declare"
                            + " AuthorizerDefinition.request(name, handler).payloadFormatVersion(\"2.0\")"
                            + ".identitySource(\"$request.header.Authorization\")");
                case REQUEST -> {
                    if (authorizer.payloadFormatVersion().isEmpty()) {
                        throw new ApiDefinitionException(authorizer.origin() + " is a Lambda authorizer of an HTTP"
                                + " API without a payload format version, which API Gateway requires: set"
                                + " payloadFormatVersion(\"2.0\"), or \"1.0\" for the REST-compatible event"
                                + " (payloadFormatVersion = \"2.0\" on @Authorizer), and write identity sources as"
                                + " $request.header.<name>");
                    }
                }
                default -> {}
            }
        }

        private void checkRestApi() {
            if (HTTP_DEFAULT_STAGE.equals(stage)) {
                throw new ApiDefinitionException("Stage \"$default\" exists only for HTTP APIs; a REST API's stage is"
                        + " always the first path segment, for example \"prod\"");
            }
            if (cors != null) {
                throw new ApiDefinitionException("Built-in CORS is an HTTP API setting; a REST API answers preflight"
                        + " requests with an OPTIONS method of its own, and its Lambda proxy functions return the CORS"
                        + " headers themselves");
            }
            Set<String> declared = new HashSet<>();
            for (RouteDefinition route : routes) {
                if (route.isDefault()) {
                    throw new ApiDefinitionException(route.origin() + " declares the route $default, which only HTTP"
                            + " APIs have; a REST API catches every path with ANY /{proxy+}");
                }
                if (!declared.add(route.routeKey())) {
                    throw new ApiDefinitionException(route.origin() + " declares " + route.routeKey()
                            + " a second time; declare each method of a resource once");
                }
                if (route.integration() instanceof LambdaProxyIntegration proxy
                        && proxy.payloadFormatVersion()
                                .filter(v -> !v.equals("1.0"))
                                .isPresent()) {
                    throw new ApiDefinitionException(route.describe() + " sets payload format version 2.0, which only"
                            + " HTTP APIs send; REST API Lambda proxy integrations send 1.0");
                }
            }
        }

        private void checkHttpApi() {
            if (!apiKeys.isEmpty() || !usagePlans.isEmpty() || apiKeySource != ApiKeySource.HEADER) {
                throw new ApiDefinitionException("API keys and usage plans are REST API features; an HTTP API has"
                        + " none (docs/behavior.md#api-keys)");
            }
            if (!gatewayResponses.isEmpty()) {
                throw new ApiDefinitionException("Gateway responses " + gatewayResponses.keySet() + " are a REST API"
                        + " setting; an HTTP API's own answers cannot be customized");
            }
            if (!binaryMediaTypes.isEmpty()) {
                throw new ApiDefinitionException("Binary media types " + binaryMediaTypes
                        + " are a REST API setting; an HTTP API has none and base64-encodes every request body that is"
                        + " not text, JSON, XML or JavaScript");
            }
            for (RouteDefinition route : routes) {
                // HTTP APIs integrate with Lambda only through proxy integrations
                // (docs/behavior.md#http-api-integrations).
                if (route.integration() instanceof LambdaCustomIntegration) {
                    throw new ApiDefinitionException(route.describe() + " has a Lambda custom integration, which HTTP"
                            + " APIs do not have: an HTTP API sends Lambda a proxy event (payload format 2.0 or 1.0) and"
                            + " has no mapping templates; use Integration.lambdaProxy(handler), or declare a REST API"
                            + " to keep the mapping templates");
                }
                // HTTP APIs have no mock integrations (docs/behavior.md#mock-integrations).
                if (route.integration() instanceof MockIntegration) {
                    throw new ApiDefinitionException(route.describe() + " has a mock integration, which HTTP APIs do"
                            + " not have; an HTTP API answers CORS preflights itself (CorsConfiguration), and other"
                            + " routes need a Lambda proxy integration, or declare a REST API to keep the mock");
                }
                if (route.integration()
                        .timeout()
                        .filter(t -> t.compareTo(LambdaProxyIntegration.HTTP_API_TIMEOUT) > 0)
                        .isPresent()) {
                    throw new ApiDefinitionException(route.describe() + " sets an integration timeout of "
                            + route.integration().timeout().orElseThrow().toMillis()
                            + " ms; HTTP APIs wait at most 30,000 ms");
                }
            }
        }
    }
}

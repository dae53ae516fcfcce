package io.apigwsim.definition;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An authorizer of an API: a Lambda function API Gateway asks whether a request may pass
 * (docs/behavior.md#rest-lambda-authorizers, #http-api-lambda-authorizers), or a token check API Gateway does itself.
 *
 * <pre>{@code
 * AuthorizerDefinition.token("bearer", new TokenAuthorizer())
 *         .identitySource("method.request.header.Authorization")
 *         .validationExpression("Bearer [A-Za-z0-9._-]+")
 *         .resultTtlSeconds(300)
 *         .build();
 * AuthorizerDefinition.request("tenant", "TenantAuthorizer")
 *         .identitySource("method.request.header.X-Tenant, method.request.querystring.key")
 *         .build();
 * // An HTTP API's Lambda authorizer names its payload format version and writes its identity sources the HTTP way.
 * AuthorizerDefinition.request("lambda", new SimpleAuthorizer())
 *         .payloadFormatVersion("2.0")
 *         .enableSimpleResponses(true)
 *         .identitySource("$request.header.Authorization")
 *         .build();
 * }</pre>
 *
 * @since 0.2
 */
public final class AuthorizerDefinition {

    /** API Gateway caches an authorizer's answer for 300 seconds unless told otherwise. */
    public static final int DEFAULT_RESULT_TTL_SECONDS = 300;

    /** The longest an authorizer's answer may be cached: one hour. */
    public static final int MAX_RESULT_TTL_SECONDS = 3600;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    private static final Pattern TOKEN_SOURCE = Pattern.compile("method\\.request\\.header\\.[^\\s,]+");
    private static final Pattern JWT_SOURCE = Pattern.compile("\\$request\\.(header|querystring)\\.[^\\s,]+");
    private static final Pattern REQUEST_SOURCE = Pattern.compile(
            "method\\.request\\.(header|querystring)\\.[^\\s,]+|stageVariables\\.[A-Za-z0-9_]+|context\\.[A-Za-z0-9_.]+");
    private static final Pattern HTTP_REQUEST_SOURCE = Pattern.compile("\\$request\\.(header|querystring)\\.[^\\s,]+"
            + "|\\$stageVariables\\.[A-Za-z0-9_]+|\\$context\\.[A-Za-z0-9_.]+");

    private final String name;
    private final AuthorizerType type;
    private final Object handler;
    private final String functionName;
    private final Type handlerType;
    private final List<String> identitySources;
    private final Pattern validationExpression;
    private final int resultTtlSeconds;
    private final Duration functionTimeout;
    private final String origin;
    private final String issuer;
    private final List<String> audiences;
    private final List<String> providerArns;
    private final String trustedKeys;
    private final String payloadFormatVersion;
    private final boolean simpleResponses;

    private AuthorizerDefinition(Builder builder, List<String> identitySources, Pattern validationExpression) {
        this.payloadFormatVersion = builder.payloadFormatVersion;
        this.simpleResponses = builder.simpleResponses;
        this.issuer = builder.issuer;
        this.audiences = List.copyOf(builder.audiences);
        this.providerArns = List.copyOf(builder.providerArns);
        this.trustedKeys = builder.trustedKeys;
        this.name = builder.name;
        this.type = builder.type;
        this.handler = builder.handler;
        this.functionName = builder.functionName;
        this.handlerType = builder.handlerType;
        this.identitySources = List.copyOf(identitySources);
        this.validationExpression = validationExpression;
        this.resultTtlSeconds = builder.resultTtlSeconds;
        this.functionTimeout = builder.functionTimeout;
        this.origin = builder.origin;
    }

    /**
     * Start a {@code TOKEN} Lambda authorizer served by a handler.
     *
     * @param name the authorizer's name, which routes use to name it
     * @param handler a {@code RequestHandler} or {@code RequestStreamHandler}, such as a Mockito mock
     * @return a builder
     * @since 0.2
     */
    public static Builder token(String name, Object handler) {
        return new Builder(
                name, AuthorizerType.TOKEN, LambdaChecks.handler(handler, "AuthorizerDefinition.token"), null);
    }

    /**
     * Start a {@code TOKEN} Lambda authorizer served by a function bound by name, such as a
     * {@code @LambdaFunction} field or {@code ApiGateway.Builder.function(name, handler)}.
     *
     * @param name the authorizer's name
     * @param functionName the function's name
     * @return a builder
     * @since 0.2
     */
    public static Builder token(String name, String functionName) {
        return new Builder(name, AuthorizerType.TOKEN, null, LambdaChecks.functionName(functionName));
    }

    /**
     * Start a {@code REQUEST} Lambda authorizer served by a handler.
     *
     * @param name the authorizer's name
     * @param handler a {@code RequestHandler} or {@code RequestStreamHandler}
     * @return a builder
     * @since 0.2
     */
    public static Builder request(String name, Object handler) {
        return new Builder(
                name, AuthorizerType.REQUEST, LambdaChecks.handler(handler, "AuthorizerDefinition.request"), null);
    }

    /**
     * Start a {@code REQUEST} Lambda authorizer served by a function bound by name.
     *
     * @param name the authorizer's name
     * @param functionName the function's name
     * @return a builder
     * @since 0.2
     */
    public static Builder request(String name, String functionName) {
        return new Builder(name, AuthorizerType.REQUEST, null, LambdaChecks.functionName(functionName));
    }

    /**
     * Start an HTTP API {@code JWT} authorizer: API Gateway checks the token's signature, issuer, audience, times
     * and the route's scopes, then passes its claims on (docs/behavior.md#http-api-jwt-authorizers). It trusts
     * tokens signed with apigw-sim's test key ({@code io.apigwsim.TestJwt}) unless given
     * {@link Builder#trustedKeys(String) keys of its own}.
     *
     * @param name the authorizer's name
     * @param issuer the {@code iss} a token must carry, such as {@code https://issuer.example.com}
     * @param audiences the values one of which a token's {@code aud} (or {@code client_id}) must hold
     * @return a builder
     * @since 0.2
     */
    public static Builder jwt(String name, String issuer, String... audiences) {
        Builder builder = new Builder(name, AuthorizerType.JWT, null, null);
        builder.issuer = Objects.requireNonNull(issuer, "issuer");
        if (issuer.isBlank()) {
            throw new ApiDefinitionException("JWT authorizer " + name + " names no issuer; give the iss its tokens"
                    + " carry, such as https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123");
        }
        for (String audience : audiences) {
            builder.audiences.add(Objects.requireNonNull(audience, "audience"));
        }
        if (builder.audiences.isEmpty()) {
            throw new ApiDefinitionException("JWT authorizer " + name + " names no audience; API Gateway needs at"
                    + " least one, such as the app client id");
        }
        return builder;
    }

    /**
     * Start a REST {@code COGNITO_USER_POOLS} authorizer that accepts ID and access tokens of the given user pools
     * (docs/behavior.md#rest-cognito-user-pool-authorizers). It trusts tokens signed with apigw-sim's test key
     * ({@code io.apigwsim.TestJwt}) unless given {@link Builder#trustedKeys(String) keys of its own}.
     *
     * @param name the authorizer's name
     * @param providerArns user pool ARNs, such as
     *     {@code arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123}
     * @return a builder
     * @since 0.2
     */
    public static Builder cognitoUserPools(String name, String... providerArns) {
        Builder builder = new Builder(name, AuthorizerType.COGNITO_USER_POOLS, null, null);
        for (String arn : providerArns) {
            builder.providerArns.add(Objects.requireNonNull(arn, "providerArn"));
        }
        if (builder.providerArns.isEmpty()) {
            throw new ApiDefinitionException("Cognito authorizer " + name + " names no user pool; give at least one"
                    + " provider ARN, such as arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123");
        }
        return builder;
    }

    /**
     * Return the issuer a {@code JWT} authorizer requires.
     *
     * @return the issuer, or empty for other types
     * @since 0.2
     */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /**
     * Return the audiences a {@code JWT} authorizer accepts.
     *
     * @return the audiences, empty for other types
     * @since 0.2
     */
    public List<String> audiences() {
        return audiences;
    }

    /**
     * Return the user pools a {@code COGNITO_USER_POOLS} authorizer accepts.
     *
     * @return the provider ARNs, empty for other types
     * @since 0.2
     */
    public List<String> providerArns() {
        return providerArns;
    }

    /**
     * Return the public keys a {@code JWT} or {@code COGNITO_USER_POOLS} authorizer trusts.
     *
     * @return a JWKS JSON text, or empty to trust apigw-sim's test key
     * @since 0.2
     */
    public Optional<String> trustedKeys() {
        return Optional.ofNullable(trustedKeys);
    }

    /**
     * Return the payload format version of an HTTP API Lambda authorizer: the event it receives and the answers it
     * may give (docs/behavior.md#http-api-lambda-authorizers).
     *
     * @return {@code 1.0} or {@code 2.0}; empty for a REST API's authorizers, JWT and Cognito authorizers
     * @since 0.2
     */
    public Optional<String> payloadFormatVersion() {
        return Optional.ofNullable(payloadFormatVersion);
    }

    /**
     * Tell whether an HTTP API Lambda authorizer of payload format 2.0 answers with simple responses,
     * {@code {"isAuthorized": true|false, "context": {...}}}, rather than an IAM policy
     * (docs/behavior.md#http-api-simple-responses).
     *
     * @return whether simple responses are enabled
     * @since 0.2
     */
    public boolean simpleResponsesEnabled() {
        return simpleResponses;
    }

    /**
     * Tell whether a Lambda function serves the authorizer ({@code TOKEN} and {@code REQUEST}).
     *
     * @return whether the authorizer calls a function
     * @since 0.2
     */
    public boolean isLambda() {
        return type == AuthorizerType.TOKEN || type == AuthorizerType.REQUEST;
    }

    /**
     * Return the authorizer's name.
     *
     * @return the name routes refer to
     * @since 0.2
     */
    public String name() {
        return name;
    }

    /**
     * Return the authorizer's type.
     *
     * @return the type
     * @since 0.2
     */
    public AuthorizerType type() {
        return type;
    }

    /**
     * Return the handler that serves the authorizer, when one was given.
     *
     * @return the handler, or empty when the authorizer names a function
     * @since 0.2
     */
    public Optional<Object> handler() {
        return Optional.ofNullable(handler);
    }

    /**
     * Return the name of the function that serves the authorizer: the name given, or the handler's.
     *
     * @return the function name, or empty to name it after the handler's class
     * @since 0.2
     */
    public Optional<String> functionName() {
        return Optional.ofNullable(functionName);
    }

    /**
     * Return the handler's declared type, for handlers whose class does not tell it.
     *
     * @return the handler type, or empty
     * @since 0.2
     */
    public Optional<Type> handlerType() {
        return Optional.ofNullable(handlerType);
    }

    /**
     * Return the identity sources in declaration order, such as {@code method.request.header.Authorization}.
     *
     * @return the identity sources; for a {@code TOKEN} authorizer exactly one header
     * @since 0.2
     */
    public List<String> identitySources() {
        return identitySources;
    }

    /**
     * Return the expression a {@code TOKEN} authorizer's token must match before the function is called.
     *
     * @return the pattern, or empty when tokens are not checked
     * @since 0.2
     */
    public Optional<Pattern> validationExpression() {
        return Optional.ofNullable(validationExpression);
    }

    /**
     * Return how long API Gateway caches the authorizer's answer.
     *
     * @return seconds, {@code 0} when caching is off
     * @since 0.2
     */
    public int resultTtlSeconds() {
        return resultTtlSeconds;
    }

    /**
     * Return the authorizer function's own timeout, as {@code Context.getRemainingTimeInMillis()} counts it.
     *
     * @return the function timeout
     * @since 0.2
     */
    public Duration functionTimeout() {
        return functionTimeout;
    }

    /**
     * Return where the authorizer was declared, for messages.
     *
     * @return such as {@code authorizer "bearer"} or {@code @Authorizer(name = "bearer") on class PetTests}
     * @since 0.2
     */
    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return type + " authorizer " + name + " " + identitySources
                + (payloadFormatVersion == null ? "" : " payload " + payloadFormatVersion)
                + (simpleResponses ? " simple responses" : "");
    }

    /**
     * Builds an {@link AuthorizerDefinition}.
     *
     * @since 0.2
     */
    public static final class Builder {

        private final String name;
        private final AuthorizerType type;
        private final Object handler;
        private String functionName;
        private Type handlerType;
        private String identitySource;
        private String validationExpression;
        private int resultTtlSeconds = DEFAULT_RESULT_TTL_SECONDS;
        private boolean resultTtlSet;
        private String payloadFormatVersion;
        private boolean simpleResponses;
        private Duration functionTimeout = LambdaProxyIntegration.DEFAULT_FUNCTION_TIMEOUT;
        private String origin;
        private String issuer;
        private final List<String> audiences = new ArrayList<>();
        private final List<String> providerArns = new ArrayList<>();
        private String trustedKeys;

        private Builder(String name, AuthorizerType type, Object handler, String functionName) {
            Objects.requireNonNull(name, "name");
            if (!NAME.matcher(name).matches()) {
                throw new ApiDefinitionException("Authorizer name \"" + name + "\" is not valid: use 1 to 128 letters,"
                        + " digits, '.', '_' or '-', for example \"bearer\"");
            }
            this.name = name;
            this.type = type;
            this.handler = handler;
            this.functionName = functionName;
            this.origin = "authorizer \"" + name + "\"";
        }

        /**
         * Set where the request's identity comes from. A {@code TOKEN} authorizer takes one header,
         * {@code method.request.header.}<i>name</i> (default {@code method.request.header.Authorization}); a
         * {@code REQUEST} authorizer takes a comma-separated list of {@code method.request.header.}<i>name</i>,
         * {@code method.request.querystring.}<i>name</i>, {@code stageVariables.}<i>name</i> and
         * {@code context.}<i>variable</i>; an HTTP API's {@code REQUEST} authorizer (one with a
         * {@link #payloadFormatVersion(String) payload format version}) writes them {@code $request.header.}<i>name</i>
         * (any case), {@code $request.querystring.}<i>name</i>, {@code $stageVariables.}<i>name</i> and
         * {@code $context.}<i>variable</i>.
         *
         * @param identitySource the identity source, as API Gateway writes it
         * @return this builder
         * @since 0.2
         */
        public Builder identitySource(String identitySource) {
            this.identitySource = Objects.requireNonNull(identitySource, "identitySource");
            return this;
        }

        /**
         * Trust the public keys of this key set instead of apigw-sim's test key, for a {@code JWT} or
         * {@code COGNITO_USER_POOLS} authorizer.
         *
         * @param jwksJson a JSON Web Key Set, {@code {"keys": [...]}}, with RSA public keys
         * @return this builder
         * @since 0.2
         */
        public Builder trustedKeys(String jwksJson) {
            if (type == AuthorizerType.TOKEN || type == AuthorizerType.REQUEST) {
                throw new ApiDefinitionException(origin + " is a Lambda authorizer; only JWT and Cognito authorizers"
                        + " check token signatures against keys");
            }
            this.trustedKeys = Objects.requireNonNull(jwksJson, "jwksJson");
            return this;
        }

        /**
         * Set the regular expression a {@code TOKEN} authorizer's whole token must match; API Gateway answers 401
         * without calling the function when it does not.
         *
         * @param validationExpression a Java regular expression
         * @return this builder
         * @since 0.2
         */
        public Builder validationExpression(String validationExpression) {
            this.validationExpression = Objects.requireNonNull(validationExpression, "validationExpression");
            return this;
        }

        /**
         * Set how long API Gateway caches the authorizer's answer, keyed on the identity sources.
         *
         * @param resultTtlSeconds 0 (no caching) to 3600; the default is 300
         * @return this builder
         * @since 0.2
         */
        public Builder resultTtlSeconds(int resultTtlSeconds) {
            if (resultTtlSeconds < 0 || resultTtlSeconds > MAX_RESULT_TTL_SECONDS) {
                throw new ApiDefinitionException("Authorizer " + name + " caches results for " + resultTtlSeconds
                        + " seconds; API Gateway accepts 0 (no caching) to 3600");
            }
            this.resultTtlSeconds = resultTtlSeconds;
            this.resultTtlSet = true;
            return this;
        }

        /**
         * Make this {@code REQUEST} authorizer an HTTP API Lambda authorizer with this payload format version, which
         * AWS requires for one: {@code 2.0} sends the HTTP API event with {@code routeArn} and accepts simple
         * responses, {@code 1.0} sends the REST-compatible event with {@code methodArn}
         * (docs/behavior.md#http-api-lambda-authorizers, #http-api-authorizer-events).
         *
         * @param payloadFormatVersion {@code 1.0} or {@code 2.0}
         * @return this builder
         * @since 0.2
         */
        public Builder payloadFormatVersion(String payloadFormatVersion) {
            this.payloadFormatVersion = Objects.requireNonNull(payloadFormatVersion, "payloadFormatVersion");
            return this;
        }

        /**
         * Let an HTTP API Lambda authorizer of payload format 2.0 answer with simple responses,
         * {@code {"isAuthorized": true|false, "context": {...}}}, instead of an IAM policy
         * (docs/behavior.md#http-api-simple-responses).
         *
         * @param enableSimpleResponses whether the function answers with simple responses; {@code false} by default
         * @return this builder
         * @since 0.2
         */
        public Builder enableSimpleResponses(boolean enableSimpleResponses) {
            this.simpleResponses = enableSimpleResponses;
            return this;
        }

        /**
         * Declare the handler's type when its class does not tell it, as for a Mockito mock.
         *
         * @param handlerType a parameterized {@code RequestHandler} type
         * @return this builder
         * @since 0.2
         */
        public Builder handlerType(Type handlerType) {
            this.handlerType = Objects.requireNonNull(handlerType, "handlerType");
            return this;
        }

        /**
         * Set the name of the function, which {@code Context.getFunctionName()} returns.
         *
         * @param functionName the function name
         * @return this builder
         * @since 0.2
         */
        public Builder functionName(String functionName) {
            this.functionName = LambdaChecks.functionName(Objects.requireNonNull(functionName, "functionName"));
            return this;
        }

        /**
         * Set the authorizer function's own timeout.
         *
         * @param functionTimeout a positive duration of at most 900 seconds; the default is 3 seconds
         * @return this builder
         * @since 0.2
         */
        public Builder functionTimeout(Duration functionTimeout) {
            this.functionTimeout = LambdaChecks.functionTimeout(Objects.requireNonNull(functionTimeout, "timeout"));
            return this;
        }

        /**
         * Say where the authorizer was declared, for messages.
         *
         * @param origin such as {@code @Authorizer(name = "bearer") on class PetTests}
         * @return this builder
         * @since 0.2
         */
        public Builder origin(String origin) {
            this.origin = Objects.requireNonNull(origin, "origin");
            return this;
        }

        /**
         * Check the settings and build the authorizer.
         *
         * @return the authorizer
         * @throws ApiDefinitionException naming the authorizer and the fix when an identity source, the validation
         *     expression or an HTTP API setting is not valid
         * @since 0.2
         */
        public AuthorizerDefinition build() {
            checkHttpApiSettings();
            List<String> sources = identitySources();
            if (payloadFormatVersion != null && resultTtlSeconds > 0 && sources.isEmpty()) {
                // An HTTP API caches by the identity sources and needs one to cache at all
                // (docs/behavior.md#http-api-lambda-authorizers).
                throw new ApiDefinitionException(origin + " caches answers for " + resultTtlSeconds + " seconds"
                        + (resultTtlSet ? "" : " (the default)") + " but has no identity source; API Gateway caches an"
                        + " HTTP API authorizer's answers by their identity source values, so name at least one, such"
                        + " as $request.header.Authorization, or turn caching off with resultTtlSeconds(0)");
            }
            Pattern pattern = null;
            if (validationExpression != null) {
                if (payloadFormatVersion != null) {
                    throw new ApiDefinitionException(origin + " sets a validation expression, which only REST API"
                            + " TOKEN authorizers have; an HTTP API Lambda authorizer's function checks the identity"
                            + " itself");
                }
                if (type != AuthorizerType.TOKEN) {
                    throw new ApiDefinitionException(origin + " sets a validation expression, which apigw-sim"
                            + " applies to TOKEN authorizers only; a REQUEST authorizer's function checks the identity"
                            + " itself, and a Cognito authorizer's expression is not simulated yet");
                }
                try {
                    pattern = Pattern.compile(validationExpression);
                } catch (PatternSyntaxException e) {
                    throw new ApiDefinitionException(origin + " has a validation expression that is not a regular"
                            + " expression: " + e.getDescription() + " at index " + e.getIndex() + " of \""
                            + validationExpression + "\"");
                }
            }
            return new AuthorizerDefinition(this, sources, pattern);
        }

        // Payload format versions and simple responses belong to HTTP API Lambda (REQUEST) authorizers
        // (docs/behavior.md#http-api-lambda-authorizers).
        private void checkHttpApiSettings() {
            if (payloadFormatVersion != null && type != AuthorizerType.REQUEST) {
                throw new ApiDefinitionException(origin + " is a " + type + " authorizer with a payload format version,"
                        + " which only HTTP API Lambda authorizers have; "
                        + (type == AuthorizerType.TOKEN
                                ? "an HTTP API Lambda authorizer is a REQUEST authorizer: declare it with"
                                        + " AuthorizerDefinition.request(name, handler) and identity source"
                                        + " $request.header.Authorization"
                                : "remove payloadFormatVersion"));
            }
            if (payloadFormatVersion != null
                    && !payloadFormatVersion.equals("1.0")
                    && !payloadFormatVersion.equals("2.0")) {
                throw new ApiDefinitionException(origin + " has payload format version \"" + payloadFormatVersion
                        + "\"; an HTTP API Lambda authorizer's is \"2.0\" or \"1.0\"");
            }
            if (simpleResponses && !"2.0".equals(payloadFormatVersion)) {
                throw new ApiDefinitionException(origin + " enables simple responses, which only HTTP API Lambda"
                        + " authorizers of payload format 2.0 give; "
                        + (payloadFormatVersion == null
                                ? "set payloadFormatVersion(\"2.0\") for an HTTP API, or remove enableSimpleResponses"
                                : "set payloadFormatVersion(\"2.0\"), or let the 1.0 function return an IAM policy"));
            }
        }

        private List<String> identitySources() {
            if (type == AuthorizerType.REQUEST && payloadFormatVersion != null) {
                return httpIdentitySources();
            }
            if (type == AuthorizerType.JWT) {
                String source = identitySource == null ? "$request.header.Authorization" : identitySource.trim();
                if (!JWT_SOURCE.matcher(source).matches()) {
                    throw new ApiDefinitionException(origin + " has identity source \"" + identitySource
                            + "\"; a JWT authorizer reads one value, written $request.header.<name> or"
                            + " $request.querystring.<name>, for example $request.header.Authorization");
                }
                return List.of(source);
            }
            if (type == AuthorizerType.TOKEN || type == AuthorizerType.COGNITO_USER_POOLS) {
                String source = identitySource == null ? "method.request.header.Authorization" : identitySource.trim();
                if (!TOKEN_SOURCE.matcher(source).matches()) {
                    throw new ApiDefinitionException(origin + " has identity source \"" + identitySource
                            + "\"; a " + type + " authorizer reads exactly one header, written"
                            + " method.request.header.<name>, for example method.request.header.Authorization");
                }
                return List.of(source);
            }
            List<String> sources = new ArrayList<>();
            if (identitySource == null || identitySource.isBlank()) {
                return sources;
            }
            for (String part : identitySource.split(",")) {
                String source = part.trim();
                if (source.startsWith("$")) {
                    throw new ApiDefinitionException(origin + " has identity source " + source + ", written the HTTP"
                            + " API way, but no payload format version; an HTTP API Lambda authorizer needs one: add"
                            + " payloadFormatVersion(\"2.0\") (or \"1.0\")");
                }
                if (source.startsWith("method.request.path.")) {
                    throw new ApiDefinitionException(origin + " has identity source " + source + ": path parameters"
                            + " reach a REQUEST authorizer's event but cannot be identity sources; use a header,"
                            + " query string, stage variable or context variable");
                }
                if (!REQUEST_SOURCE.matcher(source).matches()) {
                    throw new ApiDefinitionException(origin + " has identity source \"" + source + "\"; write"
                            + " method.request.header.<name>, method.request.querystring.<name>,"
                            + " stageVariables.<name> or context.<variable>, separated by commas");
                }
                sources.add(source);
            }
            return sources;
        }

        // $request.header.<name>, $request.querystring.<name>, $stageVariables.<name>, $context.<variable>
        // (docs/behavior.md#http-api-lambda-authorizers).
        private List<String> httpIdentitySources() {
            List<String> sources = new ArrayList<>();
            if (identitySource == null || identitySource.isBlank()) {
                return sources;
            }
            for (String part : identitySource.split(",")) {
                String source = part.trim();
                if (source.startsWith("$request.path.")) {
                    throw new ApiDefinitionException(origin + " has identity source " + source + ": path parameters"
                            + " reach an HTTP API Lambda authorizer's event but cannot be identity sources; use a"
                            + " header, query string, stage variable or context variable");
                }
                if (!HTTP_REQUEST_SOURCE.matcher(source).matches()) {
                    throw new ApiDefinitionException(origin + " has identity source \"" + source + "\"; an HTTP API"
                            + " Lambda authorizer writes $request.header.<name>, $request.querystring.<name>,"
                            + " $stageVariables.<name> or $context.<variable>, separated by commas"
                            + httpSpelling(source)
                                    .map(spelled -> ", here " + spelled)
                                    .orElse(""));
                }
                sources.add(source);
            }
            return sources;
        }

        // The HTTP API spelling of a REST identity source, for the message.
        private static Optional<String> httpSpelling(String restSource) {
            for (String prefix : List.of("method.request.header.", "method.request.querystring.")) {
                if (restSource.startsWith(prefix)) {
                    return Optional.of("$request." + restSource.substring("method.request.".length()));
                }
            }
            if (restSource.startsWith("stageVariables.") || restSource.startsWith("context.")) {
                return Optional.of("$" + restSource);
            }
            return Optional.empty();
        }
    }
}

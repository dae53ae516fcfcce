package io.apigwsim.definition;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Lambda custom integration (integration type {@code AWS}, a REST API's "Lambda function" integration
 * with "Lambda proxy integration" off): API Gateway maps the request into the function's input with a
 * request template, and maps the function's result or error back with integration responses.
 *
 * <pre>{@code
 * Integration createPet = Integration.lambdaCustom(new CreatePet())
 *         .requestTemplate("application/json", "{\"name\": $input.json('$.name'), \"tenant\": \"$input.params('x-tenant')\"}")
 *         .responseTemplate("application/json", "{\"id\": $input.json('$.id')}")
 *         .integrationResponse(IntegrationResponseDefinition.status(400).selectionPattern("Invalid.*").build())
 *         .build();
 * }</pre>
 *
 * <p>Templates, selection patterns and parameter mappings are checked when the gateway is built.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-custom-integrations.html">
 *     Set up Lambda custom integrations</a>
 * @since 0.1
 */
public final class LambdaCustomIntegration implements Integration {

    private final Object handler;
    private final Type handlerType;
    private final String functionName;
    private final Duration timeout;
    private final Duration functionTimeout;
    private final Map<String, String> requestTemplates;
    private final PassthroughBehavior passthroughBehavior;
    private final ContentHandling contentHandling;
    private final Map<String, String> requestParameters;
    private final List<IntegrationResponseDefinition> integrationResponses;
    private final Set<Integer> methodResponses;

    private LambdaCustomIntegration(Builder builder) {
        this.handler = builder.handler;
        this.handlerType = builder.handlerType;
        this.functionName = builder.functionName;
        this.timeout = builder.timeout;
        this.functionTimeout = builder.functionTimeout;
        this.requestTemplates = Collections.unmodifiableMap(new LinkedHashMap<>(builder.requestTemplates));
        this.passthroughBehavior = builder.passthroughBehavior;
        this.contentHandling = builder.contentHandling;
        this.requestParameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.requestParameters));
        this.integrationResponses = builder.responses.build("A Lambda custom integration");
        this.methodResponses = builder.responses.methodResponses(integrationResponses);
    }

    @Override
    public Optional<Object> handler() {
        return Optional.ofNullable(handler);
    }

    @Override
    public Optional<Type> handlerType() {
        return Optional.ofNullable(handlerType);
    }

    @Override
    public Optional<String> functionName() {
        return Optional.ofNullable(functionName);
    }

    @Override
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    @Override
    public Duration functionTimeout() {
        return functionTimeout;
    }

    /**
     * Return the request templates.
     *
     * @return content type to VTL template, in declaration order
     * @since 0.1
     */
    public Map<String, String> requestTemplates() {
        return requestTemplates;
    }

    /**
     * Return what happens to a body no request template matches.
     *
     * @return the passthrough behavior, {@code WHEN_NO_MATCH} unless set
     * @since 0.1
     */
    public PassthroughBehavior passthroughBehavior() {
        return passthroughBehavior;
    }

    /**
     * Return how the request body is converted between text and binary before the request template.
     *
     * @return the content handling; {@link ContentHandling#PASSTHROUGH} unless set
     * @since 0.3
     */
    public ContentHandling contentHandling() {
        return contentHandling;
    }

    /**
     * Return the integration request parameters.
     *
     * @return {@code integration.request.header|querystring|path.NAME} to a mapping expression
     * @since 0.1
     */
    public Map<String, String> requestParameters() {
        return requestParameters;
    }

    /**
     * Return the integration responses in the order API Gateway tries them: ascending status code.
     *
     * @return the integration responses, with exactly one default unless more were declared
     * @since 0.1
     */
    public List<IntegrationResponseDefinition> integrationResponses() {
        return integrationResponses;
    }

    /**
     * Return the status codes that have a method response.
     *
     * @return the declared method responses, or the integration responses' statuses when none were declared
     * @since 0.1
     */
    public Set<Integer> methodResponses() {
        return methodResponses;
    }

    @Override
    public String toString() {
        return "Lambda custom integration -> "
                + (handler == null
                        ? "function " + functionName
                        : handler.getClass().getName());
    }

    /**
     * Builds a {@link LambdaCustomIntegration}.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final Object handler;
        private Type handlerType;
        private String functionName;
        private Duration timeout;
        private Duration functionTimeout = LambdaProxyIntegration.DEFAULT_FUNCTION_TIMEOUT;
        private final Map<String, String> requestTemplates = new LinkedHashMap<>();
        private PassthroughBehavior passthroughBehavior = PassthroughBehavior.WHEN_NO_MATCH;
        private ContentHandling contentHandling = ContentHandling.PASSTHROUGH;
        private final Map<String, String> requestParameters = new LinkedHashMap<>();
        private final IntegrationResponses responses = new IntegrationResponses();

        Builder(Object handler, String functionName) {
            this.handler = handler;
            this.functionName = functionName;
        }

        /**
         * Add a request template, selected by the request's {@code Content-Type} ({@code application/json}
         * when the client sends none).
         *
         * @param contentType the media type, such as {@code application/json}
         * @param template a VTL template; {@code ""} passes the body through
         * @return this builder
         * @since 0.1
         */
        public Builder requestTemplate(String contentType, String template) {
            requestTemplates.put(
                    Objects.requireNonNull(contentType, "contentType"), Objects.requireNonNull(template, "template"));
            return this;
        }

        /**
         * Add a response template to the default integration response.
         *
         * @param contentType the media type, matched against the request's {@code Accept}
         * @param template a VTL template
         * @return this builder
         * @since 0.1
         */
        public Builder responseTemplate(String contentType, String template) {
            responses.defaultTemplate(
                    Objects.requireNonNull(contentType, "contentType"), Objects.requireNonNull(template, "template"));
            return this;
        }

        /**
         * Add a response parameter to the default integration response.
         *
         * @param methodResponseParameter such as {@code method.response.header.X-Request-Id}
         * @param expression such as {@code context.requestId} or {@code 'static'}
         * @return this builder
         * @since 0.1
         */
        public Builder responseParameter(String methodResponseParameter, String expression) {
            responses.defaultParameter(methodResponseParameter, expression);
            return this;
        }

        /**
         * Set the status of the default integration response.
         *
         * @param status the status; 200 unless set
         * @return this builder
         * @since 0.1
         */
        public Builder defaultStatus(int status) {
            responses.defaultStatus(status);
            return this;
        }

        /**
         * Set how the request body is converted between text and binary before the request template
         * (docs/behavior.md#content-handling).
         *
         * @param contentHandling the conversion; {@link ContentHandling#PASSTHROUGH} unless set
         * @return this builder
         * @since 0.3
         */
        public Builder contentHandling(ContentHandling contentHandling) {
            this.contentHandling = Objects.requireNonNull(contentHandling, "contentHandling");
            return this;
        }

        /**
         * Set how the default integration response converts the endpoint's response between text and binary
         * before its response template (docs/behavior.md#content-handling).
         *
         * @param contentHandling the conversion; {@link ContentHandling#PASSTHROUGH} unless set
         * @return this builder
         * @since 0.3
         */
        public Builder responseContentHandling(ContentHandling contentHandling) {
            responses.defaultContentHandling(Objects.requireNonNull(contentHandling, "contentHandling"));
            return this;
        }
        /**
         * Set what happens to a body no request template matches.
         *
         * @param behavior the passthrough behavior; {@code WHEN_NO_MATCH} unless set
         * @return this builder
         * @since 0.1
         */
        public Builder passthroughBehavior(PassthroughBehavior behavior) {
            this.passthroughBehavior = Objects.requireNonNull(behavior, "behavior");
            return this;
        }

        /**
         * Map an integration request parameter.
         *
         * @param integrationParameter such as {@code integration.request.header.X-Amz-Invocation-Type}
         * @param expression such as {@code 'Event'}, {@code method.request.header.InvocationType},
         *     {@code stageVariables.alias} or {@code context.requestId}
         * @return this builder
         * @since 0.1
         */
        public Builder requestParameter(String integrationParameter, String expression) {
            if (!integrationParameter.matches("integration\\.request\\.(header|querystring|path)\\.[a-zA-Z0-9._$-]+")) {
                throw new ApiDefinitionException("Request parameter \"" + integrationParameter
                        + "\" is not an integration request parameter; write for example"
                        + " \"integration.request.header.X-Amz-Invocation-Type\"");
            }
            requestParameters.put(integrationParameter, Objects.requireNonNull(expression, "expression"));
            return this;
        }

        /**
         * Add an integration response.
         *
         * @param response the integration response
         * @return this builder
         * @since 0.1
         */
        public Builder integrationResponse(IntegrationResponseDefinition response) {
            responses.add(Objects.requireNonNull(response, "response"));
            return this;
        }

        /**
         * Declare no default integration response, as a definition whose responses all carry a selection pattern
         * does: a result that no pattern selects is then a configuration error, answered 500
         * (docs/behavior.md#integration-response-selection). Without this, the integration has a default
         * response with status 200.
         *
         * @return this builder
         * @since 0.2
         */
        public Builder withoutDefaultResponse() {
            responses.withoutDefault();
            return this;
        }

        /**
         * Declare the method responses; a status an integration response maps to without a method response
         * makes API Gateway answer 500. Without this call every integration response status has one.
         *
         * @param statuses the method response statuses
         * @return this builder
         * @since 0.1
         */
        public Builder methodResponses(int... statuses) {
            responses.methodResponses(statuses);
            return this;
        }

        /**
         * Declare the handler's type when its class does not tell it, as for a Mockito mock.
         *
         * @param handlerType a parameterized {@code RequestHandler} type
         * @return this builder
         * @since 0.1
         */
        public Builder handlerType(Type handlerType) {
            this.handlerType = Objects.requireNonNull(handlerType, "handlerType");
            return this;
        }

        /**
         * Set the function name that {@code Context.getFunctionName()} returns.
         *
         * @param functionName the function name
         * @return this builder
         * @since 0.1
         */
        public Builder functionName(String functionName) {
            this.functionName = LambdaChecks.functionName(functionName);
            return this;
        }

        /**
         * Set the integration timeout; API Gateway answers {@code 504} when the function runs longer.
         *
         * @param timeout at least 50 milliseconds and at most 300 seconds (more than 29 seconds needs a raised quota);
         *     the default is 29 seconds
         * @return this builder
         * @since 0.1
         */
        public Builder timeout(Duration timeout) {
            this.timeout = LambdaChecks.timeout(timeout);
            return this;
        }

        /**
         * Set the function's own timeout.
         *
         * @param functionTimeout a positive duration of at most 900 seconds; the default is Lambda's 3 seconds
         * @return this builder
         * @since 0.1
         */
        public Builder functionTimeout(Duration functionTimeout) {
            this.functionTimeout = LambdaChecks.functionTimeout(functionTimeout);
            return this;
        }

        /**
         * Build the integration.
         *
         * @return the integration
         * @since 0.1
         */
        public LambdaCustomIntegration build() {
            return new LambdaCustomIntegration(this);
        }
    }
}

package io.apigwsim.definition;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A mock integration ({@code MOCK}, REST APIs only): API Gateway answers the method itself, without a backend. The
 * request template renders a JSON object whose {@code statusCode} selects the integration response, whose response
 * parameters and response template make the answer.
 *
 * <pre>{@code
 * Integration health = Integration.mock()
 *         .requestTemplate("application/json", "{\"statusCode\": 200}")
 *         .responseTemplate("application/json", "{\"status\": \"ok\"}")
 *         .build();
 * }</pre>
 *
 * <p>The {@code OPTIONS} method the console's "Enable CORS" creates is one of these: see
 * {@link Integration#corsPreflight(String)}. A mock calls no function, so {@link #handler()},
 * {@link #functionName()} and {@link #handlerType()} are empty. Templates and selection patterns are checked when
 * the gateway is built.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html">
 *     Mock integrations for REST APIs in API Gateway</a>
 * @since 0.2
 */
public final class MockIntegration implements Integration {

    private final Map<String, String> requestTemplates;
    private final PassthroughBehavior passthroughBehavior;
    private final ContentHandling contentHandling;
    private final List<IntegrationResponseDefinition> integrationResponses;
    private final Set<Integer> methodResponses;
    private final String description;

    private MockIntegration(
            Map<String, String> requestTemplates,
            PassthroughBehavior passthroughBehavior,
            ContentHandling contentHandling,
            IntegrationResponses responses,
            String description) {
        this.requestTemplates = Collections.unmodifiableMap(new LinkedHashMap<>(requestTemplates));
        this.passthroughBehavior = passthroughBehavior;
        this.contentHandling = contentHandling;
        this.integrationResponses = responses.build("A mock integration");
        this.methodResponses = responses.methodResponses(integrationResponses);
        this.description = description;
    }

    /**
     * Return nothing: a mock integration calls no function.
     *
     * @return empty
     * @since 0.2
     */
    @Override
    public Optional<Object> handler() {
        return Optional.empty();
    }

    /**
     * Return nothing: a mock integration calls no function.
     *
     * @return empty
     * @since 0.2
     */
    @Override
    public Optional<String> functionName() {
        return Optional.empty();
    }

    /**
     * Return nothing: a mock integration calls no function.
     *
     * @return empty
     * @since 0.2
     */
    @Override
    public Optional<Type> handlerType() {
        return Optional.empty();
    }

    /**
     * Return nothing: a mock integration answers at once.
     *
     * @return empty
     * @since 0.2
     */
    @Override
    public Optional<Duration> timeout() {
        return Optional.empty();
    }

    /**
     * Return Lambda's default function timeout, which a mock integration, calling no function, never uses.
     *
     * @return 3 seconds
     * @since 0.2
     */
    @Override
    public Duration functionTimeout() {
        return LambdaProxyIntegration.DEFAULT_FUNCTION_TIMEOUT;
    }

    /**
     * Return the request templates.
     *
     * @return content type to VTL template, in declaration order
     * @since 0.2
     */
    public Map<String, String> requestTemplates() {
        return requestTemplates;
    }

    /**
     * Return what happens to a body no request template matches.
     *
     * @return the passthrough behavior, {@code WHEN_NO_MATCH} unless set
     * @since 0.2
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
     * Return the integration responses in the order API Gateway tries them: ascending status code.
     *
     * @return the integration responses, with exactly one default
     * @since 0.2
     */
    public List<IntegrationResponseDefinition> integrationResponses() {
        return integrationResponses;
    }

    /**
     * Return the status codes that have a method response.
     *
     * @return the declared method responses, or the integration responses' statuses when none were declared
     * @since 0.2
     */
    public Set<Integer> methodResponses() {
        return methodResponses;
    }

    @Override
    public String toString() {
        return description;
    }

    /**
     * Builds a {@link MockIntegration}.
     *
     * @since 0.2
     */
    public static final class Builder {

        private final Map<String, String> requestTemplates = new LinkedHashMap<>();
        private PassthroughBehavior passthroughBehavior = PassthroughBehavior.WHEN_NO_MATCH;
        private ContentHandling contentHandling = ContentHandling.PASSTHROUGH;
        private final IntegrationResponses responses = new IntegrationResponses();

        Builder() {}

        /**
         * Add a request template, selected by the request's {@code Content-Type} ({@code application/json} when the
         * client sends none). It renders the JSON object whose {@code statusCode} selects the integration response,
         * such as {@code {"statusCode": 200}}.
         *
         * @param contentType the media type, such as {@code application/json}
         * @param template a VTL template
         * @return this builder
         * @since 0.2
         */
        public Builder requestTemplate(String contentType, String template) {
            requestTemplates.put(
                    Objects.requireNonNull(contentType, "contentType"), Objects.requireNonNull(template, "template"));
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
         * Set what happens to a request whose {@code Content-Type} no request template matches.
         *
         * @param behavior the passthrough behavior; {@code WHEN_NO_MATCH} unless set
         * @return this builder
         * @since 0.2
         */
        public Builder passthroughBehavior(PassthroughBehavior behavior) {
            this.passthroughBehavior = Objects.requireNonNull(behavior, "behavior");
            return this;
        }

        /**
         * Add a response template to the default integration response.
         *
         * @param contentType the media type, matched against the request's {@code Accept}
         * @param template a VTL template
         * @return this builder
         * @since 0.2
         */
        public Builder responseTemplate(String contentType, String template) {
            responses.defaultTemplate(
                    Objects.requireNonNull(contentType, "contentType"), Objects.requireNonNull(template, "template"));
            return this;
        }

        /**
         * Add a response parameter to the default integration response.
         *
         * @param methodResponseParameter such as {@code method.response.header.Access-Control-Allow-Origin}
         * @param expression such as {@code '*'} (a literal in single quotes), {@code context.requestId} or
         *     {@code stageVariables.origin}
         * @return this builder
         * @since 0.2
         */
        public Builder responseParameter(String methodResponseParameter, String expression) {
            responses.defaultParameter(methodResponseParameter, Objects.requireNonNull(expression, "expression"));
            return this;
        }

        /**
         * Set the status of the default integration response.
         *
         * @param status the status; 200 unless set
         * @return this builder
         * @since 0.2
         */
        public Builder defaultStatus(int status) {
            responses.defaultStatus(status);
            return this;
        }

        /**
         * Add an integration response, selected when its selection pattern matches the whole {@code statusCode}
         * the request template rendered, such as {@code 5\d{2}} for {@code 500}.
         *
         * @param response the integration response
         * @return this builder
         * @since 0.2
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
         * Declare the method responses; a status an integration response maps to without a method response makes
         * API Gateway answer 500. Without this call every integration response status has one.
         *
         * @param statuses the method response statuses
         * @return this builder
         * @since 0.2
         */
        public Builder methodResponses(int... statuses) {
            responses.methodResponses(statuses);
            return this;
        }

        /**
         * Build the integration.
         *
         * @return the integration
         * @since 0.2
         */
        public MockIntegration build() {
            return new MockIntegration(
                    requestTemplates, passthroughBehavior, contentHandling, responses, "mock integration");
        }
    }

    /**
     * Builds the mock integration of the {@code OPTIONS} method that "Enable CORS" (the console, or AWS SAM's
     * {@code Cors} property) adds to a REST resource: the request template {@code {"statusCode" : 200}}, and a
     * default 200 integration response that sets the {@code Access-Control-Allow-*} headers to the given values
     * and renders {@code {}}. Values are sent as given, whatever the request's {@code Origin}.
     *
     * <pre>{@code
     * builder.route("OPTIONS /pets", Integration.corsPreflight("https://app.example.com")
     *         .allowMethods("GET", "OPTIONS", "POST")
     *         .allowHeaders("Content-Type", "Authorization")
     *         .build());
     * }</pre>
     *
     * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html">
     *     CORS for REST APIs in API Gateway</a>
     * @since 0.2
     */
    public static final class CorsPreflightBuilder {

        /** The request template "Enable CORS" writes (AWS SAM's, byte for byte). */
        static final String REQUEST_TEMPLATE = "{\n  \"statusCode\" : 200\n}\n";

        /** The response template "Enable CORS" writes (AWS SAM's, byte for byte). */
        static final String RESPONSE_TEMPLATE = "{}\n";

        private static final String HEADER = "method.response.header.";

        private final String allowOrigin;
        private String allowHeaders;
        private String allowMethods;
        private Long maxAgeSeconds;
        private boolean allowCredentials;

        CorsPreflightBuilder(String allowOrigin) {
            this.allowOrigin = headerValue("allowOrigin", allowOrigin);
        }

        /**
         * Set {@code Access-Control-Allow-Methods}; without this call the header is not sent.
         *
         * @param methods the methods, such as {@code "GET", "OPTIONS", "POST"}, joined with {@code ,}
         * @return this builder
         * @since 0.2
         */
        public CorsPreflightBuilder allowMethods(String... methods) {
            this.allowMethods = headerValue("allowMethods", String.join(",", methods));
            return this;
        }

        /**
         * Set {@code Access-Control-Allow-Headers}; without this call the header is not sent.
         *
         * @param headers the request header names, such as {@code "Content-Type", "Authorization"}, joined with
         *     {@code ,}
         * @return this builder
         * @since 0.2
         */
        public CorsPreflightBuilder allowHeaders(String... headers) {
            this.allowHeaders = headerValue("allowHeaders", String.join(",", headers));
            return this;
        }

        /**
         * Set {@code Access-Control-Max-Age}; without this call the header is not sent.
         *
         * @param seconds how long a browser may cache the answer; 0 or more
         * @return this builder
         * @since 0.2
         */
        public CorsPreflightBuilder maxAge(long seconds) {
            if (seconds < 0) {
                throw new ApiDefinitionException(
                        "A CORS preflight's max age is " + seconds + " seconds; use 0 or more, for example 600");
            }
            this.maxAgeSeconds = seconds;
            return this;
        }

        /**
         * Send {@code Access-Control-Allow-Credentials: true}, which credentialed requests need; the origin must
         * then be named, not {@code *}.
         *
         * @return this builder
         * @since 0.2
         */
        public CorsPreflightBuilder allowCredentials() {
            this.allowCredentials = true;
            return this;
        }

        /**
         * Build the integration.
         *
         * @return the mock integration "Enable CORS" creates
         * @since 0.2
         */
        public MockIntegration build() {
            if (allowCredentials && allowOrigin.equals("*")) {
                throw new ApiDefinitionException("A CORS preflight that allows credentials must name the origin:"
                        + " browsers refuse Access-Control-Allow-Origin: * for a request with credentials, and AWS SAM"
                        + " refuses the combination; give the origin, for example"
                        + " Integration.corsPreflight(\"https://app.example.com\")");
            }
            // The header order and the templates of AWS SAM's _options_method_response_for_cors
            // (docs/behavior.md#rest-cors).
            IntegrationResponses responses = new IntegrationResponses();
            List<String> sent = new ArrayList<>();
            responses.defaultParameter(HEADER + "Access-Control-Allow-Origin", literal(allowOrigin));
            sent.add("Access-Control-Allow-Origin: " + allowOrigin);
            if (allowHeaders != null) {
                responses.defaultParameter(HEADER + "Access-Control-Allow-Headers", literal(allowHeaders));
                sent.add("Access-Control-Allow-Headers: " + allowHeaders);
            }
            if (allowMethods != null) {
                responses.defaultParameter(HEADER + "Access-Control-Allow-Methods", literal(allowMethods));
                sent.add("Access-Control-Allow-Methods: " + allowMethods);
            }
            if (maxAgeSeconds != null) {
                responses.defaultParameter(HEADER + "Access-Control-Max-Age", literal(maxAgeSeconds.toString()));
                sent.add("Access-Control-Max-Age: " + maxAgeSeconds);
            }
            if (allowCredentials) {
                responses.defaultParameter(HEADER + "Access-Control-Allow-Credentials", literal("true"));
                sent.add("Access-Control-Allow-Credentials: true");
            }
            responses.defaultTemplate("application/json", RESPONSE_TEMPLATE);
            return new MockIntegration(
                    Map.of("application/json", REQUEST_TEMPLATE),
                    PassthroughBehavior.WHEN_NO_MATCH,
                    ContentHandling.PASSTHROUGH,
                    responses,
                    "mock integration (CORS preflight: " + String.join(", ", sent) + ")");
        }

        private static String literal(String value) {
            return "'" + value + "'";
        }

        private static String headerValue(String name, String value) {
            Objects.requireNonNull(value, name);
            if (value.isBlank() || value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
                throw new ApiDefinitionException("A CORS preflight's " + name + " is \"" + value
                        + "\"; give a header value on one line, for example \"https://app.example.com\"");
            }
            if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                throw new ApiDefinitionException("A CORS preflight's " + name + " is \"" + value + "\", in single"
                        + " quotes as AWS SAM's Cors property writes it; give the header value itself, for example \""
                        + value.substring(1, value.length() - 1) + "\"");
            }
            return value;
        }
    }
}

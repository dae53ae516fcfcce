package io.apigwsim.definition;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A Lambda proxy integration ({@code AWS_PROXY}): API Gateway passes the whole request to the function
 * as an event and turns the function's result into the response.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html">
 *     Lambda proxy integrations in API Gateway</a>
 * @since 0.1
 */
public final class LambdaProxyIntegration implements Integration {

    /** API Gateway's default integration timeout for REST APIs. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(29_000);

    /** API Gateway's default and maximum integration timeout for HTTP APIs. */
    public static final Duration HTTP_API_TIMEOUT = Duration.ofMillis(30_000);

    /** Lambda's default function timeout. */
    public static final Duration DEFAULT_FUNCTION_TIMEOUT = Duration.ofSeconds(3);

    private final Object handler;
    private final Type handlerType;
    private final String functionName;
    private final String payloadFormatVersion;
    private final Duration timeout;
    private final Duration functionTimeout;

    private LambdaProxyIntegration(Builder builder) {
        this.handler = builder.handler;
        this.handlerType = builder.handlerType;
        this.functionName = builder.functionName;
        this.payloadFormatVersion = builder.payloadFormatVersion;
        this.timeout = builder.timeout;
        this.functionTimeout = builder.functionTimeout;
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

    /**
     * Return the payload format version of the event, when one was set.
     *
     * @return {@code "1.0"} or {@code "2.0"}, or empty for the API's default: 1.0 for REST APIs, 2.0 for
     *     HTTP APIs
     * @since 0.1
     */
    public Optional<String> payloadFormatVersion() {
        return Optional.ofNullable(payloadFormatVersion);
    }

    @Override
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    @Override
    public Duration functionTimeout() {
        return functionTimeout;
    }

    @Override
    public String toString() {
        return "Lambda proxy integration"
                + (payloadFormatVersion == null ? "" : " (payload " + payloadFormatVersion + ")") + " -> "
                + (handler == null
                        ? "function " + functionName
                        : handler.getClass().getName());
    }

    /**
     * Builds a {@link LambdaProxyIntegration}.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final Object handler;
        private Type handlerType;
        private String functionName;
        private String payloadFormatVersion;
        private Duration timeout;
        private Duration functionTimeout = DEFAULT_FUNCTION_TIMEOUT;

        Builder(Object handler, String functionName) {
            this.handler = handler;
            this.functionName = functionName;
        }

        /**
         * Declare the handler's type when its class does not tell it, as for a Mockito mock of
         * {@code RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>}.
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
         * Set the payload format version of the event.
         *
         * @param version {@code "2.0"} or {@code "1.0"} for HTTP APIs; REST APIs send only {@code "1.0"}
         * @return this builder
         * @since 0.1
         */
        public Builder payloadFormatVersion(String version) {
            if (!"1.0".equals(version) && !"2.0".equals(version)) {
                throw new ApiDefinitionException("Payload format version \"" + version
                        + "\" does not exist: Lambda proxy integrations send \"1.0\" or (HTTP APIs only) \"2.0\"");
            }
            this.payloadFormatVersion = version;
            return this;
        }

        /**
         * Set the integration timeout; API Gateway answers {@code 504} when the function runs longer.
         *
         * @param timeout at least 50 milliseconds; at most 30 seconds for HTTP APIs and 300 seconds for REST APIs (more
         *     than 29 seconds needs a raised quota); the default is 29 seconds for REST APIs and 30 seconds for HTTP APIs
         * @return this builder
         * @since 0.1
         */
        public Builder timeout(Duration timeout) {
            this.timeout = LambdaChecks.timeout(timeout);
            return this;
        }

        /**
         * Set the function's own timeout; Lambda stops a function that runs longer with an error.
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
        public LambdaProxyIntegration build() {
            return new LambdaProxyIntegration(this);
        }
    }
}

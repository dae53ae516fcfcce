package io.apigwsim.definition;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;

/**
 * How API Gateway hands a request to the backend of a route.
 *
 * <p>Create one with {@link #lambdaProxy(Object)}, {@link #lambdaCustom(Object)}, {@link #mock()} or
 * {@link #corsPreflight(String)}:
 *
 * <pre>{@code
 * ApiGateway gateway = ApiGateway.builder()
 *         .route("GET /pets/{id}", Integration.lambdaProxy(new GetPet()).timeout(Duration.ofSeconds(2)).build())
 *         .build();
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Integration permits LambdaProxyIntegration, LambdaCustomIntegration, MockIntegration {

    /**
     * Start a Lambda proxy integration ({@code AWS_PROXY}) in front of the given handler.
     *
     * @param handler a {@code RequestHandler} or {@code RequestStreamHandler} instance, a Mockito mock
     *     included
     * @return a builder for the integration
     * @since 0.1
     */
    static LambdaProxyIntegration.Builder lambdaProxy(Object handler) {
        return new LambdaProxyIntegration.Builder(LambdaChecks.handler(handler, "Integration.lambdaProxy"), null);
    }

    /**
     * Start a Lambda proxy integration in front of the function of this name, whose handler is bound when the
     * gateway is built: with {@code ApiGateway.builder().function(name, handler)}, or a {@code @LambdaFunction(name)}
     * field in a JUnit test. This is how definitions loaded from files name their functions.
     *
     * @param functionName the function's name, which its {@code Context} also reports
     * @return a builder for the integration
     * @since 0.1
     */
    static LambdaProxyIntegration.Builder lambdaProxy(String functionName) {
        return new LambdaProxyIntegration.Builder(null, LambdaChecks.functionName(functionName));
    }

    /**
     * Start a Lambda custom integration ({@code AWS}): request and response mapping templates,
     * integration responses selected by the Lambda error, parameter mappings. REST APIs only.
     *
     * @param handler a {@code RequestHandler} or {@code RequestStreamHandler} instance, a Mockito mock
     *     included
     * @return a builder for the integration
     * @since 0.1
     */
    static LambdaCustomIntegration.Builder lambdaCustom(Object handler) {
        return new LambdaCustomIntegration.Builder(LambdaChecks.handler(handler, "Integration.lambdaCustom"), null);
    }

    /**
     * Start a Lambda custom integration in front of the function of this name, whose handler is bound when the
     * gateway is built, as for {@link #lambdaProxy(String)}. REST APIs only.
     *
     * @param functionName the function's name, which its {@code Context} also reports
     * @return a builder for the integration
     * @since 0.1
     */
    static LambdaCustomIntegration.Builder lambdaCustom(String functionName) {
        return new LambdaCustomIntegration.Builder(null, LambdaChecks.functionName(functionName));
    }

    /**
     * Start a mock integration ({@code MOCK}): API Gateway answers the method itself, the request template's
     * {@code statusCode} selecting the integration response. REST APIs only.
     *
     * <pre>{@code
     * builder.route("GET /health", Integration.mock()
     *         .requestTemplate("application/json", "{\"statusCode\": 200}")
     *         .responseTemplate("application/json", "{\"status\": \"ok\"}"));
     * }</pre>
     *
     * @return a builder for the integration
     * @since 0.2
     */
    static MockIntegration.Builder mock() {
        return new MockIntegration.Builder();
    }

    /**
     * Start the mock integration of the {@code OPTIONS} method that "Enable CORS" (the console, or AWS SAM's
     * {@code Cors} property) adds to a REST resource to answer browsers' preflight requests. REST APIs only; an HTTP
     * API has built-in CORS instead ({@link CorsConfiguration}).
     *
     * <pre>{@code
     * builder.route("OPTIONS /pets", Integration.corsPreflight("https://app.example.com")
     *         .allowMethods("GET", "OPTIONS", "POST")
     *         .allowHeaders("Content-Type", "Authorization")
     *         .build());
     * }</pre>
     *
     * @param allowOrigin the {@code Access-Control-Allow-Origin} value, such as {@code *} or
     *     {@code https://app.example.com}, sent whatever the request's {@code Origin}
     * @return a builder for the integration
     * @since 0.2
     */
    static MockIntegration.CorsPreflightBuilder corsPreflight(String allowOrigin) {
        return new MockIntegration.CorsPreflightBuilder(allowOrigin);
    }

    /**
     * Return the Lambda handler behind this integration, when it was given one.
     *
     * @return the handler instance, or empty when the integration names a function bound when the gateway is built,
     *     and for a mock integration
     * @since 0.1
     */
    Optional<Object> handler();

    /**
     * Return the name of the function: the one a named integration was created with, or the one set with
     * {@code functionName(..)}.
     *
     * @return the function name, or empty to use the handler's simple class name; empty for a mock integration
     * @since 0.1
     */
    Optional<String> functionName();

    /**
     * Return the declared type of the handler when its class does not tell its event type.
     *
     * @return the declared type, such as the generic type of a {@code @Mock} field, or empty (always for a mock
     *     integration)
     * @since 0.1
     */
    Optional<Type> handlerType();

    /**
     * Return the integration timeout, when one was set.
     *
     * @return the timeout, or empty for the API's default: 29 seconds for REST APIs, 30 for HTTP APIs (always
     *     empty for a mock integration, which answers at once)
     * @since 0.1
     */
    Optional<Duration> timeout();

    /**
     * Return the function's own timeout, after which Lambda stops the function with an error.
     *
     * @return the function timeout, 3 seconds (Lambda's default) unless set, and always for a mock integration
     * @since 0.1
     */
    Duration functionTimeout();
}

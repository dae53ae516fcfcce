package io.apigwsim.definition;

/**
 * How API Gateway hands a request to the backend of a route.
 *
 * <p>Create one with {@link #lambdaProxy(Object)}:
 *
 * <pre>{@code
 * ApiGateway gateway = ApiGateway.builder()
 *         .route("GET /pets/{id}", Integration.lambdaProxy(new GetPet()).timeout(Duration.ofSeconds(2)).build())
 *         .build();
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Integration permits LambdaProxyIntegration, LambdaCustomIntegration {

    /**
     * Start a Lambda proxy integration ({@code AWS_PROXY}) in front of the given handler.
     *
     * @param handler a {@code RequestHandler} or {@code RequestStreamHandler} instance, a Mockito mock
     *     included
     * @return a builder for the integration
     * @since 0.1
     */
    static LambdaProxyIntegration.Builder lambdaProxy(Object handler) {
        return new LambdaProxyIntegration.Builder(handler);
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
        return new LambdaCustomIntegration.Builder(handler);
    }

    /**
     * Return the Lambda handler behind this integration.
     *
     * @return the handler instance
     * @since 0.1
     */
    Object handler();
}

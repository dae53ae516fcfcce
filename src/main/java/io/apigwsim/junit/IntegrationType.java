package io.apigwsim.junit;

/**
 * How a {@link Route} hands requests to its Lambda function, or answers them without one.
 *
 * @since 0.1
 */
public enum IntegrationType {
    /** Lambda proxy integration ({@code AWS_PROXY}): the function gets the whole request as an event. */
    PROXY,
    /**
     * Lambda custom integration ({@code AWS}, REST APIs only): request templates map the request into the
     * function's input; integration responses map its result or error back.
     */
    CUSTOM,
    /**
     * Mock integration ({@code MOCK}, REST APIs only): API Gateway answers itself; the request template's
     * {@code statusCode} selects the integration response, and no function is named.
     *
     * @since 0.2
     */
    MOCK
}

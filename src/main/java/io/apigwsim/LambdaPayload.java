package io.apigwsim;

/**
 * A JSON payload that crossed the boundary between API Gateway and Lambda: the event the function
 * received, or what the function returned.
 *
 * @since 0.1
 */
public interface LambdaPayload {

    /**
     * Return the exact JSON text.
     *
     * @return the payload as it crossed the boundary
     * @since 0.1
     */
    String raw();

    /**
     * Read the payload into a type the way the Java Lambda runtime reads an event into a handler's
     * input type, for example {@code APIGatewayProxyRequestEvent}, {@code Map} or a class of your own.
     *
     * @param type the type to read into
     * @param <T> the type
     * @return the payload as that type
     * @throws IllegalArgumentException when the payload does not fit the type
     * @since 0.1
     */
    <T> T as(Class<T> type);
}

package io.apigwsim.definition;

/**
 * Thrown when an API definition is invalid: a route, a handler, a stage setting or a file.
 *
 * <p>The message names the place and says what to write instead. It is thrown before the first
 * request is sent.
 *
 * @since 0.1
 */
public final class ApiDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Create the exception.
     *
     * @param message what is wrong, where, and the fix
     * @since 0.1
     */
    public ApiDefinitionException(String message) {
        super(message);
    }

    /**
     * Create the exception with its cause.
     *
     * @param message what is wrong, where, and the fix
     * @param cause the underlying failure
     * @since 0.1
     */
    public ApiDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}

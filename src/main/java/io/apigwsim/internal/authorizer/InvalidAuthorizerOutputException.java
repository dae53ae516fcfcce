package io.apigwsim.internal.authorizer;

/**
 * An authorizer function's answer that API Gateway cannot use; the client gets the authorizer configuration error
 * (docs/behavior.md#rest-authorizer-output). The message says what is wrong, for the execution log.
 */
public final class InvalidAuthorizerOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidAuthorizerOutputException(String message) {
        super(message);
    }
}

package io.apigwsim.internal.lambda;

/** A handler that the Lambda runtime could not call; the message states the rule and the fix. */
public final class InvalidHandlerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidHandlerException(String message) {
        super(message);
    }
}

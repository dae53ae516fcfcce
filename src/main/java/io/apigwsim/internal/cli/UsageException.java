package io.apigwsim.internal.cli;

/** A command line the serve command cannot run: its message says what is wrong and how to write it. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

package io.apigwsim.internal.vtl;

/**
 * A mapping template that failed while rendering: the template's name, the position of the failing expression when
 * Velocity knows it, and what went wrong, with the original failure as the cause. API Gateway answers such a request
 * with a 5XX (docs/behavior.md#custom-integration-failures); turning this exception into that response is the
 * caller's job.
 */
public final class VtlRenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    VtlRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}

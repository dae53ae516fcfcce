package io.apigwsim.internal.vtl;

/**
 * Thrown by a template function ({@code $input.json}, {@code $util.parseJson}, ...) that cannot do its job. Velocity
 * wraps it with the position of the call; {@link VtlTemplate} turns both into a {@link VtlRenderException}.
 */
final class TemplateFunctionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TemplateFunctionException(String message, Throwable cause) {
        super(message, cause);
    }
}

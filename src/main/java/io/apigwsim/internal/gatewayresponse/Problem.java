package io.apigwsim.internal.gatewayresponse;

/**
 * Why API Gateway answers a request itself, with the texts {@code $context.error.*} exposes.
 *
 * @param error the kind of answer
 * @param message the message of {@code $context.error.message}, {@code null} where API Gateway has none
 * @param validationErrorString the detail of {@code $context.error.validationErrorString}, or {@code null}
 */
public record Problem(GatewayError error, String message, String validationErrorString) {

    /** The answer with its default message. */
    public static Problem of(GatewayError error) {
        return new Problem(error, error.message(), null);
    }
}

package io.apigwsim.internal.gatewayresponse;

/**
 * Why API Gateway answers a request itself, with the texts {@code $context.error.*} exposes.
 *
 * @param error the kind of answer
 * @param message the message of {@code $context.error.message}, {@code null} where API Gateway has none
 * @param validationErrorString the detail of {@code $context.error.validationErrorString}, or {@code null}
 * @param wwwAuthenticate the challenge an HTTP API's JWT authorizer adds as {@code www-authenticate}, or {@code null}
 */
public record Problem(GatewayError error, String message, String validationErrorString, String wwwAuthenticate) {

    /** The answer with its default message. */
    public static Problem of(GatewayError error) {
        return new Problem(error, error.message(), null, null);
    }

    /** The answer with a message of its own, such as the parameters a request lacks. */
    public static Problem of(GatewayError error, String message, String validationErrorString) {
        return new Problem(error, message, validationErrorString, null);
    }

    /** An HTTP API's JWT refusal with its {@code www-authenticate} challenge. */
    public static Problem challenged(GatewayError error, String wwwAuthenticate) {
        return new Problem(error, error.message(), null, wwwAuthenticate);
    }
}

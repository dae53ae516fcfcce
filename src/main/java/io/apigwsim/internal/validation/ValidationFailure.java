package io.apigwsim.internal.validation;

import java.util.List;
import java.util.Objects;

/**
 * Why a request validator refused a request (docs/behavior.md#request-validators): the gateway response that
 * answers it, the message of that response ({@code $context.error.message}) and the detail that
 * {@code $context.error.validationErrorString} holds.
 *
 * @param kind the gateway response type that answers the request
 * @param message the message, such as {@code Invalid request body}
 * @param validationErrorString the detail, such as {@code [object has missing required properties (["a"])]}
 */
public record ValidationFailure(Kind kind, String message, String validationErrorString) {

    /**
     * Check the failure.
     *
     * @param kind the gateway response type that answers the request
     * @param message the message
     * @param validationErrorString the detail
     */
    public ValidationFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(validationErrorString, "validationErrorString");
    }

    /** The gateway response type that answers a refused request; both are 400 Bad Request. */
    public enum Kind {
        /** A required header, query string parameter or path parameter is missing or blank. */
        BAD_REQUEST_PARAMETERS,
        /** The body does not match the model of its content type. */
        BAD_REQUEST_BODY
    }

    // The names only, in the order given, ", "-separated (docs/behavior.md#required-request-parameters).
    // Which detail AWS puts in validationErrorString here is not recorded: the message itself [UNCERTAIN]
    // (docs/behavior.md#uncertain-request-validation).
    static ValidationFailure missingParameters(List<String> names) {
        String message = "Missing required request parameters: [" + String.join(", ", names) + "]";
        return new ValidationFailure(Kind.BAD_REQUEST_PARAMETERS, message, message);
    }

    // docs/behavior.md#request-body-models, #request-validation-error-details
    static ValidationFailure invalidBody(String validationErrorString) {
        return new ValidationFailure(Kind.BAD_REQUEST_BODY, "Invalid request body", validationErrorString);
    }
}

package io.apigwsim.definition;

import java.util.Objects;

/**
 * A REST API's request validator: what API Gateway checks of a request before the integration, for the methods that
 * name it (docs/behavior.md#request-validators).
 *
 * <pre>{@code
 * RequestValidator.of("all", true, true);
 * }</pre>
 *
 * @param name the validator's name, which methods use to name it
 * @param validateBody whether the body is checked against the request model of its content type
 * @param validateParameters whether the required request parameters must be present and not blank
 * @since 0.2
 */
public record RequestValidator(String name, boolean validateBody, boolean validateParameters) {

    /**
     * Check the name.
     *
     * @param name the validator's name
     * @param validateBody whether the body is checked
     * @param validateParameters whether the required parameters are checked
     */
    public RequestValidator {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new ApiDefinitionException("A request validator needs a name, such as \"all\"");
        }
    }

    /**
     * Declare a validator.
     *
     * @param name the validator's name
     * @param validateBody whether the body is checked against its model
     * @param validateParameters whether the required parameters are checked
     * @return the validator
     * @since 0.2
     */
    public static RequestValidator of(String name, boolean validateBody, boolean validateParameters) {
        return new RequestValidator(name, validateBody, validateParameters);
    }
}

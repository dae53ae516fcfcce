package io.apigwsim.internal.validation;

import io.apigwsim.http.Headers;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A REST API method's request validator, compiled once (docs/behavior.md#request-validators): the required
 * request parameters when the validator validates parameters, the request models when it validates the body.
 * Immutable and safe to share between threads.
 */
public final class MethodRequestValidator {

    private static final MethodRequestValidator NONE = new MethodRequestValidator(null, null);

    private final RequiredParameters requiredParameters;
    private final RequestModels requestModels;

    private MethodRequestValidator(RequiredParameters requiredParameters, RequestModels requestModels) {
        this.requiredParameters = requiredParameters;
        this.requestModels = requestModels;
    }

    /**
     * Compile a method's validator. Only what the validator uses is read: the required parameters when it
     * validates parameters, the models when it validates the body.
     *
     * @param validateBody whether the validator validates the request body against the models
     * @param validateParameters whether the validator checks the required request parameters
     * @param requiredParameters the keys of the method's required request parameters, such as
     *     {@code method.request.header.x-api-version}, {@code method.request.querystring.limit} or
     *     {@code method.request.path.id}
     * @param requestModelSchemas the method's request models: a media type such as {@code application/json}, or
     *     {@code $default}, to the JSON Schema draft 4 text of its model
     * @return the compiled validator
     * @throws IllegalArgumentException when a used parameter key, content type or schema is malformed; the
     *     message names it and says how to fix it
     */
    public static MethodRequestValidator compile(
            boolean validateBody,
            boolean validateParameters,
            Set<String> requiredParameters,
            Map<String, String> requestModelSchemas) {
        Objects.requireNonNull(requiredParameters, "requiredParameters");
        Objects.requireNonNull(requestModelSchemas, "requestModelSchemas");
        RequiredParameters parameters = validateParameters && !requiredParameters.isEmpty()
                ? RequiredParameters.parse(requiredParameters)
                : null;
        RequestModels models =
                validateBody && !requestModelSchemas.isEmpty() ? RequestModels.compile(requestModelSchemas) : null;
        return parameters == null && models == null ? NONE : new MethodRequestValidator(parameters, models);
    }

    /**
     * Validate a request: its required parameters first, then its body, so that a request failing both is
     * answered with the parameters' failure (docs/behavior.md#request-validators).
     *
     * @param headers the request's headers
     * @param queryParameters the request's decoded query string parameters, each name with its values in order
     * @param pathParameters the values of the matched resource path's variables, by variable name
     * @param body the request body's bytes, empty when there is none
     * @return why the request is refused, or empty when it passes
     */
    public Optional<ValidationFailure> validate(
            Headers headers,
            Map<String, List<String>> queryParameters,
            Map<String, String> pathParameters,
            byte[] body) {
        if (requiredParameters != null) {
            List<String> missing = requiredParameters.missing(headers, queryParameters, pathParameters);
            if (!missing.isEmpty()) {
                return Optional.of(ValidationFailure.missingParameters(missing));
            }
        }
        if (requestModels != null) {
            return requestModels
                    .forContentType(headers.first("Content-Type"))
                    .flatMap(model -> model.violations(body))
                    .map(ValidationFailure::invalidBody);
        }
        return Optional.empty();
    }

    /**
     * Tell whether this validator checks anything; a method without one need not be validated at all.
     *
     * @return whether there are required parameters or request models to check
     */
    public boolean validatesAnything() {
        return requiredParameters != null || requestModels != null;
    }

    @Override
    public String toString() {
        return "MethodRequestValidator[requiredParameters="
                + (requiredParameters == null ? "not validated" : requiredParameters)
                + ", requestModels=" + (requestModels == null ? "not validated" : requestModels) + "]";
    }
}

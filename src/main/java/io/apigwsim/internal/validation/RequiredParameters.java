package io.apigwsim.internal.validation;

import io.apigwsim.http.Headers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A method's required request parameters, in the order of their keys (docs/behavior.md#required-request-parameters). */
final class RequiredParameters {

    private final List<RequiredParameter> parameters;

    private RequiredParameters(List<RequiredParameter> parameters) {
        this.parameters = parameters;
    }

    /** Read the declared keys; the first malformed key is refused with a message naming it. */
    static RequiredParameters parse(Set<String> keys) {
        List<RequiredParameter> parameters = new ArrayList<>(keys.size());
        keys.stream().sorted().forEach(key -> parameters.add(RequiredParameter.parse(key)));
        return new RequiredParameters(List.copyOf(parameters));
    }

    /**
     * The names of the required parameters that are missing or blank, in API Gateway's order: the iteration order
     * of a Java {@code HashSet} filled in key order. Both recorded messages with several names follow it
     * ({@code [x-header-param, issuer, qs1]}, {@code [divisor, dividend]}); sorting by key explains only the first
     * (docs/behavior.md#required-request-parameters). A name missing in two locations is listed once [UNCERTAIN]
     * (docs/behavior.md#uncertain-request-validation).
     */
    List<String> missing(
            Headers headers, Map<String, List<String>> queryParameters, Map<String, String> pathParameters) {
        Set<String> missing = new HashSet<>();
        for (RequiredParameter parameter : parameters) {
            if (!parameter.isPresent(headers, queryParameters, pathParameters)) {
                missing.add(parameter.name());
            }
        }
        return List.copyOf(missing);
    }

    @Override
    public String toString() {
        return parameters.toString();
    }
}

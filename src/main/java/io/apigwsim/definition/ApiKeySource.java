package io.apigwsim.definition;

/**
 * Where a REST API reads the API key of a method that requires one (docs/behavior.md#api-keys).
 *
 * @since 0.2
 */
public enum ApiKeySource {
    /** The {@code X-API-Key} header, in any case; the default. */
    HEADER,
    /** The {@code usageIdentifierKey} the route's Lambda authorizer returns. */
    AUTHORIZER
}

package io.apigwsim.definition;

/**
 * How a REST API's custom or mock integration converts a payload between text and binary: the integration's
 * {@code contentHandling} converts the request body before the request template, an integration response's converts
 * the endpoint's response before the response template (docs/behavior.md#content-handling).
 *
 * <p>Whether a payload counts as binary depends on the API's binary media types: a request body whose
 * {@code Content-Type} matches one is binary, and so is a Lambda result when {@code application/json} matches one.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html">
 *     Content type conversions in API Gateway</a>
 * @since 0.3
 */
public enum ContentHandling {
    /**
     * No conversion: {@code contentHandling} left unset, which the console calls "Passthrough". A binary payload stays
     * binary, and no template can read it.
     */
    PASSTHROUGH,
    /** Base64-encode a binary payload into text; text stays text. */
    CONVERT_TO_TEXT,
    /** Base64-decode a text payload into binary; binary stays binary. A text that is not base64 gets a 500. */
    CONVERT_TO_BINARY
}

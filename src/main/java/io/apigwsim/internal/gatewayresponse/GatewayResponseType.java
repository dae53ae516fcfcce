package io.apigwsim.internal.gatewayresponse;

/**
 * Why API Gateway answers a request itself instead of the integration. The names are API Gateway's gateway
 * response types where one exists (docs/behavior.md#rest-gateway-errors); each API's {@link GatewayResponses} says
 * what the client receives.
 */
public enum GatewayResponseType {
    /** No route matches the request. */
    MISSING_AUTHENTICATION_TOKEN,
    /** A function error, a malformed proxy response, or a payload Lambda rejects. */
    INTEGRATION_FAILURE,
    /** The integration timeout passed before the function answered. */
    INTEGRATION_TIMEOUT,
    /** A configuration error at request time, such as a template that fails or a body that does not decode. */
    API_CONFIGURATION_ERROR,
    /** No request template matches and the passthrough behavior forbids passing the body through. */
    UNSUPPORTED_MEDIA_TYPE,
    /** The event built for Lambda exceeds Lambda's 6 MB invocation limit. */
    REQUEST_TOO_LARGE,
    /** The request body exceeds API Gateway's 10 MB payload limit; not a customizable gateway response. */
    BODY_TOO_LARGE,
    /** An HTTP API request whose path does not percent-decode. */
    BAD_REQUEST_PATH
}

package io.apigwsim.internal.gatewayresponse;

/**
 * The gateway responses a REST API sends in front of a Lambda proxy integration, with the exact status,
 * body and {@code x-amzn-ErrorType} clients receive (proxy-integration sheet, 3.5).
 */
public enum GatewayResponseType {
    /** No resource and method match the request (sheet 1.6; no space after the colon, observed). */
    MISSING_AUTHENTICATION_TOKEN(
            403, "{\"message\":\"Missing Authentication Token\"}", "MissingAuthenticationTokenException"),
    /** A function error, a malformed proxy response or an oversized result (recorded, 36 bytes). */
    INTEGRATION_FAILURE(502, "{\"message\": \"Internal server error\"}", "InternalServerErrorException"),
    /** The integration timeout passed before the function answered. */
    INTEGRATION_TIMEOUT(504, "{\"message\": \"Endpoint request timed out\"}", "InternalServerErrorException"),
    /** A configuration error at request time, such as a base64 body that does not decode. */
    API_CONFIGURATION_ERROR(500, "{\"message\": \"Internal server error\"}", "InternalServerErrorException"),
    /**
     * No request template matches and the passthrough behavior forbids passing the body (custom-integration
     * sheet 1.3; status and message documented, spacing and error type [inferred] from LocalStack).
     */
    UNSUPPORTED_MEDIA_TYPE(415, "{\"message\":\"Unsupported Media Type\"}", "BadRequestException"),
    /** The event built for Lambda exceeds Lambda's 6 MB synchronous payload limit. */
    EVENT_TOO_LARGE(413, "{\"message\": \"Request Too Long\"}", "BadRequestException");

    private final int status;
    private final String body;
    private final String errorType;

    GatewayResponseType(int status, String body, String errorType) {
        this.status = status;
        this.body = body;
        this.errorType = errorType;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public String errorType() {
        return errorType;
    }
}

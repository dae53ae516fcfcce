package io.apigwsim.internal.gatewayresponse;

import io.apigwsim.definition.GatewayResponseType;

/**
 * Why API Gateway answers a request itself instead of the integration, with the answer a REST API gives by default
 * (docs/behavior.md#rest-gateway-errors, #gateway-responses). Each maps to the gateway response type an API
 * customizes it through; an HTTP API answers with its own fixed responses.
 */
public enum GatewayError {
    /** No route matches the request; no space after the colon, as recorded. */
    MISSING_AUTHENTICATION_TOKEN(
            GatewayResponseType.MISSING_AUTHENTICATION_TOKEN,
            403,
            "Missing Authentication Token",
            BodyStyle.COMPACT,
            "MissingAuthenticationTokenException"),
    /**
     * An {@code Authorization} header API Gateway cannot read as a signature, on an unknown route or an
     * {@code AWS_IAM} method; the message says what is missing.
     */
    INCOMPLETE_SIGNATURE(
            GatewayResponseType.MISSING_AUTHENTICATION_TOKEN,
            403,
            null,
            BodyStyle.COMPACT,
            "IncompleteSignatureException"),
    /** A signed request whose access key API Gateway does not know. */
    UNRECOGNIZED_CLIENT(
            GatewayResponseType.INVALID_SIGNATURE,
            403,
            "The security token included in the request is invalid.",
            BodyStyle.COMPACT,
            "UnrecognizedClientException"),
    /** A function error, a malformed proxy response, or a payload Lambda rejects; 36 bytes with a space, as recorded. */
    INTEGRATION_FAILURE(
            GatewayResponseType.INTEGRATION_FAILURE,
            502,
            "Internal server error",
            BodyStyle.SPACED,
            "InternalServerErrorException"),
    /** The integration timeout passed before the function answered. */
    INTEGRATION_TIMEOUT(
            GatewayResponseType.INTEGRATION_TIMEOUT,
            504,
            "Endpoint request timed out",
            BodyStyle.SPACED,
            "InternalServerErrorException"),
    /** A configuration error at request time, such as a template that fails or a body that does not decode. */
    API_CONFIGURATION_ERROR(
            GatewayResponseType.API_CONFIGURATION_ERROR,
            500,
            "Internal server error",
            BodyStyle.SPACED,
            "InternalServerErrorException"),
    /** No request template matches and the passthrough behavior forbids passing the body through. */
    UNSUPPORTED_MEDIA_TYPE(
            GatewayResponseType.UNSUPPORTED_MEDIA_TYPE,
            415,
            "Unsupported Media Type",
            BodyStyle.COMPACT,
            "BadRequestException"),
    /** The event built for Lambda exceeds Lambda's 6 MB invocation limit. */
    REQUEST_TOO_LARGE(
            GatewayResponseType.REQUEST_TOO_LARGE, 413, "Request Too Long", BodyStyle.SPACED, "BadRequestException"),
    /** The identity is missing, fails the validation expression, or the authorizer said {@code Unauthorized}. */
    UNAUTHORIZED(GatewayResponseType.UNAUTHORIZED, 401, "Unauthorized", BodyStyle.COMPACT, "UnauthorizedException"),
    /** The authorizer failed or answered something API Gateway cannot use: {@code {"message":null}}. */
    AUTHORIZER_CONFIGURATION_ERROR(
            GatewayResponseType.AUTHORIZER_CONFIGURATION_ERROR,
            500,
            null,
            BodyStyle.COMPACT,
            "AuthorizerConfigurationException"),
    /** The authorizer's policy explicitly denies the request; the body's key is {@code Message}. */
    ACCESS_DENIED_EXPLICITLY(
            GatewayResponseType.ACCESS_DENIED,
            403,
            "User is not authorized to access this resource with an explicit deny",
            BodyStyle.CAPITALIZED,
            "AccessDeniedException"),
    /** No statement of the authorizer's policy allows the request. */
    ACCESS_DENIED(
            GatewayResponseType.ACCESS_DENIED,
            403,
            "User is not authorized to access this resource",
            BodyStyle.CAPITALIZED,
            "AccessDeniedException"),
    /** A missing, unknown or disabled API key, or one in no usage plan of the stage. */
    INVALID_API_KEY(GatewayResponseType.INVALID_API_KEY, 403, "Forbidden", BodyStyle.COMPACT, "ForbiddenException"),
    /** A usage plan or stage throttle refused the request. */
    THROTTLED(GatewayResponseType.THROTTLED, 429, "Too Many Requests", BodyStyle.COMPACT, "TooManyRequestsException"),
    /** The API key's quota for the period is used up. */
    QUOTA_EXCEEDED(
            GatewayResponseType.QUOTA_EXCEEDED, 429, "Limit Exceeded", BodyStyle.COMPACT, "LimitExceededException"),
    /** A required request parameter is missing; the message names them. */
    BAD_REQUEST_PARAMETERS(
            GatewayResponseType.BAD_REQUEST_PARAMETERS, 400, null, BodyStyle.SPACED, "BadRequestException"),
    /** The body does not match the request model of its content type. */
    BAD_REQUEST_BODY(
            GatewayResponseType.BAD_REQUEST_BODY, 400, "Invalid request body", BodyStyle.SPACED, "BadRequestException"),
    /** The request body exceeds API Gateway's 10 MB payload limit; not a customizable gateway response. */
    BODY_TOO_LARGE(null, 413, null, BodyStyle.COMPACT, null),
    /** An HTTP API request whose path does not percent-decode; HTTP APIs only. */
    BAD_REQUEST_PATH(null, 400, null, BodyStyle.COMPACT, null);

    private final GatewayResponseType type;
    private final int status;
    private final String message;
    private final BodyStyle bodyStyle;
    private final String errorType;

    GatewayError(GatewayResponseType type, int status, String message, BodyStyle bodyStyle, String errorType) {
        this.type = type;
        this.status = status;
        this.message = message;
        this.bodyStyle = bodyStyle;
        this.errorType = errorType;
    }

    /** The gateway response type that customizes this answer, or {@code null} for one that cannot be customized. */
    GatewayResponseType type() {
        return type;
    }

    int status() {
        return status;
    }

    /** The message of {@code $context.error.message}; {@code null} for an authorizer configuration error. */
    String message() {
        return message;
    }

    String errorType() {
        return errorType;
    }

    /** The default body, written the way API Gateway writes this answer's bytes. */
    String defaultBody(String message) {
        return bodyStyle.write(message);
    }

    /** How API Gateway spells the default body of each answer: the recorded bytes differ between types. */
    enum BodyStyle {
        /** {@code {"message":"..."}}, what the default template renders. */
        COMPACT("{\"message\":"),
        /** {@code {"message": "..."}}, as recorded for integration failures. */
        SPACED("{\"message\": "),
        /** {@code {"Message":"..."}}, as recorded for authorizer denies. */
        CAPITALIZED("{\"Message\":");

        private final String prefix;

        BodyStyle(String prefix) {
            this.prefix = prefix;
        }

        String write(String message) {
            return prefix + JsonString.quote(message) + "}";
        }
    }
}

package io.apigwsim.definition;

/**
 * The gateway response types of a REST API: the answers API Gateway gives itself, each of which an API can
 * customize (docs/behavior.md#gateway-responses).
 *
 * @since 0.2
 */
public enum GatewayResponseType {
    /** The authorizer's policy denies the request; 403. */
    ACCESS_DENIED(403),
    /** A configuration error at request time; 500. */
    API_CONFIGURATION_ERROR(500),
    /** The authorizer failed or returned an answer API Gateway cannot use; 500. */
    AUTHORIZER_CONFIGURATION_ERROR(500),
    /** The authorizer failed to authenticate the caller; 500. */
    AUTHORIZER_FAILURE(500),
    /** A required request parameter is missing; 400. */
    BAD_REQUEST_PARAMETERS(400),
    /** The request body does not match its model; 400. */
    BAD_REQUEST_BODY(400),
    /** Every 4XX type that is not customized itself. */
    DEFAULT_4XX(0),
    /** Every 5XX type that is not customized itself. */
    DEFAULT_5XX(0),
    /** An expired AWS token; 403. */
    EXPIRED_TOKEN(403),
    /** The integration failed; 504 by default, though a failed Lambda function gives 502. */
    INTEGRATION_FAILURE(504),
    /** The integration timed out; 504. */
    INTEGRATION_TIMEOUT(504),
    /** A missing, unknown or disabled API key, or a key in no usage plan of the stage; 403. */
    INVALID_API_KEY(403),
    /** A request signature that does not verify; 403. */
    INVALID_SIGNATURE(403),
    /** No route matches, or an IAM-authorized route gets an unsigned request; 403. */
    MISSING_AUTHENTICATION_TOKEN(403),
    /** The usage plan's quota is used up; 429. */
    QUOTA_EXCEEDED(429),
    /** The request is too large; 413. */
    REQUEST_TOO_LARGE(413),
    /** The resource was not found after authorization; 404. */
    RESOURCE_NOT_FOUND(404),
    /** A throttle limit is exceeded; 429. */
    THROTTLED(429),
    /** The caller is not authenticated; 401. */
    UNAUTHORIZED(401),
    /** No mapping template matches and the passthrough behavior forbids passing the body; 415. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** AWS WAF blocked the request; 403. */
    WAF_FILTERED(403);

    private final int defaultStatus;

    GatewayResponseType(int defaultStatus) {
        this.defaultStatus = defaultStatus;
    }

    /**
     * Return the status API Gateway answers with when the type is not customized.
     *
     * @return the default status; {@code 0} for {@link #DEFAULT_4XX} and {@link #DEFAULT_5XX}, which have none
     * @since 0.2
     */
    public int defaultStatus() {
        return defaultStatus;
    }
}

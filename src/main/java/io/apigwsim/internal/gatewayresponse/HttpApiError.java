package io.apigwsim.internal.gatewayresponse;

import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The answers an HTTP API gives by itself (docs/behavior.md#http-api-errors): no x-amzn-ErrorType and no
 * x-amzn-RequestId, but an apigw-requestid header.
 */
enum HttpApiError {
    /** No route matches (body documented, status inferred). */
    NOT_FOUND(404, "{\"message\":\"Not Found\"}", true),
    /**
     * A function error or a response API Gateway cannot read; an authorizer that fails or answers in an invalid
     * format (docs/behavior.md#http-api-lambda-authorizers).
     */
    INTERNAL_SERVER_ERROR(500, "{\"message\":\"Internal Server Error\"}", true),
    /** The integration timed out; the recorded answer carried no content-type. */
    SERVICE_UNAVAILABLE(503, "{\"message\":\"Service Unavailable\"}", false),
    /** A path API Gateway cannot decode (docs/behavior.md#uncertain-http-api-responses-and-errors). */
    BAD_REQUEST(400, "{\"message\":\"Bad Request\"}", true),
    /**
     * A missing identity or a JWT refused; the documented capture has no content-type
     * (docs/behavior.md#http-api-jwt-authorizers).
     */
    UNAUTHORIZED(401, "{\"message\":\"Unauthorized\"}", false),
    /**
     * A JWT without a scope the route requires, a Lambda authorizer's {@code isAuthorized: false} or denying policy
     * (docs/behavior.md#http-api-jwt-authorizers, #http-api-lambda-authorizers).
     */
    FORBIDDEN(403, "{\"message\":\"Forbidden\"}", true),
    /** A route throttle refused the request (docs/behavior.md#http-api-throttling). */
    TOO_MANY_REQUESTS(429, "{\"message\":\"Too Many Requests\"}", true),
    /** A body over 10 MB or an event over Lambda's 6 MB (docs/behavior.md#uncertain-http-api-responses-and-errors). */
    PAYLOAD_TOO_LARGE(413, "{\"message\":\"Request Entity Too Large\"}", true);

    static final GatewayResponses CATALOGUE = (problem, request) ->
            of(problem.error()).render(request.requestId(), request.httpDate(), problem.wwwAuthenticate());

    private final int status;
    private final String body;
    private final boolean jsonContentType;

    HttpApiError(int status, String body, boolean jsonContentType) {
        this.status = status;
        this.body = body;
        this.jsonContentType = jsonContentType;
    }

    private static HttpApiError of(GatewayError error) {
        return switch (error) {
            case MISSING_AUTHENTICATION_TOKEN -> NOT_FOUND;
            case INTEGRATION_FAILURE, API_CONFIGURATION_ERROR, AUTHORIZER_CONFIGURATION_ERROR -> INTERNAL_SERVER_ERROR;
            case INTEGRATION_TIMEOUT -> SERVICE_UNAVAILABLE;
            case BAD_REQUEST_PATH -> BAD_REQUEST;
            case REQUEST_TOO_LARGE, BODY_TOO_LARGE -> PAYLOAD_TOO_LARGE;
            case UNAUTHORIZED -> UNAUTHORIZED;
            case THROTTLED -> TOO_MANY_REQUESTS;
            case ACCESS_DENIED, ACCESS_DENIED_EXPLICITLY -> FORBIDDEN;
            case UNSUPPORTED_MEDIA_TYPE,
                    INVALID_API_KEY,
                    QUOTA_EXCEEDED,
                    BAD_REQUEST_PARAMETERS,
                    BAD_REQUEST_BODY,
                    INCOMPLETE_SIGNATURE,
                    UNRECOGNIZED_CLIENT ->
                throw new IllegalArgumentException("apigw-sim does not simulate an HTTP API's " + error + " answer");
        };
    }

    private HttpResponse render(String requestId, String httpDate, String wwwAuthenticate) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Headers.Builder headers = Headers.builder().add("date", httpDate);
        if (jsonContentType) {
            headers.add("content-type", "application/json");
        }
        headers.add("content-length", Integer.toString(bytes.length));
        if (wwwAuthenticate != null) {
            headers.add("www-authenticate", wwwAuthenticate);
        }
        headers.add("apigw-requestid", requestId);
        return new HttpResponse(status, headers.build(), bytes);
    }
}

package io.apigwsim.internal.gatewayresponse;

import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The answers an HTTP API gives by itself (proxy-integration sheet 4.6): no x-amzn-ErrorType and no
 * x-amzn-RequestId, but an apigw-requestid header.
 */
public enum HttpApiError {
    /** No route matches (sheet 4.2; body documented, status inferred). */
    NOT_FOUND(404, "{\"message\":\"Not Found\"}", true),
    /** A function error or a response API Gateway cannot read (AWS-DOC DOC-HTTP-TROUBLE). */
    INTERNAL_SERVER_ERROR(500, "{\"message\":\"Internal Server Error\"}", true),
    /** The integration timed out; the recorded answer carried no content-type (OBS ISS-CORTEX). */
    SERVICE_UNAVAILABLE(503, "{\"message\":\"Service Unavailable\"}", false),
    /** A path API Gateway cannot decode ([UNCERTAIN] body; the 400 is what the recording probe expects). */
    BAD_REQUEST(400, "{\"message\":\"Bad Request\"}", true),
    /** A body over 10 MB or an event over Lambda's 6 MB ([UNCERTAIN]: not recorded for HTTP APIs). */
    PAYLOAD_TOO_LARGE(413, "{\"message\":\"Request Entity Too Large\"}", true);

    private final int status;
    private final String body;
    private final boolean jsonContentType;

    HttpApiError(int status, String body, boolean jsonContentType) {
        this.status = status;
        this.body = body;
        this.jsonContentType = jsonContentType;
    }

    public HttpResponse render(String requestId, String httpDate) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Headers.Builder headers = Headers.builder().add("date", httpDate);
        if (jsonContentType) {
            headers.add("content-type", "application/json");
        }
        headers.add("content-length", Integer.toString(bytes.length)).add("apigw-requestid", requestId);
        return new HttpResponse(status, headers.build(), bytes);
    }
}

package io.apigwsim.internal.gatewayresponse;

import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Renders the responses API Gateway answers by itself. */
public final class GatewayResponses {

    /** REST APIs refuse request payloads above 10 MB (proxy-integration sheet, 5). */
    public static final int MAX_REQUEST_PAYLOAD_BYTES = 10_485_760;

    private GatewayResponses() {}

    /**
     * A gateway response with the headers API Gateway sets on it: Content-Type, Content-Length, Date,
     * x-amzn-RequestId, x-amzn-ErrorType and x-amz-apigw-id (sheet 1.6 and 3.5).
     */
    public static HttpResponse render(
            GatewayResponseType type, String requestId, String extendedRequestId, String httpDate) {
        byte[] body = type.body().getBytes(StandardCharsets.UTF_8);
        Headers headers = Headers.builder()
                .add("Date", httpDate)
                .add("Content-Type", "application/json")
                .add("Content-Length", Integer.toString(body.length))
                .add("Connection", "keep-alive")
                .add("x-amzn-RequestId", requestId)
                .add("x-amzn-ErrorType", type.errorType())
                .add("x-amz-apigw-id", extendedRequestId)
                .build();
        return new HttpResponse(type.status(), headers, body);
    }

    /**
     * The answer to a request body over 10 MB: a plain-text 413 that cannot be customized and carries
     * no x-amzn-RequestId (sheet 3.5, observed).
     */
    public static HttpResponse requestTooLarge(String httpDate) {
        byte[] body = ("HTTP content length exceeded " + MAX_REQUEST_PAYLOAD_BYTES + " bytes.")
                .getBytes(StandardCharsets.UTF_8);
        Headers headers = Headers.builder()
                .add("Date", httpDate)
                .add("Content-Type", "text; charset=utf-8")
                .add("Content-Length", Integer.toString(body.length))
                .add("Connection", "keep-alive")
                .build();
        return new HttpResponse(413, headers, body);
    }
}

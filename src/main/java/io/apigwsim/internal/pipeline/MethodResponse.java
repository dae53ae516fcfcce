package io.apigwsim.internal.pipeline;

import io.apigwsim.http.Headers;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.http.HttpResponse;
import java.util.List;

/** The client response of a method, with the headers API Gateway sets on every integration response. */
final class MethodResponse {

    private MethodResponse() {}

    /**
     * A REST API's response: the integration's headers, Content-Type defaulting to application/json, and the
     * headers API Gateway adds (docs/behavior.md#rest-success-response-headers).
     */
    static HttpResponse rest(RequestScope scope, int status, List<Header> integrationHeaders, byte[] body) {
        return rest(scope, status, integrationHeaders, body, true);
    }

    /**
     * A REST API's response from a mock integration: the same headers without {@code X-Amzn-Trace-Id}
     * (docs/behavior.md#mock-integrations).
     */
    static HttpResponse mock(RequestScope scope, int status, List<Header> integrationHeaders, byte[] body) {
        return rest(scope, status, integrationHeaders, body, false);
    }

    private static HttpResponse rest(
            RequestScope scope, int status, List<Header> integrationHeaders, byte[] body, boolean traced) {
        Headers.Builder headers = Headers.builder().add("Date", scope.httpDate());
        if (integrationHeaders.stream().noneMatch(header -> header.name().equalsIgnoreCase("Content-Type"))) {
            headers.add("Content-Type", "application/json");
        }
        headers.add("Content-Length", Integer.toString(body.length))
                .add("Connection", "keep-alive")
                .add("x-amzn-RequestId", scope.requestId());
        for (Header header : integrationHeaders) {
            if (!header.name().equalsIgnoreCase("Transfer-Encoding")) {
                headers.add(header.name(), header.value());
            }
        }
        headers.add("x-amz-apigw-id", scope.extendedRequestId());
        if (traced) {
            headers.add("X-Amzn-Trace-Id", scope.trace().toString());
        }
        return new HttpResponse(status, headers.build(), body);
    }

    /**
     * An HTTP API's response: the function's headers, content-type defaulting to application/json, and the headers
     * API Gateway sets (docs/behavior.md#http-api-payload-20-response).
     */
    static HttpResponse http(RequestScope scope, int status, List<Header> integrationHeaders, byte[] body) {
        Headers.Builder headers = Headers.builder().add("date", scope.httpDate());
        if (integrationHeaders.stream().noneMatch(header -> header.name().equalsIgnoreCase("content-type"))) {
            headers.add("content-type", "application/json");
        }
        headers.add("content-length", Integer.toString(body.length));
        for (Header header : integrationHeaders) {
            String name = header.name();
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("date")) {
                headers.add(name, header.value());
            }
        }
        return new HttpResponse(
                status, headers.add("apigw-requestid", scope.requestId()).build(), body);
    }
}

package io.apigwsim.internal.integration.proxy;

import io.apigwsim.http.Headers;
import java.util.Map;

/**
 * What the REST API knows about one request when it builds the proxy event.
 *
 * @param httpMethod the request method
 * @param resourcePath the matched resource template, such as {@code /pets/{id}}
 * @param resourceId the matched resource's id
 * @param path the path after the stage as it goes into the event's {@code path}
 * @param contextPath {@code /stage} plus the path as received, for {@code requestContext.path}
 * @param clientHeaders the headers the client sent
 * @param rawQuery the query string as sent, or {@code null} without {@code ?}
 * @param pathParameters the path variables, empty for a resource without variables
 * @param stageVariables the stage variables, empty when the stage has none
 * @param body the body bytes, empty for none
 * @param binaryBody whether the body's Content-Type matches a binary media type
 * @param context the request-context values
 */
public record RestProxyRequest(
        String httpMethod,
        String resourcePath,
        String resourceId,
        String path,
        String contextPath,
        Headers clientHeaders,
        String rawQuery,
        Map<String, String> pathParameters,
        Map<String, String> stageVariables,
        byte[] body,
        boolean binaryBody,
        RequestContextValues context) {

    /**
     * The deployment and request identity values of {@code requestContext}.
     *
     * @param accountId the API owner's account
     * @param apiId the REST API id
     * @param deploymentId the deployment serving the stage
     * @param domainName the execute-api host
     * @param extendedRequestId the extended request id
     * @param requestId the request id
     * @param requestTime the CLF-formatted request time
     * @param requestTimeEpoch the request time in epoch milliseconds
     * @param stage the stage name
     * @param sourceIp the client's IP address
     * @param traceHeader the {@code X-Amzn-Trace-Id} value API Gateway adds when the client sent none
     */
    public record RequestContextValues(
            String accountId,
            String apiId,
            String deploymentId,
            String domainName,
            String extendedRequestId,
            String requestId,
            String requestTime,
            long requestTimeEpoch,
            String stage,
            String sourceIp,
            String traceHeader) {}
}

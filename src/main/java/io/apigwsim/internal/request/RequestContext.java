package io.apigwsim.internal.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What API Gateway knows about one request once it is routed: the one model from which the REST proxy event's
 * {@code requestContext}, the HTTP API events' {@code requestContext} and the mapping templates' {@code $context} are
 * written (docs/behavior.md#rest-request-context, #http-api-payload-20-event, #vtl-context).
 *
 * @param accountId the API owner's account
 * @param apiId the API id
 * @param domainName the execute-api host
 * @param domainPrefix the first label of the host
 * @param deploymentId the deployment serving a REST stage; {@code null} for an HTTP API
 * @param stage the stage name
 * @param requestId the request id
 * @param extendedRequestId the extended request id (an HTTP API's equals its request id)
 * @param requestTime the CLF-formatted request time
 * @param requestTimeEpoch the request time in epoch milliseconds
 * @param httpMethod the request method
 * @param resourceId the matched REST resource's id; {@code null} for an HTTP API
 * @param resourcePath the matched resource path or route path, such as {@code /pets/{id}}
 * @param routeKey an HTTP API's matched route key; {@code null} for a REST API
 * @param path REST: {@code /stage} and the path as sent; HTTP API: the decoded path with a named stage's prefix
 * @param identity who sent the request
 * @param authorizer what an authorizer returned for the request, or {@code null} when no authorizer ran
 */
public record RequestContext(
        String accountId,
        String apiId,
        String domainName,
        String domainPrefix,
        String deploymentId,
        String stage,
        String requestId,
        String extendedRequestId,
        String requestTime,
        long requestTimeEpoch,
        String httpMethod,
        String resourceId,
        String resourcePath,
        String routeKey,
        String path,
        Identity identity,
        Map<String, Object> authorizer) {

    /** Always HTTP/1.1, whatever the client used (docs/behavior.md#rest-request-context). */
    public static final String PROTOCOL = "HTTP/1.1";

    /**
     * The keys of a REST method's {@code requestContext} without authorizer or API key, in the recorded order; the
     * templates' {@code $context} has the same keys in the same order, with the two override maps among them
     * (docs/behavior.md#rest-request-context, #vtl-context).
     */
    public static final List<String> REST_KEYS = List.of(
            "resourceId",
            "resourcePath",
            "httpMethod",
            "extendedRequestId",
            "requestTime",
            "path",
            "accountId",
            "protocol",
            "stage",
            "domainPrefix",
            "requestTimeEpoch",
            "requestId",
            "identity",
            "domainName",
            "deploymentId",
            "apiId");

    /**
     * This context with what an authorizer returned.
     *
     * @param authorizer the keys of {@code requestContext.authorizer} in order: strings, and numbers where API Gateway
     *     writes numbers
     */
    public RequestContext withAuthorizer(Map<String, Object> authorizer) {
        return with(identity, Collections.unmodifiableMap(new LinkedHashMap<>(authorizer)));
    }

    /**
     * The value of one of the {@link #REST_KEYS}: a {@code String} (or {@code null}), the {@code Long} request time,
     * or the {@link Identity} for {@code identity}.
     *
     * @throws IllegalArgumentException for any other key
     */
    public Object restValue(String key) {
        return switch (key) {
            case "resourceId" -> resourceId;
            case "resourcePath" -> resourcePath;
            case "httpMethod" -> httpMethod;
            case "extendedRequestId" -> extendedRequestId;
            case "requestTime" -> requestTime;
            case "path" -> path;
            case "accountId" -> accountId;
            case "protocol" -> PROTOCOL;
            case "stage" -> stage;
            case "domainPrefix" -> domainPrefix;
            case "requestTimeEpoch" -> requestTimeEpoch;
            case "requestId" -> requestId;
            case "identity" -> identity;
            case "domainName" -> domainName;
            case "deploymentId" -> deploymentId;
            case "apiId" -> apiId;
            default -> throw new IllegalArgumentException("not a REST requestContext key: " + key);
        };
    }

    /**
     * This context with the API key of a method that requires one.
     *
     * @param apiKey the key's value
     * @param apiKeyId the key's id
     */
    public RequestContext withApiKey(String apiKey, String apiKeyId) {
        return with(
                new Identity(identity.sourceIp(), identity.userAgent(), apiKey, apiKeyId, identity.iamCaller()),
                authorizer);
    }

    /**
     * This context with the AWS caller of an {@code AWS_IAM} method.
     *
     * @param caller who signed the request
     */
    public RequestContext withIamCaller(IamCaller caller) {
        return with(
                new Identity(identity.sourceIp(), identity.userAgent(), identity.apiKey(), identity.apiKeyId(), caller),
                authorizer);
    }

    private RequestContext with(Identity newIdentity, Map<String, Object> newAuthorizer) {
        return new RequestContext(
                accountId,
                apiId,
                domainName,
                domainPrefix,
                deploymentId,
                stage,
                requestId,
                extendedRequestId,
                requestTime,
                requestTimeEpoch,
                httpMethod,
                resourceId,
                resourcePath,
                routeKey,
                path,
                newIdentity,
                newAuthorizer);
    }

    /**
     * The AWS identity that signed a request to an {@code AWS_IAM} method.
     *
     * @param accountId the caller's account
     * @param caller the IAM user id, or role id and session
     * @param accessKey the access key id the request was signed with
     * @param userArn the caller's ARN
     */
    public record IamCaller(String accountId, String caller, String accessKey, String userArn) {}

    /**
     * The caller as API Gateway identifies it.
     *
     * @param sourceIp the client's IP address
     * @param userAgent the client's User-Agent, or {@code null} when it sent none
     * @param apiKey the API key of a method that requires one, else {@code null}
     * @param apiKeyId that key's id, else {@code null}
     * @param iamCaller who signed the request to an {@code AWS_IAM} method, else {@code null}
     */
    public record Identity(String sourceIp, String userAgent, String apiKey, String apiKeyId, IamCaller iamCaller) {

        /**
         * The caller of a method that requires no API key.
         *
         * @param sourceIp the client's IP address
         * @param userAgent the client's User-Agent, or {@code null}
         */
        public Identity(String sourceIp, String userAgent) {
            this(sourceIp, userAgent, null, null, null);
        }

        /**
         * The identity keys of a REST method without IAM or Cognito authorization, in the recorded order, all
         * {@code null} but sourceIp and userAgent: twelve, and the API key's two for a method that requires one
         * (docs/behavior.md#rest-identity, #api-keys).
         */
        public Map<String, String> restFields() {
            Map<String, String> fields = new LinkedHashMap<>();
            // An AWS_IAM caller fills accountId, caller, accessKey, userArn and user
            // (docs/behavior.md#rest-iam-authorization).
            IamCaller iam = iamCaller;
            fields.put("cognitoIdentityPoolId", null);
            fields.put("accountId", iam == null ? null : iam.accountId());
            fields.put("cognitoIdentityId", null);
            fields.put("caller", iam == null ? null : iam.caller());
            if (apiKey != null) {
                // Only for a method that requires a key; their place among the keys is inferred
                // (docs/behavior.md#api-keys, #uncertain-usage-plans).
                fields.put("apiKey", apiKey);
                fields.put("apiKeyId", apiKeyId);
            }
            fields.put("sourceIp", sourceIp);
            fields.put("principalOrgId", null);
            fields.put("accessKey", iam == null ? null : iam.accessKey());
            fields.put("cognitoAuthenticationType", null);
            fields.put("cognitoAuthenticationProvider", null);
            fields.put("userArn", iam == null ? null : iam.userArn());
            fields.put("userAgent", userAgent);
            fields.put("user", iam == null ? null : iam.caller());
            return fields;
        }
    }
}

package io.apigwsim.internal.gatewayresponse;

import java.util.Optional;

/** What a gateway response may read of the request it answers: its ids and date, and the sources of its values. */
public interface RequestValues {

    /** The request id, in {@code x-amzn-RequestId}. */
    String requestId();

    /** The extended request id, in {@code x-amz-apigw-id}. */
    String extendedRequestId();

    /** The {@code Date} header's value. */
    String httpDate();

    /**
     * A {@code $context} variable, such as {@code requestId}, {@code identity.sourceIp} or
     * {@code authorizer.principalId}.
     */
    Optional<String> context(String variable);

    /** A stage variable. */
    Optional<String> stageVariable(String name);

    /**
     * A request parameter as a method request sees it.
     *
     * @param location {@code header}, {@code path} or {@code querystring}
     * @param name the parameter's name; header names match in any case
     */
    Optional<String> parameter(String location, String name);
}

package io.apigwsim.internal.pipeline;

import io.apigwsim.AuthorizerCall;
import io.apigwsim.LambdaPayload;
import java.util.Optional;

/** One authorizer call, as the pipeline recorded it. */
record RecordedAuthorizerCall(
        String authorizerName,
        byte[] eventBytes,
        byte[] resultBytes,
        boolean fromCache,
        String principal,
        Decision decision)
        implements AuthorizerCall {

    /** This call with the principal and the decision taken once the answer was evaluated. */
    RecordedAuthorizerCall decided(String principalId, Decision decision) {
        return new RecordedAuthorizerCall(authorizerName, eventBytes, resultBytes, fromCache, principalId, decision);
    }

    @Override
    public boolean invoked() {
        return eventBytes != null;
    }

    @Override
    public LambdaPayload event() {
        if (eventBytes == null) {
            throw new IllegalStateException("The authorizer " + authorizerName + " was not invoked for this request ("
                    + (fromCache ? "its cached answer was used" : "API Gateway answered " + decision + " first")
                    + "); check invoked() first");
        }
        return new RecordedPayload(eventBytes);
    }

    @Override
    public LambdaPayload result() {
        if (resultBytes == null) {
            throw new IllegalStateException(
                    "The authorizer " + authorizerName + " gave no answer for this request: " + decision);
        }
        return new RecordedPayload(resultBytes);
    }

    @Override
    public Optional<String> principalId() {
        return Optional.ofNullable(principal);
    }

    @Override
    public String toString() {
        return "authorizer " + authorizerName + ": " + decision + (fromCache ? " (cached)" : "");
    }
}

package io.apigwsim.internal.pipeline;

import io.apigwsim.AuthorizerCall;
import io.apigwsim.Exchange;
import io.apigwsim.LambdaPayload;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/** One finished request, as the pipeline recorded it. */
final class RecordedExchange implements Exchange {

    private final HttpRequest request;
    private final HttpResponse response;
    private final String routeKey;
    private final String requestId;
    private final LambdaPayload event;
    private final LambdaPayload result;
    private final String functionError;
    private final AuthorizerCall authorizerCall;
    private final ExecutionLog log;
    private volatile List<String> executionLog;

    RecordedExchange(
            HttpRequest request,
            HttpResponse response,
            String routeKey,
            String requestId,
            byte[] event,
            byte[] result,
            String functionError,
            AuthorizerCall authorizerCall,
            ExecutionLog executionLog) {
        this.authorizerCall = authorizerCall;
        this.request = request;
        this.response = response;
        this.routeKey = routeKey;
        this.requestId = requestId;
        this.event = event == null ? null : new RecordedPayload(event);
        this.result = result == null ? null : new RecordedPayload(result);
        this.functionError = functionError;
        this.log = executionLog;
    }

    @Override
    public Optional<AuthorizerCall> authorizer() {
        return Optional.ofNullable(authorizerCall);
    }

    @Override
    public HttpRequest request() {
        return request;
    }

    @Override
    public HttpResponse response() {
        return response;
    }

    @Override
    public boolean invoked() {
        return event != null;
    }

    @Override
    public LambdaPayload lambdaEvent() {
        if (event == null) {
            throw new IllegalStateException("The function was not invoked: API Gateway answered " + response
                    + " itself; check invoked() first, and see executionLog() for why");
        }
        return event;
    }

    @Override
    public LambdaPayload lambdaResult() {
        if (result == null) {
            throw new IllegalStateException(
                    event == null
                            ? "The function was not invoked: API Gateway answered " + response + " itself"
                            : "The function did not return before the integration timeout; see executionLog()");
        }
        return result;
    }

    @Override
    public Optional<String> functionError() {
        return Optional.ofNullable(functionError);
    }

    @Override
    public Optional<String> routeKey() {
        return Optional.ofNullable(routeKey);
    }

    @Override
    public String requestId() {
        return requestId;
    }

    @Override
    public List<String> executionLog() {
        List<String> lines = executionLog;
        if (lines == null) {
            lines = log.lines();
            executionLog = lines;
        }
        return lines;
    }

    @Override
    public String toString() {
        return request.method() + " " + request.target() + " -> " + response;
    }
}

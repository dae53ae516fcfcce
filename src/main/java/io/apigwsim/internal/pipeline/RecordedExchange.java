package io.apigwsim.internal.pipeline;

import io.apigwsim.Exchange;
import io.apigwsim.LambdaPayload;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.lambda.Invocation;
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
    private final List<String> executionLog;

    RecordedExchange(
            HttpRequest request,
            HttpResponse response,
            String routeKey,
            String requestId,
            String event,
            String result,
            String functionError,
            List<String> executionLog) {
        this.request = request;
        this.response = response;
        this.routeKey = routeKey;
        this.requestId = requestId;
        this.event = event == null ? null : new RecordedPayload(event);
        this.result = result == null ? null : new RecordedPayload(result);
        this.functionError = functionError;
        this.executionLog = List.copyOf(executionLog);
    }

    /**
     * Record a finished request: the log closes with the status, and a HEAD response keeps the status and
     * headers of the full response without its body.
     */
    static Exchange complete(
            HttpRequest request,
            HttpResponse response,
            String routeKey,
            String requestId,
            String event,
            String result,
            String functionError,
            List<String> log) {
        log.add("Method completed with status: " + response.status());
        HttpResponse sent = request.method().equals("HEAD")
                ? new HttpResponse(response.status(), response.headers(), new byte[0])
                : response;
        return new RecordedExchange(request, sent, routeKey, requestId, event, result, functionError, log);
    }

    /** Add what the function wrote to its LambdaLogger to the execution log, one line per call. */
    static void appendFunctionLog(List<String> log, Invocation invocation) {
        for (String line : invocation.functionLog()) {
            log.add("[function log] " + line);
        }
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
        return executionLog;
    }

    @Override
    public String toString() {
        return request.method() + " " + request.target() + " -> " + response;
    }
}

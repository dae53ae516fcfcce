package io.apigwsim.internal.pipeline;

import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.gatewayresponse.GatewayResponses;
import io.apigwsim.internal.gatewayresponse.Problem;
import io.apigwsim.internal.gatewayresponse.RequestValues;
import io.apigwsim.internal.lambda.Invocation;
import io.apigwsim.internal.request.QueryString;
import io.apigwsim.internal.request.RequestContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything about one request while it passes through the stages: what is fixed when it arrives (the request, its
 * ids, times and trace), the execution log, and what the stages learn on the way (the matched route, the request
 * context, what crossed the Lambda boundary). One scope per request, used by one thread.
 */
final class RequestScope {

    private final HttpRequest clientRequest;
    private final HttpRequest request;
    private final Deployment deployment;
    private final GatewayResponses gatewayResponses;
    private final IdSource ids;
    private final Clock clock;
    private final Instant receivedAt;
    private final String requestId;
    private final String extendedRequestId;
    private final String httpDate;
    private final ExecutionLog log = new ExecutionLog();

    private String decodedPath;
    private MatchedRoute route;
    private RequestContext context;
    private TraceHeader trace;
    private String newTraceRoot;
    private RouteIntegration.IntegrationRequest.Invoke pendingInvocation;
    private Invocation invocation;
    private byte[] event;
    private boolean asynchronous;
    private RecordedAuthorizerCall authorizerCall;
    private String usageIdentifierKey;

    RequestScope(
            HttpRequest clientRequest,
            HttpRequest request,
            Deployment deployment,
            GatewayResponses gatewayResponses,
            IdSource ids,
            Clock clock,
            String requestId,
            String extendedRequestId) {
        this.clientRequest = clientRequest;
        this.request = request;
        this.deployment = deployment;
        this.gatewayResponses = gatewayResponses;
        this.ids = ids;
        this.clock = clock;
        this.receivedAt = clock.instant();
        this.requestId = requestId;
        this.extendedRequestId = extendedRequestId;
        this.httpDate = TimeFormats.HTTP_DATE.format(receivedAt);
    }

    /**
     * The request as API Gateway receives it: the client's, or on an edge-optimized endpoint the one CloudFront
     * forwards, with its headers and its own address (docs/behavior.md#endpoint-types).
     */
    HttpRequest request() {
        return request;
    }

    /** The request as the client sent it: what the exchange records, and whose address is the source IP. */
    HttpRequest clientRequest() {
        return clientRequest;
    }

    Deployment deployment() {
        return deployment;
    }

    IdSource ids() {
        return ids;
    }

    /** The gateway's clock, on which latencies are measured so that a fixed clock makes them repeat. */
    Clock clock() {
        return clock;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String requestId() {
        return requestId;
    }

    String extendedRequestId() {
        return extendedRequestId;
    }

    String httpDate() {
        return httpDate;
    }

    /** Add a line to the execution log. */
    void log(String line) {
        log.add(line);
    }

    /** Add a line of two texts and two values to the execution log, written out when the log is read. */
    void log(String prefix, Object value, String middle, Object last) {
        log.add(prefix, value, middle, last);
    }

    /** Add a line that quotes a UTF-8 payload to the execution log. */
    void log(String prefix, byte[] payload) {
        log.add(prefix, payload);
    }

    /** Add a line that quotes a payload, or shows a binary one as {@code [Binary Data]}, as API Gateway's log does. */
    void log(String prefix, byte[] payload, boolean binary) {
        if (binary) {
            log.add(prefix + "[Binary Data]");
        } else {
            log.add(prefix, payload);
        }
    }

    /** The answer this API gives itself for {@code error}, stamped with this request's ids and date. */
    HttpResponse gatewayResponse(GatewayError error) {
        return gatewayResponse(Problem.of(error));
    }

    /** The answer this API gives itself for {@code problem}, with its own message. */
    HttpResponse gatewayResponse(Problem problem) {
        return gatewayResponses.render(problem, new Values());
    }

    /** An HTTP API request's path, percent-decoded as API Gateway shows it. */
    String decodedPath() {
        return decodedPath;
    }

    void decodedPath(String path) {
        this.decodedPath = path;
    }

    /** Record the route the request matched, and start its trace. */
    void routed(MatchedRoute route) {
        this.route = route;
        this.newTraceRoot = ids.traceRoot(receivedAt.getEpochSecond());
        this.trace = TraceHeader.of(request.headers().first("X-Amzn-Trace-Id").orElse(null), newTraceRoot, ids);
    }

    MatchedRoute route() {
        return route;
    }

    /** The trace header the function and the client see. */
    TraceHeader trace() {
        return trace;
    }

    /** The X-Amzn-Trace-Id API Gateway adds to the event when the client sent none: {@code Root=...}. */
    String addedTraceHeader() {
        return "Root=" + newTraceRoot;
    }

    RequestContext context() {
        return context;
    }

    void context(RequestContext context) {
        this.context = context;
    }

    /** What the integration request decided to send to Lambda. */
    RouteIntegration.IntegrationRequest.Invoke pendingInvocation() {
        return pendingInvocation;
    }

    void pendingInvocation(RouteIntegration.IntegrationRequest.Invoke invoke) {
        this.pendingInvocation = invoke;
    }

    /** What Lambda answered a synchronous invocation, or {@code null} after an asynchronous one. */
    Invocation invocation() {
        return invocation;
    }

    /** Record the payload the function received. */
    void event(byte[] event) {
        this.event = event;
    }

    /** Record what Lambda answered: the function's result or Lambda's error object. */
    void answered(Invocation invocation) {
        this.invocation = invocation;
    }

    /** Record what the route's authorizer did. */
    void authorizerCall(RecordedAuthorizerCall call) {
        this.authorizerCall = call;
    }

    /** The API key the route's authorizer returned as {@code usageIdentifierKey}, or {@code null}. */
    String usageIdentifierKey() {
        return usageIdentifierKey;
    }

    void usageIdentifierKey(String key) {
        this.usageIdentifierKey = key;
    }

    /** Record that Lambda accepted an asynchronous invocation, which answers with no payload. */
    void answeredAsynchronously() {
        this.asynchronous = true;
    }

    /** The exchange this request produced, with the response the client gets. */
    RecordedExchange complete(HttpResponse response) {
        if (route != null && invocation != null && isProxy(route.prepared().integration())) {
            // A custom or mock integration logs its mapped body itself.
            log.add("Method response body after transformations: ", response.body());
        }
        log.add("Method response headers: ", new Stages.LoggedHeaders(response.headers()), "", "");
        log.add("Method completed with status: ", response.status(), "", "");
        HttpResponse sent = clientRequest.method().equals("HEAD")
                ? new HttpResponse(response.status(), response.headers(), new byte[0])
                : response;
        String routeKey = route == null ? null : route.prepared().routeKey();
        byte[] result = asynchronous ? new byte[0] : invocation == null ? null : invocation.payload();
        String functionError =
                invocation == null ? null : invocation.functionError().orElse(null);
        return new RecordedExchange(
                clientRequest, sent, routeKey, requestId, event, result, functionError, authorizerCall, log);
    }

    private static boolean isProxy(RouteIntegration integration) {
        return integration instanceof RestProxyIntegration || integration instanceof HttpProxyIntegration;
    }

    @Override
    public String toString() {
        return "request " + requestId + " " + request;
    }

    /** What a gateway response reads of this request (docs/behavior.md#gateway-response-customization). */
    private final class Values implements RequestValues {

        @Override
        public String requestId() {
            return requestId;
        }

        @Override
        public String extendedRequestId() {
            return extendedRequestId;
        }

        @Override
        public String httpDate() {
            return httpDate;
        }

        @Override
        public Optional<String> context(String variable) {
            return Optional.ofNullable(ContextVariables.value(RequestScope.this, variable));
        }

        @Override
        public Optional<String> stageVariable(String name) {
            return Optional.ofNullable(deployment.stageVariables().get(name));
        }

        @Override
        public Optional<String> parameter(String location, String name) {
            return switch (location) {
                case "header" -> request.headers().first(name);
                case "path" ->
                    route == null
                            ? Optional.empty()
                            : Optional.ofNullable(route.pathParameters().get(name));
                case "querystring" ->
                    lastValue(QueryString.parse(request.rawQuery().orElse(null)).get(name));
                default -> Optional.empty();
            };
        }

        private static Optional<String> lastValue(List<String> values) {
            return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
        }
    }
}

package io.apigwsim.internal.pipeline;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.LambdaCustomIntegration;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.content.BinaryMediaTypes;
import io.apigwsim.internal.gatewayresponse.GatewayResponseType;
import io.apigwsim.internal.gatewayresponse.GatewayResponses;
import io.apigwsim.internal.integration.custom.CustomIntegrationMapping;
import io.apigwsim.internal.integration.proxy.ProxyResult;
import io.apigwsim.internal.integration.proxy.RestProxyEventWriter;
import io.apigwsim.internal.integration.proxy.RestProxyRequest;
import io.apigwsim.internal.integration.proxy.RestProxyResponseReader;
import io.apigwsim.internal.lambda.Invocation;
import io.apigwsim.internal.lambda.LambdaLimits;
import io.apigwsim.internal.routing.InvalidRouteException;
import io.apigwsim.internal.routing.RestRouter;
import io.apigwsim.internal.routing.RouteMatch;
import io.apigwsim.internal.vtl.VtlEngine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One simulated REST API stage: runs each request through API Gateway's stages in API Gateway's order,
 * top to bottom in {@link #send}.
 */
public final class RequestPipeline implements StagePipeline {

    private static final String RESULT_TOO_LARGE_ERROR = "{\"errorMessage\":\"Response payload size exceeded maximum"
            + " allowed payload size (6291556 bytes).\",\"errorType\":\"Function.ResponseSizeTooLarge\"}";

    private static final Set<String> REST_METHODS =
            Set.of("ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final ApiDefinition definition;
    private final GatewayEnvironment environment;
    private final IdSource ids;
    private final String apiId;
    private final String deploymentId;
    private final String domainName;
    private final RestRouter<PreparedRoute> router;
    private final BinaryMediaTypes binaryMediaTypes;
    private final HandlerThreads threads = new HandlerThreads();

    private RequestPipeline(ApiDefinition definition, GatewayEnvironment environment) {
        this.definition = definition;
        this.environment = environment;
        this.ids = new IdSource(environment.seed());
        this.apiId = ids.lowerAlphanumeric(10);
        this.deploymentId = ids.lowerAlphanumeric(6);
        this.domainName = apiId + ".execute-api." + environment.region() + ".amazonaws.com";
        this.binaryMediaTypes = BinaryMediaTypes.of(definition.binaryMediaTypes());
        this.router = prepareRoutes();
    }

    /**
     * Check the definition and prepare every route, before any request.
     *
     * @throws ApiDefinitionException naming the route and the fix when a route or handler is invalid
     */
    public static RequestPipeline create(ApiDefinition definition, GatewayEnvironment environment) {
        return new RequestPipeline(definition, environment);
    }

    private RestRouter<PreparedRoute> prepareRoutes() {
        RestRouter.Builder<PreparedRoute> routes = RestRouter.builder();
        Set<String> declared = new HashSet<>();
        VtlEngine vtl = null;
        RouteFunctions functions = new RouteFunctions(
                environment,
                TimeFormats.LOG_STREAM_DATE.format(environment.clock().instant()) + "/[$LATEST]" + ids.hex(32));
        for (RouteDefinition route : definition.routes()) {
            if (!declared.add(route.routeKey())) {
                throw new ApiDefinitionException(route.origin() + " declares " + route.routeKey()
                        + " a second time; declare each method of a resource once");
            }
            if (route.isDefault()) {
                throw new ApiDefinitionException(route.origin() + " declares the route $default, which only HTTP APIs"
                        + " have; a REST API catches every path with ANY /{proxy+}");
            }
            if (route.integration() instanceof LambdaCustomIntegration custom) {
                if (vtl == null) {
                    vtl = VtlEngine.create();
                }
                CustomIntegrationMapping mapping =
                        CustomIntegrationMapping.compile(custom, vtl, route.routeKey(), route.describe());
                addRoute(routes, route, functions.prepareCustom(route, custom, mapping, resourceId(route.path())));
                continue;
            }
            if (RouteFunctions.proxyIntegration(route)
                    .payloadFormatVersion()
                    .filter(v -> !v.equals("1.0"))
                    .isPresent()) {
                throw new ApiDefinitionException(route.describe() + " sets payload format"
                        + " version 2.0, which only HTTP APIs send; REST API Lambda proxy integrations send 1.0");
            }
            addRoute(
                    routes,
                    route,
                    functions.prepare(
                            route,
                            APIGatewayProxyRequestEvent.class,
                            "the REST API proxy event",
                            resourceId(route.path())));
        }
        try {
            return routes.build();
        } catch (InvalidRouteException e) {
            throw new ApiDefinitionException("The routes of this API conflict: " + e.getMessage(), e);
        }
    }

    private static void addRoute(
            RestRouter.Builder<PreparedRoute> routes, RouteDefinition route, PreparedRoute prepared) {
        try {
            routes.add(route.method(), route.path(), prepared);
        } catch (InvalidRouteException e) {
            // The router checks the path first; with a valid path the remaining problem is the method, which
            // must not be reported as a problem of the path.
            boolean methodProblem =
                    !REST_METHODS.contains(route.method()) && e.getMessage().startsWith("method \"");
            throw new ApiDefinitionException(
                    route.origin() + (methodProblem ? "" : " has path \"" + route.path() + "\"") + ": "
                            + e.getMessage(),
                    e);
        }
    }

    // Resource ids are stable per resource path, as in a deployed API.
    private String resourceId(String path) {
        IdSource resourceIds = new IdSource(environment.seed() ^ path.hashCode());
        return resourceIds.lowerAlphanumeric(6);
    }

    @Override
    public Exchange send(HttpRequest request, String sourceIp) {
        Instant now = environment.clock().instant();
        String requestId = ids.uuid();
        String extendedRequestId = ids.extendedRequestId();
        String httpDate = TimeFormats.HTTP_DATE.format(now);
        List<String> log = new ArrayList<>();
        log.add("Starting execution for request: " + requestId);
        log.add("HTTP Method: " + request.method() + ", Resource Path: " + request.path());

        if (request.bodyLength() > GatewayResponses.MAX_REQUEST_PAYLOAD_BYTES) {
            log.add("Request payload of " + request.bodyLength() + " bytes exceeds the REST API limit of "
                    + GatewayResponses.MAX_REQUEST_PAYLOAD_BYTES + " bytes");
            return answeredByGateway(request, GatewayResponses.requestTooLarge(httpDate), null, requestId, log);
        }

        // Extra slashes right after the stage are collapsed in the event's path (sheet 1.4).
        String path = collapseLeadingSlashes(request.path());
        Optional<RouteMatch<PreparedRoute>> match = router.match(request.method(), path);
        if (match.isEmpty()) {
            log.add(router.explainMiss(request.method(), path));
            return answeredByGateway(
                    request,
                    gatewayResponse(
                            GatewayResponseType.MISSING_AUTHENTICATION_TOKEN, requestId, extendedRequestId, httpDate),
                    null,
                    requestId,
                    log);
        }
        PreparedRoute route = match.get().target();
        String routeKey = route.definition().routeKey();
        log.add("Matched route " + routeKey + ", path parameters " + match.get().pathParameters());

        String traceRoot = ids.traceRoot(now.getEpochSecond());
        String clientTrace = request.headers().first("X-Amzn-Trace-Id").orElse(null);
        boolean binaryBody = binaryMediaTypes.matchesContentType(
                request.headers().first("Content-Type").orElse(null));
        RestProxyRequest proxyRequest = new RestProxyRequest(
                request.method(),
                match.get().resourcePath(),
                route.resourceId(),
                path,
                "/" + definition.stage() + request.path(),
                request.headers(),
                request.rawQuery().orElse(null),
                match.get().pathParameters(),
                definition.stageVariables(),
                request.body(),
                binaryBody,
                new RestProxyRequest.RequestContextValues(
                        environment.accountId(),
                        apiId,
                        deploymentId,
                        domainName,
                        extendedRequestId,
                        requestId,
                        TimeFormats.REQUEST_TIME.format(now),
                        now.toEpochMilli(),
                        definition.stage(),
                        sourceIp,
                        "Root=" + traceRoot));
        if (route.custom() != null) {
            String traceHeader = "Root=" + traceRoot + ";Parent=" + ids.hex(16) + ";Sampled=0";
            CustomIntegrationCall.Outcome outcome = new CustomIntegrationCall(
                            request, route, proxyRequest, traceHeader, httpDate, log)
                    .run(ids.uuid(), threads.executor());
            return RecordedExchange.complete(
                    request,
                    outcome.response(),
                    routeKey,
                    requestId,
                    outcome.event(),
                    outcome.result(),
                    outcome.functionError(),
                    log);
        }
        byte[] event = RestProxyEventWriter.write(proxyRequest);
        String eventText = new String(event, StandardCharsets.UTF_8);
        if (event.length > LambdaLimits.MAX_EVENT_BYTES) {
            log.add("Execution failed: the Lambda event of " + event.length + " bytes exceeds Lambda's limit:"
                    + " Request must be smaller than 6291456 bytes for the InvokeFunction operation");
            return answeredByGateway(
                    request,
                    gatewayResponse(GatewayResponseType.EVENT_TOO_LARGE, requestId, extendedRequestId, httpDate),
                    routeKey,
                    requestId,
                    log);
        }

        log.add("Sending request to " + route.function().functionName());
        String traceHeader = traceHeader(clientTrace, traceRoot);
        Invocation invocation = route.invoker()
                .invoke(
                        event,
                        ids.uuid(),
                        traceHeader,
                        route.function(),
                        route.integration().timeout().orElse(LambdaProxyIntegration.DEFAULT_TIMEOUT));
        RecordedExchange.appendFunctionLog(log, invocation);

        HttpResponse response;
        String result =
                invocation.outcome() == Invocation.Outcome.INTEGRATION_TIMEOUT ? null : invocation.payloadAsText();
        String functionError = null;
        switch (invocation.outcome()) {
            case INTEGRATION_TIMEOUT -> {
                log.add("Execution failed due to a timeout error: the function did not answer within the integration"
                        + " timeout of "
                        + route.integration()
                                .timeout()
                                .orElse(LambdaProxyIntegration.DEFAULT_TIMEOUT)
                                .toMillis() + " ms");
                response = gatewayResponse(
                        GatewayResponseType.INTEGRATION_TIMEOUT, requestId, extendedRequestId, httpDate);
            }
            case FUNCTION_ERROR -> {
                functionError = "Unhandled";
                log.add("Received response. Status: 200, Integration latency: " + invocation.durationMillis() + " ms");
                log.add("Endpoint response headers: {X-Amz-Function-Error=Unhandled}");
                log.add("Endpoint response body before transformations: " + result);
                log.add("Lambda execution failed with status 200 due to customer function error: "
                        + errorMessage(invocation));
                response = gatewayResponse(
                        GatewayResponseType.INTEGRATION_FAILURE, requestId, extendedRequestId, httpDate);
            }
            default -> {
                log.add("Received response. Status: 200, Integration latency: " + invocation.durationMillis() + " ms");
                if (invocation.payload().length > LambdaLimits.MAX_RESULT_BYTES) {
                    // Lambda does not return a result over its limit: it answers with a function error
                    // (proxy-integration sheet, 5; OBS ISS-AZUL #8258).
                    functionError = "Unhandled";
                    result = RESULT_TOO_LARGE_ERROR;
                    log.add("Endpoint response headers: {X-Amz-Function-Error=Unhandled}");
                    log.add("Endpoint response body before transformations: " + result);
                    log.add("Lambda execution failed with status 200 due to customer function error:"
                            + " Function.ResponseSizeTooLarge: the function's result of " + invocation.payload().length
                            + " bytes exceeds Lambda's limit of " + LambdaLimits.MAX_RESULT_BYTES + " bytes");
                    response = gatewayResponse(
                            GatewayResponseType.INTEGRATION_FAILURE, requestId, extendedRequestId, httpDate);
                } else {
                    log.add("Endpoint response body before transformations: " + result);
                    response = successResponse(
                            request, invocation, requestId, extendedRequestId, httpDate, traceHeader, log);
                }
            }
        }
        return RecordedExchange.complete(request, response, routeKey, requestId, eventText, result, functionError, log);
    }

    private HttpResponse successResponse(
            HttpRequest request,
            Invocation invocation,
            String requestId,
            String extendedRequestId,
            String httpDate,
            String traceHeader,
            List<String> log) {
        ProxyResult result = RestProxyResponseReader.read(
                invocation.payload(), request.headers().first("Accept").orElse(null), binaryMediaTypes);
        if (result instanceof ProxyResult.Malformed malformed) {
            log.add("Execution failed due to configuration error: Malformed Lambda proxy response: "
                    + malformed.reason());
            return gatewayResponse(GatewayResponseType.INTEGRATION_FAILURE, requestId, extendedRequestId, httpDate);
        }
        if (result instanceof ProxyResult.Undecodable undecodable) {
            log.add("Execution failed due to configuration error: Unable to base64 decode the body: "
                    + undecodable.reason());
            return gatewayResponse(GatewayResponseType.API_CONFIGURATION_ERROR, requestId, extendedRequestId, httpDate);
        }
        ProxyResult.Response proxy = (ProxyResult.Response) result;
        return new HttpResponse(
                proxy.status(),
                RestProxyResponseReader.clientHeaders(
                        proxy.headers(), proxy.body().length, httpDate, requestId, extendedRequestId, traceHeader),
                proxy.body());
    }

    // The response trace keeps the client's Root, and the client's Parent if one was sent, otherwise a new
    // Parent (proxy-integration sheet, 3.4; AWS-REC LS-COMMON test_invocation_trace_id).
    private String traceHeader(String clientTrace, String traceRoot) {
        String root = "Root=" + traceRoot;
        String parent = null;
        if (clientTrace != null && clientTrace.startsWith("Root=")) {
            for (String part : clientTrace.split(";")) {
                String trimmed = part.trim();
                if (trimmed.startsWith("Root=")) {
                    root = trimmed;
                } else if (trimmed.startsWith("Parent=")) {
                    parent = trimmed;
                }
            }
        }
        return root + ";" + (parent != null ? parent : "Parent=" + ids.hex(16)) + ";Sampled=0";
    }

    private static String errorMessage(Invocation invocation) {
        Throwable failure = invocation.failure();
        if (failure == null) {
            return invocation.payloadAsText();
        }
        return failure.getClass().getName() + ": " + failure.getMessage();
    }

    private static HttpResponse gatewayResponse(
            GatewayResponseType type, String requestId, String extendedRequestId, String httpDate) {
        return GatewayResponses.render(type, requestId, extendedRequestId, httpDate);
    }

    private static Exchange answeredByGateway(
            HttpRequest request, HttpResponse response, String routeKey, String requestId, List<String> log) {
        return RecordedExchange.complete(request, response, routeKey, requestId, null, null, null, log);
    }

    private static String collapseLeadingSlashes(String path) {
        int start = 0;
        while (start + 1 < path.length() && path.charAt(start + 1) == '/') {
            start++;
        }
        return path.substring(start);
    }

    @Override
    public void close() {
        threads.close();
    }
}

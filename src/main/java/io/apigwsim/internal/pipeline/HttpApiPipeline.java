package io.apigwsim.internal.pipeline;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.http.Headers;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.cors.CorsPolicy;
import io.apigwsim.internal.gatewayresponse.GatewayResponses;
import io.apigwsim.internal.gatewayresponse.HttpApiError;
import io.apigwsim.internal.integration.proxy.HttpApiEventWriter;
import io.apigwsim.internal.integration.proxy.HttpApiResponseReader;
import io.apigwsim.internal.integration.proxy.HttpPathDecoder;
import io.apigwsim.internal.integration.proxy.HttpProxyRequest;
import io.apigwsim.internal.integration.proxy.ProxyResult;
import io.apigwsim.internal.integration.proxy.RestProxyRequest;
import io.apigwsim.internal.lambda.Invocation;
import io.apigwsim.internal.lambda.LambdaLimits;
import io.apigwsim.internal.routing.HttpApiRouter;
import io.apigwsim.internal.routing.HttpRouteMatch;
import io.apigwsim.internal.routing.InvalidRouteException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One simulated HTTP API stage (API Gateway v2): runs each request through its stages in API Gateway's
 * order, top to bottom in {@link #send}.
 */
final class HttpApiPipeline implements StagePipeline {

    private final ApiDefinition definition;
    private final GatewayEnvironment environment;
    private final IdSource ids;
    private final String apiId;
    private final String domainName;
    private final HttpApiRouter<PreparedRoute> router;
    private final CorsPolicy cors;

    HttpApiPipeline(ApiDefinition definition, GatewayEnvironment environment) {
        this.definition = definition;
        this.environment = environment;
        this.ids = new IdSource(environment.seed());
        this.apiId = ids.lowerAlphanumeric(10);
        this.domainName = apiId + ".execute-api." + environment.region() + ".amazonaws.com";
        if (!definition.binaryMediaTypes().isEmpty()) {
            throw new ApiDefinitionException("Binary media types " + definition.binaryMediaTypes()
                    + " are a REST API setting; an HTTP API has none and base64-encodes every request body that is"
                    + " not text, JSON, XML or JavaScript");
        }
        this.router = prepareRoutes();
        this.cors = definition.cors().map(CorsPolicy::of).orElse(null);
    }

    private HttpApiRouter<PreparedRoute> prepareRoutes() {
        RouteFunctions functions = new RouteFunctions(
                environment,
                TimeFormats.LOG_STREAM_DATE.format(environment.clock().instant()) + "/[$LATEST]" + ids.hex(32));
        HttpApiRouter.Builder<PreparedRoute> routes = HttpApiRouter.builder();
        for (RouteDefinition route : definition.routes()) {
            LambdaProxyIntegration proxy = RouteFunctions.proxyIntegration(route);
            if (proxy.timeout()
                    .filter(t -> t.compareTo(LambdaProxyIntegration.HTTP_API_TIMEOUT) > 0)
                    .isPresent()) {
                throw new ApiDefinitionException(route.describe() + " sets an integration" + " timeout of "
                        + proxy.timeout().get().toMillis() + " ms; HTTP APIs wait at most 30,000 ms");
            }
            boolean v2 = proxy.payloadFormatVersion().orElse("2.0").equals("2.0");
            PreparedRoute prepared = v2
                    ? functions.prepare(route, APIGatewayV2HTTPEvent.class, "the HTTP API payload 2.0 event", null)
                    : functions.prepare(
                            route, APIGatewayProxyRequestEvent.class, "the HTTP API payload 1.0 event", null);
            try {
                routes.add(route.routeKey(), prepared);
            } catch (InvalidRouteException e) {
                throw new ApiDefinitionException(
                        route.origin() + " has route key \"" + route.routeKey() + "\": " + e.getMessage(), e);
            }
        }
        try {
            return routes.build();
        } catch (InvalidRouteException e) {
            throw new ApiDefinitionException("The routes of this API conflict: " + e.getMessage(), e);
        }
    }

    @Override
    public Exchange send(HttpRequest request, String sourceIp) {
        Instant now = environment.clock().instant();
        // requestContext.requestId and apigw-requestid: a 16-character id ending in '=' (sheet 4.3).
        String requestId = ids.extendedRequestId();
        String httpDate = TimeFormats.HTTP_DATE.format(now);
        List<String> log = new ArrayList<>();
        log.add("Starting execution for request: " + requestId);
        log.add("HTTP Method: " + request.method() + ", Path: " + request.path());

        if (request.bodyLength() > GatewayResponses.MAX_REQUEST_PAYLOAD_BYTES) {
            log.add("Request payload of " + request.bodyLength() + " bytes exceeds the limit of 10485760 bytes");
            return answer(request, requestId, HttpApiError.PAYLOAD_TOO_LARGE.render(requestId, httpDate), null, log);
        }
        Optional<String> decodedPath = HttpPathDecoder.decode(request.path());
        if (decodedPath.isEmpty()) {
            log.add("The path " + request.path() + " holds a percent-escape that does not decode; rejected");
            return answer(request, requestId, HttpApiError.BAD_REQUEST.render(requestId, httpDate), null, log);
        }
        // With CORS configured, API Gateway answers preflights itself, route or no route (access sheet 8.2).
        if (cors != null && CorsPolicy.isPreflight(request.method(), request.headers())) {
            List<Header> corsHeaders = cors.preflightHeaders(request.headers());
            log.add(
                    corsHeaders.isEmpty()
                            ? "CORS preflight from an origin, method or header the CORS configuration does not allow"
                            : "CORS preflight answered by API Gateway");
            Headers.Builder headers = Headers.builder().add("date", httpDate).add("content-length", "0");
            corsHeaders.forEach(header -> headers.add(header.name(), header.value()));
            headers.add("apigw-requestid", requestId);
            return answer(request, requestId, new HttpResponse(204, headers.build(), new byte[0]), null, log);
        }
        Optional<HttpRouteMatch<PreparedRoute>> match = router.match(request.method(), request.path());
        if (match.isEmpty()) {
            log.add(router.explainMiss(request.method(), request.path()));
            return answer(request, requestId, HttpApiError.NOT_FOUND.render(requestId, httpDate), null, log);
        }
        PreparedRoute route = match.get().target();
        String routeKey = route.definition().routeKey();
        log.add("Matched route " + routeKey + ", path parameters " + match.get().pathParameters());

        // A named stage stays in rawPath; the $default stage adds no prefix (sheet 4.1).
        String stagePrefix =
                definition.stage().equals(ApiDefinition.HTTP_DEFAULT_STAGE) ? "" : "/" + definition.stage();
        String traceRoot = ids.traceRoot(now.getEpochSecond());
        HttpProxyRequest proxyRequest = new HttpProxyRequest(
                request.method(),
                routeKey,
                route.definition().isDefault() ? routeKey : route.definition().path(),
                stagePrefix + decodedPath.get(),
                request.headers(),
                request.rawQuery().orElse(null),
                match.get().pathParameters(),
                definition.stageVariables(),
                request.body(),
                new RestProxyRequest.RequestContextValues(
                        environment.accountId(),
                        apiId,
                        null,
                        domainName,
                        requestId,
                        requestId,
                        TimeFormats.REQUEST_TIME.format(now),
                        now.toEpochMilli(),
                        definition.stage(),
                        sourceIp,
                        "Root=" + traceRoot));
        boolean v2 = route.integration().payloadFormatVersion().orElse("2.0").equals("2.0");
        byte[] event = v2 ? HttpApiEventWriter.writeV2(proxyRequest) : HttpApiEventWriter.writeV1(proxyRequest);
        String eventText = new String(event, StandardCharsets.UTF_8);
        if (event.length > LambdaLimits.MAX_EVENT_BYTES) {
            log.add("The Lambda event of " + event.length + " bytes exceeds Lambda's limit of 6291456 bytes");
            return answer(
                    request, requestId, HttpApiError.PAYLOAD_TOO_LARGE.render(requestId, httpDate), routeKey, log);
        }

        Duration timeout = route.integration().timeout().orElse(LambdaProxyIntegration.HTTP_API_TIMEOUT);
        log.add("Sending request to " + route.function().functionName() + " (payload format " + (v2 ? "2.0" : "1.0")
                + ")");
        Invocation invocation = route.invoker()
                .invoke(
                        event,
                        ids.uuid(),
                        "Root=" + traceRoot + ";Parent=" + ids.hex(16) + ";Sampled=0",
                        route.function(),
                        timeout);
        RecordedExchange.appendFunctionLog(log, invocation);
        if (invocation.outcome() == Invocation.Outcome.INTEGRATION_TIMEOUT) {
            log.add("The function did not answer within the integration timeout of " + timeout.toMillis() + " ms");
            return finish(
                    request,
                    requestId,
                    HttpApiError.SERVICE_UNAVAILABLE.render(requestId, httpDate),
                    routeKey,
                    eventText,
                    null,
                    null,
                    log);
        }
        String result = invocation.payloadAsText();
        log.add("Received response. Integration latency: " + invocation.durationMillis() + " ms");
        log.add("Endpoint response body: " + result);
        if (invocation.outcome() == Invocation.Outcome.FUNCTION_ERROR) {
            log.add("Lambda function error (X-Amz-Function-Error: Unhandled): " + result);
            return finish(
                    request,
                    requestId,
                    HttpApiError.INTERNAL_SERVER_ERROR.render(requestId, httpDate),
                    routeKey,
                    eventText,
                    result,
                    "Unhandled",
                    log);
        }
        ProxyResult proxy = v2
                ? HttpApiResponseReader.readV2(invocation.payload())
                : HttpApiResponseReader.readV1(invocation.payload());
        if (proxy instanceof ProxyResult.Malformed malformed) {
            log.add("The function's response is not one API Gateway can map: " + malformed.reason());
            return finish(
                    request,
                    requestId,
                    HttpApiError.INTERNAL_SERVER_ERROR.render(requestId, httpDate),
                    routeKey,
                    eventText,
                    result,
                    null,
                    log);
        }
        ProxyResult.Response response = (ProxyResult.Response) proxy;
        List<Header> responseHeaders = response.headers();
        if (cors != null) {
            // The integration's CORS headers are ignored; the configured ones are added (access sheet 8.2).
            responseHeaders = new ArrayList<>(responseHeaders);
            responseHeaders.removeIf(header -> CorsPolicy.isCorsHeader(header.name()));
            responseHeaders.addAll(cors.responseHeaders(request.headers()));
        }
        HttpResponse client = new HttpResponse(
                response.status(),
                HttpApiResponseReader.clientHeaders(responseHeaders, response.body().length, httpDate, requestId),
                response.body());
        return finish(request, requestId, client, routeKey, eventText, result, null, log);
    }

    private static Exchange answer(
            HttpRequest request, String requestId, HttpResponse response, String routeKey, List<String> log) {
        return finish(request, requestId, response, routeKey, null, null, null, log);
    }

    private static Exchange finish(
            HttpRequest request,
            String requestId,
            HttpResponse response,
            String routeKey,
            String event,
            String result,
            String functionError,
            List<String> log) {
        return RecordedExchange.complete(request, response, routeKey, requestId, event, result, functionError, log);
    }

    // Handlers run on the caller's thread (HandlerInvoker), so an HTTP API stage holds no threads.
    @Override
    public void close() {}
}

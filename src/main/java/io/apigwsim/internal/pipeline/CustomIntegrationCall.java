package io.apigwsim.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.gatewayresponse.GatewayResponseType;
import io.apigwsim.internal.gatewayresponse.GatewayResponses;
import io.apigwsim.internal.integration.custom.CustomRequestResult;
import io.apigwsim.internal.integration.custom.CustomResponse;
import io.apigwsim.internal.integration.custom.TemplateRequest;
import io.apigwsim.internal.integration.proxy.QueryString;
import io.apigwsim.internal.integration.proxy.RestEventHeaders;
import io.apigwsim.internal.integration.proxy.RestProxyRequest;
import io.apigwsim.internal.integration.proxy.RestProxyResponseReader;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.lambda.Invocation;
import io.apigwsim.internal.lambda.LambdaLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * One request through a Lambda custom integration (custom-integration sheet 1.1): integration request
 * parameters, request template or passthrough, the invocation, integration response selection, response
 * parameters and template, overrides.
 */
final class CustomIntegrationCall {

    private final HttpRequest request;
    private final PreparedRoute route;
    private final RestProxyRequest method;
    private final String traceHeader;
    private final String httpDate;
    private final List<String> log;

    CustomIntegrationCall(
            HttpRequest request,
            PreparedRoute route,
            RestProxyRequest method,
            String traceHeader,
            String httpDate,
            List<String> log) {
        this.request = request;
        this.route = route;
        this.method = method;
        this.traceHeader = traceHeader;
        this.httpDate = httpDate;
        this.log = log;
    }

    /** The outcome: the client response, the payload the function got and what it returned. */
    record Outcome(HttpResponse response, String event, String result, String functionError) {}

    Outcome run(String awsRequestId, Executor executor) {
        TemplateRequest templates = templateRequest();
        CustomRequestResult mapped = route.custom().mapRequest(templates);
        if (mapped instanceof CustomRequestResult.UnsupportedMediaType unsupported) {
            log.add(unsupported.reason());
            return new Outcome(gateway(GatewayResponseType.UNSUPPORTED_MEDIA_TYPE), null, null, null);
        }
        if (mapped instanceof CustomRequestResult.ConfigurationError error) {
            log.add(error.reason());
            return new Outcome(gateway(GatewayResponseType.API_CONFIGURATION_ERROR), null, null, null);
        }
        if (mapped instanceof CustomRequestResult.InvalidPayload invalid) {
            // Lambda's Invoke API rejects a payload that is not JSON; the client's status is not settled
            // (custom-integration sheet 4.9, [UNCERTAIN]): answered as an integration failure.
            log.add("Execution failed: Lambda rejected the invocation: " + invalid.reason());
            return new Outcome(gateway(GatewayResponseType.INTEGRATION_FAILURE), null, null, null);
        }
        CustomRequestResult.Invoke invoke = (CustomRequestResult.Invoke) mapped;
        String event = new String(invoke.payload(), StandardCharsets.UTF_8);
        if (invoke.payload().length > LambdaLimits.MAX_EVENT_BYTES) {
            log.add("Execution failed: the payload of " + invoke.payload().length + " bytes exceeds Lambda's limit:"
                    + " Request must be smaller than 6291456 bytes for the InvokeFunction operation");
            return new Outcome(gateway(GatewayResponseType.EVENT_TOO_LARGE), null, null, null);
        }
        log.add(invoke.description());
        log.add("Endpoint request body after transformations: " + event);
        if (invoke.asynchronous()) {
            // X-Amz-Invocation-Type: Event: Lambda answers 202 with no body at once (sheet 4.7, 5.1).
            log.add("Invoking " + route.function().functionName() + " asynchronously (X-Amz-Invocation-Type: Event)");
            executor.execute(() -> route.invoker()
                    .invoke(invoke.payload(), awsRequestId, traceHeader, route.function(), route.customTimeout()));
            return respond(templates, "", null, invoke, event, "", null);
        }
        log.add("Sending request to " + route.function().functionName());
        Invocation invocation = route.invoker()
                .invoke(invoke.payload(), awsRequestId, traceHeader, route.function(), route.customTimeout());
        RecordedExchange.appendFunctionLog(log, invocation);
        if (invocation.outcome() == Invocation.Outcome.INTEGRATION_TIMEOUT) {
            log.add("Execution failed due to a timeout error: the function did not answer within the integration"
                    + " timeout of " + route.customTimeout().toMillis() + " ms");
            return new Outcome(gateway(GatewayResponseType.INTEGRATION_TIMEOUT), event, null, null);
        }
        String result = invocation.payloadAsText();
        if (invocation.payload().length > LambdaLimits.MAX_RESULT_BYTES) {
            log.add("Execution failed: Function.ResponseSizeTooLarge: Response payload size exceeded maximum allowed"
                    + " payload size (6291556 bytes).");
            return new Outcome(gateway(GatewayResponseType.INTEGRATION_FAILURE), event, null, "Unhandled");
        }
        log.add("Received response. Status: 200, Integration latency: " + invocation.durationMillis() + " ms");
        log.add("Endpoint response body before transformations: " + result);
        String errorMessage = null;
        String functionError = null;
        if (invocation.outcome() == Invocation.Outcome.FUNCTION_ERROR) {
            functionError = "Unhandled";
            log.add("Endpoint response headers: {X-Amz-Function-Error=Unhandled}");
            errorMessage = errorMessage(result);
        }
        return respond(templates, result, errorMessage, invoke, event, result, functionError);
    }

    private Outcome respond(
            TemplateRequest templates,
            String body,
            String errorMessage,
            CustomRequestResult.Invoke invoke,
            String event,
            String result,
            String functionError) {
        CustomResponse response = route.custom()
                .mapResponse(templates, body, errorMessage, invoke.requestOverride(), invoke.responseOverride());
        if (response instanceof CustomResponse.ConfigurationError error) {
            log.add(error.reason());
            return new Outcome(gateway(GatewayResponseType.API_CONFIGURATION_ERROR), event, result, functionError);
        }
        CustomResponse.Mapped mapped = (CustomResponse.Mapped) response;
        log.add(mapped.description());
        log.add("Method response body after transformations: " + new String(mapped.body(), StandardCharsets.UTF_8));
        RestProxyRequest.RequestContextValues values = method.context();
        HttpResponse client = new HttpResponse(
                mapped.status(),
                RestProxyResponseReader.clientHeaders(
                        mapped.headers(),
                        mapped.body().length,
                        httpDate,
                        values.requestId(),
                        values.extendedRequestId(),
                        traceHeader),
                mapped.body());
        return new Outcome(client, event, result, functionError);
    }

    // A Lambda error's errorMessage; a function whose error has none selects as the empty string.
    private static String errorMessage(String result) {
        Optional<JsonNode> error = Json.tryRead(result);
        JsonNode message = error.map(node -> node.path("errorMessage")).orElse(null);
        return message != null && message.isTextual() ? message.textValue() : "";
    }

    private HttpResponse gateway(GatewayResponseType type) {
        RestProxyRequest.RequestContextValues values = method.context();
        return GatewayResponses.render(type, values.requestId(), values.extendedRequestId(), httpDate);
    }

    private TemplateRequest templateRequest() {
        RestProxyRequest.RequestContextValues values = method.context();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : RestEventHeaders.forEvent(
                request.headers(), values.domainName(), values.traceHeader(), values.sourceIp())) {
            headers.computeIfAbsent(header.name(), name -> new ArrayList<>(1)).add(header.value());
        }
        return new TemplateRequest(
                request.bodyAsText(),
                request.headers().first("Content-Type").orElse(null),
                request.headers().first("Accept").orElse(null),
                method.pathParameters(),
                QueryString.parse(method.rawQuery()),
                headers,
                context(headers),
                method.stageVariables());
    }

    // The $context keys of a method without authorizer or API key, in the recorded order (sheet 2.4, LS-SQS).
    private Map<String, Object> context(Map<String, List<String>> headers) {
        RestProxyRequest.RequestContextValues values = method.context();
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("cognitoIdentityPoolId", null);
        identity.put("accountId", null);
        identity.put("cognitoIdentityId", null);
        identity.put("caller", null);
        identity.put("sourceIp", values.sourceIp());
        identity.put("principalOrgId", null);
        identity.put("accessKey", null);
        identity.put("cognitoAuthenticationType", null);
        identity.put("cognitoAuthenticationProvider", null);
        identity.put("userArn", null);
        List<String> userAgent = headers.get("User-Agent");
        identity.put("userAgent", userAgent == null ? null : userAgent.get(userAgent.size() - 1));
        identity.put("user", null);
        Map<String, Object> requestOverride = new LinkedHashMap<>();
        requestOverride.put("path", new LinkedHashMap<>());
        requestOverride.put("header", new LinkedHashMap<>());
        requestOverride.put("querystring", new LinkedHashMap<>());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("resourceId", method.resourceId());
        context.put("resourcePath", method.resourcePath());
        context.put("httpMethod", method.httpMethod());
        context.put("extendedRequestId", values.extendedRequestId());
        context.put("requestTime", values.requestTime());
        context.put("path", method.contextPath());
        context.put("accountId", values.accountId());
        context.put("protocol", "HTTP/1.1");
        context.put("requestOverride", requestOverride);
        context.put("stage", values.stage());
        context.put("domainPrefix", values.apiId());
        context.put("requestTimeEpoch", values.requestTimeEpoch());
        context.put("requestId", values.requestId());
        context.put("identity", identity);
        context.put("domainName", values.domainName());
        context.put("deploymentId", values.deploymentId());
        context.put("responseOverride", new LinkedHashMap<>(Map.of("header", new LinkedHashMap<>())));
        context.put("apiId", values.apiId());
        return context;
    }
}

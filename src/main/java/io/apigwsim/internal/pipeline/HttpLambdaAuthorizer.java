package io.apigwsim.internal.pipeline;

import io.apigwsim.AuthorizerCall.Decision;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.authorizer.AuthorizerOutput;
import io.apigwsim.internal.authorizer.InvalidAuthorizerOutputException;
import io.apigwsim.internal.authorizer.PolicyEvaluation;
import io.apigwsim.internal.authorizer.SimpleAuthorizerResponse;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.integration.proxy.HttpApiEventWriter;
import io.apigwsim.internal.integration.proxy.ProxyRequest;
import io.apigwsim.internal.lambda.Invocation;
import io.apigwsim.internal.lambda.LambdaFunction;
import io.apigwsim.internal.request.QueryString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP API's Lambda authorizer, payload format 2.0 or 1.0, answering with simple responses or IAM policies: reads
 * the identity sources, calls the function (or reuses the answer its cache holds for every route that uses it),
 * decides, and hands the authorizer's context to the integration (docs/behavior.md#http-api-lambda-authorizers,
 * #http-api-authorizer-events).
 */
final class HttpLambdaAuthorizer implements RouteAuthorizer {

    private final AuthorizerDefinition definition;
    private final AuthorizerFunction function;
    private final boolean payloadV2;
    private final AuthorizerCache<Answer> cache;

    HttpLambdaAuthorizer(AuthorizerDefinition definition, LambdaFunction function) {
        this.definition = definition;
        this.function = new AuthorizerFunction(definition.name(), function);
        this.payloadV2 = definition.payloadFormatVersion().orElseThrow().equals("2.0");
        this.cache = new AuthorizerCache<>(definition.resultTtlSeconds());
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public Optional<HttpResponse> authorize(RequestScope scope) {
        List<String> identity = identityValues(scope);
        // A declared identity source the request lacks gets 401 without a call, cached or not
        // (docs/behavior.md#http-api-lambda-authorizers).
        if (identity.stream().anyMatch(value -> value == null || value.isEmpty())) {
            scope.log("Authorizer " + name() + ": identity source " + definition.identitySources()
                    + " missing or empty; unauthorized without calling the function");
            return refuse(
                    scope,
                    new RecordedAuthorizerCall(name(), null, null, false, null, Decision.UNAUTHORIZED),
                    GatewayError.UNAUTHORIZED);
        }
        String routeArn = LambdaAuthorizer.methodArn(scope, scope.decodedPath());
        AuthorizerCache.Entry<Answer> cached = cache.enabled() ? cache.get(identity, scope.receivedAt()) : null;
        byte[] event = null;
        Answer answer;
        byte[] result;
        long latencyMillis = 0;
        if (cached != null) {
            scope.log("Authorizer " + name() + ": using the cached answer for this identity");
            answer = cached.answer();
            result = cached.result();
        } else {
            event = event(scope, routeArn, identity);
            // On the gateway's clock, so a test with a fixed clock gets the same event on every run.
            long startMillis = scope.clock().millis();
            Invocation invocation = function.invoke(scope, event);
            latencyMillis = Math.max(0, scope.clock().millis() - startMillis);
            if (invocation.outcome() != Invocation.Outcome.SUCCESS) {
                // Every failure is a 500 on an HTTP API, an "Unauthorized" error included [UNCERTAIN]
                // (docs/behavior.md#uncertain-http-api-lambda-authorizers).
                scope.log("Authorizer " + name() + " failed: " + AuthorizerFunction.failure(invocation));
                return refuse(
                        scope,
                        new RecordedAuthorizerCall(
                                name(),
                                event,
                                AuthorizerFunction.errorObject(invocation),
                                false,
                                null,
                                Decision.FAILED),
                        GatewayError.AUTHORIZER_CONFIGURATION_ERROR);
            }
            result = invocation.payload();
            try {
                answer = read(result);
            } catch (InvalidAuthorizerOutputException e) {
                return unusable(
                        scope, new RecordedAuthorizerCall(name(), event, result, false, null, Decision.FAILED), e);
            }
            if (cache.enabled()) {
                cache.put(identity, answer, result, scope.receivedAt());
            }
        }
        return decide(
                scope,
                answer,
                routeArn,
                latencyMillis,
                new RecordedAuthorizerCall(name(), event, result, cached != null, null, null));
    }

    // The simple response's isAuthorized, or the policy evaluated for this request's route ARN; a cached simple
    // answer therefore decides for every route (docs/behavior.md#http-api-simple-responses).
    private Optional<HttpResponse> decide(
            RequestScope scope, Answer answer, String routeArn, long latencyMillis, RecordedAuthorizerCall call) {
        if (answer.simple() != null) {
            SimpleAuthorizerResponse simple = answer.simple();
            scope.log("Authorizer " + name() + " answered isAuthorized: " + simple.authorized());
            if (!simple.authorized()) {
                return refuse(scope, call.decided(null, Decision.DENIED), GatewayError.ACCESS_DENIED);
            }
            return allow(
                    scope,
                    call.decided(null, Decision.ALLOWED),
                    simple.context().orElse(null),
                    simple.stringifiedContext(),
                    latencyMillis);
        }
        AuthorizerOutput output = answer.policy();
        PolicyEvaluation evaluation;
        try {
            evaluation = output.evaluate(routeArn);
        } catch (InvalidAuthorizerOutputException e) {
            return unusable(scope, call.decided(null, Decision.FAILED), e);
        }
        scope.log("Authorizer " + name() + " policy for " + routeArn + ": " + evaluation.reason());
        String principalId = output.principalId().orElse(null);
        return switch (evaluation.decision()) {
            case EXPLICIT_DENY ->
                refuse(
                        scope,
                        call.decided(principalId, Decision.DENIED_EXPLICITLY),
                        GatewayError.ACCESS_DENIED_EXPLICITLY);
            case IMPLICIT_DENY -> refuse(scope, call.decided(principalId, Decision.DENIED), GatewayError.ACCESS_DENIED);
            default ->
                allow(
                        scope,
                        call.decided(principalId, Decision.ALLOWED),
                        output.context().orElse(null),
                        output.stringifiedContext(),
                        latencyMillis);
        };
    }

    // Payload 2.0 gets {"lambda": <context with its JSON types, or null>}; payload 1.0 gets the context merged
    // REST-style, stringified, with principalId and integrationLatency [UNCERTAIN]
    // (docs/behavior.md#http-api-authorizer-events, #uncertain-http-api-lambda-authorizers).
    private Optional<HttpResponse> allow(
            RequestScope scope,
            RecordedAuthorizerCall call,
            Map<String, Object> context,
            Map<String, String> stringifiedContext,
            long latencyMillis) {
        Map<String, Object> authorizer = new LinkedHashMap<>();
        if (HttpProxyIntegration.sendsPayloadV2(scope)) {
            authorizer.put("lambda", context);
        } else {
            if (call.principal() != null) {
                authorizer.put("principalId", call.principal());
            }
            authorizer.put("integrationLatency", latencyMillis);
            authorizer.putAll(stringifiedContext);
        }
        scope.context(scope.context().withAuthorizer(authorizer));
        scope.authorizerCall(call);
        return Optional.empty();
    }

    private Optional<HttpResponse> unusable(
            RequestScope scope, RecordedAuthorizerCall call, InvalidAuthorizerOutputException e) {
        scope.log("Authorizer " + name() + " returned an answer API Gateway cannot use: " + e.getMessage());
        return refuse(scope, call, GatewayError.AUTHORIZER_CONFIGURATION_ERROR);
    }

    private Optional<HttpResponse> refuse(RequestScope scope, RecordedAuthorizerCall call, GatewayError error) {
        scope.authorizerCall(call);
        return Optional.of(scope.gatewayResponse(error));
    }

    private byte[] event(RequestScope scope, String routeArn, List<String> identity) {
        ProxyRequest request = RestProxyIntegration.proxyRequest(scope, false);
        // An authorizer without identity sources gets identitySource null [UNCERTAIN] for 1.0
        // (docs/behavior.md#http-api-authorizer-events, #uncertain-http-api-lambda-authorizers).
        if (payloadV2) {
            return HttpApiEventWriter.writeAuthorizerV2(request, routeArn, identity.isEmpty() ? null : identity);
        }
        return HttpApiEventWriter.writeAuthorizerV1(
                request, routeArn, identity.isEmpty() ? null : String.join(",", identity));
    }

    // Payload 2.0 with simple responses reads {"isAuthorized": ...}; every other HTTP API authorizer an IAM policy
    // whose context may hold any JSON value (docs/behavior.md#http-api-simple-responses, #rest-authorizer-context).
    private Answer read(byte[] result) {
        return payloadV2 && definition.simpleResponsesEnabled()
                ? new Answer(SimpleAuthorizerResponse.parse(result), null)
                : new Answer(null, AuthorizerOutput.parseHttpApi(result));
    }

    // Each identity source's value, or null where the request has none.
    private List<String> identityValues(RequestScope scope) {
        List<String> values = new ArrayList<>();
        for (String source : definition.identitySources()) {
            values.add(identityValue(scope, source));
        }
        return values;
    }

    // Header names in any case, query names exactly; repeated values joined with "," as the 2.0 event joins them
    // [UNCERTAIN] (docs/behavior.md#http-api-lambda-authorizers, #uncertain-http-api-lambda-authorizers).
    private static String identityValue(RequestScope scope, String source) {
        if (source.startsWith("$request.header.")) {
            List<String> values = scope.request().headers().all(source.substring("$request.header.".length()));
            return values.isEmpty() ? null : String.join(",", values);
        }
        if (source.startsWith("$request.querystring.")) {
            List<String> values = QueryString.parse(scope.request().rawQuery().orElse(null))
                    .get(source.substring("$request.querystring.".length()));
            return values == null ? null : String.join(",", values);
        }
        if (source.startsWith("$stageVariables.")) {
            return scope.deployment().stageVariables().get(source.substring("$stageVariables.".length()));
        }
        return ContextVariables.value(scope, source.substring("$context.".length()));
    }

    /** The function's answer as API Gateway read it: a simple response or an IAM policy answer. */
    private record Answer(SimpleAuthorizerResponse simple, AuthorizerOutput policy) {}
}

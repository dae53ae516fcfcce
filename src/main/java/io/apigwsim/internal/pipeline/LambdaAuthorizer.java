package io.apigwsim.internal.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigwsim.AuthorizerCall.Decision;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.AuthorizerType;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.authorizer.AuthorizerOutput;
import io.apigwsim.internal.authorizer.InvalidAuthorizerOutputException;
import io.apigwsim.internal.authorizer.PolicyEvaluation;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.integration.proxy.RestProxyEventWriter;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.lambda.Invocation;
import io.apigwsim.internal.lambda.LambdaFunction;
import io.apigwsim.internal.request.QueryString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A REST API's Lambda authorizer, {@code TOKEN} or {@code REQUEST}, with its result cache: reads the identity, calls
 * the function, evaluates the policy it returns against the request's method ARN, and passes its output on to the
 * integration (docs/behavior.md#rest-lambda-authorizers).
 */
final class LambdaAuthorizer implements RouteAuthorizer {

    private final AuthorizerDefinition definition;
    private final AuthorizerFunction function;
    private final AuthorizerCache<AuthorizerOutput> cache;

    LambdaAuthorizer(AuthorizerDefinition definition, LambdaFunction function) {
        this.definition = definition;
        this.function = new AuthorizerFunction(definition.name(), function);
        this.cache = new AuthorizerCache<>(definition.resultTtlSeconds());
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public Optional<HttpResponse> authorize(RequestScope scope) {
        List<String> identity = identityValues(scope);
        boolean identityMissing = identity.stream().anyMatch(value -> value == null || value.isEmpty());
        boolean caching = definition.resultTtlSeconds() > 0;
        // A TOKEN authorizer always needs its header; a REQUEST authorizer needs its sources only when caching
        // (docs/behavior.md#rest-authorizer-identity-sources).
        if (identityMissing && (definition.type() == AuthorizerType.TOKEN || caching)) {
            scope.log("Authorizer " + name() + ": identity source " + definition.identitySources()
                    + " missing or empty; unauthorized without calling the function");
            return refuse(scope, null, null, false, Decision.UNAUTHORIZED, GatewayError.UNAUTHORIZED);
        }
        if (definition.type() == AuthorizerType.TOKEN
                && definition.validationExpression().isPresent()
                && !definition
                        .validationExpression()
                        .get()
                        .matcher(identity.get(0))
                        .matches()) {
            scope.log("Authorizer " + name() + ": the token does not match the validation expression "
                    + definition.validationExpression().get() + "; unauthorized without calling the function");
            return refuse(scope, null, null, false, Decision.UNAUTHORIZED, GatewayError.UNAUTHORIZED);
        }
        String methodArn = methodArn(scope, scope.route().path());
        AuthorizerCache.Entry<AuthorizerOutput> cached = caching ? cache.get(identity, scope.receivedAt()) : null;
        byte[] event = null;
        AuthorizerOutput output;
        byte[] result;
        long latencyMillis = 0;
        if (cached != null) {
            scope.log("Authorizer " + name() + ": using the cached answer for this identity");
            output = cached.answer();
            result = cached.result();
        } else {
            event = definition.type() == AuthorizerType.TOKEN
                    ? tokenEvent(methodArn, identity.get(0))
                    : RestProxyEventWriter.writeRequestAuthorizerEvent(
                            RestProxyIntegration.proxyRequest(scope, false), methodArn);
            // On the gateway's clock, so a test with a fixed clock gets the same event on every run.
            long startMillis = scope.clock().millis();
            Invocation invocation = function.invoke(scope, event);
            latencyMillis = Math.max(0, scope.clock().millis() - startMillis);
            if (invocation.outcome() != Invocation.Outcome.SUCCESS) {
                return failed(scope, event, invocation);
            }
            result = invocation.payload();
            try {
                output = AuthorizerOutput.parse(result);
            } catch (InvalidAuthorizerOutputException e) {
                scope.log("Authorizer " + name() + " returned an answer API Gateway cannot use: " + e.getMessage());
                return refuse(
                        scope, event, result, false, Decision.FAILED, GatewayError.AUTHORIZER_CONFIGURATION_ERROR);
            }
            if (caching) {
                cache.put(identity, output, result, scope.receivedAt());
            }
        }
        PolicyEvaluation evaluation;
        try {
            evaluation = output.evaluate(methodArn);
        } catch (InvalidAuthorizerOutputException e) {
            scope.log("Authorizer " + name() + " returned an answer API Gateway cannot use: " + e.getMessage());
            return refuse(
                    scope, event, result, cached != null, Decision.FAILED, GatewayError.AUTHORIZER_CONFIGURATION_ERROR);
        }
        scope.log("Authorizer " + name() + " policy for " + methodArn + ": " + evaluation.reason());
        String principalId = output.principalId().orElse(null);
        switch (evaluation.decision()) {
            case EXPLICIT_DENY:
                return refuse(
                        scope,
                        event,
                        result,
                        cached != null,
                        Decision.DENIED_EXPLICITLY,
                        principalId,
                        GatewayError.ACCESS_DENIED_EXPLICITLY);
            case IMPLICIT_DENY:
                return refuse(
                        scope, event, result, cached != null, Decision.DENIED, principalId, GatewayError.ACCESS_DENIED);
            default:
                break;
        }
        Map<String, Object> authorizer = new LinkedHashMap<>();
        authorizer.put("principalId", principalId);
        authorizer.put("integrationLatency", latencyMillis);
        authorizer.putAll(output.stringifiedContext());
        scope.context(scope.context().withAuthorizer(authorizer));
        scope.usageIdentifierKey(output.usageIdentifierKey().orElse(null));
        scope.authorizerCall(
                new RecordedAuthorizerCall(name(), event, result, cached != null, principalId, Decision.ALLOWED));
        return Optional.empty();
    }

    private Optional<HttpResponse> failed(RequestScope scope, byte[] event, Invocation invocation) {
        byte[] result = AuthorizerFunction.errorObject(invocation);
        // Only a function error whose message is exactly "Unauthorized" means 401
        // (docs/behavior.md#rest-authorizer-client-responses).
        if (invocation.outcome() == Invocation.Outcome.FUNCTION_ERROR
                && "Unauthorized".equals(AuthorizerFunction.errorMessage(result))) {
            scope.log("Authorizer " + name() + " answered Unauthorized");
            return refuse(scope, event, result, false, Decision.UNAUTHORIZED, GatewayError.UNAUTHORIZED);
        }
        scope.log("Authorizer " + name() + " failed: " + AuthorizerFunction.failure(invocation));
        return refuse(scope, event, result, false, Decision.FAILED, GatewayError.AUTHORIZER_CONFIGURATION_ERROR);
    }

    private Optional<HttpResponse> refuse(
            RequestScope scope, byte[] event, byte[] result, boolean fromCache, Decision decision, GatewayError error) {
        return refuse(scope, event, result, fromCache, decision, null, error);
    }

    private Optional<HttpResponse> refuse(
            RequestScope scope,
            byte[] event,
            byte[] result,
            boolean fromCache,
            Decision decision,
            String principalId,
            GatewayError error) {
        scope.authorizerCall(new RecordedAuthorizerCall(name(), event, result, fromCache, principalId, decision));
        return Optional.of(scope.gatewayResponse(error));
    }

    // Each identity source's value, or null where the request has none.
    private List<String> identityValues(RequestScope scope) {
        List<String> values = new ArrayList<>();
        for (String source : definition.identitySources()) {
            values.add(identityValue(scope, source));
        }
        return values;
    }

    private static String identityValue(RequestScope scope, String source) {
        if (source.startsWith("method.request.header.")) {
            List<String> values = scope.request().headers().all(source.substring("method.request.header.".length()));
            return values.isEmpty() ? null : values.get(values.size() - 1);
        }
        if (source.startsWith("method.request.querystring.")) {
            List<String> values = QueryString.parse(scope.request().rawQuery().orElse(null))
                    .get(source.substring("method.request.querystring.".length()));
            return values == null ? null : values.get(values.size() - 1);
        }
        if (source.startsWith("stageVariables.")) {
            return scope.deployment().stageVariables().get(source.substring("stageVariables.".length()));
        }
        return ContextVariables.value(scope, source.substring("context.".length()));
    }

    /**
     * {@code arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path without its leading slash}}, with
     * the request's own path values: a REST method ARN (docs/behavior.md#rest-authorizer-method-arn), and an HTTP API's
     * route ARN (docs/behavior.md#http-api-authorizer-events).
     */
    static String methodArn(RequestScope scope, String path) {
        Deployment deployment = scope.deployment();
        return "arn:aws:execute-api:" + deployment.region() + ":" + deployment.accountId() + ":" + deployment.apiId()
                + "/" + deployment.stage() + "/" + scope.request().method() + "/" + path.substring(1);
    }

    // The three keys of a logged TOKEN event, in their recorded order (docs/behavior.md#rest-token-authorizer-event).
    private static byte[] tokenEvent(String methodArn, String token) {
        ObjectNode event = Json.mapper().createObjectNode();
        event.put("type", "TOKEN");
        event.put("methodArn", methodArn);
        event.put("authorizationToken", token);
        return Json.write(event);
    }
}

package io.apigwsim.internal.pipeline;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiKeySource;
import io.apigwsim.definition.ApiType;
import io.apigwsim.http.Headers;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.cors.CorsPolicy;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.gatewayresponse.GatewayResponses;
import io.apigwsim.internal.gatewayresponse.Problem;
import io.apigwsim.internal.integration.proxy.HttpPathDecoder;
import io.apigwsim.internal.lambda.Invocation;
import io.apigwsim.internal.lambda.LambdaFunction;
import io.apigwsim.internal.lambda.LambdaLimits;
import io.apigwsim.internal.request.QueryString;
import io.apigwsim.internal.request.RequestContext;
import io.apigwsim.internal.request.SigV4Authorization;
import io.apigwsim.internal.usageplan.UsageDecision;
import io.apigwsim.internal.usageplan.UsagePlans;
import io.apigwsim.internal.validation.MethodRequestValidator;
import io.apigwsim.internal.validation.ValidationFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stages a request passes through, in API Gateway's order. A REST API and an HTTP API each list the stages they
 * have ({@link Gateway}); the ones they share are the same class.
 */
final class Stages {

    private Stages() {}

    /** API Gateway refuses a body over its 10 MB payload limit before anything else (docs/behavior.md#limits). */
    static final class BodySizeLimit implements Stage {

        @Override
        public Optional<HttpResponse> apply(RequestScope scope) {
            int length = scope.request().bodyLength();
            if (length <= GatewayResponses.MAX_REQUEST_PAYLOAD_BYTES) {
                return Optional.empty();
            }
            scope.log("Request payload of " + length + " bytes exceeds the limit of "
                    + GatewayResponses.MAX_REQUEST_PAYLOAD_BYTES + " bytes");
            return Optional.of(scope.gatewayResponse(GatewayError.BODY_TOO_LARGE));
        }
    }

    /**
     * An HTTP API decodes the path before routing and rejects one that does not decode
     * (docs/behavior.md#http-api-paths).
     */
    static final class PathDecoding implements Stage {

        @Override
        public Optional<HttpResponse> apply(RequestScope scope) {
            String path = scope.request().path();
            Optional<String> decoded = HttpPathDecoder.decode(path);
            if (decoded.isEmpty()) {
                scope.log("The path " + path + " holds a percent-escape that does not decode; rejected");
                return Optional.of(scope.gatewayResponse(GatewayError.BAD_REQUEST_PATH));
            }
            scope.decodedPath(decoded.get());
            return Optional.empty();
        }
    }

    /**
     * With CORS configured, an HTTP API answers preflights itself, route or no route
     * (docs/behavior.md#http-api-cors).
     */
    static final class CorsPreflight implements Stage {

        private final CorsPolicy cors;

        CorsPreflight(CorsPolicy cors) {
            this.cors = cors;
        }

        @Override
        public Optional<HttpResponse> apply(RequestScope scope) {
            HttpRequest request = scope.request();
            if (!CorsPolicy.isPreflight(request.method(), request.headers())) {
                return Optional.empty();
            }
            List<Header> corsHeaders = cors.preflightHeaders(request.headers());
            scope.log(
                    corsHeaders.isEmpty()
                            ? "CORS preflight from an origin, method or header the CORS configuration does not allow"
                            : "CORS preflight answered by API Gateway");
            Headers.Builder headers =
                    Headers.builder().add("date", scope.httpDate()).add("content-length", "0");
            corsHeaders.forEach(header -> headers.add(header.name(), header.value()));
            headers.add("apigw-requestid", scope.requestId());
            return Optional.of(new HttpResponse(204, headers.build(), new byte[0]));
        }
    }

    /**
     * A hint for a missed request whose path after the stage starts with the stage's own name, as when a test writes
     * {@code /prod/pets} for the stage {@code prod}: targets are given after the stage.
     */
    static Optional<String> stageNamedInTarget(String stage, String path) {
        String prefix = "/" + stage;
        if (stage.equals(ApiDefinition.HTTP_DEFAULT_STAGE) || !(path.equals(prefix) || path.startsWith(prefix + "/"))) {
            return Optional.empty();
        }
        String after = path.substring(prefix.length());
        return Optional.of("The target starts with the stage name \"" + stage + "\": targets are the path after the"
                + " stage, so \"" + path + "\" reached the stage as " + prefix + path + "; write \""
                + (after.isEmpty() ? "/" : after) + "\" to request " + prefix + (after.isEmpty() ? "/" : after));
    }

    /**
     * Find the route that serves the request; without one the gateway answers itself
     * (docs/behavior.md#rest-no-matching-route, #http-api-routes). A matched request gets its request context.
     */
    static final class RouteMatching implements Stage {

        private final RouteTable routes;
        private final Function<RequestScope, RequestContext> contexts;

        RouteMatching(RouteTable routes, Function<RequestScope, RequestContext> contexts) {
            this.routes = routes;
            this.contexts = contexts;
        }

        @Override
        public Optional<HttpResponse> apply(RequestScope scope) {
            HttpRequest request = scope.request();
            Optional<MatchedRoute> match = routes.match(request.method(), request.path());
            if (match.isEmpty()) {
                scope.log(routes.explainMiss(request.method(), request.path()));
                stageNamedInTarget(scope.deployment().stage(), request.path()).ifPresent(scope::log);
                // An Authorization header that is not a readable signature changes the message
                // (docs/behavior.md#rest-no-matching-route).
                Optional<String> authorization = scope.deployment().type() == ApiType.REST
                        ? request.headers().first("Authorization")
                        : Optional.empty();
                if (authorization.isPresent()) {
                    SigV4Authorization signature =
                            SigV4Authorization.read(authorization.get(), IamAuthorizer.hasDate(scope));
                    if (!signature.readable()) {
                        return Optional.of(scope.gatewayResponse(
                                Problem.of(GatewayError.INCOMPLETE_SIGNATURE, signature.problem(), null)));
                    }
                }
                return Optional.of(scope.gatewayResponse(GatewayError.MISSING_AUTHENTICATION_TOKEN));
            }
            MatchedRoute route = match.get();
            scope.log("Matched route ", route.prepared().routeKey(), ", path parameters ", route.pathParameters());
            // The method request, as the console's test-invoke log shows it (docs/behavior.md#execution-log).
            scope.log("Method request path: ", route.pathParameters(), "", "");
            scope.log(
                    "Method request query string: ",
                    new LoggedQuery(request.rawQuery().orElse("")),
                    "",
                    "");
            scope.log("Method request headers: ", new LoggedHeaders(request.headers()), "", "");
            scope.log("Method request body before transformations: ", request.body());
            scope.routed(route);
            scope.context(contexts.apply(scope));
            return Optional.empty();
        }
    }

    /**
     * The route's authorizer, when it has one: a REST Lambda or Cognito authorizer, an HTTP API JWT authorizer
     * (docs/behavior.md#rest-lambda-authorizers, #rest-cognito-user-pool-authorizers, #http-api-jwt-authorizers).
     */
    static final class Authorization implements Stage {

        @Override
        public Optional<HttpResponse> apply(RequestScope scope) {
            RouteAuthorizer authorizer = scope.route().prepared().authorizer();
            return authorizer == null ? Optional.empty() : authorizer.authorize(scope);
        }
    }

    /**
     * A REST method's API key, usage plan throttles and quota, and the stage's throttles
     * (docs/behavior.md#api-keys, #usage-plan-checks).
     */
    static final class UsagePlanCheck implements Stage {

        private final UsagePlans plans;
        private final ApiKeySource keySource;

        UsagePlanCheck(UsagePlans plans, ApiKeySource keySource) {
            this.plans = plans;
            this.keySource = keySource;
        }

        @Override
        public Optional<HttpResponse> apply(RequestScope scope) {
            PreparedRoute route = scope.route().prepared();
            boolean keyRequired = route.definition().methodRequest().apiKeyRequired();
            UsageDecision decision;
            if (keyRequired) {
                String key = keySource == ApiKeySource.HEADER
                        ? scope.request().headers().first("X-API-Key").orElse(null)
                        : scope.usageIdentifierKey();
                decision = plans.check(key, route.routeKey(), scope.receivedAt());
            } else {
                decision = plans.check(route.routeKey(), scope.receivedAt());
            }
            decision.executionLog().ifPresent(scope::log);
            return switch (decision.outcome()) {
                case ALLOWED -> {
                    if (keyRequired) {
                        scope.context(scope.context()
                                .withApiKey(
                                        decision.apiKeyValue().orElseThrow(),
                                        decision.apiKeyId().orElseThrow()));
                    }
                    yield Optional.empty();
                }
                case INVALID_API_KEY -> Optional.of(scope.gatewayResponse(GatewayError.INVALID_API_KEY));
                case THROTTLED -> Optional.of(scope.gatewayResponse(GatewayError.THROTTLED));
                case QUOTA_EXCEEDED -> Optional.of(scope.gatewayResponse(GatewayError.QUOTA_EXCEEDED));
            };
        }
    }

    /**
     * A REST method's request validator: required parameters before the body's model
     * (docs/behavior.md#request-validators, #required-request-parameters, #request-body-models).
     */
    static final class RequestValidation implements Stage {

        @Override
        public Optional<HttpResponse> apply(RequestScope scope) {
            MethodRequestValidator validator = scope.route().prepared().validator();
            if (validator == null) {
                return Optional.empty();
            }
            HttpRequest request = scope.request();
            Optional<ValidationFailure> failure = validator.validate(
                    request.headers(),
                    QueryString.parse(request.rawQuery().orElse(null)),
                    scope.route().pathParameters(),
                    request.body());
            if (failure.isEmpty()) {
                scope.log("Request validation passed");
                return Optional.empty();
            }
            ValidationFailure refused = failure.get();
            scope.log("Request validation failed: " + refused.validationErrorString());
            GatewayError error = refused.kind() == ValidationFailure.Kind.BAD_REQUEST_PARAMETERS
                    ? GatewayError.BAD_REQUEST_PARAMETERS
                    : GatewayError.BAD_REQUEST_BODY;
            return Optional.of(
                    scope.gatewayResponse(Problem.of(error, refused.message(), refused.validationErrorString())));
        }
    }

    /** The integration request: parameter mapping and templates, or the proxy event. */
    static final class IntegrationRequestStage implements Stage {

        @Override
        public Optional<HttpResponse> apply(RequestScope scope) {
            RouteIntegration.IntegrationRequest request =
                    scope.route().prepared().integration().request(scope);
            if (request instanceof RouteIntegration.IntegrationRequest.Refuse refuse) {
                return Optional.of(scope.gatewayResponse(refuse.type()));
            }
            if (request instanceof RouteIntegration.IntegrationRequest.Answer answer) {
                return Optional.of(answer.response());
            }
            scope.pendingInvocation((RouteIntegration.IntegrationRequest.Invoke) request);
            return Optional.empty();
        }
    }

    /** The call to Lambda's Invoke API, with Lambda's limits and the integration timeout (docs/behavior.md#limits). */
    static final class LambdaInvoke implements Stage {

        @Override
        public Optional<HttpResponse> apply(RequestScope scope) {
            RouteIntegration.IntegrationRequest.Invoke invoke = scope.pendingInvocation();
            PreparedRoute route = scope.route().prepared();
            LambdaFunction function = route.function();
            String awsRequestId = scope.ids().uuid();
            if (invoke.asynchronous()) {
                // Invocation type Event: Lambda accepts the event and API Gateway answers at once
                // (docs/behavior.md#async-invocation).
                scope.log("Invoking " + function.name() + " asynchronously (X-Amz-Invocation-Type: Event)");
                if (!function.invokeAsync(
                        invoke.payload(), awsRequestId, scope.trace().toString())) {
                    // The gateway was closed while this request was under way, so its Lambda service takes no
                    // more events: answered as an invocation Lambda rejects
                    // (docs/behavior.md#invocations-refused-at-close).
                    scope.log("Execution failed: Lambda rejected the asynchronous invocation because the gateway was"
                            + " closed while the request was under way");
                    return Optional.of(scope.gatewayResponse(GatewayError.API_CONFIGURATION_ERROR));
                }
                scope.event(invoke.payload());
                scope.answeredAsynchronously();
                return Optional.empty();
            }
            scope.log(
                    "Endpoint request URI: https://lambda.",
                    scope.deployment().region(),
                    ".amazonaws.com/2015-03-31/functions/",
                    new FunctionArn(scope.deployment(), function.name()));
            if (route.integration() instanceof RestProxyIntegration
                    || route.integration() instanceof HttpProxyIntegration) {
                // A custom integration logs its mapped body itself.
                scope.log("Endpoint request body after transformations: ", invoke.payload());
            }
            scope.log("Sending request to ", function.name(), "", "");
            Invocation invocation = function.invoke(
                    invoke.payload(), awsRequestId, scope.trace().toString(), route.integrationTimeout());
            if (invocation.outcome() == Invocation.Outcome.REQUEST_TOO_LARGE) {
                scope.log("Execution failed: the Lambda event of " + invoke.payload().length
                        + " bytes exceeds Lambda's limit: Request must be smaller than " + LambdaLimits.MAX_EVENT_BYTES
                        + " bytes for the InvokeFunction operation");
                return Optional.of(scope.gatewayResponse(GatewayError.REQUEST_TOO_LARGE));
            }
            scope.event(invoke.payload());
            for (String line : invocation.functionLog()) {
                scope.log("[function log] " + line);
            }
            if (invocation.outcome() == Invocation.Outcome.INTEGRATION_TIMEOUT) {
                // API Gateway answers at its timeout; the function keeps running until its own timeout
                // (docs/behavior.md#integration-timeouts, #functions-still-running-at-the-timeout).
                scope.log("Execution failed due to a timeout error: the function did not answer within the"
                        + " integration timeout of "
                        + route.integrationTimeout().toMillis() + " ms; it is still running, and Lambda stops it at"
                        + " its function timeout of "
                        + function.functionTimeout().toMillis() + " ms");
                return Optional.of(scope.gatewayResponse(GatewayError.INTEGRATION_TIMEOUT));
            }
            scope.log("Received response. Status: 200, Integration latency: ", invocation.durationMillis(), " ms", "");
            if (invocation.outcome() == Invocation.Outcome.FUNCTION_ERROR) {
                scope.log("Endpoint response headers: {X-Amz-Function-Error=Unhandled}");
            }
            scope.log("Endpoint response body before transformations: ", invocation.payload());
            scope.answered(invocation);
            return Optional.empty();
        }
    }

    /** The integration response and the method response: always answers. */
    static final class IntegrationResponseStage implements Stage {

        @Override
        public Optional<HttpResponse> apply(RequestScope scope) {
            return Optional.of(scope.route()
                    .prepared()
                    .integration()
                    .response(scope, scope.pendingInvocation(), scope.invocation()));
        }
    }

    /** Headers as the console's log writes them, {@code {Name=value, Name=value}}, rendered only when read. */
    record LoggedHeaders(Headers headers) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("{");
            for (Header header : headers.entries()) {
                text.append(text.length() > 1 ? ", " : "")
                        .append(header.name())
                        .append('=')
                        .append(header.value());
            }
            return text.append('}').toString();
        }
    }

    /** A query string as the console's log writes it, {@code {time=morning}}, rendered only when read. */
    private record LoggedQuery(String rawQuery) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("{");
            if (!rawQuery.isEmpty()) {
                for (Map.Entry<String, List<String>> parameter :
                        QueryString.parse(rawQuery).entrySet()) {
                    List<String> values = parameter.getValue();
                    text.append(text.length() > 1 ? ", " : "")
                            .append(parameter.getKey())
                            .append('=')
                            .append(values.size() == 1 ? values.get(0) : values);
                }
            }
            return text.append('}').toString();
        }
    }

    /** The function's ARN and the rest of the Invoke API's path, rendered only when read. */
    private record FunctionArn(Deployment deployment, String functionName) {
        @Override
        public String toString() {
            return "arn:aws:lambda:" + deployment.region() + ":" + deployment.accountId() + ":function:" + functionName
                    + "/invocations";
        }
    }
}

package io.apigwsim.internal.pipeline;

import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.EndpointType;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.cors.CorsPolicy;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.gatewayresponse.GatewayResponses;
import io.apigwsim.internal.lambda.LambdaService;
import io.apigwsim.internal.usageplan.UsagePlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One deployed stage of an API, REST or HTTP: every request passes through the same list of stages, in API Gateway's
 * order, until one answers it.
 *
 * <p>A REST API: body size limit, route match, authorizer, API key and usage plan, request validation, integration
 * request, Lambda invocation, integration response. An HTTP API: body size limit, path decoding,
 * CORS preflight, route match, JWT authorizer, integration request, Lambda invocation, integration
 * response.
 */
public final class Gateway implements AutoCloseable {

    private final Deployment deployment;
    private final GatewayResponses gatewayResponses;
    private final List<Stage> stages;
    private final IdSource ids;
    private final GatewayEnvironment environment;
    private final LambdaService lambda;
    private final List<String> definitionNotes;
    private final CloudFrontEdge edge;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Gateway(
            Deployment deployment,
            GatewayResponses gatewayResponses,
            List<Stage> stages,
            IdSource ids,
            GatewayEnvironment environment,
            LambdaService lambda,
            List<String> definitionNotes) {
        this.definitionNotes = definitionNotes;
        this.deployment = deployment;
        this.gatewayResponses = gatewayResponses;
        this.stages = List.copyOf(stages);
        this.ids = ids;
        this.environment = environment;
        this.lambda = lambda;
        // Drawn from a seed of its own, so that the request ids of a seeded gateway do not depend on the endpoint.
        this.edge = deployment.endpointType() == EndpointType.EDGE
                ? new CloudFrontEdge(new IdSource(environment.seed() ^ 0x5DEECE66DL))
                : null;
    }

    /**
     * Bind the definition's functions, prepare every route, and deploy the stage.
     *
     * @param definition the API, already checked when it was built
     * @param functions handlers bound to the function names that integrations name
     * @param environment the clock, seed, region and account
     * @throws io.apigwsim.definition.ApiDefinitionException naming the route and the fix when a route, a handler or a
     *     function binding is invalid
     */
    public static Gateway create(
            ApiDefinition definition, Map<String, FunctionBinding> functions, GatewayEnvironment environment) {
        IdSource ids = new IdSource(environment.seed());
        Deployment deployment = Deployment.of(definition, environment);
        String logStream =
                TimeFormats.LOG_STREAM_DATE.format(environment.clock().instant()) + "/[$LATEST]" + ids.hex(32);
        LambdaService lambda = new LambdaService(environment.region(), environment.accountId(), logStream);
        RoutePreparation preparation = new RoutePreparation(definition, functions, lambda, environment.identitySeed());
        RouteTable routes = preparation.routes();
        List<Stage> stages = new ArrayList<>();
        stages.add(new Stages.BodySizeLimit());
        if (definition.type() == ApiType.REST) {
            stages.add(new Stages.RouteMatching(routes, RequestContexts::rest));
            stages.add(new Stages.Authorization());
            if (usesUsagePlans(definition)) {
                stages.add(new Stages.UsagePlanCheck(usagePlans(definition), definition.apiKeySource()));
            }
            stages.add(new Stages.RequestValidation());
        } else {
            stages.add(new Stages.PathDecoding());
            definition.cors().map(CorsPolicy::of).map(Stages.CorsPreflight::new).ifPresent(stages::add);
            stages.add(new Stages.RouteMatching(routes, RequestContexts::http));
            stages.add(new Stages.Authorization());
            if (usesUsagePlans(definition)) {
                stages.add(new Stages.UsagePlanCheck(usagePlans(definition), definition.apiKeySource()));
            }
        }
        stages.add(new Stages.IntegrationRequestStage());
        stages.add(new Stages.LambdaInvoke());
        stages.add(new Stages.IntegrationResponseStage());
        GatewayResponses responses = definition.type() == ApiType.REST
                ? GatewayResponses.restApi(definition.gatewayResponses())
                : GatewayResponses.httpApi();
        List<String> notes = preparation.unusedAuthorizers().stream()
                .map(name -> "Authorizer " + name + " is declared, but no route uses it")
                .toList();
        return new Gateway(deployment, responses, stages, ids, environment, lambda, notes);
    }

    // An HTTP API has no keys or plans, so only its stage's route throttles apply.
    private static UsagePlans usagePlans(ApiDefinition definition) {
        List<String> routeKeys =
                definition.routes().stream().map(RouteDefinition::routeKey).toList();
        return UsagePlans.compile(
                definition.usagePlans(), definition.apiKeys(), definition.stageThrottling(), routeKeys);
    }

    private static boolean usesUsagePlans(ApiDefinition definition) {
        return !definition.usagePlans().isEmpty()
                || !definition.apiKeys().isEmpty()
                || definition.stageThrottling().defaultMethodThrottle().isPresent()
                || !definition.stageThrottling().methodThrottles().isEmpty()
                || definition.routes().stream()
                        .anyMatch(route -> route.methodRequest().apiKeyRequired());
    }

    /**
     * The {@code Authorization} and {@code X-Amz-Date} values of a request signed now with the given access key, in
     * Signature Version 4's form; the signature is a placeholder, since API Gateway's check of it is not simulated
     * (docs/behavior.md#rest-iam-authorization).
     *
     * @param accessKeyId the access key id of the {@code Credential}
     * @return the two header values, {@code Authorization} first
     */
    public String[] signatureHeaders(String accessKeyId) {
        String amzDate = TimeFormats.AMZ_DATE.format(environment.clock().instant());
        String authorization = "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + amzDate.substring(0, 8) + "/"
                + environment.region() + "/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature="
                + "0".repeat(64);
        return new String[] {authorization, amzDate};
    }

    /**
     * Send one request through the stage.
     *
     * @throws IllegalStateException when the gateway is closed
     */
    public Exchange send(HttpRequest request) {
        if (closed.get()) {
            requireOpen(request.method(), request.target());
        }
        // An HTTP API's request id has the extended request id's form (docs/behavior.md#http-api-payload-20-event).
        String requestId = deployment.type() == ApiType.REST ? ids.uuid() : null;
        String extendedRequestId = ids.extendedRequestId();
        // An edge-optimized API is reached through CloudFront (docs/behavior.md#endpoint-types).
        String cloudFrontId = edge == null ? null : CloudFrontEdge.requestId(ids);
        RequestScope scope = new RequestScope(
                request,
                edge == null ? request : edge.forward(request, cloudFrontId),
                deployment,
                gatewayResponses,
                ids,
                environment.clock(),
                requestId == null ? extendedRequestId : requestId,
                extendedRequestId);
        scope.log("Starting execution for request: ", scope.requestId(), "", "");
        scope.log("HTTP Method: ", request.method(), ", Resource Path: ", request.path());
        definitionNotes.forEach(scope::log);
        request.headers()
                .first("Host")
                .filter(host -> !host.equalsIgnoreCase(deployment.domainName()))
                .ifPresent(host -> scope.log("Host header \"" + host + "\" replaced by \"" + deployment.domainName()
                        + "\": API Gateway sets Host to the domain the request reached; a custom domain is declared"
                        + " with customDomain(...) (docs/behavior.md#custom-domains)"));
        HttpResponse response = run(scope);
        return scope.complete(edge == null ? response : edge.answer(response, cloudFrontId));
    }

    private HttpResponse run(RequestScope scope) {
        try {
            for (Stage stage : stages) {
                Optional<HttpResponse> answer = stage.apply(scope);
                if (answer.isPresent()) {
                    scope.log("Answered by pipeline stage ", stage.getClass().getSimpleName(), "", "");
                    return answer.get();
                }
            }
            throw new IllegalStateException("No stage answered the request");
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of the simulator itself: the client gets a 500 and the log says what failed.
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            scope.log("apigw-sim failed while processing the request; please report it: " + trace);
            return scope.gatewayResponse(GatewayError.API_CONFIGURATION_ERROR);
        }
    }

    /**
     * Fail unless the gateway is open.
     *
     * @param method the method of the request about to be made, for the message
     * @param target the target of the request about to be made, for the message
     * @throws IllegalStateException when the gateway is closed
     */
    public void requireOpen(String method, String target) {
        if (closed.get()) {
            throw new IllegalStateException("This ApiGateway is closed, so it cannot send " + method + " " + target
                    + "; build a new gateway for it");
        }
    }

    /** Refuse further requests and stop the asynchronous invocations still running. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            lambda.close();
        }
    }

    @Override
    public String toString() {
        return deployment.type() + " API " + deployment.apiId() + ", stage " + deployment.stage();
    }
}

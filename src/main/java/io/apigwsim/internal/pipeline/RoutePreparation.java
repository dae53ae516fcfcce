package io.apigwsim.internal.pipeline;

import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.AuthorizerType;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.LambdaCustomIntegration;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.MockIntegration;
import io.apigwsim.definition.RequestValidator;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.internal.content.BinaryMediaTypes;
import io.apigwsim.internal.cors.CorsPolicy;
import io.apigwsim.internal.integration.custom.CustomIntegrationMapping;
import io.apigwsim.internal.jwt.CognitoVerifier;
import io.apigwsim.internal.jwt.JwtVerifier;
import io.apigwsim.internal.lambda.FunctionSettings;
import io.apigwsim.internal.lambda.InvalidHandlerException;
import io.apigwsim.internal.lambda.LambdaFunction;
import io.apigwsim.internal.lambda.LambdaService;
import io.apigwsim.internal.routing.HttpApiRouter;
import io.apigwsim.internal.routing.InvalidRouteException;
import io.apigwsim.internal.routing.RestRouter;
import io.apigwsim.internal.validation.MethodRequestValidator;
import io.apigwsim.internal.vtl.VtlEngine;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prepares the routes of a checked definition when its gateway is built: binds each route's function to its handler,
 * checks the handler, compiles custom and mock integrations, and builds the route table. Every error names the route.
 */
final class RoutePreparation {

    private final ApiDefinition definition;
    private final Map<String, FunctionBinding> functions;
    private final LambdaService lambda;
    private final long identitySeed;
    private final RestProxyIntegration restProxy;
    private final CorsPolicy cors;
    private final Map<String, RouteAuthorizer> authorizers = new HashMap<>();
    private VtlEngine vtl;
    private final BinaryMediaTypes binaryMediaTypes;
    private IamAuthorizer iam;

    RoutePreparation(
            ApiDefinition definition, Map<String, FunctionBinding> functions, LambdaService lambda, long identitySeed) {
        this.definition = definition;
        this.functions = functions;
        this.lambda = lambda;
        this.identitySeed = identitySeed;
        this.binaryMediaTypes = BinaryMediaTypes.of(definition.binaryMediaTypes());
        this.restProxy = new RestProxyIntegration(binaryMediaTypes);
        this.cors = definition.cors().map(CorsPolicy::of).orElse(null);
        for (AuthorizerDefinition authorizer : definition.authorizers().values()) {
            if (!authorizer.isLambda()) {
                authorizers.put(authorizer.name(), tokenAuthorizer(authorizer));
                continue;
            }
            // An HTTP API authorizer of payload 2.0 receives the HTTP API event; 1.0 the REST-compatible one
            // (docs/behavior.md#http-api-authorizer-events).
            Optional<String> httpPayload = authorizer.payloadFormatVersion();
            boolean httpPayloadV2 = httpPayload.filter("2.0"::equals).isPresent();
            LambdaFunction function = bind(
                    authorizer.handler(),
                    authorizer.functionName(),
                    authorizer.handlerType(),
                    authorizer.functionTimeout(),
                    httpPayloadV2 ? APIGatewayV2CustomAuthorizerEvent.class : APIGatewayCustomAuthorizerEvent.class,
                    httpPayload
                            .map(version -> "the HTTP API authorizer event of payload " + version)
                            .orElse("the " + authorizer.type() + " authorizer event"),
                    capitalized(authorizer.origin()),
                    authorizer.origin());
            authorizers.put(
                    authorizer.name(),
                    httpPayload.isPresent()
                            ? new HttpLambdaAuthorizer(authorizer, function)
                            : new LambdaAuthorizer(authorizer, function));
        }
    }

    /** The authorizers that no route names, for the execution log. */
    List<String> unusedAuthorizers() {
        Set<String> used = new HashSet<>();
        definition.routes().forEach(route -> route.methodRequest().authorizer().ifPresent(used::add));
        return authorizers.keySet().stream()
                .filter(name -> !used.contains(name))
                .sorted()
                .toList();
    }

    RouteTable routes() {
        return definition.type() == ApiType.REST ? restRoutes() : httpRoutes();
    }

    private RouteTable restRoutes() {
        RestRouter.Builder<PreparedRoute> routes = RestRouter.builder();
        for (RouteDefinition route : definition.routes()) {
            PreparedRoute prepared = prepare(route);
            try {
                routes.add(route.method(), route.path(), prepared);
            } catch (InvalidRouteException e) {
                String place = e.part() == InvalidRouteException.Part.METHOD
                        ? route.origin()
                        : route.origin() + " has path \"" + route.path() + "\"";
                throw new ApiDefinitionException(place + ": " + e.getMessage(), e);
            }
        }
        try {
            return RouteTable.of(routes.build());
        } catch (InvalidRouteException e) {
            throw new ApiDefinitionException("The routes of this API conflict: " + e.getMessage(), e);
        }
    }

    private RouteTable httpRoutes() {
        HttpApiRouter.Builder<PreparedRoute> routes = HttpApiRouter.builder();
        for (RouteDefinition route : definition.routes()) {
            PreparedRoute prepared = prepare(route);
            try {
                routes.add(route.routeKey(), prepared);
            } catch (InvalidRouteException e) {
                throw new ApiDefinitionException(
                        route.origin() + " has route key \"" + route.routeKey() + "\": " + e.getMessage(), e);
            }
        }
        try {
            return RouteTable.of(routes.build());
        } catch (InvalidRouteException e) {
            throw new ApiDefinitionException("The routes of this API conflict: " + e.getMessage(), e);
        }
    }

    private PreparedRoute prepare(RouteDefinition route) {
        Integration integration = route.integration();
        boolean rest = definition.type() == ApiType.REST;
        Duration timeout = integration
                .timeout()
                .orElse(rest ? LambdaProxyIntegration.DEFAULT_TIMEOUT : LambdaProxyIntegration.HTTP_API_TIMEOUT);
        String resourceId = rest ? resourceId(route.path()) : null;
        if (integration instanceof MockIntegration mock) {
            // A mock answers without a function: none is bound (docs/behavior.md#mock-integrations).
            CustomIntegrationMapping mapping =
                    CustomIntegrationMapping.compile(mock, binaryMediaTypes, vtl(), route.routeKey(), route.describe());
            return new PreparedRoute(
                    route,
                    resourceId,
                    null,
                    timeout,
                    new RestMockIntegration(mapping),
                    authorizer(route),
                    validator(route));
        }
        if (integration instanceof LambdaCustomIntegration custom) {
            CustomIntegrationMapping mapping = CustomIntegrationMapping.compile(
                    custom, binaryMediaTypes, vtl(), route.routeKey(), route.describe());
            // A custom integration's function takes whatever its request template renders, so any input type fits.
            LambdaFunction function = function(route, null, "the rendered request template");
            return new PreparedRoute(
                    route,
                    resourceId,
                    function,
                    timeout,
                    new CustomIntegration(mapping),
                    authorizer(route),
                    validator(route));
        }
        LambdaProxyIntegration proxy = (LambdaProxyIntegration) integration;
        if (rest) {
            LambdaFunction function = function(route, APIGatewayProxyRequestEvent.class, "the REST API proxy event");
            return new PreparedRoute(
                    route, resourceId, function, timeout, restProxy, authorizer(route), validator(route));
        }
        boolean v2 = proxy.payloadFormatVersion().orElse("2.0").equals("2.0");
        LambdaFunction function = v2
                ? function(route, APIGatewayV2HTTPEvent.class, "the HTTP API payload 2.0 event")
                : function(route, APIGatewayProxyRequestEvent.class, "the HTTP API payload 1.0 event");
        return new PreparedRoute(
                route, null, function, timeout, new HttpProxyIntegration(v2, cors), authorizer(route), null);
    }

    private VtlEngine vtl() {
        if (vtl == null) {
            vtl = VtlEngine.create();
        }
        return vtl;
    }

    // A JWT or Cognito authorizer; an issuer, pool ARN or key set API Gateway would not accept fails here.
    private static RouteAuthorizer tokenAuthorizer(AuthorizerDefinition authorizer) {
        try {
            if (authorizer.type() == AuthorizerType.JWT) {
                JwtVerifier verifier = authorizer.trustedKeys().isPresent()
                        ? JwtVerifier.of(
                                authorizer.issuer().orElseThrow(),
                                authorizer.audiences(),
                                authorizer.trustedKeys().get())
                        : JwtVerifier.of(authorizer.issuer().orElseThrow(), authorizer.audiences());
                return new TokenAuthorizers.Jwt(authorizer, verifier);
            }
            CognitoVerifier verifier = authorizer.trustedKeys().isPresent()
                    ? CognitoVerifier.of(
                            authorizer.providerArns(), authorizer.trustedKeys().get())
                    : CognitoVerifier.of(authorizer.providerArns());
            return new TokenAuthorizers.Cognito(authorizer, verifier);
        } catch (IllegalArgumentException e) {
            throw new ApiDefinitionException(capitalized(authorizer.origin()) + ": " + e.getMessage(), e);
        }
    }

    // The method's validator with its required parameters and models compiled; errors name the route.
    private MethodRequestValidator validator(RouteDefinition route) {
        MethodRequest request = route.methodRequest();
        if (request.requestValidator().isEmpty()) {
            return null;
        }
        RequestValidator validator =
                definition.requestValidators().get(request.requestValidator().get());
        Map<String, String> schemas = new LinkedHashMap<>();
        request.requestModels()
                .forEach((contentType, model) ->
                        schemas.put(contentType, definition.models().get(model)));
        try {
            MethodRequestValidator compiled = MethodRequestValidator.compile(
                    validator.validateBody(), validator.validateParameters(), request.requiredParameters(), schemas);
            return compiled.validatesAnything() ? compiled : null;
        } catch (IllegalArgumentException e) {
            throw new ApiDefinitionException("Route " + route.describe() + ": " + e.getMessage(), e);
        }
    }

    private RouteAuthorizer authorizer(RouteDefinition route) {
        if (route.methodRequest().iamAuthorization()) {
            if (iam == null) {
                iam = new IamAuthorizer(definition.iamPrincipals());
            }
            return iam;
        }
        return route.methodRequest().authorizer().map(authorizers::get).orElse(null);
    }

    private LambdaFunction function(RouteDefinition route, Class<?> eventClass, String eventName) {
        Integration integration = route.integration();
        return bind(
                integration.handler(),
                integration.functionName(),
                integration.handlerType(),
                integration.functionTimeout(),
                eventClass,
                eventName,
                "Route " + route.describe(),
                "route " + route.routeKey()
                        + (route.origin().contains(route.routeKey()) ? "" : " (" + route.origin() + ")"));
    }

    // Bind a handler given directly or by function name, and check it can take the event; errors name the place.
    private LambdaFunction bind(
            Optional<Object> givenHandler,
            Optional<String> givenName,
            Optional<java.lang.reflect.Type> handlerType,
            Duration functionTimeout,
            Class<?> eventClass,
            String eventName,
            String declaration,
            String where) {
        Object handler;
        Optional<java.lang.reflect.Type> declaredType = handlerType;
        Duration timeout = functionTimeout;
        int memory = FunctionSettings.DEFAULT_MEMORY_MB;
        if (givenHandler.isPresent()) {
            handler = givenHandler.get();
        } else {
            String name = givenName.orElseThrow();
            FunctionBinding binding = functions.get(name);
            if (binding == null) {
                throw new ApiDefinitionException(declaration + " names the function \"" + name
                        + "\", which has no handler; bind one with ApiGateway.builder().function(\"" + name
                        + "\", handler), or in a JUnit test with a @LambdaFunction(\"" + name + "\") field");
            }
            handler = binding.handler();
            declaredType = declaredType.or(binding::declaredType);
            timeout = binding.functionTimeout().orElse(functionTimeout);
            memory = binding.memorySizeMb().orElse(memory);
        }
        String functionName = givenName.orElseGet(() -> handlerName(handler));
        try {
            return lambda.function(handler, declaredType, eventClass, eventName, functionName, timeout, memory);
        } catch (InvalidHandlerException e) {
            throw new ApiDefinitionException(
                    "Handler " + handlerName(handler) + " for " + where + " " + e.getMessage(), e);
        }
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    // Resource ids are stable per resource path of the same API, as in a deployed API.
    private String resourceId(String path) {
        return new IdSource(identitySeed ^ path.hashCode()).lowerAlphanumeric(6);
    }

    // A Mockito mock's class is named like "RequestHandler$MockitoMock$123"; its function is "RequestHandler".
    private static String handlerName(Object handler) {
        String name = handler.getClass().getSimpleName();
        int dollar = name.indexOf('$');
        return dollar > 0 ? name.substring(0, dollar) : name;
    }
}

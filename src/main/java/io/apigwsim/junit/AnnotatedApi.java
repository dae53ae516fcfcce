package io.apigwsim.junit;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.AuthorizerType;
import io.apigwsim.definition.ContentHandling;
import io.apigwsim.definition.CorsConfiguration;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import io.apigwsim.definition.LambdaCustomIntegration;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.MockIntegration;
import io.apigwsim.definition.RequestValidator;
import io.apigwsim.definition.RouteDefinition;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Reads {@link ApiGatewayTest}, {@link Route}, {@link CorsPreflight} and {@link LambdaFunction} declarations of one
 * test into an API definition and the handlers bound to its functions, checking each declaration and naming it in
 * every error.
 */
final class AnnotatedApi {

    private final ApiGateway.Builder builder = ApiGateway.builder();
    private boolean loadsDefinition;
    private final Map<String, FunctionField> functions = new LinkedHashMap<>();
    private final String testClassName;
    private ApiType type = ApiType.REST;
    private int routeCount;

    private AnnotatedApi(String testClassName) {
        this.testClassName = testClassName;
    }

    /** Read the declarations visible to the current test: its method, its class and enclosing classes. */
    static AnnotatedApi read(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        AnnotatedApi api = new AnnotatedApi(testClass.getSimpleName());
        api.readSettings(testClass);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            api.readFunctions(instance);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> current = testClass; current != null; current = current.getEnclosingClass()) {
            classes.add(0, current);
        }
        for (Class<?> declaring : classes) {
            api.readAuthorizers(declaring);
            api.readValidation(declaring);
            api.readAccess(declaring);
        }
        for (Class<?> declaring : classes) {
            api.readRoutes(declaring, "@Route on class " + declaring.getSimpleName());
        }
        Optional<Method> method = context.getTestMethod();
        if (method.isPresent()) {
            api.readRoutes(
                    method.get(),
                    "@Route on method " + testClass.getSimpleName() + "."
                            + method.get().getName() + "()");
        }
        return api;
    }

    /** Call the listener with every exchange of the gateway built from these declarations. */
    AnnotatedApi onExchange(Consumer<Exchange> listener) {
        builder.onExchange(listener);
        return this;
    }

    ApiGateway build() {
        if (routeCount == 0 && !loadsDefinition && type == ApiType.HTTP) {
            throw new ExtensionConfigurationException("@ApiGatewayTest class " + testClassName
                    + " declares no routes, so its HTTP API would answer every request with 404 Not Found; add one,"
                    + " for example @Route(method = \"GET\", path = \"/pets/{id}\", handler = GetPet.class) or"
                    + " @DefaultRoute(handler = Fallback.class)");
        }
        if (routeCount == 0 && !loadsDefinition) {
            throw new ExtensionConfigurationException("@ApiGatewayTest class " + testClassName
                    + " declares no routes, and API Gateway cannot deploy a REST API without methods; add one,"
                    + " for example @Route(method = \"GET\", path = \"/pets/{id}\", handler = GetPet.class)");
        }
        try {
            ApiGateway.Builder gateway = builder;
            for (FunctionField function : functions.values()) {
                if (function.handler != null) {
                    gateway.function(function.name, function.handler, function.field.getGenericType());
                }
            }
            return gateway.build();
        } catch (ApiDefinitionException e) {
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
    }

    /** The settings of the nearest class, the test class or an enclosing one, annotated {@link ApiGatewayTest}. */
    static Optional<ApiGatewayTest> settings(Class<?> testClass) {
        Optional<ApiGatewayTest> settings = Optional.empty();
        for (Class<?> current = testClass;
                current != null && settings.isEmpty();
                current = current.getEnclosingClass()) {
            settings = AnnotationSupport.findAnnotation(current, ApiGatewayTest.class);
        }
        return settings;
    }

    private void readSettings(Class<?> testClass) {
        Optional<ApiGatewayTest> settings = settings(testClass);
        if (settings.isEmpty()) {
            return;
        }
        String where = "@ApiGatewayTest on class " + testClassName;
        try {
            if (settings.get().type() == ApiType.HTTP) {
                type = ApiType.HTTP;
                builder.httpApi();
                if (settings.get().binaryMediaTypes().length > 0) {
                    // Checked here too so that the message names the annotation (the gateway checks it at build).
                    throw new ApiDefinitionException(
                            "binaryMediaTypes " + List.of(settings.get().binaryMediaTypes())
                                    + " are a REST API setting; an HTTP API has none and base64-encodes every request body"
                                    + " that is not text, JSON, XML or JavaScript; remove them");
                }
            }
            readIdentity(settings.get());
            readDefinitionFile(settings.get());
            if (!settings.get().stage().isEmpty()) {
                builder.stage(settings.get().stage());
            }
            for (String variable : settings.get().stageVariables()) {
                int equals = variable.indexOf('=');
                if (equals <= 0) {
                    throw new ApiDefinitionException("stage variable \"" + variable
                            + "\" is not written name=value; write for example stageVariables = \"table=pets\"");
                }
                builder.stageVariable(variable.substring(0, equals), variable.substring(equals + 1));
            }
            builder.binaryMediaTypes(settings.get().binaryMediaTypes());
            Optional<Cors> cors = Optional.empty();
            for (Class<?> current = testClass;
                    current != null && cors.isEmpty();
                    current = current.getEnclosingClass()) {
                cors = AnnotationSupport.findAnnotation(current, Cors.class);
            }
            if (cors.isPresent()) {
                CorsConfiguration.Builder configuration = CorsConfiguration.builder()
                        .allowOrigins(cors.get().allowOrigins())
                        .allowMethods(cors.get().allowMethods())
                        .allowHeaders(cors.get().allowHeaders())
                        .exposeHeaders(cors.get().exposeHeaders())
                        .allowCredentials(cors.get().allowCredentials());
                if (cors.get().maxAgeSeconds() >= 0) {
                    configuration.maxAge(Duration.ofSeconds(cors.get().maxAgeSeconds()));
                }
                builder.cors(configuration.build());
            }
        } catch (ApiDefinitionException e) {
            throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
        }
    }

    private void readIdentity(ApiGatewayTest settings) {
        try {
            if (!settings.region().isEmpty()) {
                builder.region(settings.region());
            }
            if (!settings.accountId().isEmpty()) {
                builder.accountId(settings.accountId());
            }
            if (!settings.apiId().isEmpty()) {
                builder.apiId(settings.apiId());
            }
            if (!settings.customDomain().isEmpty()) {
                builder.customDomain(settings.customDomain(), settings.basePath());
            } else if (!settings.basePath().isEmpty()) {
                throw new ApiDefinitionException("basePath = \"" + settings.basePath() + "\" is a custom domain's base"
                        + " path, but customDomain is not set");
            }
        } catch (IllegalArgumentException e) {
            throw new ApiDefinitionException(e.getMessage(), e);
        }
        if (!settings.seed().isEmpty()) {
            try {
                builder.seed(Long.parseLong(settings.seed().trim()));
            } catch (NumberFormatException e) {
                throw new ApiDefinitionException(
                        "seed = \"" + settings.seed() + "\" is not a decimal long; write for example seed = \"42\"", e);
            }
        }
        if (settings.endpointType().length > 1) {
            throw new ApiDefinitionException("endpointType names " + settings.endpointType().length
                    + " types; an API has one, such as endpointType = EndpointType.EDGE");
        }
        if (settings.endpointType().length == 1) {
            builder.endpointType(settings.endpointType()[0]);
        }
        if (!settings.clock().isEmpty()) {
            try {
                builder.clock(Clock.fixed(Instant.parse(settings.clock().trim()), ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                throw new ApiDefinitionException(
                        "clock = \"" + settings.clock() + "\" is not an ISO-8601 instant; write for example clock ="
                                + " \"2024-08-02T21:34:43.123Z\"",
                        e);
            }
        }
    }

    private void readDefinitionFile(ApiGatewayTest settings) {
        String openApi = settings.openApi();
        String samTemplate = settings.samTemplate();
        if (!openApi.isEmpty() && !samTemplate.isEmpty()) {
            throw new ApiDefinitionException("openApi = \"" + openApi + "\" and samTemplate = \"" + samTemplate
                    + "\" are both set; a gateway serves one definition, so set one");
        }
        if (!settings.samApi().isEmpty() && samTemplate.isEmpty()) {
            throw new ApiDefinitionException("samApi = \"" + settings.samApi() + "\" chooses an API of a SAM template,"
                    + " but samTemplate is not set");
        }
        if (settings.templateParameters().length > 0 && samTemplate.isEmpty()) {
            throw new ApiDefinitionException(
                    "templateParameters are SAM template parameters, but samTemplate is not" + " set");
        }
        if (!openApi.isEmpty()) {
            builder.openApi(openApi);
            loadsDefinition = true;
        }
        if (!samTemplate.isEmpty()) {
            builder.samTemplate(samTemplate);
            loadsDefinition = true;
            if (!settings.samApi().isEmpty()) {
                builder.samApi(settings.samApi());
            }
            for (String parameter : settings.templateParameters()) {
                int equals = parameter.indexOf('=');
                if (equals <= 0) {
                    throw new ApiDefinitionException("template parameter \"" + parameter
                            + "\" is not written name=value; write for example templateParameters = \"Stage=dev\"");
                }
                builder.templateParameter(parameter.substring(0, equals), parameter.substring(equals + 1));
            }
        }
    }

    private void readFunctions(Object instance) {
        List<Field> fields = ReflectionSupport.findFields(
                instance.getClass(),
                field -> AnnotationSupport.isAnnotated(field, LambdaFunction.class),
                HierarchyTraversalMode.TOP_DOWN);
        for (Field field : fields) {
            LambdaFunction declaration = AnnotationSupport.findAnnotation(field, LambdaFunction.class)
                    .orElseThrow();
            String name = declaration.value().isEmpty() ? field.getName() : declaration.value();
            String where = "@LambdaFunction(\"" + name + "\") on field "
                    + field.getDeclaringClass().getSimpleName() + "." + field.getName();
            if (functions.containsKey(name)) {
                throw new ExtensionConfigurationException(where + " reuses the name of " + functions.get(name).where
                        + "; give each function its own name");
            }
            Object handler;
            try {
                field.setAccessible(true);
                handler = field.get(Modifier.isStatic(field.getModifiers()) ? null : instance);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ExtensionConfigurationException(where + " cannot be read: " + e.getMessage(), e);
            }
            functions.put(name, new FunctionField(name, field, handler, where));
        }
    }

    private void readAuthorizers(Class<?> declaring) {
        for (Authorizer authorizer : AnnotationSupport.findRepeatableAnnotations(declaring, Authorizer.class)) {
            String where = "@Authorizer(name = \"" + authorizer.name() + "\") on class " + declaring.getSimpleName();
            boolean hasHandler = authorizer.handler() != Route.NoHandler.class;
            boolean hasFunction = !authorizer.function().isEmpty();
            boolean lambda = authorizer.type() == AuthorizerType.TOKEN || authorizer.type() == AuthorizerType.REQUEST;
            if (!lambda && (hasHandler || hasFunction)) {
                throw new ExtensionConfigurationException(where + " is a " + authorizer.type() + " authorizer, which"
                        + " checks tokens itself and calls no function; remove handler and function");
            }
            if (lambda && hasHandler == hasFunction) {
                throw new ExtensionConfigurationException(
                        where + (hasHandler ? " sets both handler and function" : " names no handler")
                                + "; set one: handler = TokenAuthorizer.class, or function = \"name\" of a @LambdaFunction"
                                + " field");
            }
            if (hasFunction && !functions.containsKey(authorizer.function())) {
                throw new ExtensionConfigurationException(where + " names function \"" + authorizer.function()
                        + "\", but " + testClassName + " has no @LambdaFunction(\"" + authorizer.function()
                        + "\") field; declare one");
            }
            try {
                AuthorizerDefinition.Builder definition = switch (authorizer.type()) {
                    case TOKEN ->
                        hasHandler
                                ? AuthorizerDefinition.token(
                                        authorizer.name(), instantiate(authorizer.handler(), where))
                                : AuthorizerDefinition.token(authorizer.name(), authorizer.function());
                    case REQUEST ->
                        hasHandler
                                ? AuthorizerDefinition.request(
                                        authorizer.name(), instantiate(authorizer.handler(), where))
                                : AuthorizerDefinition.request(authorizer.name(), authorizer.function());
                    case JWT -> AuthorizerDefinition.jwt(authorizer.name(), authorizer.issuer(), authorizer.audience());
                    case COGNITO_USER_POOLS ->
                        AuthorizerDefinition.cognitoUserPools(authorizer.name(), authorizer.providerArns());
                };
                if (!authorizer.identitySource().isEmpty()) {
                    definition.identitySource(authorizer.identitySource());
                }
                if (!authorizer.validationExpression().isEmpty()) {
                    definition.validationExpression(authorizer.validationExpression());
                }
                if (!authorizer.payloadFormatVersion().isEmpty()) {
                    definition.payloadFormatVersion(authorizer.payloadFormatVersion());
                }
                if (authorizer.enableSimpleResponses()) {
                    definition.enableSimpleResponses(true);
                }
                if (lambda) {
                    definition
                            .resultTtlSeconds(authorizer.resultTtlSeconds())
                            .functionTimeout(Duration.ofMillis(authorizer.functionTimeoutMillis()));
                }
                builder.authorizer(definition.origin(where).build());
            } catch (ApiDefinitionException e) {
                throw new ExtensionConfigurationException(
                        e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage(), e);
            }
        }
    }

    private void readValidation(Class<?> declaring) {
        for (Validator validator : AnnotationSupport.findRepeatableAnnotations(declaring, Validator.class)) {
            String where = "@Validator(name = \"" + validator.name() + "\") on class " + declaring.getSimpleName();
            declare(where, () -> {
                builder.requestValidator(RequestValidator.of(
                        validator.name(), validator.validateBody(), validator.validateParameters()));
            });
        }
        for (Model model : AnnotationSupport.findRepeatableAnnotations(declaring, Model.class)) {
            String where = "@Model(name = \"" + model.name() + "\") on class " + declaring.getSimpleName();
            if (model.schema().isEmpty() && model.resource().isEmpty()) {
                throw new ExtensionConfigurationException(where + " has no schema; set schema to the JSON text, or"
                        + " resource to a class-path resource holding it");
            }
            declare(where, () -> {
                builder.model(model.name(), templateText(model.schema(), model.resource(), "@Model", where));
            });
        }
    }

    // A definition error of one declaration, reported as the annotation's.
    private static void declare(String where, Runnable declaration) {
        try {
            declaration.run();
        } catch (ApiDefinitionException e) {
            throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
        }
    }

    private void readAccess(Class<?> declaring) {
        String on = " on class " + declaring.getSimpleName();
        for (ApiKey key : AnnotationSupport.findRepeatableAnnotations(declaring, ApiKey.class)) {
            String where = "@ApiKey(name = \"" + key.name() + "\")" + on;
            declare(where, () -> {
                io.apigwsim.definition.ApiKey declared = io.apigwsim.definition.ApiKey.of(key.name(), key.value());
                builder.apiKey(key.enabled() ? declared : declared.disabled());
            });
        }
        for (UsagePlan plan : AnnotationSupport.findRepeatableAnnotations(declaring, UsagePlan.class)) {
            String where = "@UsagePlan(name = \"" + plan.name() + "\")" + on;
            declare(where, () -> {
                io.apigwsim.definition.UsagePlan.Builder declared =
                        io.apigwsim.definition.UsagePlan.builder(plan.name()).apiKeys(plan.apiKeys());
                if (plan.rateLimit() >= 0) {
                    declared.throttle(plan.rateLimit(), plan.burstLimit());
                }
                if (plan.quotaLimit() >= 0) {
                    declared.quota(plan.quotaLimit(), plan.quotaPeriod());
                }
                builder.usagePlan(declared.build());
            });
        }
        for (GatewayResponse response : AnnotationSupport.findRepeatableAnnotations(declaring, GatewayResponse.class)) {
            String where = "@GatewayResponse(type = " + response.type() + ")" + on;
            declare(where, () -> {
                io.apigwsim.definition.GatewayResponse.Builder declared =
                        io.apigwsim.definition.GatewayResponse.of(response.type());
                if (response.statusCode() != 0) {
                    declared.statusCode(response.statusCode());
                }
                for (String header : response.headers()) {
                    String[] mapping = mapping(header, "headers", where);
                    declared.header(mapping[0], mapping[1]);
                }
                for (ResponseTemplate template : response.templates()) {
                    declared.template(
                            template.contentType(),
                            templateText(template.value(), template.resource(), "@ResponseTemplate", where));
                }
                builder.gatewayResponse(declared.build());
            });
        }
    }

    private void readRoutes(AnnotatedElement element, String where) {
        for (Route route : AnnotationSupport.findRepeatableAnnotations(element, Route.class)) {
            addRoute(
                    route.method(),
                    route.path(),
                    new RouteTarget(
                            route.handler(),
                            route.function(),
                            route.timeoutMillis(),
                            route.functionTimeoutMillis(),
                            route.payloadFormatVersion(),
                            route),
                    where);
        }
        for (CorsPreflight preflight : AnnotationSupport.findRepeatableAnnotations(element, CorsPreflight.class)) {
            addCorsPreflight(preflight, where.replace("@Route", "@CorsPreflight"));
        }
        Optional<DefaultRoute> defaultRoute = AnnotationSupport.findAnnotation(element, DefaultRoute.class);
        if (defaultRoute.isPresent()) {
            DefaultRoute route = defaultRoute.get();
            addRoute(
                    RouteDefinition.DEFAULT_ROUTE_KEY,
                    "",
                    new RouteTarget(
                            route.handler(),
                            route.function(),
                            route.timeoutMillis(),
                            route.functionTimeoutMillis(),
                            route.payloadFormatVersion(),
                            null),
                    where.replace("@Route", "@DefaultRoute"));
        }
    }

    // The OPTIONS method "Enable CORS" adds: no authorizer, no API key (docs/behavior.md#rest-cors).
    private void addCorsPreflight(CorsPreflight preflight, String where) {
        routeCount++;
        String key = "OPTIONS " + preflight.path();
        try {
            MockIntegration.CorsPreflightBuilder integration = Integration.corsPreflight(preflight.allowOrigin());
            if (preflight.allowHeaders().length > 0) {
                integration.allowHeaders(preflight.allowHeaders());
            }
            if (preflight.allowMethods().length > 0) {
                integration.allowMethods(preflight.allowMethods());
            }
            if (preflight.maxAgeSeconds() != -1) {
                integration.maxAge(preflight.maxAgeSeconds());
            }
            if (preflight.allowCredentials()) {
                integration.allowCredentials();
            }
            builder.route(new RouteDefinition("OPTIONS", preflight.path(), integration.build(), where));
        } catch (ApiDefinitionException e) {
            throw new ExtensionConfigurationException(where + " (" + key + "): " + e.getMessage(), e);
        }
    }

    private void addRoute(String method, String path, RouteTarget target, String where) {
        routeCount++;
        String key = method.equals(RouteDefinition.DEFAULT_ROUTE_KEY) ? method : method + " " + path;
        if (target.custom() != null && target.custom().integration() == IntegrationType.MOCK) {
            try {
                builder.route(new RouteDefinition(
                        method, path, mockIntegration(target, where), where, methodRequest(target.custom())));
            } catch (ApiDefinitionException e) {
                throw new ExtensionConfigurationException(where + " (" + key + "): " + e.getMessage(), e);
            }
            return;
        }
        FunctionRef function = functionFor(target, key, where);
        try {
            Integration integration = target.custom() != null && target.custom().integration() == IntegrationType.CUSTOM
                    ? customIntegration(function, target, where)
                    : proxyIntegration(function, target, where);
            builder.route(new RouteDefinition(method, path, integration, where, methodRequest(target.custom())));
        } catch (ApiDefinitionException e) {
            throw new ExtensionConfigurationException(where + " (" + key + "): " + e.getMessage(), e);
        }
    }

    private static MethodRequest methodRequest(Route route) {
        if (route == null) {
            return MethodRequest.NONE;
        }
        MethodRequest.Builder request = MethodRequest.builder()
                .apiKeyRequired(route.apiKeyRequired())
                .authorizationScopes(route.authorizationScopes());
        if (!route.authorizer().isEmpty()) {
            request.authorizer(route.authorizer());
        }
        if (!route.requestValidator().isEmpty()) {
            request.requestValidator(route.requestValidator());
        }
        request.requiredParameters(route.requiredParameters());
        for (String model : route.requestModels()) {
            int equals = model.indexOf('=');
            if (equals <= 0 || equals == model.length() - 1) {
                throw new ApiDefinitionException("requestModels entry \"" + model + "\" is not written"
                        + " contentType=ModelName; write for example \"application/json=Pet\"");
            }
            request.requestModel(model.substring(0, equals), model.substring(equals + 1));
        }
        return request.build();
    }

    private Integration proxyIntegration(FunctionRef function, RouteTarget target, String where) {
        Route route = target.custom();
        if (route != null
                && (route.requestTemplates().length > 0
                        || route.responseTemplates().length > 0
                        || route.integrationResponses().length > 0
                        || route.requestParameters().length > 0
                        || route.responseParameters().length > 0
                        || route.contentHandling() != ContentHandling.PASSTHROUGH
                        || route.responseContentHandling() != ContentHandling.PASSTHROUGH)) {
            throw new ExtensionConfigurationException(where + " declares mapping templates, parameters, content"
                    + " handling or integration responses, which only a Lambda custom integration has; add integration ="
                    + " IntegrationType.CUSTOM, or remove them for a Lambda proxy integration");
        }
        LambdaProxyIntegration.Builder integration = function.handler() != null
                ? Integration.lambdaProxy(function.handler())
                : Integration.lambdaProxy(function.name());
        if (target.timeoutMillis() != 0) {
            integration.timeout(Duration.ofMillis(target.timeoutMillis()));
        }
        if (!target.payloadFormatVersion().isEmpty()) {
            integration.payloadFormatVersion(target.payloadFormatVersion());
        }
        return integration
                .functionTimeout(Duration.ofMillis(target.functionTimeoutMillis()))
                .build();
    }

    private Integration customIntegration(FunctionRef function, RouteTarget target, String where) {
        Route route = target.custom();
        LambdaCustomIntegration.Builder integration = function.handler() != null
                ? Integration.lambdaCustom(function.handler())
                : Integration.lambdaCustom(function.name());
        if (target.timeoutMillis() != 0) {
            integration.timeout(Duration.ofMillis(target.timeoutMillis()));
        }
        integration.functionTimeout(Duration.ofMillis(target.functionTimeoutMillis()));
        integration.passthroughBehavior(route.passthroughBehavior());
        integration.contentHandling(route.contentHandling());
        if (route.responseContentHandling() != ContentHandling.PASSTHROUGH) {
            integration.responseContentHandling(route.responseContentHandling());
        }
        for (RequestTemplate template : route.requestTemplates()) {
            integration.requestTemplate(
                    template.contentType(),
                    templateText(template.value(), template.resource(), "@RequestTemplate", where));
        }
        for (ResponseTemplate template : route.responseTemplates()) {
            integration.responseTemplate(
                    template.contentType(),
                    templateText(template.value(), template.resource(), "@ResponseTemplate", where));
        }
        for (String parameter : route.requestParameters()) {
            String[] mapping = mapping(parameter, "requestParameters", where);
            integration.requestParameter(mapping[0], mapping[1]);
        }
        for (String parameter : route.responseParameters()) {
            String[] mapping = mapping(parameter, "responseParameters", where);
            integration.responseParameter(mapping[0], mapping[1]);
        }
        for (IntegrationResponse declared : route.integrationResponses()) {
            integration.integrationResponse(integrationResponse(declared, where));
        }
        return integration.build();
    }

    private MockIntegration mockIntegration(RouteTarget target, String where) {
        Route route = target.custom();
        if (route.handler() != Route.NoHandler.class
                || !route.function().isEmpty()
                || route.timeoutMillis() != 0
                || !route.payloadFormatVersion().isEmpty()
                || route.requestParameters().length > 0) {
            throw new ExtensionConfigurationException(where + " has integration = IntegrationType.MOCK, which calls no"
                    + " function; remove handler, function, timeoutMillis, payloadFormatVersion and"
                    + " requestParameters, and give the request template that renders the statusCode, for example"
                    + " requestTemplates = @RequestTemplate(\"{\\\"statusCode\\\": 200}\")");
        }
        MockIntegration.Builder integration = Integration.mock()
                .passthroughBehavior(route.passthroughBehavior())
                .contentHandling(route.contentHandling());
        if (route.responseContentHandling() != ContentHandling.PASSTHROUGH) {
            integration.responseContentHandling(route.responseContentHandling());
        }
        for (RequestTemplate template : route.requestTemplates()) {
            integration.requestTemplate(
                    template.contentType(),
                    templateText(template.value(), template.resource(), "@RequestTemplate", where));
        }
        for (ResponseTemplate template : route.responseTemplates()) {
            integration.responseTemplate(
                    template.contentType(),
                    templateText(template.value(), template.resource(), "@ResponseTemplate", where));
        }
        for (String parameter : route.responseParameters()) {
            String[] mapping = mapping(parameter, "responseParameters", where);
            integration.responseParameter(mapping[0], mapping[1]);
        }
        for (IntegrationResponse declared : route.integrationResponses()) {
            integration.integrationResponse(integrationResponse(declared, where));
        }
        return integration.build();
    }

    private IntegrationResponseDefinition integrationResponse(IntegrationResponse declared, String where) {
        IntegrationResponseDefinition.Builder response = IntegrationResponseDefinition.status(declared.status());
        response.contentHandling(declared.contentHandling());
        if (!declared.selectionPattern().isEmpty()) {
            response.selectionPattern(declared.selectionPattern());
        }
        for (ResponseTemplate template : declared.templates()) {
            response.responseTemplate(
                    template.contentType(),
                    templateText(template.value(), template.resource(), "@ResponseTemplate", where));
        }
        for (String parameter : declared.parameters()) {
            String[] mapping = mapping(parameter, "parameters", where);
            response.responseParameter(mapping[0], mapping[1]);
        }
        return response.build();
    }

    private String templateText(String value, String resource, String annotation, String where) {
        if (!value.isEmpty() && !resource.isEmpty()) {
            throw new ExtensionConfigurationException(where + ": " + annotation + " sets both value and resource; set"
                    + " one: the template inline, or the name of a classpath resource holding it");
        }
        if (resource.isEmpty()) {
            return value;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (java.io.InputStream in =
                loader.getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource)) {
            if (in == null) {
                throw new ExtensionConfigurationException(where + ": " + annotation + " names the resource \""
                        + resource + "\", which is not on the test classpath; put it under src/test/resources/"
                        + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new ExtensionConfigurationException(
                    where + ": " + annotation + " cannot read the resource \"" + resource + "\": " + e.getMessage(), e);
        }
    }

    private static String[] mapping(String declaration, String attribute, String where) {
        int equals = declaration.indexOf('=');
        if (equals <= 0 || equals == declaration.length() - 1) {
            throw new ExtensionConfigurationException(where + ": " + attribute + " entry \"" + declaration
                    + "\" is not written parameter=expression; write for example"
                    + " \"integration.request.header.X-Amz-Invocation-Type='Event'\"");
        }
        return new String[] {declaration.substring(0, equals), declaration.substring(equals + 1)};
    }

    private FunctionRef functionFor(RouteTarget route, String key, String where) {
        boolean hasHandler = route.handler() != Route.NoHandler.class;
        boolean hasFunction = !route.function().isEmpty();
        if (hasHandler && hasFunction) {
            throw new ExtensionConfigurationException(where + " sets both handler and function; set one: handler ="
                    + " " + route.handler().getSimpleName() + ".class, or function = \"" + route.function() + "\"");
        }
        if (hasHandler) {
            return new FunctionRef(instantiate(route.handler(), where), null);
        }
        FunctionField function;
        if (hasFunction) {
            function = functions.get(route.function());
            if (function == null) {
                throw new ExtensionConfigurationException(where + " names function \"" + route.function()
                        + "\", but " + testClassName + " has no @LambdaFunction(\"" + route.function() + "\") field"
                        + (functions.isEmpty() ? "" : " (it has " + String.join(", ", functions.keySet()) + ")")
                        + "; declare one, for example @LambdaFunction(\"" + route.function() + "\") PetsHandler "
                        + route.function() + " = new PetsHandler();");
            }
        } else if (functions.size() == 1) {
            function = functions.values().iterator().next();
        } else {
            throw new ExtensionConfigurationException(where + " (" + key
                    + ") names no handler; set handler = GetPet.class, or function = \"name\" of a @LambdaFunction"
                    + " field" + (functions.isEmpty() ? "" : " (" + String.join(", ", functions.keySet()) + ")"));
        }
        if (function.handler == null) {
            throw new ExtensionConfigurationException(function.where + " is null when the test starts; assign it"
                    + " in its declaration or in a @BeforeEach method, or annotate it with @Mock");
        }
        return new FunctionRef(null, function.name);
    }

    private static Object instantiate(Class<?> handlerClass, String where) {
        if (handlerClass.isInterface() || Modifier.isAbstract(handlerClass.getModifiers())) {
            throw new ExtensionConfigurationException(where + " has handler " + handlerClass.getSimpleName()
                    + ", which is abstract; name a concrete class, or declare an instance in a @LambdaFunction field");
        }
        if (handlerClass.getEnclosingClass() != null && !Modifier.isStatic(handlerClass.getModifiers())) {
            throw new ExtensionConfigurationException(where + " has handler " + handlerClass.getSimpleName()
                    + ", an inner class that needs an enclosing instance; declare it static");
        }
        Constructor<?> constructor;
        try {
            constructor = handlerClass.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new ExtensionConfigurationException(where + " has handler " + handlerClass.getSimpleName()
                    + ", which has no no-argument constructor; add one, or create the handler yourself in a"
                    + " @LambdaFunction field and name it with function = \"...\"");
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new ExtensionConfigurationException(
                    where + ": the constructor of handler " + handlerClass.getSimpleName() + " threw " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExtensionConfigurationException(
                    where + ": cannot create handler " + handlerClass.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private record FunctionField(String name, Field field, Object handler, String where) {}

    /** What @Route and @DefaultRoute say about the function behind a route; {@code custom} is the @Route. */
    private record RouteTarget(
            Class<?> handler,
            String function,
            long timeoutMillis,
            long functionTimeoutMillis,
            String payloadFormatVersion,
            Route custom) {}

    /** The function behind a route: a handler instance, or the name of a @LambdaFunction field bound at build. */
    private record FunctionRef(Object handler, String name) {}
}

package io.apigwsim.junit;

import io.apigwsim.ApiGateway;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.RouteDefinition;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Reads {@link ApiGatewayTest}, {@link Route} and {@link LambdaFunction} declarations of one test into
 * a gateway builder, checking each declaration and naming it in every error.
 */
final class AnnotatedApi {

    private final ApiGateway.Builder builder = ApiGateway.builder();
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

    ApiGateway build() {
        if (routeCount == 0 && type == ApiType.HTTP) {
            throw new ExtensionConfigurationException("@ApiGatewayTest class " + testClassName
                    + " declares no routes, so its HTTP API would answer every request with 404 Not Found; add one,"
                    + " for example @Route(method = \"GET\", path = \"/pets/{id}\", handler = GetPet.class) or"
                    + " @DefaultRoute(handler = Fallback.class)");
        }
        if (routeCount == 0) {
            throw new ExtensionConfigurationException("@ApiGatewayTest class " + testClassName
                    + " declares no routes, and API Gateway cannot deploy a REST API without methods; add one,"
                    + " for example @Route(method = \"GET\", path = \"/pets/{id}\", handler = GetPet.class)");
        }
        try {
            return builder.build();
        } catch (ApiDefinitionException e) {
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
    }

    private void readSettings(Class<?> testClass) {
        Optional<ApiGatewayTest> settings = Optional.empty();
        for (Class<?> current = testClass;
                current != null && settings.isEmpty();
                current = current.getEnclosingClass()) {
            settings = AnnotationSupport.findAnnotation(current, ApiGatewayTest.class);
        }
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
        } catch (ApiDefinitionException e) {
            throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
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
                            route.payloadFormatVersion()),
                    where);
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
                            route.payloadFormatVersion()),
                    where.replace("@Route", "@DefaultRoute"));
        }
    }

    private void addRoute(String method, String path, RouteTarget target, String where) {
        routeCount++;
        String key = method.equals(RouteDefinition.DEFAULT_ROUTE_KEY) ? method : method + " " + path;
        LambdaProxyIntegration.Builder integration = integrationFor(target, key, where);
        try {
            if (target.timeoutMillis() != 0) {
                integration.timeout(Duration.ofMillis(target.timeoutMillis()));
            }
            if (!target.payloadFormatVersion().isEmpty()) {
                integration.payloadFormatVersion(target.payloadFormatVersion());
            }
            integration.functionTimeout(Duration.ofMillis(target.functionTimeoutMillis()));
            builder.route(new RouteDefinition(method, path, integration.build(), where));
        } catch (ApiDefinitionException e) {
            throw new ExtensionConfigurationException(where + " (" + key + "): " + e.getMessage(), e);
        }
    }

    private LambdaProxyIntegration.Builder integrationFor(RouteTarget route, String key, String where) {
        boolean hasHandler = route.handler() != Route.NoHandler.class;
        boolean hasFunction = !route.function().isEmpty();
        if (hasHandler && hasFunction) {
            throw new ExtensionConfigurationException(where + " sets both handler and function; set one: handler ="
                    + " " + route.handler().getSimpleName() + ".class, or function = \"" + route.function() + "\"");
        }
        if (hasHandler) {
            return Integration.lambdaProxy(instantiate(route.handler(), where));
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
        return Integration.lambdaProxy(function.handler)
                .handlerType(function.field.getGenericType())
                .functionName(function.name);
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

    /** What @Route and @DefaultRoute say about the function behind a route. */
    private record RouteTarget(
            Class<?> handler,
            String function,
            long timeoutMillis,
            long functionTimeoutMillis,
            String payloadFormatVersion) {}
}

package io.apigwsim.junit;

import io.apigwsim.ApiGateway;
import io.apigwsim.internal.snapshot.CurrentTest;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The JUnit 5 extension behind {@link ApiGatewayTest}: builds a fresh {@link ApiGateway} for each test
 * from the {@link Route} and {@link LambdaFunction} declarations, and injects it into {@code ApiGateway}
 * parameters and fields; after a failing test it publishes the test's exchanges as report entries (see
 * {@code apigwsim.report} in the README). With {@link ApiGatewayTest#serve() serve = true} the gateway serves on a port before the
 * test runs, and {@code java.net.URI} parameters receive its base URL.
 *
 * <p>Register it with {@link ApiGatewayTest}. The extension holds no state of its own; each test's
 * gateway lives in that test's {@code ExtensionContext.Store} and is closed with it, so tests may run
 * in parallel.
 *
 * @since 0.1
 */
public final class ApiGatewayExtension
        implements ParameterResolver, BeforeTestExecutionCallback, AfterTestExecutionCallback, AfterEachCallback {

    /** Create the extension; JUnit calls this for {@code @ExtendWith}. */
    public ApiGatewayExtension() {}

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        // A URI is ours only where the class serves; elsewhere another extension may resolve it.
        if (type != ApiGateway.class && !(type == URI.class && serves(extensionContext))) {
            return false;
        }
        String what = type == ApiGateway.class ? "ApiGateway" : "The served base URI";
        String alternatives = type == ApiGateway.class ? ", or declare a field of type ApiGateway" : "";
        if (parameterContext.getDeclaringExecutable() instanceof Constructor<?>) {
            throw new ParameterResolutionException(what + " cannot be injected into the constructor of "
                    + parameterContext
                            .getDeclaringExecutable()
                            .getDeclaringClass()
                            .getSimpleName()
                    + ": each test gets a fresh gateway, so take it as a parameter of the test method or of a"
                    + " @BeforeEach method" + alternatives);
        }
        if (extensionContext.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException(what + " cannot be injected into "
                    + describe(parameterContext.getDeclaringExecutable())
                    + ", which runs outside a test: each test gets a fresh gateway, so take it as a parameter"
                    + " of the test method or of a @BeforeEach method");
        }
        return true;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        ApiGateway gateway = ExtensionState.gateway(extensionContext, () -> build(extensionContext));
        return parameterContext.getParameter().getType() == URI.class ? gateway.start() : gateway;
    }

    // Runs after the @BeforeEach methods, so handler fields they assign are seen, and before the test
    // method's parameters are resolved, so a declaration error fails the test as it is, unwrapped. A test that
    // takes no gateway, as a parameter or a field, gets none: it may build its own with ApiGateway.builder().
    @Override
    public void beforeTestExecution(ExtensionContext context) {
        // First, so that nothing below can leave the previous test's name on this thread.
        CurrentTest.enter(
                context.getRequiredTestClass(), context.getRequiredTestMethod().getName(), context.getUniqueId());
        List<Field> fields = gatewayFields(context);
        boolean takesGateway =
                List.of(context.getRequiredTestMethod().getParameterTypes()).contains(ApiGateway.class);
        if (takesGateway || !fields.isEmpty() || serves(context)) {
            ExtensionState.gateway(context, () -> build(context));
        }
        injectFields(context, fields);
    }

    // The test method ran on this thread, between the two callbacks: its snapshots know which test they belong to.
    @Override
    public void afterTestExecution(ExtensionContext context) {
        CurrentTest.leave();
    }

    // After the @AfterEach methods, while the gateway is still open: a failing test's exchanges go to its report.
    @Override
    public void afterEach(ExtensionContext context) {
        ExchangeReports.publish(context);
    }

    private static List<Field> gatewayFields(ExtensionContext context) {
        List<Field> fields = new ArrayList<>();
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            fields.addAll(ReflectionSupport.findFields(
                    instance.getClass(),
                    field -> field.getType() == ApiGateway.class && !ModifierSupport.isStatic(field),
                    HierarchyTraversalMode.TOP_DOWN));
        }
        return fields;
    }

    private static void injectFields(ExtensionContext context, List<Field> fields) {
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : fields) {
                if (!field.getDeclaringClass().isInstance(instance)) {
                    continue;
                }
                if (Modifier.isFinal(field.getModifiers())) {
                    throw new ExtensionConfigurationException("ApiGateway field " + field.getName() + " of "
                            + field.getDeclaringClass().getSimpleName()
                            + " is final; make it non-final so each test's gateway can be set");
                }
                ApiGateway gateway = ExtensionState.gateway(context, () -> build(context));
                try {
                    field.setAccessible(true);
                    field.set(instance, gateway);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new ExtensionConfigurationException(
                            "Cannot set ApiGateway field " + field.getName() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static ApiGateway build(ExtensionContext context) {
        ApiGateway gateway = AnnotatedApi.read(context)
                .onExchange(ExchangeReports.recorder(context))
                .build();
        if (serves(context)) {
            try {
                gateway.start();
            } catch (RuntimeException e) {
                gateway.close();
                throw new ExtensionConfigurationException(
                        "@ApiGatewayTest(serve = true) on class "
                                + context.getRequiredTestClass().getSimpleName() + " cannot serve: " + e.getMessage(),
                        e);
            }
        }
        return gateway;
    }

    private static boolean serves(ExtensionContext context) {
        Optional<ApiGatewayTest> settings = AnnotatedApi.settings(context.getRequiredTestClass());
        return settings.isPresent() && settings.get().serve();
    }

    private static String describe(java.lang.reflect.Executable executable) {
        return executable.getDeclaringClass().getSimpleName() + "." + executable.getName() + "()";
    }
}

package io.apigwsim.internal.loader;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.apigwsim.definition.ApiDefinitionException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * Makes the handler a SAM function's {@code Handler} names, as the Lambda Java runtime does: it loads the class and
 * calls its public no-argument constructor (docs/behavior.md#definition-java-handlers).
 */
public final class HandlerClasses {

    private HandlerClasses() {}

    /**
     * Load and instantiate a function's handler class.
     *
     * @param function the function, whose handler is set
     * @param classLoader the test's class loader
     * @return the handler instance
     */
    public static Object instantiate(FunctionConfig function, ClassLoader classLoader) {
        String handler = function.handler().orElseThrow();
        String where =
                "The function " + function.name() + " (" + function.origin() + ") has Handler \"" + handler + "\"";
        int separator = handler.indexOf("::");
        String className = separator < 0 ? handler : handler.substring(0, separator);
        String method = separator < 0 ? "handleRequest" : handler.substring(separator + 2);
        Class<?> type;
        try {
            type = Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ApiDefinitionException(where + ", but the class " + className + " is not on the test's class"
                    + " path; add the function's code to the test's dependencies, or bind the function with"
                    + " ApiGateway.builder().function(\"" + function.name() + "\", handler) or a @LambdaFunction(\""
                    + function.name() + "\") field");
        }
        if (!RequestHandler.class.isAssignableFrom(type) && !RequestStreamHandler.class.isAssignableFrom(type)) {
            throw new ApiDefinitionException(where + ", but " + className + " implements neither RequestHandler nor"
                    + " RequestStreamHandler; apigw-sim calls handlers through those interfaces. Implement one, or bind"
                    + " the function with ApiGateway.builder().function(\"" + function.name() + "\", handler)");
        }
        if (!method.equals("handleRequest")) {
            throw new ApiDefinitionException(where + ", whose method " + method + " is not handleRequest; apigw-sim"
                    + " calls handlers through RequestHandler and RequestStreamHandler, whose method is handleRequest");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new ApiDefinitionException(
                    where + ", but " + className + " is abstract; the runtime cannot" + " instantiate it");
        }
        try {
            Constructor<?> constructor = type.getConstructor();
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ApiDefinitionException(where + ", but " + className + " has no public constructor without"
                    + " parameters, which the Lambda Java runtime calls");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new ApiDefinitionException(where + ", whose constructor threw " + cause, cause);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new ApiDefinitionException(where + ", which cannot be instantiated: " + e, e);
        }
    }
}

package io.apigwsim.internal.pipeline;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.LambdaCustomIntegration;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.internal.integration.custom.CustomIntegrationMapping;
import io.apigwsim.internal.lambda.FunctionSettings;
import io.apigwsim.internal.lambda.HandlerInvoker;
import io.apigwsim.internal.lambda.InvalidHandlerException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;

/** Prepares the Lambda function behind a route: its handler checked, its context settings fixed. */
final class RouteFunctions {

    private final GatewayEnvironment environment;
    private final String logStreamName;

    RouteFunctions(GatewayEnvironment environment, String logStreamName) {
        this.environment = environment;
        this.logStreamName = logStreamName;
    }

    static LambdaProxyIntegration proxyIntegration(RouteDefinition route) {
        Integration integration = route.integration();
        if (!(integration instanceof LambdaProxyIntegration proxy)) {
            throw new ApiDefinitionException(route.origin() + ": " + integration + " is not supported yet");
        }
        return proxy;
    }

    PreparedRoute prepare(RouteDefinition route, Class<?> eventClass, String eventName, String resourceId) {
        LambdaProxyIntegration proxy = proxyIntegration(route);
        return new PreparedRoute(
                route,
                proxy,
                invoker(route, proxy.handler(), proxy.handlerType(), eventClass, eventName),
                settings(proxy.handler(), proxy.functionName(), proxy.functionTimeout()),
                resourceId,
                null,
                null);
    }

    /** A custom integration's function takes whatever its request template renders, so any input type fits. */
    PreparedRoute prepareCustom(
            RouteDefinition route,
            LambdaCustomIntegration custom,
            CustomIntegrationMapping mapping,
            String resourceId) {
        return new PreparedRoute(
                route,
                null,
                invoker(route, custom.handler(), custom.handlerType(), null, "the rendered request template"),
                settings(custom.handler(), custom.functionName(), custom.functionTimeout()),
                resourceId,
                mapping,
                custom.timeout().orElse(LambdaProxyIntegration.DEFAULT_TIMEOUT));
    }

    private static HandlerInvoker invoker(
            RouteDefinition route, Object handler, Optional<Type> handlerType, Class<?> eventClass, String eventName) {
        try {
            return HandlerInvoker.create(handler, handlerType, eventClass, eventName);
        } catch (InvalidHandlerException e) {
            throw new ApiDefinitionException(
                    "Handler " + handlerName(handler) + " for route " + route.routeKey()
                            + (route.origin().contains(route.routeKey()) ? "" : " (" + route.origin() + ")") + " "
                            + e.getMessage(),
                    e);
        }
    }

    private FunctionSettings settings(Object handler, Optional<String> functionName, Duration functionTimeout) {
        return new FunctionSettings(
                functionName.orElseGet(() -> handlerName(handler)),
                functionTimeout,
                FunctionSettings.DEFAULT_MEMORY_MB,
                environment.region(),
                environment.accountId(),
                logStreamName);
    }

    // A Mockito mock's class is named like "RequestHandler$MockitoMock$123"; its function is "RequestHandler".
    private static String handlerName(Object handler) {
        String name = handler.getClass().getSimpleName();
        int dollar = name.indexOf('$');
        return dollar > 0 ? name.substring(0, dollar) : name;
    }
}

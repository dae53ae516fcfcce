package io.apigwsim.internal.pipeline;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.internal.lambda.FunctionSettings;
import io.apigwsim.internal.lambda.HandlerInvoker;
import io.apigwsim.internal.lambda.InvalidHandlerException;

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
        Object handler = proxy.handler();
        HandlerInvoker invoker;
        try {
            invoker = HandlerInvoker.create(handler, proxy.handlerType(), eventClass, eventName);
        } catch (InvalidHandlerException e) {
            throw new ApiDefinitionException(
                    "Handler " + handlerName(handler) + " for route " + route.routeKey() + " (" + route.origin() + ") "
                            + e.getMessage(),
                    e);
        }
        FunctionSettings function = new FunctionSettings(
                proxy.functionName().orElseGet(() -> handlerName(handler)),
                proxy.functionTimeout(),
                FunctionSettings.DEFAULT_MEMORY_MB,
                environment.region(),
                environment.accountId(),
                logStreamName);
        return new PreparedRoute(route, proxy, invoker, function, resourceId);
    }

    // A Mockito mock's class is named like "RequestHandler$MockitoMock$123"; its function is "RequestHandler".
    private static String handlerName(Object handler) {
        String name = handler.getClass().getSimpleName();
        int dollar = name.indexOf('$');
        return dollar > 0 ? name.substring(0, dollar) : name;
    }
}

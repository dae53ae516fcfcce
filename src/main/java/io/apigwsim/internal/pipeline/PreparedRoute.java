package io.apigwsim.internal.pipeline;

import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.internal.integration.custom.CustomIntegrationMapping;
import io.apigwsim.internal.lambda.FunctionSettings;
import io.apigwsim.internal.lambda.HandlerInvoker;
import java.time.Duration;

/**
 * A route checked and ready to serve: its handler prepared, its resource id assigned, and for a custom
 * integration its templates compiled ({@code integration} is then {@code null}, {@code custom} is set).
 */
record PreparedRoute(
        RouteDefinition definition,
        LambdaProxyIntegration integration,
        HandlerInvoker invoker,
        FunctionSettings function,
        String resourceId,
        CustomIntegrationMapping custom,
        Duration customTimeout) {}

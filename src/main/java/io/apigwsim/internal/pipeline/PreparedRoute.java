package io.apigwsim.internal.pipeline;

import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.internal.lambda.FunctionSettings;
import io.apigwsim.internal.lambda.HandlerInvoker;

/** A route checked and ready to serve: its handler prepared, its resource id assigned. */
record PreparedRoute(
        RouteDefinition definition,
        LambdaProxyIntegration integration,
        HandlerInvoker invoker,
        FunctionSettings function,
        String resourceId) {}

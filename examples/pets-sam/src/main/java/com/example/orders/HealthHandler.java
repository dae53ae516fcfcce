package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;

/**
 * {@code HealthFunction}: {@code GET /health}, a route the template adds with an {@code Api} event. It reports what
 * Lambda told it about itself, which a deployment check reads.
 */
public final class HealthHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        String body = String.format(
                "{\"status\":\"ok\",\"function\":\"%s\",\"memoryMB\":%d,\"stage\":\"%s\"}",
                context.getFunctionName(),
                context.getMemoryLimitInMB(),
                request.getRequestContext().getStage());
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(body);
    }
}

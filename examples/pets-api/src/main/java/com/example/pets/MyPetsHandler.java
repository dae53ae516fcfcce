package com.example.pets;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/**
 * {@code GET /me/pets} behind an HTTP API with a JWT authorizer: the caller is the token's {@code sub} claim, which
 * API Gateway hands on in {@code requestContext.authorizer.jwt.claims}.
 */
public final class MyPetsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String owner = event.getRequestContext().getAuthorizer().getJwt().getClaims().get("sub");
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody("{\"owner\":\"" + owner + "\",\"pets\":[]}")
                .build();
    }
}

package com.example.pets;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Base64;
import java.util.Map;

/**
 * {@code GET /pets/{id}/photo}: returns a PNG, base64-encoded as Lambda proxy responses carry binary
 * bodies. Ids that do not exist make it throw, the way a careless lookup does.
 */
public final class PetPhotoHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    /** The eight-byte PNG signature, standing in for a real photo. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        String id = request.getPathParameters().get("id");
        if (!id.matches("[0-9]+")) {
            throw new IllegalArgumentException("Photo id must be numeric: " + id);
        }
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "image/png"))
                .withBody(Base64.getEncoder().encodeToString(PNG))
                .withIsBase64Encoded(true);
    }
}

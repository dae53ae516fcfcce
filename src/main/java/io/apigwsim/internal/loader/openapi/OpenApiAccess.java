package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.internal.loader.node.MapNode;
import java.util.Map;

/**
 * Reads what an OpenAPI document says about access and request checks: authorizers, API keys, gateway responses,
 * request validators, models, binary media types and CORS.
 */
final class OpenApiAccess {

    private final OpenApiDocument document;

    private OpenApiAccess(OpenApiDocument document) {
        this.document = document;
    }

    /**
     * Read the document's root-level settings into the API.
     *
     * @param document the document
     * @param api the API being built
     * @param functions where authorizer functions are recorded
     * @param stageVariables the stage's variables, for authorizer URIs
     * @return the reader of operation-level settings
     */
    static OpenApiAccess read(
            OpenApiDocument document,
            ApiDefinition.Builder api,
            FunctionReferences functions,
            Map<String, String> stageVariables) {
        // STUB: replaced by the access helper's implementation.
        return new OpenApiAccess(document);
    }

    /**
     * The method request of one operation: its authorizer, API key, validator, required parameters and models.
     *
     * @param operation the operation object ({@code paths./pets.get})
     * @param pathItem the path item that holds it, whose {@code parameters} apply to it too
     * @param route the route as messages name it, such as {@code GET /pets}
     * @return the method request
     */
    MethodRequest methodRequest(MapNode operation, MapNode pathItem, String route) {
        return MethodRequest.NONE;
    }
}

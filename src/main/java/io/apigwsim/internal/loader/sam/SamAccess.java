package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.openapi.FunctionReferences;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads what a SAM API resource says about access and the answers around the integrations: {@code Auth}
 * (authorizers, default authorizer, API keys), {@code GatewayResponses}, {@code Cors} / {@code CorsConfiguration},
 * {@code Models} and the {@code Auth}, {@code RequestModel} and {@code RequestParameters} of each event.
 */
final class SamAccess {

    private SamAccess() {}

    /**
     * Read an API's settings into the API being built.
     *
     * @param api the API
     * @param properties its resolved properties (Globals merged); empty for an implicit API
     * @param builder the API being built
     * @param functions where authorizer functions are recorded
     * @param functionIds the logical id of the function an ARN's function name designates
     * @return the reader of event-level settings
     */
    static SamAccess read(
            SamApi api,
            MapNode properties,
            ApiDefinition.Builder builder,
            FunctionReferences functions,
            Function<String, String> functionIds) {
        // STUB: replaced by the SAM access helper's implementation.
        return new SamAccess();
    }

    /**
     * The method request of one event's route: the event's {@code Auth} over the API's defaults, its
     * {@code RequestModel} and {@code RequestParameters}.
     *
     * @param event the event's resolved {@code Properties}
     * @param routeKey the route, such as {@code GET /pets}
     * @return the method request
     */
    MethodRequest methodRequest(MapNode event, String routeKey) {
        return MethodRequest.NONE;
    }

    /**
     * Add what the API's CORS settings make SAM generate for REST APIs: an {@code OPTIONS} mock method on every path.
     *
     * @param methodsByPath each path of the API with the methods declared on it
     * @param builder the API being built
     */
    void addCorsPreflights(Map<String, Set<String>> methodsByPath, ApiDefinition.Builder builder) {}
}

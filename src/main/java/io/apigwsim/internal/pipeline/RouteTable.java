package io.apigwsim.internal.pipeline;

import io.apigwsim.internal.request.RequestPaths;
import io.apigwsim.internal.routing.HttpApiRouter;
import io.apigwsim.internal.routing.RestRouter;
import java.util.Optional;

/** The routes of one API, REST resources or HTTP API route keys, as the route-matching stage sees them. */
interface RouteTable {

    /** The route that serves a request, or empty when none does. */
    Optional<MatchedRoute> match(String method, String path);

    /** Why no route serves a request, naming the closest routes. */
    String explainMiss(String method, String path);

    static RouteTable of(RestRouter<PreparedRoute> router) {
        return new RouteTable() {
            @Override
            public Optional<MatchedRoute> match(String method, String path) {
                // Extra slashes right after the stage are collapsed (docs/behavior.md#rest-slashes-in-paths).
                String routed = RequestPaths.collapseLeadingSlashes(path);
                return router.match(method, routed)
                        .map(match ->
                                new MatchedRoute(match.target(), match.resourcePath(), routed, match.pathParameters()));
            }

            @Override
            public String explainMiss(String method, String path) {
                return router.explainMiss(method, RequestPaths.collapseLeadingSlashes(path));
            }
        };
    }

    static RouteTable of(HttpApiRouter<PreparedRoute> router) {
        return new RouteTable() {
            @Override
            public Optional<MatchedRoute> match(String method, String path) {
                // An HTTP API event names the default route's path "$default"
                // (docs/behavior.md#http-api-payload-20-event).
                return router.match(method, path)
                        .map(match -> new MatchedRoute(
                                match.target(),
                                match.resourcePath().isEmpty() ? match.routeKey() : match.resourcePath(),
                                path,
                                match.pathParameters()));
            }

            @Override
            public String explainMiss(String method, String path) {
                return router.explainMiss(method, path);
            }
        };
    }
}

package io.apigwsim.internal.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of an HTTP API (API Gateway v2), built once; immutable and thread-safe.
 *
 * <p>Each route key ({@code GET /pets/{id}}, {@code ANY /{proxy+}} or {@code $default}) is independent: a route is a
 * candidate if its method is the request method or {@code ANY} and its template matches the whole path. The best
 * candidate is chosen in this order (docs/behavior.md#http-api-routes): a route without a greedy variable, literal
 * segments beating {@code {var}} from the left; then a route through a greedy variable, the longer literal prefix
 * first; on the same path a method-specific route beats {@code ANY}; last {@code $default}. Declaration order never
 * matters. When nothing matches, API Gateway answers 404 {@code {"message":"Not Found"}}
 * (docs/behavior.md#http-api-routes, #http-api-errors).
 *
 * @param <T> what the caller attaches to a route
 */
public final class HttpApiRouter<T> {

    /** The route key of the catch-all route (docs/behavior.md#http-api-routes). */
    static final String DEFAULT_ROUTE_KEY = "$default";

    private final List<HttpRoute<T>> routes;
    private final T defaultTarget;

    private HttpApiRouter(List<HttpRoute<T>> routes, T defaultTarget) {
        this.routes = List.copyOf(routes);
        this.defaultTarget = defaultTarget;
    }

    /**
     * Start declaring routes.
     *
     * @param <T> what the caller attaches to a route
     * @return a new, empty builder
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Route a request to the route that serves it.
     *
     * @param method the request method, such as {@code GET}; methods are compared as sent
     * @param requestPath the path after any stage prefix exactly as the client sent it (not decoded), starting with
     *     {@code /}, without a query string; {@code ""} is read as {@code /}
     * @return the match, or empty when no route and no {@code $default} serves the request (API Gateway then answers 404
     *     {@code {"message":"Not Found"}})
     * @throws IllegalArgumentException when the path does not start with {@code /}
     */
    public Optional<RouteMatch<T>> match(String method, String requestPath) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestPath, "requestPath");
        HttpRequestPath path = HttpRequestPath.parse(requestPath);
        HttpRoute<T> best = best(RestMethod.ofRequest(method), path);
        if (best != null) {
            return Optional.of(best.matchOf(path));
        }
        // $default catches whatever no route matches, whatever the method (docs/behavior.md#http-api-routes).
        return defaultTarget == null
                ? Optional.empty()
                : Optional.of(new RouteMatch<>(defaultTarget, "", DEFAULT_ROUTE_KEY, Map.of()));
    }

    /**
     * Explain why a request matches no route, naming at most three closest routes and what differs, such as:
     *
     * <pre>
     * No route matches GET /pet/42. Closest route:
     *   GET /pets/{id}    path segment 1 is "pet", route expects "pets"
     * </pre>
     *
     * @param method the request method
     * @param requestPath the path after any stage prefix as sent
     * @return the explanation, lines separated by {@code \n}
     * @throws IllegalArgumentException when the path does not start with {@code /}
     */
    public String explainMiss(String method, String requestPath) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestPath, "requestPath");
        Optional<RouteMatch<T>> match = match(method, requestPath);
        if (match.isPresent()) {
            return method + " " + requestPath + " matches " + match.get().routeKey() + ".";
        }
        return HttpClosestRoutes.explain(routes, method, requestPath);
    }

    /** Return the declared route keys, such as {@code HttpApiRouter[GET /pets, $default]}. */
    @Override
    public String toString() {
        List<String> keys = new ArrayList<>();
        for (HttpRoute<T> route : routes) {
            keys.add(route.routeKey());
        }
        if (defaultTarget != null) {
            keys.add(DEFAULT_ROUTE_KEY);
        }
        return "HttpApiRouter" + keys;
    }

    /** The best route that serves the method and matches the path, or {@code null}; one pass, no regex. */
    private HttpRoute<T> best(RestMethod requested, HttpRequestPath path) {
        HttpRoute<T> best = null;
        for (HttpRoute<T> route : routes) {
            if (route.serves(requested)
                    && route.matches(path)
                    && (best == null || HttpRoute.precedence(route, best) < 0)) {
                best = route;
            }
        }
        return best;
    }

    /**
     * Collects route declarations. Not thread-safe; {@link #build()} checks the routes and returns an immutable
     * router.
     *
     * @param <T> what the caller attaches to a route
     */
    public static final class Builder<T> {

        private final List<HttpRoute<T>> routes = new ArrayList<>();
        private final Set<String> declaredKeys = new HashSet<>();
        private T defaultTarget;

        private Builder() {}

        /**
         * Declare a route.
         *
         * @param routeKey {@code METHOD /path} with one space, the method {@code ANY} or one of {@code GET}, {@code
         *     POST}, {@code PUT}, {@code PATCH}, {@code DELETE}, {@code HEAD}, {@code OPTIONS} in upper case, such as
         *     {@code GET /pets/{id}} or {@code ANY /{proxy+}}; or exactly {@code $default}
         * @param target what {@link HttpApiRouter#match} returns for this route
         * @return this builder
         * @throws InvalidRouteException for a malformed route key, an invalid path or a route key declared twice; the
         *     message states the rule and the fix, not who declared the route
         */
        public Builder<T> add(String routeKey, T target) {
            Objects.requireNonNull(routeKey, "routeKey");
            Objects.requireNonNull(target, "target");
            if (routeKey.equals(DEFAULT_ROUTE_KEY)) {
                if (defaultTarget != null) {
                    throw new InvalidRouteException(
                            InvalidRouteException.Part.ROUTES, RouteMessages.duplicateRouteKey(routeKey));
                }
                defaultTarget = target;
                return this;
            }
            int space = routeKey.indexOf(' ');
            if (space <= 0 || space == routeKey.length() - 1 || routeKey.indexOf(' ', space + 1) >= 0) {
                throw new InvalidRouteException(
                        InvalidRouteException.Part.PATH, RouteMessages.malformedRouteKey(routeKey));
            }
            RestMethod method = method(routeKey.substring(0, space));
            RouteTemplate template =
                    RouteTemplate.parse(routeKey.substring(space + 1), RouteTemplate.Literals.HTTP_ROUTE);
            if (!declaredKeys.add(routeKey)) {
                throw new InvalidRouteException(
                        InvalidRouteException.Part.ROUTES, RouteMessages.duplicateRouteKey(routeKey));
            }
            routes.add(new HttpRoute<>(routeKey, method, template, target));
            return this;
        }

        /**
         * Build the router.
         *
         * @return the immutable router
         * @throws InvalidRouteException when two routes use different variable names at one position below the same
         *     path
         */
        public HttpApiRouter<T> build() {
            for (int later = 1; later < routes.size(); later++) {
                for (int earlier = 0; earlier < later; earlier++) {
                    checkVariableNames(routes.get(earlier), routes.get(later));
                }
            }
            return new HttpApiRouter<>(routes, defaultTarget);
        }

        private static RestMethod method(String method) {
            RestMethod parsed = RestMethod.ofRequest(method);
            if (parsed != null) {
                return parsed;
            }
            RestMethod upper = RestMethod.ofRequest(method.toUpperCase(Locale.ROOT));
            throw new InvalidRouteException(
                    InvalidRouteException.Part.METHOD,
                    upper == null
                            ? RouteMessages.unknownHttpMethod(method)
                            : RouteMessages.methodNotUpperCase(method, upper.name()));
        }

        /**
         * Reject two routes that agree up to a position where both have a variable of the same kind with different
         * names, such as {@code /pets/{id}} and {@code /pets/{petId}/toys}. Redeclaring a deployed route with a renamed
         * variable is reported to fail with a ConflictException "has a conflicting variable on the same hierarchical
         * level", as a user reported of a CDK deploy (docs/behavior.md#uncertain-http-api-routing). Whether the rule
         * also holds across methods and between {@code {var}} and {@code {var+}}, which REST rejects
         * (docs/behavior.md#rest-resources-and-methods), is not known: it is applied across methods and not between
         * kinds [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
         */
        private static void checkVariableNames(HttpRoute<?> earlier, HttpRoute<?> later) {
            List<RouteTemplate.Segment> first = earlier.template().segments();
            List<RouteTemplate.Segment> second = later.template().segments();
            int common = Math.min(first.size(), second.size());
            for (int i = 0; i < common; i++) {
                RouteTemplate.Segment existing = first.get(i);
                RouteTemplate.Segment added = second.get(i);
                if (existing.equals(added)) {
                    continue;
                }
                if (existing.isVariable() && existing.kind() == added.kind()) {
                    String example = later.method() + " " + later.template().withPathPart(i, existing.pathPart());
                    throw new InvalidRouteException(
                            InvalidRouteException.Part.ROUTES,
                            RouteMessages.httpVariableSiblings(
                                    earlier.routeKey(),
                                    later.routeKey(),
                                    later.template().parentPath(i),
                                    RouteMessages.renameVariableFix(existing.pathPart(), example)));
                }
                return;
            }
        }
    }
}

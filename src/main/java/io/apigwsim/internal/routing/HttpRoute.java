package io.apigwsim.internal.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One declared HTTP API route other than {@code $default}: a method (possibly {@code ANY}) and a path template.
 *
 * <p>HTTP API routes share the eight methods of REST resources (docs/behavior.md#rest-resources-and-methods,
 * #http-api-routes), so {@link RestMethod} serves both.
 */
final class HttpRoute<T> {

    private final String routeKey;
    private final RestMethod method;
    private final RouteTemplate template;
    private final T target;
    private final boolean greedy;

    HttpRoute(String routeKey, RestMethod method, RouteTemplate template, T target) {
        this.routeKey = routeKey;
        this.method = method;
        this.template = template;
        this.target = target;
        List<RouteTemplate.Segment> segments = template.segments();
        this.greedy = !segments.isEmpty() && segments.get(segments.size() - 1).kind() == RouteTemplate.Kind.GREEDY;
    }

    String routeKey() {
        return routeKey;
    }

    RestMethod method() {
        return method;
    }

    RouteTemplate template() {
        return template;
    }

    boolean greedy() {
        return greedy;
    }

    /**
     * Whether this route takes a request method: its own method, or any of the seven concrete methods for {@code ANY}
     * (docs/behavior.md#http-api-routes). A {@code GET} route does not take {@code HEAD}: REST APIs do not answer
     * HEAD from GET (docs/behavior.md#rest-resources-and-methods) and HTTP APIs are assumed to do the same
     * [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
     *
     * @param requested the request method, or {@code null} for one that no route can declare
     */
    boolean serves(RestMethod requested) {
        if (requested == null || requested == RestMethod.ANY) {
            return false;
        }
        return method == RestMethod.ANY || method == requested;
    }

    /** Whether the template matches the whole path; literal segments are compared with the decoded request segment. */
    boolean matches(HttpRequestPath path) {
        List<RouteTemplate.Segment> segments = template.segments();
        int size = path.size();
        for (int i = 0; i < segments.size(); i++) {
            if (i >= size) {
                return false;
            }
            // An empty segment (an inner "//" or a trailing "/") matches no literal and no {var}, and cannot start
            // the value of a greedy variable, which is one or more segments (docs/behavior.md#uncertain-http-api-paths,
            // #uncertain-http-api-routing).
            if (path.segment(i).isEmpty()) {
                return false;
            }
            RouteTemplate.Segment segment = segments.get(i);
            if (segment.kind() == RouteTemplate.Kind.GREEDY) {
                return true;
            }
            // HTTP APIs decode the path before passing it on (docs/behavior.md#http-api-routes, #http-api-paths), so
            // a route literal is taken to be written decoded and is compared with the decoded request segment:
            // "/caf%C3%A9" matches a route "/café". Decoding the route literal too would differ only for a literal
            // that contains a "%" escape.
            if (segment.kind() == RouteTemplate.Kind.LITERAL
                    && !path.decodedSegment(i).equals(segment.text())) {
                return false;
            }
        }
        return size == segments.size();
    }

    /** The match of a path that {@link #matches} this route. */
    RouteMatch<T> matchOf(HttpRequestPath path) {
        List<RouteTemplate.Segment> segments = template.segments();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            RouteTemplate.Segment segment = segments.get(i);
            if (segment.kind() == RouteTemplate.Kind.VARIABLE) {
                parameters.put(segment.text(), path.decodedSegment(i));
            } else if (segment.kind() == RouteTemplate.Kind.GREEDY) {
                // A greedy value is the rest of the path without its leading slash, decoded; a trailing "/" is kept
                // since HTTP APIs do not strip it for matching [UNCERTAIN]
                // (docs/behavior.md#uncertain-http-api-routing).
                parameters.put(segment.text(), HttpRequestPath.decode(path.remainderFrom(i)));
            }
        }
        return new RouteMatch<>(target, template.path(), routeKey.substring(0, routeKey.indexOf(' ')), parameters);
    }

    /**
     * Order two routes that both match a request, the better first (docs/behavior.md#http-api-routes): a route
     * without a greedy variable beats one with; then segments are compared from the left, literal before
     * {@code {var}} before {@code {var+}}, so the greedy route with the longer literal prefix wins
     * ({@code GET /pets/{proxy+}} over {@code ANY /{proxy+}} is documented, the general rule is inferred [UNCERTAIN]);
     * then a method-specific route beats {@code ANY} on the same path. Path specificity is compared before the
     * method, so {@code ANY /pets/dog} beats {@code GET /pets/{id}} for {@code GET /pets/dog}: {@code ANY} takes the
     * methods not defined for its own path [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
     */
    static int precedence(HttpRoute<?> a, HttpRoute<?> b) {
        if (a.greedy != b.greedy) {
            return a.greedy ? 1 : -1;
        }
        List<RouteTemplate.Segment> left = a.template.segments();
        List<RouteTemplate.Segment> right = b.template.segments();
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            int order = left.get(i).kind().compareTo(right.get(i).kind());
            if (order != 0) {
                return order;
            }
        }
        return Boolean.compare(a.method == RestMethod.ANY, b.method == RestMethod.ANY);
    }
}

package io.apigwsim.internal.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Explains an HTTP API request that matches no route by the route paths that came closest, in the style of {@link
 * ClosestRoutes}: most matching leading path segments, then a path that matches fully, then a path with a route for
 * the method, then declaration order. Routes are grouped by path, so the methods declared on a path are listed once.
 */
final class HttpClosestRoutes {

    private HttpClosestRoutes() {}

    static <T> String explain(List<HttpRoute<T>> routes, String method, String requestPath) {
        String heading = "No route matches " + method + " " + requestPath + ".";
        if (routes.isEmpty()) {
            return heading + " No routes are declared.";
        }
        Map<String, PathRoutes> byPath = new LinkedHashMap<>();
        for (HttpRoute<T> route : routes) {
            byPath.computeIfAbsent(route.template().path(), path -> new PathRoutes(route.template()))
                    .methods
                    .add(route.method());
        }
        RestMethod requested = RestMethod.ofRequest(method);
        HttpRequestPath path = HttpRequestPath.parse(requestPath);
        List<Candidate> candidates = new ArrayList<>(byPath.size());
        int order = 0;
        for (PathRoutes pathRoutes : byPath.values()) {
            candidates.add(candidate(pathRoutes, order++, method, requested, path));
        }
        candidates.sort(Comparator.comparingInt(Candidate::matchedSegments)
                .reversed()
                .thenComparing(Candidate::pathMatches, Comparator.reverseOrder())
                .thenComparing(Candidate::servesMethod, Comparator.reverseOrder())
                .thenComparingInt(Candidate::order));
        List<Candidate> closest = candidates.subList(0, Math.min(ClosestRoutes.LIMIT, candidates.size()));
        List<String> shown = new ArrayList<>(closest.size());
        List<String> reasons = new ArrayList<>(closest.size());
        for (Candidate candidate : closest) {
            shown.add(candidate.route());
            reasons.add(candidate.reason());
        }
        return ClosestRoutes.render(heading, shown, reasons);
    }

    private static Candidate candidate(
            PathRoutes pathRoutes, int order, String method, RestMethod requested, HttpRequestPath path) {
        RestMethod serving = null;
        if (requested != null && requested != RestMethod.ANY) {
            if (pathRoutes.methods.contains(requested)) {
                serving = requested;
            } else if (pathRoutes.methods.contains(RestMethod.ANY)) {
                serving = RestMethod.ANY;
            }
        }
        List<RestMethod> declared = new ArrayList<>(pathRoutes.methods);
        RestMethod shownMethod = serving != null ? serving : declared.get(0);
        String route = shownMethod + " " + pathRoutes.template.path();
        boolean serves = serving != null;
        List<RouteTemplate.Segment> segments = pathRoutes.template.segments();
        int size = path.size();
        for (int i = 0; i < segments.size(); i++) {
            RouteTemplate.Segment segment = segments.get(i);
            if (i >= size) {
                String where = size == 0 ? "the path is \"/\"" : "the path ends after segment " + size;
                String reason = where + ", route expects " + ClosestRoutes.expected(segment);
                return new Candidate(route, reason, i, false, serves, order);
            }
            String actual = path.segment(i);
            if (actual.isEmpty()) {
                String why = i == size - 1 ? "the path ends with \"/\"" : "the path has \"//\"";
                String reason = "path segment " + (i + 1) + " is empty (" + why + "), route expects "
                        + ClosestRoutes.expected(segment);
                return new Candidate(route, reason, i, false, serves, order);
            }
            if (segment.kind() == RouteTemplate.Kind.GREEDY) {
                return new Candidate(route, methodReason(method, declared), size, true, serves, order);
            }
            String decoded = path.decodedSegment(i);
            if (segment.kind() == RouteTemplate.Kind.LITERAL && !decoded.equals(segment.text())) {
                String reason = "path segment " + (i + 1) + " is \"" + actual + "\", route expects \"" + segment.text()
                        + "\"" + (decoded.equalsIgnoreCase(segment.text()) ? " (segments match case-sensitively)" : "");
                return new Candidate(route, reason, i, false, serves, order);
            }
        }
        if (size == segments.size() + 1 && path.segment(size - 1).isEmpty()) {
            // HTTP APIs do not match a trailing slash [UNCERTAIN] (docs/behavior.md#uncertain-http-api-routing).
            String reason = "the path ends with \"/\" and the route does not; HTTP API routes do not match a trailing"
                    + " slash, so send the path without it or catch it with a greedy route or $default";
            return new Candidate(route, reason, segments.size(), false, serves, order);
        }
        if (size > segments.size()) {
            String reason = "path segment " + (segments.size() + 1) + " is \"" + path.segment(segments.size()) + "\", "
                    + (segments.isEmpty()
                            ? "but the route \"/\" has no segments"
                            : "but the route ends after segment " + segments.size());
            return new Candidate(route, reason, segments.size(), false, serves, order);
        }
        return new Candidate(route, methodReason(method, declared), size, true, serves, order);
    }

    /** Why a path whose template matches has no route for the method. */
    private static String methodReason(String method, List<RestMethod> declared) {
        return "the path matches, but it has no " + method + " route; its routes are "
                + declared.stream().map(RestMethod::name).collect(Collectors.joining(", "))
                + ClosestRoutes.methodNotes(method, declared);
    }

    /** The routes declared on one path template, methods in the order ANY, GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS. */
    private static final class PathRoutes {

        private final RouteTemplate template;
        private final Set<RestMethod> methods = EnumSet.noneOf(RestMethod.class);

        private PathRoutes(RouteTemplate template) {
            this.template = template;
        }
    }

    private record Candidate(
            String route, String reason, int matchedSegments, boolean pathMatches, boolean servesMethod, int order) {}
}

package io.apigwsim.internal.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Explains a request that matches no route by the routes that came closest: most matching leading path segments, then
 * a path that matches fully, then a resource that serves the method, then declaration order.
 */
final class ClosestRoutes {

    static final int LIMIT = 3;

    private static final String GAP = "    ";

    private ClosestRoutes() {}

    static <T> String explain(List<Resource<T>> resources, String method, String requestPath) {
        String heading = "No route matches " + method + " " + requestPath + ".";
        if (resources.isEmpty()) {
            return heading + " No routes are declared.";
        }
        RestMethod requested = RestMethod.ofRequest(method);
        RequestPath path = RequestPath.parse(requestPath);
        List<Candidate> candidates = new ArrayList<>(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            candidates.add(candidate(resources.get(i), i, method, requested, path));
        }
        candidates.sort(Comparator.comparingInt(Candidate::matchedSegments)
                .reversed()
                .thenComparing(Candidate::pathMatches, Comparator.reverseOrder())
                .thenComparing(Candidate::servesMethod, Comparator.reverseOrder())
                .thenComparingInt(Candidate::order));
        List<Candidate> closest = candidates.subList(0, Math.min(LIMIT, candidates.size()));
        List<String> routes = new ArrayList<>(closest.size());
        List<String> reasons = new ArrayList<>(closest.size());
        for (Candidate candidate : closest) {
            routes.add(candidate.route());
            reasons.add(candidate.reason());
        }
        return render(heading, routes, reasons);
    }

    /** The heading, then one line per closest route with its reason, the reasons aligned in one column. */
    static String render(String heading, List<String> routes, List<String> reasons) {
        int width = 0;
        for (String route : routes) {
            width = Math.max(width, route.length());
        }
        StringBuilder explanation =
                new StringBuilder(heading).append(routes.size() == 1 ? " Closest route:" : " Closest routes:");
        for (int i = 0; i < routes.size(); i++) {
            explanation
                    .append("\n  ")
                    .append(routes.get(i))
                    .append(" ".repeat(width - routes.get(i).length()))
                    .append(GAP)
                    .append(reasons.get(i));
        }
        return explanation.toString();
    }

    private static Candidate candidate(
            Resource<?> resource, int order, String method, RestMethod requested, RequestPath path) {
        RestMethod serving = requested == null ? null : resource.methodFor(requested);
        List<RestMethod> declared = resource.declaredMethods();
        RestMethod shown = serving != null ? serving : declared.get(0);
        String route = shown + " " + resource.template().path();
        List<RouteTemplate.Segment> segments = resource.template().segments();
        int size = path.size();
        for (int i = 0; i < segments.size(); i++) {
            RouteTemplate.Segment segment = segments.get(i);
            if (i >= size) {
                String where = size == 0 ? "the path is \"/\"" : "the path ends after segment " + size;
                return new Candidate(route, where + ", route expects " + expected(segment), i, false, serving, order);
            }
            String actual = path.segment(i);
            if (actual.isEmpty()) {
                return new Candidate(
                        route,
                        "path segment " + (i + 1) + " is empty (the path has \"//\"), route expects "
                                + expected(segment),
                        i,
                        false,
                        serving,
                        order);
            }
            if (segment.kind() == RouteTemplate.Kind.GREEDY) {
                return new Candidate(route, methodReason(method, resource, declared), size, true, serving, order);
            }
            if (segment.kind() == RouteTemplate.Kind.LITERAL && !actual.equals(segment.text())) {
                String reason = "path segment " + (i + 1) + " is \"" + actual + "\", route expects \"" + segment.text()
                        + "\"" + (actual.equalsIgnoreCase(segment.text()) ? " (segments match case-sensitively)" : "");
                return new Candidate(route, reason, i, false, serving, order);
            }
        }
        if (size > segments.size()) {
            String reason = "path segment " + (segments.size() + 1) + " is \"" + path.segment(segments.size()) + "\", "
                    + (segments.isEmpty()
                            ? "but the route \"/\" has no segments"
                            : "but the route ends after segment " + segments.size());
            return new Candidate(route, reason, segments.size(), false, serving, order);
        }
        return new Candidate(route, methodReason(method, resource, declared), size, true, serving, order);
    }

    static String expected(RouteTemplate.Segment segment) {
        return switch (segment.kind()) {
            case LITERAL -> "\"" + segment.text() + "\"";
            case VARIABLE -> "a value for " + segment.pathPart();
            case GREEDY -> "one or more segments for " + segment.pathPart();
        };
    }

    /** Why a resource whose template matches the path does not serve the method. */
    private static String methodReason(String method, Resource<?> resource, List<RestMethod> declared) {
        return "the path matches, but the resource has no " + method + " method; it declares "
                + declared.stream().map(RestMethod::name).collect(Collectors.joining(", "))
                + methodNotes(method, declared);
    }

    /** What to add after the declared methods of a path that does not serve the method, or {@code ""}. */
    static String methodNotes(String method, List<RestMethod> declared) {
        String notes = "";
        if (declared.contains(RestMethod.ANY)) {
            // ANY covers exactly these seven methods (docs/behavior.md#rest-resources-and-methods).
            notes += ", and ANY covers only DELETE, GET, HEAD, OPTIONS, PATCH, POST and PUT";
        } else if (method.equals("HEAD") && declared.contains(RestMethod.GET)) {
            // GET does not answer HEAD (docs/behavior.md#rest-resources-and-methods).
            notes += "; GET does not answer HEAD, so declare HEAD or ANY";
        }
        String upperCase = method.toUpperCase(Locale.ROOT);
        if (!upperCase.equals(method) && RestMethod.ofRequest(upperCase) != null) {
            notes += " (methods are case-sensitive: \"" + upperCase + "\")";
        }
        return notes;
    }

    private record Candidate(
            String route, String reason, int matchedSegments, boolean pathMatches, RestMethod serving, int order) {

        boolean servesMethod() {
            return serving != null;
        }
    }
}

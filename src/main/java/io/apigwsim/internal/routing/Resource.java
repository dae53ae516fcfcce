package io.apigwsim.internal.routing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A resource of the tree with the methods declared on it and what the caller attached to each. */
final class Resource<T> {

    private final RouteTemplate template;
    private final EnumMap<RestMethod, T> targets;
    private final int[] variableIndexes;

    Resource(RouteTemplate template, Map<RestMethod, T> targets) {
        this.template = template;
        this.targets = new EnumMap<>(targets);
        List<RouteTemplate.Segment> segments = template.segments();
        int count = 0;
        for (RouteTemplate.Segment segment : segments) {
            if (segment.isVariable()) {
                count++;
            }
        }
        this.variableIndexes = new int[count];
        int next = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).isVariable()) {
                variableIndexes[next++] = i;
            }
        }
    }

    RouteTemplate template() {
        return template;
    }

    /**
     * The declared method that serves a request method, or {@code null}. A concrete method wins over {@code ANY}, and
     * {@code ANY} covers the seven concrete methods (docs/behavior.md#rest-resources-and-methods,
     * #rest-route-precedence).
     */
    RestMethod methodFor(RestMethod requested) {
        if (requested == RestMethod.ANY) {
            return null;
        }
        if (targets.containsKey(requested)) {
            return requested;
        }
        return targets.containsKey(RestMethod.ANY) ? RestMethod.ANY : null;
    }

    /** The declared methods in the order ANY, GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS. */
    List<RestMethod> declaredMethods() {
        return new ArrayList<>(targets.keySet());
    }

    RouteMatch<T> matchOf(RestMethod declared, RequestPath path) {
        Map<String, String> parameters;
        if (variableIndexes.length == 0) {
            parameters = Map.of();
        } else {
            parameters = new LinkedHashMap<>();
            for (int index : variableIndexes) {
                RouteTemplate.Segment segment = template.segments().get(index);
                // A greedy value is the remainder without the leading slash, trailing slash removed and inner "//"
                // kept, not decoded (docs/behavior.md#rest-path-parameters).
                String value =
                        segment.kind() == RouteTemplate.Kind.GREEDY ? path.remainderFrom(index) : path.segment(index);
                parameters.put(segment.text(), value);
            }
        }
        return new RouteMatch<>(targets.get(declared), template.path(), declared.name(), parameters);
    }
}

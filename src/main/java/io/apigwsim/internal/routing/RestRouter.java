package io.apigwsim.internal.routing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The resource tree of a REST API with the methods declared on its resources, built once; immutable and
 * thread-safe.
 *
 * <p>Routing is on the (resource, method) pair: a resource is a candidate only if its template matches the path and it
 * declares the request method or {@code ANY}. Among candidates the most specific template wins, comparing path parts
 * from the left with literal before {@code {var}} before {@code {var+}}; a request that a more specific resource does
 * not serve falls through to a less specific one that does. Declaration order never matters
 * (docs/behavior.md#rest-route-precedence).
 *
 * @param <T> what the caller attaches to a (method, resource) pair
 */
public final class RestRouter<T> {

    private final Node<T> root;
    private final List<Resource<T>> resources;

    private RestRouter(Node<T> root, List<Resource<T>> resources) {
        this.root = root;
        this.resources = List.copyOf(resources);
    }

    /**
     * Start declaring routes.
     *
     * @param <T> what the caller attaches to a (method, resource) pair
     * @return a new, empty builder
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Route a request to the (method, resource) pair that serves it.
     *
     * @param method the request method, such as {@code GET}; methods are compared as sent
     * @param requestPath the path after the stage exactly as the client sent it (not decoded), starting with {@code /};
     *     it may contain {@code //}, a trailing slash and percent-escapes, but no query string; {@code ""} is read as
     *     {@code /}
     * @return the match, or empty when no resource serves the request (API Gateway then answers 403 Missing
     *     Authentication Token)
     */
    public Optional<RouteMatch<T>> match(String method, String requestPath) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestPath, "requestPath");
        RestMethod requested = RestMethod.ofRequest(method);
        if (requested == null || requested == RestMethod.ANY) {
            return Optional.empty();
        }
        RequestPath path = RequestPath.parse(requestPath);
        Resource<T> resource = find(root, path, 0, requested);
        return resource == null ? Optional.empty() : Optional.of(resource.matchOf(resource.methodFor(requested), path));
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
     * @param requestPath the path after the stage as sent
     * @return the explanation, lines separated by {@code \n}
     */
    public String explainMiss(String method, String requestPath) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestPath, "requestPath");
        Optional<RouteMatch<T>> match = match(method, requestPath);
        if (match.isPresent()) {
            return method + " " + requestPath + " matches " + match.get().method() + " "
                    + match.get().resourcePath() + ".";
        }
        return ClosestRoutes.explain(resources, method, requestPath);
    }

    /** Return the declared routes, such as {@code RestRouter[GET /pets, GET /pets/{id}]}. */
    @Override
    public String toString() {
        List<String> routes = new ArrayList<>();
        for (Resource<T> resource : resources) {
            for (RestMethod method : resource.declaredMethods()) {
                routes.add(method + " " + resource.template().path());
            }
        }
        return "RestRouter" + routes;
    }

    /**
     * Find the most specific resource that matches the path from segment {@code index} on and serves the method.
     * Trying literal, then {@code {var}}, then {@code {var+}} at each depth and backtracking on a miss yields the most
     * specific candidate first, and gives the fall-through of a path a more specific resource does not serve.
     */
    private static <T> Resource<T> find(Node<T> node, RequestPath path, int index, RestMethod method) {
        if (index == path.size()) {
            return node.resource != null && node.resource.methodFor(method) != null ? node.resource : null;
        }
        String segment = path.segment(index);
        // An empty segment (an inner "//") matches no literal and no {var}. Whether AWS routes /a//b to /a/b is not
        // recorded [UNCERTAIN] (docs/behavior.md#uncertain-rest-routing); a greedy variable captures the "//"
        // (docs/behavior.md#rest-slashes-in-paths).
        if (segment.isEmpty()) {
            return null;
        }
        Node<T> literal = node.literals.get(segment);
        if (literal != null) {
            Resource<T> found = find(literal, path, index + 1, method);
            if (found != null) {
                return found;
            }
        }
        Node<T> variable = node.variable;
        if (variable == null) {
            return null;
        }
        if (variable.greedy) {
            // {proxy+} takes the rest of the path: one or more segments, never zero
            // (docs/behavior.md#rest-resources-and-methods, #rest-route-precedence).
            return variable.resource != null && variable.resource.methodFor(method) != null ? variable.resource : null;
        }
        return find(variable, path, index + 1, method);
    }

    /** One resource position of the frozen tree. */
    private static final class Node<T> {

        private final Map<String, Node<T>> literals;
        private final Node<T> variable;
        private final boolean greedy;
        private final Resource<T> resource;

        private Node(Map<String, Node<T>> literals, Node<T> variable, boolean greedy, Resource<T> resource) {
            this.literals = Map.copyOf(literals);
            this.variable = variable;
            this.greedy = greedy;
            this.resource = resource;
        }
    }

    /**
     * Collects route declarations. Not thread-safe; {@link #build()} checks the tree and returns an immutable router.
     *
     * @param <T> what the caller attaches to a (method, resource) pair
     */
    public static final class Builder<T> {

        private final List<Declaration<T>> declarations = new ArrayList<>();
        private final Set<String> declaredRoutes = new HashSet<>();

        private Builder() {}

        /**
         * Declare a method on a resource.
         *
         * @param method {@code ANY} or one of {@code GET}, {@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE},
         *     {@code HEAD}, {@code OPTIONS}, upper case
         * @param path the resource path template, such as {@code /}, {@code /pets}, {@code /pets/{id}} or {@code
         *     /files/{proxy+}}
         * @param target what {@link RestRouter#match} returns for this pair
         * @return this builder
         * @throws InvalidRouteException for an invalid path or method, or a method declared twice on one resource
         */
        public Builder<T> add(String method, String path, T target) {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(target, "target");
            RouteTemplate template = RouteTemplate.parse(path, RouteTemplate.Literals.REST_RESOURCE);
            RestMethod restMethod = RestMethod.parse(method);
            if (!declaredRoutes.add(restMethod + " " + path)) {
                throw new InvalidRouteException(
                        InvalidRouteException.Part.ROUTES, RouteMessages.duplicateRoute(restMethod.name(), path));
            }
            declarations.add(new Declaration<>(restMethod, template, target));
            return this;
        }

        /**
         * Build the resource tree.
         *
         * @return the immutable router
         * @throws InvalidRouteException when two routes put different path variables under one parent resource, which
         *     API Gateway rejects
         */
        public RestRouter<T> build() {
            BuildNode<T> root = new BuildNode<>(null);
            List<BuildNode<T>> resourceNodes = new ArrayList<>();
            for (Declaration<T> declaration : declarations) {
                BuildNode<T> node = root;
                List<RouteTemplate.Segment> segments = declaration.template().segments();
                for (int i = 0; i < segments.size(); i++) {
                    node = node.child(segments.get(i), declaration, i);
                }
                if (node.methods.isEmpty()) {
                    node.template = declaration.template();
                    resourceNodes.add(node);
                }
                node.methods.put(declaration.method(), declaration.target());
            }
            Node<T> frozenRoot = root.freeze();
            List<Resource<T>> resources = new ArrayList<>(resourceNodes.size());
            for (BuildNode<T> node : resourceNodes) {
                resources.add(node.resource);
            }
            return new RestRouter<>(frozenRoot, resources);
        }
    }

    private record Declaration<T>(RestMethod method, RouteTemplate template, T target) {

        String route() {
            return method + " " + template.path();
        }
    }

    /** A resource position while the tree is being built. */
    private static final class BuildNode<T> {

        private final RouteTemplate.Segment segment;
        private final Map<String, BuildNode<T>> literals = new HashMap<>();
        private final Map<RestMethod, T> methods = new EnumMap<>(RestMethod.class);
        private BuildNode<T> variable;
        private Declaration<T> variableDeclaration;
        private RouteTemplate template;
        private Resource<T> resource;

        private BuildNode(RouteTemplate.Segment segment) {
            this.segment = segment;
        }

        private BuildNode<T> child(RouteTemplate.Segment part, Declaration<T> declaration, int index) {
            if (!part.isVariable()) {
                return literals.computeIfAbsent(part.text(), text -> new BuildNode<>(part));
            }
            if (variable == null) {
                variable = new BuildNode<>(part);
                variableDeclaration = declaration;
            } else if (!variable.segment.equals(part)) {
                throw new InvalidRouteException(InvalidRouteException.Part.ROUTES, conflict(declaration, index));
            }
            return variable;
        }

        private String conflict(Declaration<T> declaration, int index) {
            String parentPath = declaration.template().parentPath(index);
            String existing = variable.segment.pathPart();
            String added = declaration.template().segments().get(index).pathPart();
            // A resource has at most one variable child; AWS's CreateResource text names the existing sibling
            // (docs/behavior.md#rest-resources-and-methods).
            String fix = variable.segment.kind()
                            == declaration.template().segments().get(index).kind()
                    ? RouteMessages.renameVariableFix(
                            existing, declaration.template().withPathPart(index, existing))
                    : RouteMessages.keepOneVariableFix(existing, added, parentPath);
            return RouteMessages.variableSiblings(
                    variableDeclaration.route(), declaration.route(), parentPath, existing, fix);
        }

        private Node<T> freeze() {
            Map<String, Node<T>> frozenLiterals = new HashMap<>();
            literals.forEach((text, child) -> frozenLiterals.put(text, child.freeze()));
            Node<T> frozenVariable = variable == null ? null : variable.freeze();
            if (!methods.isEmpty()) {
                resource = new Resource<>(template, methods);
            }
            boolean greedy = segment != null && segment.kind() == RouteTemplate.Kind.GREEDY;
            return new Node<>(frozenLiterals, frozenVariable, greedy, resource);
        }
    }
}

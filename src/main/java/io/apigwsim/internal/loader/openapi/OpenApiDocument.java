package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.ApiType;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenAPI 3.0 or Swagger 2.0 document, with the kind of API it is imported into.
 *
 * <p>An OpenAPI document does not say whether it describes a REST API or an HTTP API: API Gateway imports the same
 * file into either. The test says so ({@code .httpApi()}); without that, a document that uses what only HTTP APIs
 * have ({@code x-amazon-apigateway-cors}, an integration's {@code payloadFormatVersion}) is an HTTP API, any other a
 * REST API
 * (docs/behavior.md#definition-api-type).
 */
public final class OpenApiDocument {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private final MapNode root;
    private final boolean swagger2;
    private final ApiType type;

    private OpenApiDocument(MapNode root, boolean swagger2, ApiType type) {
        this.root = root;
        this.swagger2 = swagger2;
        this.type = type;
    }

    /**
     * Check a document's version and decide its API type.
     *
     * @param node the document's root
     * @param declaredType the type the test declared, if any
     * @return the document
     */
    public static OpenApiDocument of(Node node, Optional<ApiType> declaredType) {
        MapNode root = node.asMap("An OpenAPI document");
        boolean swagger2;
        if (root.has("swagger")) {
            String version = root.require("swagger", "The document").asText("swagger");
            if (!version.equals("2.0")) {
                throw root.require("swagger", "The document")
                        .location()
                        .error("swagger version " + version
                                + " is not one API Gateway imports; it imports Swagger 2.0 and OpenAPI 3.0");
            }
            swagger2 = true;
        } else if (root.has("openapi")) {
            String version = root.require("openapi", "The document").asText("openapi");
            if (!version.startsWith("3.0")) {
                throw root.require("openapi", "The document")
                        .location()
                        .error("openapi version " + version
                                + " is not one API Gateway imports; it imports Swagger 2.0 and OpenAPI 3.0.x");
            }
            swagger2 = false;
        } else {
            throw root.location()
                    .error("this is not an OpenAPI document: it has neither \"openapi: 3.0.1\" nor"
                            + " \"swagger: '2.0'\" at its root");
        }
        ApiType type = declaredType.orElseGet(() -> usesHttpApiFeatures(root) ? ApiType.HTTP : ApiType.REST);
        if (swagger2 && type == ApiType.HTTP) {
            throw root.require("swagger", "The document")
                    .location()
                    .error("an HTTP API imports OpenAPI 3.0 only,"
                            + " not Swagger 2.0 (docs/behavior.md#definition-api-type); convert the document, or load it as"
                            + " a REST API");
        }
        return new OpenApiDocument(root, swagger2, type);
    }

    private static boolean usesHttpApiFeatures(MapNode root) {
        if (root.has("x-amazon-apigateway-cors")) {
            return true;
        }
        Optional<Node> paths = root.get("paths");
        if (paths.isEmpty() || !(paths.get() instanceof MapNode pathMap)) {
            return false;
        }
        for (Node item : pathMap.fields().values()) {
            if (item instanceof MapNode pathItem) {
                for (Node operation : pathItem.fields().values()) {
                    if (operation instanceof MapNode operationMap
                            && operationMap
                                            .get("x-amazon-apigateway-integration")
                                            .orElse(null)
                                    instanceof MapNode in
                            && in.has("payloadFormatVersion")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The document's root object. */
    public MapNode root() {
        return root;
    }

    /** Whether this is a Swagger 2.0 document rather than OpenAPI 3.0. */
    public boolean isSwagger2() {
        return swagger2;
    }

    /** The kind of API the document is imported into. */
    public ApiType type() {
        return type;
    }

    /**
     * Follow a local {@code $ref} such as {@code #/components/schemas/Pet}; any other node is returned as is.
     *
     * @param node a node that may be a reference object
     * @return the node referred to
     */
    public Node resolve(Node node) {
        Node current = node;
        for (int hops = 0; current instanceof MapNode map && map.has("$ref"); hops++) {
            if (hops == 32) {
                throw node.location().error("$ref chain is longer than 32 references; is it circular?");
            }
            Node ref = map.require("$ref", "A reference");
            String pointer = ref.asText("$ref");
            if (!pointer.startsWith("#/")) {
                throw ref.location()
                        .error("$ref \"" + pointer + "\" points outside this document, which apigw-sim"
                                + " does not follow: API Gateway imports one document. Write the object here, or refer to"
                                + " one under #/" + (swagger2 ? "definitions" : "components"));
            }
            Node target = root;
            for (String segment : pointer.substring(2).split("/", -1)) {
                String name = segment.replace("~1", "/").replace("~0", "~");
                if (!(target instanceof MapNode object) || !object.has(name)) {
                    throw ref.location().error("$ref \"" + pointer + "\" refers to nothing in this document");
                }
                target = object.require(name, "");
            }
            current = target;
        }
        return current;
    }
}

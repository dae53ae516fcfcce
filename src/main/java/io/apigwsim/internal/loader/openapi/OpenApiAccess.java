package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiKeySource;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what an OpenAPI document says about access and request checks: authorizers, API keys, gateway responses,
 * request validators, models, binary media types and CORS (docs/behavior.md#definitions).
 *
 * <p>What only REST APIs have (API keys, gateway responses, binary media types, request validation) is refused in an
 * HTTP API's document, and HTTP API CORS in a REST API's, naming the place; except that an HTTP API ignores request
 * bodies, schemas and parameters, as API Gateway's HTTP API import does.
 */
final class OpenApiAccess {

    static final String API_KEY_SOURCE = "x-amazon-apigateway-api-key-source";
    static final String BINARY_MEDIA_TYPES = "x-amazon-apigateway-binary-media-types";

    private final OpenApiDocument document;
    private final SecuritySchemes schemes;
    private final Optional<Node> rootSecurity;
    private final Optional<RequestValidation> validation;

    private OpenApiAccess(
            OpenApiDocument document,
            SecuritySchemes schemes,
            Optional<Node> rootSecurity,
            Optional<RequestValidation> validation) {
        this.document = document;
        this.schemes = schemes;
        this.rootSecurity = rootSecurity;
        this.validation = validation;
    }

    /**
     * Read the document's root-level settings into the API.
     *
     * @param document the document
     * @param api the API being built; request body models are added to it later, by {@link #methodRequest}
     * @param functions where authorizer functions are recorded
     * @param stageVariables the stage's variables, for authorizer URIs
     * @return the reader of operation-level settings
     */
    static OpenApiAccess read(
            OpenApiDocument document,
            ApiDefinition.Builder api,
            FunctionReferences functions,
            Map<String, String> stageVariables) {
        MapNode root = document.root();
        boolean rest = document.type() == ApiType.REST;
        ApiKeySource apiKeySource = ApiKeySource.HEADER;
        Optional<Node> keySource = root.get(API_KEY_SOURCE);
        if (keySource.isPresent()) {
            restOnly(keySource.get(), rest, API_KEY_SOURCE, "HTTP APIs have no API keys or usage plans");
            apiKeySource = apiKeySource(keySource.get());
            ApiKeySource source = apiKeySource;
            Placed.at(keySource.get().location(), () -> api.apiKeySource(source));
        }
        root.get(BINARY_MEDIA_TYPES).ifPresent(types -> {
            restOnly(
                    types,
                    rest,
                    BINARY_MEDIA_TYPES,
                    "an HTTP API has none and base64-encodes every request body that is not text, JSON,"
                            + " XML or JavaScript");
            for (Node type : types.asList(BINARY_MEDIA_TYPES).elements()) {
                Placed.at(type.location(), () -> api.binaryMediaTypes(type.asText("each binary media type")));
            }
        });
        root.get(GatewayResponsesExtension.EXTENSION).ifPresent(responses -> {
            restOnly(
                    responses,
                    rest,
                    GatewayResponsesExtension.EXTENSION,
                    "an HTTP API's own answers cannot be customized");
            GatewayResponsesExtension.read(responses, api);
        });
        root.get(CorsExtension.EXTENSION).ifPresent(cors -> {
            if (rest) {
                throw cors.location()
                        .error(CorsExtension.EXTENSION + " configures an HTTP API's built-in CORS, which a REST API"
                                + " does not have: a REST API answers preflight requests with OPTIONS methods of its"
                                + " own, usually mock integrations, and its functions add the CORS headers"
                                + " (docs/behavior.md#rest-cors). Declare those methods, or declare an HTTP API");
            }
            api.cors(CorsExtension.read(cors));
        });
        Optional<RequestValidation> validation = Optional.empty();
        if (rest) {
            validation = Optional.of(RequestValidation.read(document, api));
        } else {
            for (String extension : new String[] {RequestValidation.VALIDATORS, RequestValidation.VALIDATOR}) {
                root.get(extension)
                        .ifPresent(node -> restOnly(
                                node,
                                false,
                                extension,
                                "HTTP APIs do not validate requests (their import ignores request bodies"
                                        + " and schemas for that reason)"));
            }
        }
        SecuritySchemes schemes = SecuritySchemes.read(document, apiKeySource, api, functions, stageVariables);
        Optional<Node> rootSecurity = root.get("security");
        rootSecurity.ifPresent(security -> MethodSecurity.checkNames(security, schemes));
        return new OpenApiAccess(
                document,
                schemes,
                rootSecurity.filter(
                        security -> !security.asList("security").elements().isEmpty()),
                validation);
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
        MethodRequest.Builder request = MethodRequest.builder();
        MethodSecurity.apply(operation, rootSecurity, schemes, document.type(), route, request);
        if (validation.isPresent()) {
            validation.get().apply(operation, pathItem, route, request);
        } else {
            operation
                    .get(RequestValidation.VALIDATOR)
                    .ifPresent(validator -> restOnly(
                            validator, false, RequestValidation.VALIDATOR, "HTTP APIs do not validate requests"));
        }
        return Placed.at(operation.location(), request::build);
    }

    private static ApiKeySource apiKeySource(Node node) {
        String value = node.asText(API_KEY_SOURCE);
        for (ApiKeySource source : ApiKeySource.values()) {
            if (source.name().equals(value)) {
                return source;
            }
        }
        throw node.location()
                .error(API_KEY_SOURCE + " is \"" + value + "\"; it is HEADER (the X-API-Key header, the"
                        + " default) or AUTHORIZER (the usageIdentifierKey of the method's Lambda authorizer)");
    }

    private static void restOnly(Node node, boolean rest, String name, String why) {
        if (!rest) {
            throw node.location().error(name + " is a REST API setting; " + why + ". Remove it, or declare a REST API");
        }
    }
}

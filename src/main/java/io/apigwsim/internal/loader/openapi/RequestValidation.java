package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.RequestValidator;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A REST API's request validation: the validators of {@code x-amazon-apigateway-request-validators}, the validator
 * each operation names (or the root-level default), its required parameters and its request body models
 * (docs/behavior.md#openapi-request-validation).
 */
final class RequestValidation {

    static final String VALIDATORS = "x-amazon-apigateway-request-validators";
    static final String VALIDATOR = "x-amazon-apigateway-request-validator";

    private static final List<String> VALIDATOR_FIELDS = List.of("validateRequestBody", "validateRequestParameters");
    // API Gateway's request parameter locations for OpenAPI's `in`; cookies have none.
    private static final Map<String, String> LOCATIONS =
            Map.of("query", "querystring", "header", "header", "path", "path");
    // Locations that are not method request parameters: the body and form fields, and cookies
    // [UNCERTAIN] (docs/behavior.md#uncertain-openapi-access-settings).
    private static final Set<String> SWAGGER_BODY = Set.of("body", "formData");
    private static final Set<String> OPENAPI_COOKIE = Set.of("cookie");
    // A media type without parameters or wildcards: API Gateway picks a model by the request's media type.
    private static final Pattern MEDIA_TYPE = Pattern.compile("[!#$%&'+.^_`|~0-9A-Za-z-]+/[!#$%&'+.^_`|~0-9A-Za-z-]+");
    private static final String DEFAULT_CONTENT_TYPE = "application/json";

    private final OpenApiDocument document;
    private final Set<String> validators;
    private final Optional<Node> defaultValidator;
    private final SchemaModels models;

    private RequestValidation(
            OpenApiDocument document, Set<String> validators, Optional<Node> defaultValidator, SchemaModels models) {
        this.document = document;
        this.validators = validators;
        this.defaultValidator = defaultValidator;
        this.models = models;
    }

    /**
     * Read a REST document's validators, default validator and models into the API.
     *
     * @param document the document
     * @param api the API being built
     * @return the request validation of its operations
     */
    static RequestValidation read(OpenApiDocument document, ApiDefinition.Builder api) {
        MapNode root = document.root();
        Map<String, RequestValidator> declared = new LinkedHashMap<>();
        root.get(VALIDATORS).ifPresent(node -> {
            for (Map.Entry<String, Node> entry : node.asMap(VALIDATORS).fields().entrySet()) {
                String what = "request validator \"" + entry.getKey() + "\"";
                MapNode validator = entry.getValue().asMap(what).checkFields(what, VALIDATOR_FIELDS);
                boolean body = validator
                        .get("validateRequestBody")
                        .map(value -> Placed.bool(value, "validateRequestBody"))
                        .orElse(false);
                boolean parameters = validator
                        .get("validateRequestParameters")
                        .map(value -> Placed.bool(value, "validateRequestParameters"))
                        .orElse(false);
                RequestValidator built =
                        Placed.at(validator.location(), () -> RequestValidator.of(entry.getKey(), body, parameters));
                Placed.at(validator.location(), () -> api.requestValidator(built));
                declared.put(entry.getKey(), built);
            }
        });
        Optional<Node> defaultValidator = root.get(VALIDATOR);
        defaultValidator.ifPresent(node -> checkDeclared(node, declared.keySet()));
        return new RequestValidation(document, declared.keySet(), defaultValidator, SchemaModels.read(document, api));
    }

    /**
     * Apply an operation's validator, required parameters and body models to its method request.
     *
     * @param operation the operation
     * @param pathItem the path item, whose parameters apply too
     * @param route the route as messages name it
     * @param request the method request being built
     */
    void apply(MapNode operation, MapNode pathItem, String route, MethodRequest.Builder request) {
        Optional<Node> validator = operation.get(VALIDATOR).or(() -> defaultValidator);
        validator.ifPresent(node -> request.requestValidator(checkDeclared(node, validators)));
        Map<String, MapNode> parameters = parameters(pathItem, operation);
        for (MapNode parameter : parameters.values()) {
            String in = parameter.require("in", "a parameter").asText("in");
            String name = parameter.require("name", "a parameter").asText("name");
            boolean required = parameter
                    .get("required")
                    .map(value -> Placed.bool(value, "required"))
                    .orElse(false);
            String location = LOCATIONS.get(in);
            if (location != null && required) {
                request.requiredParameters("method.request." + location + "." + name);
            } else if (location == null && !(document.isSwagger2() ? SWAGGER_BODY : OPENAPI_COOKIE).contains(in)) {
                throw parameter
                        .require("in", "a parameter")
                        .location()
                        .error("parameter \"" + name + "\" is in \"" + in + "\", which is not a parameter location;"
                                + " write query, header or path"
                                + (document.isSwagger2() ? ", body or formData" : " or cookie"));
            }
        }
        if (document.isSwagger2()) {
            bodyParameter(parameters, operation, route, request);
        } else {
            operation.get("requestBody").ifPresent(body -> requestBody(body, route, request));
        }
    }

    // Path item parameters, replaced by the operation's parameter of the same name and location (OpenAPI's rule).
    private Map<String, MapNode> parameters(MapNode pathItem, MapNode operation) {
        Map<String, MapNode> parameters = new LinkedHashMap<>();
        for (MapNode holder : List.of(pathItem, operation)) {
            holder.get("parameters").ifPresent(list -> {
                for (Node element : list.asList("parameters").elements()) {
                    MapNode parameter = document.resolve(element).asMap("a parameter");
                    String in = parameter.require("in", "a parameter").asText("in");
                    String name = parameter.require("name", "a parameter").asText("name");
                    parameters.put(in + " " + name, parameter);
                }
            });
        }
        return parameters;
    }

    // Swagger 2.0: the `in: body` parameter's schema, for each media type the operation (or the document) consumes.
    private void bodyParameter(
            Map<String, MapNode> parameters, MapNode operation, String route, MethodRequest.Builder request) {
        Optional<MapNode> body = parameters.values().stream()
                .filter(parameter ->
                        parameter.require("in", "a parameter").asText("in").equals("body"))
                .findFirst();
        if (body.isEmpty() || !body.get().has("schema")) {
            return;
        }
        Node schema = body.get().require("schema", "a body parameter");
        Optional<Node> consumes =
                operation.get("consumes").or(() -> document.root().get("consumes"));
        List<Node> contentTypes =
                consumes.map(list -> list.asList("consumes").elements()).orElse(List.of());
        String model = models.modelFor(schema, route);
        if (contentTypes.isEmpty()) {
            request.requestModel(DEFAULT_CONTENT_TYPE, model);
        }
        for (Node contentType : contentTypes) {
            String mediaType = mediaType(contentType.asText("each entry of consumes"), contentType);
            Placed.at(contentType.location(), () -> request.requestModel(mediaType, model));
        }
    }

    // OpenAPI 3.0: each media type of requestBody.content with a schema.
    private void requestBody(Node bodyNode, String route, MethodRequest.Builder request) {
        MapNode body = document.resolve(bodyNode).asMap("requestBody");
        Node contentNode = body.require("content", "requestBody");
        for (Map.Entry<String, Node> content :
                contentNode.asMap("content").fields().entrySet()) {
            MapNode media = content.getValue().asMap("the media type " + content.getKey());
            Optional<Node> schema = media.get("schema");
            if (schema.isPresent()) {
                String mediaType = mediaType(content.getKey(), content.getValue());
                String model = models.modelFor(schema.get(), route);
                Placed.at(content.getValue().location(), () -> request.requestModel(mediaType, model));
            }
        }
    }

    private static String mediaType(String contentType, Node place) {
        if (!MEDIA_TYPE.matcher(contentType).matches()) {
            throw place.location()
                    .error("request body media type \"" + contentType + "\" is not one media type: API Gateway"
                            + " picks a request model by the request's exact media type, so write type/subtype"
                            + " without wildcards or parameters, such as application/json");
        }
        return contentType;
    }

    private static String checkDeclared(Node validator, Set<String> declared) {
        String name = validator.asText(VALIDATOR);
        if (!declared.contains(name)) {
            throw validator
                    .location()
                    .error(VALIDATOR + " names \"" + name + "\", which " + VALIDATORS + " does not declare; declared: "
                            + declared);
        }
        return name;
    }
}

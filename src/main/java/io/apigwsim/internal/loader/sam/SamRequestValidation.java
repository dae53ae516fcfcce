package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.RequestValidator;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.NodeJson;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A REST API's SAM {@code Models}, and the {@code RequestModel} and {@code RequestParameters} of its events: the
 * models, request validators and required parameters SAM writes (docs/behavior.md#sam-request-models-and-parameters).
 */
final class SamRequestValidation {

    private static final List<String> REQUEST_MODEL_FIELDS =
            List.of("Model", "Required", "ValidateBody", "ValidateParameters");
    private static final List<String> PARAMETER_FIELDS = List.of("Required", "Caching");
    private static final Pattern PARAMETER = Pattern.compile("method\\.request\\.(querystring|path|header)\\.\\S+");

    private final String apiId;
    private final ApiDefinition.Builder builder;
    // The API's models: the template's name, and the lower-case name SAM gives API Gateway.
    private final Map<String, String> models;
    private final Set<String> validators = new HashSet<>();

    private SamRequestValidation(String apiId, ApiDefinition.Builder builder, Map<String, String> models) {
        this.apiId = apiId;
        this.builder = builder;
        this.models = models;
    }

    /**
     * Read the API's {@code Models}, adding each to the API being built.
     *
     * @param models the resolved {@code Models} property, if any
     * @return the reader of the events' request settings
     */
    static SamRequestValidation read(Optional<Node> models, String apiId, ApiDefinition.Builder builder) {
        Map<String, String> names = new LinkedHashMap<>();
        models.ifPresent(node -> SamFields.map(node, "Models").fields().forEach((name, schemaNode) -> {
            MapNode schema = SamFields.map(schemaNode, "Models." + name + " (a JSON schema)");
            if (!schema.has("type")) {
                throw schema.location()
                        .error("Models." + name + " has no \"type\", which SAM requires of a model's schema; add for"
                                + " example type: object");
            }
            // SAM names the model in lower case (docs/behavior.md#sam-request-models-and-parameters).
            String apiGatewayName = name.toLowerCase(Locale.ROOT);
            if (names.containsValue(apiGatewayName)) {
                throw schemaNode
                        .location()
                        .error("Models." + name + " has the name of another model but for case; SAM names models in"
                                + " lower case, so one would replace the other: rename one");
            }
            names.put(name, apiGatewayName);
            String json = NodeJson.toJson(schema).toString();
            SamFields.at(schemaNode.location(), () -> builder.model(apiGatewayName, json));
        }));
        return new SamRequestValidation(apiId, builder, names);
    }

    /**
     * Add an event's {@code RequestModel} and {@code RequestParameters} to its route's method request.
     *
     * @param event the event's properties
     * @param route the route as messages name it
     * @param request the method request being built
     */
    void addEventSettings(MapNode event, String route, MethodRequest.Builder request) {
        event.get("RequestModel").ifPresent(node -> requestModel(node, route, request));
        event.get("RequestParameters").ifPresent(node -> requestParameters(node, request));
    }

    private void requestModel(Node node, String route, MethodRequest.Builder request) {
        MapNode requestModel = SamFields.map(node, "RequestModel").checkFields("RequestModel", REQUEST_MODEL_FIELDS);
        Node modelNode = requestModel.require("Model", "RequestModel");
        String model = SamFields.text(modelNode, "RequestModel.Model");
        String apiGatewayName = models.get(model);
        if (apiGatewayName == null) {
            throw modelNode
                    .location()
                    .error("RequestModel.Model of the Api event of " + route + " is \"" + model + "\", which "
                            + apiId
                            + (models.isEmpty()
                                    ? " does not declare: it has no Models"
                                    : " does not declare; its Models: " + String.join(", ", models.keySet())));
        }
        // A body parameter (Swagger) or request body (OpenAPI 3) of application/json, as SAM writes it.
        request.requestModel("application/json", apiGatewayName);
        // SAM's "required" mark on the body changes nothing API Gateway checks.
        requestModel.get("Required").ifPresent(required -> SamFields.bool(required, "RequestModel.Required"));
        Optional<Boolean> body = strictBool(requestModel, "ValidateBody");
        Optional<Boolean> parameters = strictBool(requestModel, "ValidateParameters");
        // Without ValidateBody and ValidateParameters SAM names no validator: the model is then not checked.
        if (body.isPresent() || parameters.isPresent()) {
            String name = validatorName(body.orElse(false), parameters.orElse(false));
            addValidator(RequestValidator.of(name, body.orElse(false), parameters.orElse(false)));
            request.requestValidator(name);
        }
    }

    private void requestParameters(Node node, MethodRequest.Builder request) {
        for (Node parameter : node.asList("RequestParameters").elements()) {
            if (parameter instanceof ScalarNode) {
                // A parameter given by name alone is not required.
                parameterName(parameter, SamFields.text(parameter, "RequestParameters entry"));
                continue;
            }
            MapNode declared = SamFields.map(parameter, "RequestParameters entry");
            if (declared.fields().size() != 1) {
                throw declared.location()
                        .error("a RequestParameters entry is one parameter, such as method.request.header.X-Version:"
                                + " {Required: true}; this one has "
                                + declared.fields().size() + " keys: "
                                + declared.fields().keySet() + " (each parameter is its own list entry, after a -)");
            }
            Map.Entry<String, Node> entry =
                    declared.fields().entrySet().iterator().next();
            String name = parameterName(entry.getValue(), entry.getKey());
            MapNode settings = SamFields.map(entry.getValue(), "RequestParameters." + name)
                    .checkFields("RequestParameters." + name, PARAMETER_FIELDS);
            // Caching names a cache key parameter, and apigw-sim caches nothing.
            settings.get("Caching")
                    .ifPresent(caching -> SamFields.bool(caching, "RequestParameters." + name + ".Caching"));
            if (SamFields.bool(settings, "Required", "RequestParameters." + name)
                    .orElse(false)) {
                request.requiredParameters(name);
            }
        }
    }

    private static String parameterName(Node node, String name) {
        if (!PARAMETER.matcher(name).matches()) {
            throw node.location()
                    .error("RequestParameters names \"" + name + "\"; SAM takes method.request.header.<name>,"
                            + " method.request.querystring.<name> or method.request.path.<name>");
        }
        return name;
    }

    // SAM takes only true or false here, not strings.
    private static Optional<Boolean> strictBool(MapNode requestModel, String field) {
        return requestModel.get(field).map(node -> {
            if (node instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.BOOLEAN) {
                return scalar.asBoolean("RequestModel." + field);
            }
            throw node.location()
                    .error("RequestModel." + field + " must be true or false, which SAM takes without quotes; not "
                            + (node instanceof ScalarNode scalar ? scalar.describe() : node.kind()));
        });
    }

    // SAM's validator names (docs/behavior.md#sam-request-models-and-parameters).
    static String validatorName(boolean body, boolean parameters) {
        if (body && parameters) {
            return "body-and-params";
        }
        if (body) {
            return "body-only";
        }
        return parameters ? "params-only" : "no-validation";
    }

    private void addValidator(RequestValidator validator) {
        if (!validators.add(validator.name())) {
            return;
        }
        try {
            builder.requestValidator(validator);
        } catch (ApiDefinitionException e) {
            // The definition body declares a validator of this name already; SAM keeps that one.
        }
    }
}

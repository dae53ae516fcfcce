package io.apigwsim.internal.loader.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.NodeJson;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A REST API's models from a document's schemas ({@code definitions} in Swagger 2.0, {@code components.schemas} in
 * OpenAPI 3.0), and the models of inline request body schemas (docs/behavior.md#openapi-models).
 *
 * <p>API Gateway imports every schema as a model and turns a {@code $ref} to another schema into a reference to
 * that model. apigw-sim compiles each model on its own, so a model that refers to others carries copies of them
 * under its own {@code definitions}, and its references point there: {@code #/components/schemas/Pet} becomes
 * {@code #/definitions/Pet}, and a reference to the model itself becomes {@code #}. The schemas mean the same.
 */
final class SchemaModels {

    // "Model name must be alphanumeric", recorded from the import (docs/behavior.md#openapi-models).
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9]+");
    private static final String DEFINITIONS = "definitions";
    // The keywords whose values are schemas by name, and those whose values are a schema or a list of schemas
    // (JSON Schema draft 4, and OpenAPI's subset of it); "$ref" elsewhere, as in an example, is data.
    private static final Set<String> NAMED_SCHEMAS =
            Set.of("properties", "patternProperties", "definitions", "dependencies");
    private static final Set<String> SCHEMA_OR_SCHEMAS =
            Set.of("items", "allOf", "anyOf", "oneOf", "not", "additionalProperties", "additionalItems");

    private final ApiDefinition.Builder api;
    private final String prefix;
    private final String where;
    private final Map<String, Node> schemas;
    private final Set<String> modelNames = new HashSet<>();
    private final Map<String, String> inlineModelsByJson = new HashMap<>();

    private SchemaModels(ApiDefinition.Builder api, boolean swagger2, Map<String, Node> schemas) {
        this.api = api;
        this.prefix = swagger2 ? "#/definitions/" : "#/components/schemas/";
        this.where = swagger2 ? "definitions" : "components.schemas";
        this.schemas = schemas;
        modelNames.addAll(schemas.keySet());
    }

    /**
     * Add a model for every schema of the document.
     *
     * @param document the document
     * @param api the API being built
     * @return the models, to name request body schemas
     */
    static SchemaModels read(OpenApiDocument document, ApiDefinition.Builder api) {
        MapNode root = document.root();
        Optional<Node> container = document.isSwagger2()
                ? root.get("definitions")
                : root.get("components")
                        .flatMap(components -> components.asMap("components").get("schemas"));
        String where = document.isSwagger2() ? "definitions" : "components.schemas";
        Map<String, Node> schemas = new LinkedHashMap<>();
        container.ifPresent(node -> schemas.putAll(node.asMap(where).fields()));
        SchemaModels models = new SchemaModels(api, document.isSwagger2(), schemas);
        for (Map.Entry<String, Node> schema : schemas.entrySet()) {
            String name = schema.getKey();
            if (!MODEL_NAME.matcher(name).matches()) {
                throw schema.getValue()
                        .location()
                        .error("schema \"" + name + "\" cannot become a model: API Gateway's import refuses the"
                                + " whole document with \"Model name must be alphanumeric: " + name + "\". Rename"
                                + " it with letters and digits only, such as \"" + alphanumeric(name) + "\"");
            }
            String json = models.json(schema.getValue(), Optional.of(name));
            Placed.at(schema.getValue().location(), () -> api.model(name, json));
        }
        return models;
    }

    /**
     * The model a request body schema names: the model of a schema it refers to as a whole, or a model made of the
     * inline schema, named after the route; the same inline schema twice gives one model.
     *
     * @param schema the body's schema
     * @param route the route, such as {@code POST /pets}, which names an inline model {@code PostPetsBody}
     * @return the model's name
     */
    String modelFor(Node schema, String route) {
        if (schema instanceof MapNode map && map.fields().size() == 1 && map.has("$ref")) {
            String reference = map.require("$ref", "A reference").asText("$ref");
            if (reference.startsWith(prefix) && reference.indexOf('/', prefix.length()) < 0) {
                return declared(reference.substring(prefix.length()), map.require("$ref", "A reference"));
            }
        }
        String json = json(schema, Optional.empty());
        String existing = inlineModelsByJson.get(json);
        if (existing != null) {
            return existing;
        }
        String base = alphanumeric(route) + "Body";
        String name = base;
        for (int n = 2; modelNames.contains(name); n++) {
            name = base + n;
        }
        String model = name;
        Placed.at(schema.location(), () -> api.model(model, json));
        modelNames.add(model);
        inlineModelsByJson.put(json, model);
        return model;
    }

    // The schema as a self-contained JSON Schema: referenced schemas copied under "definitions".
    private String json(Node schema, Optional<String> self) {
        Set<String> needed = new LinkedHashSet<>();
        JsonNode root = convert(schema.asMap("a schema"), self, needed);
        ObjectNode object = (ObjectNode) root;
        Map<String, JsonNode> copies = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(needed);
        while (!pending.isEmpty()) {
            String name = pending.removeFirst();
            if (copies.containsKey(name)) {
                continue;
            }
            Set<String> more = new LinkedHashSet<>();
            copies.put(name, convert(schemas.get(name), self, more));
            more.stream().filter(other -> !copies.containsKey(other)).forEach(pending::addLast);
        }
        if (!copies.isEmpty()) {
            JsonNode existing = object.get(DEFINITIONS);
            ObjectNode definitions = existing instanceof ObjectNode own ? own : JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> copy : copies.entrySet()) {
                if (definitions.has(copy.getKey())) {
                    throw schema.location()
                            .error("the schema has definitions." + copy.getKey() + " of its own and refers to the"
                                    + " schema " + copy.getKey() + " of " + where + ", which apigw-sim copies there;"
                                    + " rename one of them");
                }
                definitions.set(copy.getKey(), copy.getValue());
            }
            object.set(DEFINITIONS, definitions);
        }
        return new String(Json.write(object), StandardCharsets.UTF_8);
    }

    // A schema: "$ref" is rewritten where a keyword holds schemas; other keywords hold data, copied as they are.
    private JsonNode convert(Node node, Optional<String> self, Set<String> needed) {
        if (!(node instanceof MapNode map)) {
            return NodeJson.toJson(node);
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Node> field : map.fields().entrySet()) {
            String key = field.getKey();
            Node value = field.getValue();
            JsonNode converted;
            if (key.equals("$ref") && value instanceof ScalarNode) {
                converted = JsonNodeFactory.instance.textNode(reference(value, self, needed));
            } else if (NAMED_SCHEMAS.contains(key) && value instanceof MapNode named) {
                ObjectNode schemasByName = JsonNodeFactory.instance.objectNode();
                named.fields().forEach((name, schema) -> schemasByName.set(name, convert(schema, self, needed)));
                converted = schemasByName;
            } else if (SCHEMA_OR_SCHEMAS.contains(key) && value instanceof ListNode list) {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                list.elements().forEach(element -> array.add(convert(element, self, needed)));
                converted = array;
            } else if (SCHEMA_OR_SCHEMAS.contains(key)) {
                converted = convert(value, self, needed);
            } else {
                converted = NodeJson.toJson(value);
            }
            object.set(key, converted);
        }
        return object;
    }

    // #/components/schemas/Pet/properties/name -> #/definitions/Pet/properties/name, or # for the model itself.
    private String reference(Node referenceNode, Optional<String> self, Set<String> needed) {
        String reference = referenceNode.asText("$ref");
        if (!reference.startsWith(prefix)) {
            throw referenceNode
                    .location()
                    .error("$ref \"" + reference + "\" does not point at a schema under #/" + where.replace('.', '/')
                            + "; a model refers to other models only, so refer to one of " + schemas.keySet());
        }
        String rest = reference.substring(prefix.length());
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        String tail = slash < 0 ? "" : rest.substring(slash);
        declared(name, referenceNode);
        if (self.isPresent() && self.get().equals(name)) {
            return "#" + tail;
        }
        needed.add(name);
        return "#/" + DEFINITIONS + "/" + name + tail;
    }

    private String declared(String name, Node referenceNode) {
        if (!schemas.containsKey(name)) {
            throw referenceNode
                    .location()
                    .error("$ref \"" + referenceNode.asText("$ref") + "\" refers to the schema \"" + name + "\", which "
                            + where + " does not declare; declared: " + schemas.keySet());
        }
        return name;
    }

    // Letters and digits of a text, each word capitalized: "POST /pets/{id}" -> "PostPetsId", "body_1" -> "Body1".
    static String alphanumeric(String text) {
        StringBuilder name = new StringBuilder();
        for (String word : text.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                String rest = word.substring(1);
                name.append(Character.toUpperCase(word.charAt(0)))
                        .append(rest.equals(rest.toUpperCase(Locale.ROOT)) ? rest.toLowerCase(Locale.ROOT) : rest);
            }
        }
        return name.length() == 0 ? "Model" : name.toString();
    }
}

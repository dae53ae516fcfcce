package io.apigwsim.internal.loader.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Turns a definition's node into JSON, for the parts API Gateway keeps as JSON: models, policies. */
public final class NodeJson {

    private NodeJson() {}

    /**
     * The JSON value of a node: strings, numbers, booleans and null by their YAML type.
     *
     * @param node the node
     * @return its JSON value
     */
    public static JsonNode toJson(Node node) {
        JsonNodeFactory factory = JsonNodeFactory.instance;
        if (node instanceof MapNode map) {
            ObjectNode object = factory.objectNode();
            map.fields().forEach((name, value) -> object.set(name, toJson(value)));
            return object;
        }
        if (node instanceof ListNode list) {
            ArrayNode array = factory.arrayNode();
            list.elements().forEach(element -> array.add(toJson(element)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        try {
            return switch (scalar.type()) {
                case STRING -> factory.textNode(scalar.text());
                case INTEGER -> factory.numberNode(new BigInteger(scalar.text().replace("_", "")));
                case FLOAT -> factory.numberNode(new BigDecimal(scalar.text()));
                case BOOLEAN ->
                    factory.booleanNode(Boolean.parseBoolean(scalar.text().toLowerCase()));
                case NULL -> factory.nullNode();
            };
        } catch (NumberFormatException e) {
            // YAML numbers JSON cannot write (0x1F, .inf) stay as written.
            return factory.textNode(scalar.text());
        }
    }
}

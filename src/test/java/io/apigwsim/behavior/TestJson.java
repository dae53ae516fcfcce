package io.apigwsim.behavior;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigwsim.Exchange;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The behaviour tests' one JSON helper, for the few checks no shipped assertion expresses: the order of an
 * object's keys, a value's JSON type, or a value compared with another part of the exchange.
 */
public final class TestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestJson() {}

    /** Parse JSON text. */
    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parse the Lambda event of an exchange. */
    public static JsonNode event(Exchange exchange) {
        return json(exchange.lambdaEvent().raw());
    }

    /** The keys of a JSON object, in order. */
    public static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}

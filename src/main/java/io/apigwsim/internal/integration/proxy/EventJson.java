package io.apigwsim.internal.integration.proxy;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The map shapes every proxy event writes: string maps, multi-value maps, and null for none. */
final class EventJson {

    private EventJson() {}

    static void writeMap(JsonGenerator json, String field, Map<String, String> map) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, String> entry : map.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    /** An empty map is written as JSON null, as payload 1.0 does. */
    static void writeMapOrNull(JsonGenerator json, String field, Map<String, String> map) throws IOException {
        if (map.isEmpty()) {
            json.writeNullField(field);
        } else {
            writeMap(json, field, map);
        }
    }

    static void writeMultiValueMap(JsonGenerator json, String field, Map<String, List<String>> map) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, List<String>> entry : map.entrySet()) {
            json.writeArrayFieldStart(entry.getKey());
            for (String value : entry.getValue()) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}

package io.apigwsim.internal.integration.proxy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts every proxy event writes the same way: the JSON document itself, string maps, multi-value maps, and
 * payload format 1.0's paired single- and multi-value maps of headers and query parameters.
 */
final class EventJson {

    private EventJson() {}

    /** What writes one event's keys. */
    interface Keys {
        void write(JsonGenerator json) throws IOException;
    }

    /** Write one JSON object; {@code bodyLength} sizes the buffer for a body that may grow by base64. */
    static byte[] object(int bodyLength, Keys keys) {
        JsonFactory factory = Json.mapper().getFactory();
        // Jackson's own buffer, taken from and returned to its recycler, as ObjectMapper.writeValueAsBytes does.
        try (ByteArrayBuilder out = new ByteArrayBuilder(factory._getBufferRecycler(), 1024 + bodyLength * 4 / 3)) {
            try (JsonGenerator json = factory.createGenerator(out)) {
                json.writeStartObject();
                keys.write(json);
                json.writeEndObject();
            }
            byte[] bytes = out.toByteArray();
            out.release();
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Group header lines by name, keeping every value in order. */
    static Map<String, List<String>> group(List<Header> headers) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (Header header : headers) {
            grouped.computeIfAbsent(header.name(), name -> new ArrayList<>(1)).add(header.value());
        }
        return grouped;
    }

    static void writeMap(JsonGenerator json, String field, Map<String, String> map) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, String> entry : map.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    /** Write a value of a string, number, boolean, list or map tree; {@code null} as JSON null. */
    static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Number number) {
            json.writeNumber(number.toString());
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                writeValue(json, element);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
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

    /** Payload 1.0 headers: the last value per name in {@code headers}, every value in {@code multiValueHeaders}. */
    static void writeHeaders(JsonGenerator json, Map<String, List<String>> grouped) throws IOException {
        json.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> entry : grouped.entrySet()) {
            List<String> values = entry.getValue();
            json.writeStringField(entry.getKey(), values.get(values.size() - 1));
        }
        json.writeEndObject();
        writeMultiValueMap(json, "multiValueHeaders", grouped);
    }

    /**
     * Payload 1.0 query parameters: both maps null without a query string; otherwise the single-value map keeps
     * the first or the last value of a repeated name, and the multi-value map every value.
     */
    static void writeQuery(JsonGenerator json, Map<String, List<String>> query, boolean firstValue) throws IOException {
        if (query.isEmpty()) {
            json.writeNullField("queryStringParameters");
            json.writeNullField("multiValueQueryStringParameters");
            return;
        }
        writeQueryMaps(json, query, firstValue);
    }

    /**
     * Payload 1.0 query parameters as REQUEST authorizer events write them: like {@link #writeQuery}, but both maps
     * are empty objects without a query string (docs/behavior.md#rest-request-authorizer-event).
     */
    static void writeQueryOrEmpty(JsonGenerator json, Map<String, List<String>> query, boolean firstValue)
            throws IOException {
        if (query.isEmpty()) {
            json.writeObjectFieldStart("queryStringParameters");
            json.writeEndObject();
            json.writeObjectFieldStart("multiValueQueryStringParameters");
            json.writeEndObject();
            return;
        }
        writeQueryMaps(json, query, firstValue);
    }

    private static void writeQueryMaps(JsonGenerator json, Map<String, List<String>> query, boolean firstValue)
            throws IOException {
        json.writeObjectFieldStart("queryStringParameters");
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            List<String> values = entry.getValue();
            json.writeStringField(entry.getKey(), firstValue ? values.get(0) : values.get(values.size() - 1));
        }
        json.writeEndObject();
        writeMultiValueMap(json, "multiValueQueryStringParameters", query);
    }
}

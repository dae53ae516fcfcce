package io.apigwsim.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** The project's single Jackson mapper; configured here and nowhere else. */
public final class Json {

    // Trailing tokens make a text "not one JSON value", as a strict JSON parser such as API Gateway's sees it.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer(new HandWrittenPrettyPrinter());

    // One member or element per line, "\n" on every platform and {} and [] when empty: for files kept in version
    // control.
    private static final ObjectWriter FILE = MAPPER.writer(new FilePrettyPrinter());

    private static final TypeReference<Map<String, Object>> OBJECT_TREE = new TypeReference<>() {};

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Write a tree as compact JSON bytes. */
    public static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read JSON bytes into a tree, or empty when they are not one JSON value. */
    public static Optional<JsonNode> tryRead(byte[] json) {
        if (json.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Read JSON text into a tree, or empty when it is not one JSON value. */
    public static Optional<JsonNode> tryRead(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Tell whether a text is exactly one JSON value, without building it. */
    public static boolean isOneValue(String json) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            return isOneValue(parser);
        } catch (IOException e) {
            return false;
        }
    }

    /** Tell whether these bytes are exactly one JSON value in UTF-8, as Lambda's Invoke API requires of a payload. */
    public static boolean isOneValue(byte[] json) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            return isOneValue(parser);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isOneValue(JsonParser parser) throws IOException {
        if (parser.nextToken() == null) {
            return false;
        }
        parser.skipChildren();
        return parser.nextToken() == null;
    }

    /** Tell whether two JSON texts hold the same value, ignoring formatting and key order. */
    public static boolean sameJson(String left, String right) {
        Optional<JsonNode> a = tryRead(left);
        Optional<JsonNode> b = tryRead(right);
        return a.isPresent() && b.isPresent() && a.get().equals(b.get());
    }

    /** Pretty-print JSON text with two-space indentation, or return it unchanged when it is not one JSON value. */
    public static String pretty(String json) {
        Optional<JsonNode> node = tryRead(json);
        if (node.isEmpty()) {
            return json;
        }
        try {
            return PRETTY.writeValueAsString(node.get());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pretty-print a tree for a file: two-space indentation, one member or element per line, a final newline. */
    public static String prettyFile(JsonNode node) {
        try {
            return FILE.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Read JSON text holding one object into plain Java values: {@code Map}, {@code List}, {@code String},
     * {@code Number}, {@code Boolean}, and {@code null} for JSON null, so that a key holding null and an
     * absent key stay apart ({@code containsKey}). Empty when the text is not one JSON object.
     */
    public static Optional<Map<String, Object>> tryReadObject(String json) {
        try {
            return Optional.ofNullable(MAPPER.readValue(json, OBJECT_TREE));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Write plain Java values (as read by {@link #tryReadObject}) or any bean as compact JSON text. */
    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "key": value, the way people write JSON by hand, rather than Jackson's default "key" : value. An override
     * rather than {@code Separators.Spacing} (Jackson 2.16), so that the library runs on the user's Jackson 2.15.
     */
    private static final class HandWrittenPrettyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        HandWrittenPrettyPrinter() {}

        private HandWrittenPrettyPrinter(HandWrittenPrettyPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new HandWrittenPrettyPrinter(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(": ");
        }
    }

    // Jackson 2.15's printer (the oldest the README promises) has no empty-separator settings; this one writes "{}"
    // and "[]" for empty containers, ": " between names and values and "\n" line ends itself.
    private static final class FilePrettyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        FilePrettyPrinter() {
            indentObjectsWith(new DefaultIndenter("  ", "\n"));
            indentArraysWith(new DefaultIndenter("  ", "\n"));
        }

        private FilePrettyPrinter(FilePrettyPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new FilePrettyPrinter(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(": ");
        }

        @Override
        public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
            if (entries > 0) {
                super.writeEndObject(generator, entries);
                return;
            }
            if (!_objectIndenter.isInline()) {
                --_nesting;
            }
            generator.writeRaw('}');
        }

        @Override
        public void writeEndArray(JsonGenerator generator, int values) throws IOException {
            if (values > 0) {
                super.writeEndArray(generator, values);
                return;
            }
            if (!_arrayIndenter.isInline()) {
                --_nesting;
            }
            generator.writeRaw(']');
        }
    }
}

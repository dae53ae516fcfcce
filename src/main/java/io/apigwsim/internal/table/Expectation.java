package io.apigwsim.internal.table;

import io.apigwsim.internal.json.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One expectation of a table entry, with the line it was written on and the name messages give it, such as
 * {@code expect.status} or {@code expect.eventFields["$.pathParameters.id"]}.
 */
public sealed interface Expectation {

    /** The 1-based line of the expectation in its file. */
    int line();

    /** How messages name the expectation. */
    String label();

    /**
     * Whether the function ran.
     *
     * @param line the line
     * @param label the name for messages
     * @param invoked whether it ran
     */
    record Invoked(int line, String label, boolean invoked) implements Expectation {}

    /**
     * The response status.
     *
     * @param line the line
     * @param label the name for messages
     * @param status the status code
     */
    record Status(int line, String label, int status) implements Expectation {}

    /**
     * A response header: one value among its values, exactly these values in order, or absent.
     *
     * @param line the line
     * @param label the name for messages
     * @param name the header name, compared without regard to case
     * @param values empty: the header is absent; one value: the header has it among its values; several: the header
     *     has exactly these values in order
     * @param several whether the file gave a list, so that a list of one value means exactly that value
     */
    record Header(int line, String label, String name, List<String> values, boolean several) implements Expectation {

        /** Check and copy the parts. */
        public Header {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    /**
     * The response body, exactly, as text.
     *
     * @param line the line
     * @param label the name for messages
     * @param text the body
     */
    record Body(int line, String label, String text) implements Expectation {}

    /**
     * The response body, JSON equal to a value.
     *
     * @param line the line
     * @param label the name for messages
     * @param json the expected JSON text
     */
    record JsonBody(int line, String label, String json) implements Expectation {}

    /**
     * A field of the response body or of the Lambda event, looked up by key path.
     *
     * @param line the line
     * @param label the name for messages
     * @param inEvent true for the Lambda event, false for the response body
     * @param dottedPath the keys from the root, separated by dots, such as {@code pathParameters.id}
     * @param value the expected value as plain Java JSON values ({@code String}, {@code Number}, {@code Boolean},
     *     {@code List}, {@code Map}); empty for JSON null
     */
    record Field(int line, String label, boolean inEvent, String dottedPath, Optional<Object> value)
            implements Expectation {

        /** Check the parts. */
        public Field {
            Objects.requireNonNull(dottedPath, "dottedPath");
            Objects.requireNonNull(value, "value");
        }

        /** The expected value as JSON text, as messages show it. */
        public String valueText() {
            return value.map(Json::text).orElse("null");
        }
    }
}

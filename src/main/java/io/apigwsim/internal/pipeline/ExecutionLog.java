package io.apigwsim.internal.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The execution log of one request. Lines that quote a payload keep its bytes and are written out only when someone
 * reads the log, so a request whose log is never read does not copy its payloads into text.
 */
final class ExecutionLog {

    private final List<Object> entries = new ArrayList<>(16);

    void add(String line) {
        entries.add(line);
    }

    /** Add a line made of a text and a value, such as a map, written out only when the log is read. */
    void add(String prefix, Object value, String middle, Object last) {
        entries.add(new JoinedLine(prefix, value, middle, last));
    }

    /** Add a line that ends with a UTF-8 payload, such as a function's result. */
    void add(String prefix, byte[] utf8) {
        entries.add(new PayloadLine(prefix, utf8));
    }

    /** The lines as text. */
    List<String> lines() {
        List<String> lines = new ArrayList<>(entries.size());
        for (Object entry : entries) {
            lines.add(entry.toString());
        }
        return List.copyOf(lines);
    }

    private record JoinedLine(String prefix, Object value, String middle, Object last) {

        @Override
        public String toString() {
            return prefix + value + middle + last;
        }
    }

    private record PayloadLine(String prefix, byte[] utf8) {

        @Override
        public String toString() {
            return prefix + new String(utf8, StandardCharsets.UTF_8);
        }
    }
}

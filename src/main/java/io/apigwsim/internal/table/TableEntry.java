package io.apigwsim.internal.table;

import io.apigwsim.http.Headers;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One request of a table, with what it should produce.
 *
 * @param name the entry's name, or its method and target when the file names none
 * @param file the file it was read from, as the test named it
 * @param line the 1-based line it starts on
 * @param method the HTTP method, upper case
 * @param target the path after the stage with an optional raw query string
 * @param headers the request headers, in file order
 * @param body the request body, when there is one
 * @param expectations what the exchange should show, in the order they are checked; empty for a {@code .http} file
 */
public record TableEntry(
        String name,
        String file,
        int line,
        String method,
        String target,
        Headers headers,
        Optional<String> body,
        List<Expectation> expectations) {

    /** Check and copy the parts. */
    public TableEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        expectations = List.copyOf(expectations);
    }

    /** Where the entry is, as messages give it: {@code requests/pets.yaml line 12}. */
    public String where() {
        return file + " line " + line;
    }
}

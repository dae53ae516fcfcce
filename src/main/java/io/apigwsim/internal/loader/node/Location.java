package io.apigwsim.internal.loader.node;

import io.apigwsim.definition.ApiDefinitionException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a node of a definition file sits: the file, its line (1-based, 0 when unknown) and its path from the
 * document root, written as the issue messages write it, such as
 * {@code paths./pets/{id}.get.x-amazon-apigateway-integration.requestTemplates.application/json}.
 *
 * @param file the file as the user named it, such as {@code api.yaml} or {@code src/test/resources/template.yaml}
 * @param line the 1-based line, or 0 when the node was made by the loader rather than read
 * @param path the path from the root, empty for the root
 */
public record Location(String file, int line, String path) {

    private static final Pattern PLAIN_KEY = Pattern.compile("[^.\\[\\]\\s']+");

    /** Check the parts. */
    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
    }

    /** The location of the root of a file. */
    public static Location root(String file) {
        return new Location(file, 1, "");
    }

    /** The location of a map entry's value under this node. */
    public Location key(String key, int keyLine) {
        if (!PLAIN_KEY.matcher(key).matches()) {
            return new Location(file, keyLine, path + "['" + key + "']");
        }
        return new Location(file, keyLine, path.isEmpty() ? key : path + "." + key);
    }

    /** The location of a list element under this node. */
    public Location index(int index, int elementLine) {
        return new Location(file, elementLine, path + "[" + index + "]");
    }

    /** The same place, read from another line. */
    public Location atLine(int newLine) {
        return new Location(file, newLine, path);
    }

    /**
     * This location as error messages start: {@code api.yaml line 12, at paths./pets.get}, or without the path
     * at the root.
     *
     * @return the description
     */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        if (!path.isEmpty()) {
            text.append(", at ").append(path);
        }
        return text.toString();
    }

    /**
     * An error at this place: the message starts with {@link #describe()}.
     *
     * @param message what is wrong here and how to fix it
     * @return the exception to throw
     */
    public ApiDefinitionException error(String message) {
        return new ApiDefinitionException(describe() + ": " + message);
    }

    @Override
    public String toString() {
        return describe();
    }
}

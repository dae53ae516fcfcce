package io.apigwsim.internal.loader;

import io.apigwsim.definition.ApiDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A definition file: a path, or a class-path resource name that falls back to a path relative to the working
 * directory (the project's, under Maven and Gradle).
 */
public final class DefinitionSource {

    private final String name;
    private final String text;
    private final Path path;
    private final String resource;
    private final ClassLoader classLoader;

    private DefinitionSource(String name, String text, Path path, String resource, ClassLoader classLoader) {
        this.name = name;
        this.text = text;
        this.path = path;
        this.resource = resource;
        this.classLoader = classLoader;
    }

    /**
     * A file.
     *
     * @param path the file
     * @param what what the file should hold, for messages, such as "OpenAPI definition"
     * @return the source
     */
    public static DefinitionSource file(Path path, String what) {
        Objects.requireNonNull(path, "path");
        return new DefinitionSource(path.toString(), readFile(path, what), path, null, currentClassLoader());
    }

    /**
     * A class-path resource, or else a file relative to the working directory.
     *
     * @param name the resource name, such as {@code api.yaml} or {@code pets/template.yaml}
     * @param what what the file should hold, for messages
     * @return the source
     */
    public static DefinitionSource resource(String name, String what) {
        Objects.requireNonNull(name, "name");
        ClassLoader loader = currentClassLoader();
        String resourceName = name.startsWith("/") ? name.substring(1) : name;
        URL url = loader.getResource(resourceName);
        if (url != null) {
            try (InputStream in = url.openStream()) {
                return new DefinitionSource(
                        name, new String(in.readAllBytes(), StandardCharsets.UTF_8), null, resourceName, loader);
            } catch (IOException e) {
                throw new ApiDefinitionException("Cannot read the " + what + " " + name + ": " + e.getMessage(), e);
            }
        }
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) {
            return file(file, what);
        }
        throw new ApiDefinitionException("The " + what + " \"" + name + "\" is neither a class-path resource nor a file"
                + " relative to " + Path.of("").toAbsolutePath() + "; put it under src/test/resources, or give its"
                + " path from the project directory");
    }

    private static String readFile(Path path, String what) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ApiDefinitionException(
                    "The " + what + " " + path + " does not exist (looked in " + path.toAbsolutePath() + ")");
        } catch (IOException | UncheckedIOException e) {
            throw new ApiDefinitionException("Cannot read the " + what + " " + path + ": " + e.getMessage(), e);
        }
    }

    private static ClassLoader currentClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : DefinitionSource.class.getClassLoader();
    }

    /** The file's name as messages give it. */
    public String name() {
        return name;
    }

    /** The file's text. */
    public String text() {
        return text;
    }

    /** The class loader that handler classes are loaded from. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * A file that this one names by a relative location, such as a SAM {@code DefinitionUri}.
     *
     * @param location the location, relative to this file's folder
     * @param what what the file should hold
     * @return the other file
     */
    public DefinitionSource sibling(String location, String what) {
        if (path != null) {
            Path parent = path.toAbsolutePath().getParent();
            return file(parent.resolve(location).normalize(), what);
        }
        int slash = resource.lastIndexOf('/');
        String sibling = slash < 0 ? location : resource.substring(0, slash + 1) + location;
        return resource(Path.of(sibling).normalize().toString().replace('\\', '/'), what);
    }

    @Override
    public String toString() {
        return name;
    }
}

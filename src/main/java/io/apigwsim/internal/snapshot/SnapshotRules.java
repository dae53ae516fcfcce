package io.apigwsim.internal.snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What one snapshot assertion asked for: its name, the paths to ignore, the paths to match by a regular expression, and
 * whether the values that change on every run become placeholders.
 *
 * @param name the snapshot's name, or empty for the test's next numbered snapshot
 * @param ignored paths whose values are not compared
 * @param patterns paths whose values are compared by a regular expression, in the order given
 * @param placeholders whether request ids, trace ids and times become placeholders
 */
public record SnapshotRules(
        Optional<String> name, List<String> ignored, Map<String, String> patterns, boolean placeholders) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    public SnapshotRules {
        Objects.requireNonNull(name, "name");
        name.ifPresent(SnapshotRules::checkName);
        ignored = List.copyOf(ignored);
        ignored.forEach(SnapshotRules::checkPath);
        patterns = Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
        patterns.forEach((path, regex) -> {
            checkPath(path);
            checkRegex(path, regex);
        });
    }

    /** Rules of a snapshot with defaults: numbered, nothing ignored, placeholders on. */
    public static SnapshotRules defaults() {
        return new SnapshotRules(Optional.empty(), List.of(), Map.of(), true);
    }

    /**
     * Check a snapshot name.
     *
     * @throws IllegalArgumentException when the name is not letters, digits, {@code -} and {@code _}, or only digits
     */
    public static void checkName(String name) {
        if (!NAME.matcher(name).matches() || name.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Snapshot name \"" + name + "\" must be letters, digits, \"-\" and \"_\""
                    + " (not only digits, which number a test's unnamed snapshots), for example \"created\"");
        }
    }

    /**
     * Check a path.
     *
     * @throws IllegalArgumentException saying where the path is wrong, with examples
     */
    public static void checkPath(String path) {
        JsonPath.parse(path);
    }

    /**
     * Check the regular expression of a path.
     *
     * @throws IllegalArgumentException naming the path and the expression's error
     */
    public static void checkRegex(String path, String regex) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "The pattern for " + path + " is not a regular expression: " + e.getMessage(), e);
        }
    }
}

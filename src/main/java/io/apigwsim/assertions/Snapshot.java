package io.apigwsim.assertions;

import io.apigwsim.internal.snapshot.SnapshotRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link ExchangeAssert#matchesSnapshot(Snapshot)} compares an exchange with its snapshot file: the snapshot's
 * name, fields to ignore, fields to match by a regular expression, and whether values that change on every run become
 * placeholders. Each method returns a changed copy.
 *
 * <pre>{@code
 * assertThat(exchange).matchesSnapshot(Snapshot.named("created")
 *         .ignoring("$.response.body.createdAt")
 *         .matching("$.response.headers.ETag", "\"[0-9a-f]{32}\""));
 * }</pre>
 *
 * <p>Paths name places in the snapshot file, in a subset of JSONPath: {@code $.response.body.id},
 * {@code $.event.headers['X-Custom']}, {@code $.response.body.items[*].id}, {@code $..createdAt} (at any depth). A
 * snapshot's diff prints paths in the same syntax.
 *
 * @since 0.2
 */
public final class Snapshot {

    private final Optional<String> name;
    private final List<String> ignored;
    private final Map<String, String> patterns;
    private final boolean placeholders;

    private Snapshot(Optional<String> name, List<String> ignored, Map<String, String> patterns, boolean placeholders) {
        this.name = name;
        this.ignored = List.copyOf(ignored);
        this.patterns = Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
        this.placeholders = placeholders;
    }

    /**
     * Return the default snapshot: the test's next numbered file, nothing ignored, placeholders for values that change
     * on every run.
     *
     * @return the default snapshot
     * @since 0.2
     */
    public static Snapshot defaults() {
        return new Snapshot(Optional.empty(), List.of(), Map.of(), true);
    }

    /**
     * Return a snapshot with a name of its own, kept in {@code <test-method>.<name>.json}.
     *
     * @param name letters, digits, {@code -} and {@code _}; not only digits
     * @return the named snapshot
     * @throws IllegalArgumentException when the name has other characters
     * @since 0.2
     */
    public static Snapshot named(String name) {
        return defaults().withName(name);
    }

    /**
     * Return a copy with this name.
     *
     * @param name letters, digits, {@code -} and {@code _}; not only digits
     * @return the changed copy
     * @throws IllegalArgumentException when the name has other characters
     * @since 0.2
     */
    public Snapshot withName(String name) {
        Objects.requireNonNull(name, "name");
        SnapshotRules.checkName(name);
        return new Snapshot(Optional.of(name), ignored, patterns, placeholders);
    }

    /**
     * Return a copy that does not compare the values at these paths; the file holds {@code "<ignored>"} there.
     *
     * @param paths paths such as {@code $.response.body.createdAt} or {@code $..etag}
     * @return the changed copy
     * @throws IllegalArgumentException when a path is malformed, saying where
     * @since 0.2
     */
    public Snapshot ignoring(String... paths) {
        List<String> more = new ArrayList<>(ignored);
        for (String path : paths) {
            Objects.requireNonNull(path, "path");
            SnapshotRules.checkPath(path);
            more.add(path);
        }
        return new Snapshot(name, more, patterns, placeholders);
    }

    /**
     * Return a copy that compares the value at a path by a regular expression: the whole value, as text, must match;
     * the file holds {@code "<matches REGEX>"} there.
     *
     * @param path a path such as {@code $.response.body.id}
     * @param regex a regular expression the value must match entirely
     * @return the changed copy
     * @throws IllegalArgumentException when the path or the expression is malformed
     * @since 0.2
     */
    public Snapshot matching(String path, String regex) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(regex, "regex");
        SnapshotRules.checkPath(path);
        SnapshotRules.checkRegex(path, regex);
        Map<String, String> more = new LinkedHashMap<>(patterns);
        more.put(path, regex);
        return new Snapshot(name, ignored, more, placeholders);
    }

    /**
     * Return a copy that keeps every value as it is, with no placeholders for request ids, trace ids and times. Use it
     * with a gateway built with {@code .seed(...)} and {@code .clock(...)} (or {@code @ApiGatewayTest(seed = ...,
     * clock = ...)}), whose exchanges repeat exactly.
     *
     * @return the changed copy
     * @since 0.2
     */
    public Snapshot withoutPlaceholders() {
        return new Snapshot(name, ignored, patterns, false);
    }

    SnapshotRules rules() {
        return new SnapshotRules(name, ignored, patterns, placeholders);
    }

    @Override
    public String toString() {
        return "Snapshot[name=" + name.orElse("(numbered)") + ", ignored=" + ignored + ", patterns=" + patterns
                + ", placeholders=" + placeholders + "]";
    }
}

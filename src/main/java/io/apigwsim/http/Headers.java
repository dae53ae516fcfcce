package io.apigwsim.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP headers in the order they were sent, with repeated names kept and name look-ups ignoring case.
 *
 * <p>Names keep the spelling they were given, because API Gateway passes some header names to the
 * function exactly as the client spelled them.
 *
 * @since 0.1
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(List.of());

    private final List<Header> entries;

    private Headers(List<Header> entries) {
        this.entries = entries;
    }

    /**
     * Return headers holding no entry.
     *
     * @return the empty headers
     * @since 0.1
     */
    public static Headers empty() {
        return EMPTY;
    }

    /**
     * Return headers holding the given entries, in order.
     *
     * @param entries the entries
     * @return the headers
     * @since 0.1
     */
    public static Headers of(List<Header> entries) {
        return entries.isEmpty() ? EMPTY : new Headers(List.copyOf(entries));
    }

    /**
     * Start building headers.
     *
     * @return a new builder
     * @since 0.1
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Return the first value of the named header, comparing names without regard to case.
     *
     * @param name the header name
     * @return the first value, or empty when the header is absent
     * @since 0.1
     */
    public Optional<String> first(String name) {
        for (Header header : entries) {
            if (header.name().equalsIgnoreCase(name)) {
                return Optional.of(header.value());
            }
        }
        return Optional.empty();
    }

    /**
     * Return every value of the named header in the order sent, comparing names without regard to case.
     *
     * @param name the header name
     * @return the values, empty when the header is absent
     * @since 0.1
     */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>(2);
        for (Header header : entries) {
            if (header.name().equalsIgnoreCase(name)) {
                values.add(header.value());
            }
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * Tell whether the named header is present, comparing names without regard to case.
     *
     * @param name the header name
     * @return whether at least one value is present
     * @since 0.1
     */
    public boolean contains(String name) {
        return first(name).isPresent();
    }

    /**
     * Return the distinct header names, each spelled as it first appeared.
     *
     * @return the names in order of first appearance
     * @since 0.1
     */
    public Set<String> names() {
        Set<String> lowerSeen = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Header header : entries) {
            if (lowerSeen.add(header.name().toLowerCase(Locale.ROOT))) {
                names.add(header.name());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * Return every entry in order.
     *
     * @return the entries
     * @since 0.1
     */
    public List<Header> entries() {
        return entries;
    }

    /**
     * Tell whether there is no entry.
     *
     * @return whether the headers are empty
     * @since 0.1
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Headers && ((Headers) other).entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Header header : entries) {
            text.append(header).append('\n');
        }
        return text.toString();
    }

    /**
     * One header line: a name and one value.
     *
     * @param name the name as spelled by its sender
     * @param value the value
     * @since 0.1
     */
    public record Header(String name, String value) {

        /**
         * Check the header line.
         *
         * @param name the name as spelled by its sender
         * @param value the value
         */
        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a header name must not be empty");
            }
        }

        @Override
        public String toString() {
            return name + ": " + value;
        }
    }

    /**
     * Builds {@link Headers}; adding a name twice keeps both values.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final List<Header> entries = new ArrayList<>();

        private Builder() {}

        /**
         * Add one header line.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         * @since 0.1
         */
        public Builder add(String name, String value) {
            entries.add(new Header(name, value));
            return this;
        }

        /**
         * Remove every line of the named header, comparing names without regard to case.
         *
         * @param name the header name
         * @return this builder
         * @since 0.1
         */
        public Builder remove(String name) {
            entries.removeIf(header -> header.name().equalsIgnoreCase(name));
            return this;
        }

        /**
         * Build the headers.
         *
         * @return the headers
         * @since 0.1
         */
        public Headers build() {
            return Headers.of(entries);
        }
    }
}

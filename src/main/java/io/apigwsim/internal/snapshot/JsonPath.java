package io.apigwsim.internal.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path into a snapshot document in the JSONPath subset users write to name fields: {@code $}, then {@code .name},
 * {@code ['name']}, {@code [0]}, the wildcards {@code .*} and {@code [*]}, and {@code ..name} for a name at any depth.
 * Diffs print concrete paths in the same syntax, so a path can be copied from a diff into a rule.
 */
final class JsonPath {

    private sealed interface Segment permits Name, Index, Wildcard, Descendant {}

    private record Name(String name) implements Segment {}

    private record Index(int index) implements Segment {}

    private record Wildcard() implements Segment {}

    // Matches the name (or any key or index, for null) at this depth or any depth below.
    private record Descendant(String name) implements Segment {}

    private final String text;
    private final List<Segment> segments;

    private JsonPath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    /**
     * Parse a path.
     *
     * @throws IllegalArgumentException with the position and an example when the text is not a path
     */
    static JsonPath parse(String text) {
        Objects.requireNonNull(text, "path");
        if (!text.startsWith("$")) {
            throw invalid(text, 0, "a path starts with \"$\"");
        }
        List<Segment> segments = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                boolean descendant = text.startsWith("..", i);
                int start = i + (descendant ? 2 : 1);
                int end = start;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String name = text.substring(start, end);
                if (name.isEmpty()) {
                    throw invalid(text, start, "a name or * must follow \"" + (descendant ? ".." : ".") + "\"");
                }
                if (descendant) {
                    segments.add(new Descendant(name.equals("*") ? null : name));
                } else {
                    segments.add(name.equals("*") ? new Wildcard() : new Name(name));
                }
                i = end;
            } else if (c == '[') {
                int close = closingBracket(text, i);
                segments.add(bracket(text, i, close));
                i = close + 1;
            } else {
                throw invalid(text, i, "expected \".\" or \"[\"");
            }
        }
        return new JsonPath(text, segments);
    }

    private static int closingBracket(String text, int open) {
        if (open + 1 < text.length() && text.charAt(open + 1) == '\'') {
            int quote = text.indexOf('\'', open + 2);
            if (quote < 0 || quote + 1 >= text.length() || text.charAt(quote + 1) != ']') {
                throw invalid(text, open, "a quoted name is written ['name']");
            }
            return quote + 1;
        }
        int close = text.indexOf(']', open);
        if (close < 0) {
            throw invalid(text, open, "\"[\" needs a closing \"]\"");
        }
        return close;
    }

    private static Segment bracket(String text, int open, int close) {
        String inside = text.substring(open + 1, close);
        if (inside.equals("*")) {
            return new Wildcard();
        }
        if (inside.length() >= 2 && inside.startsWith("'") && inside.endsWith("'")) {
            return new Name(inside.substring(1, inside.length() - 1));
        }
        try {
            int index = Integer.parseInt(inside);
            if (index < 0) {
                throw invalid(text, open + 1, "an index is 0 or more");
            }
            return new Index(index);
        } catch (NumberFormatException e) {
            throw invalid(text, open + 1, "inside [] write an index such as [0], [*] or a quoted name such as ['a.b']");
        }
    }

    private static IllegalArgumentException invalid(String text, int position, String reason) {
        return new IllegalArgumentException("Invalid path \"" + text + "\" at position " + position + ": " + reason
                + "; write paths such as $.response.body.id, $.event.headers['X-Custom'], $.response.body.items[*].id"
                + " or $..createdAt");
    }

    /**
     * Tell whether a concrete location, a list of keys ({@code String}) and indexes ({@code Integer}), is named by this
     * path.
     */
    boolean matches(List<Object> location) {
        return matches(0, location, 0);
    }

    private boolean matches(int segment, List<Object> location, int at) {
        if (segment == segments.size()) {
            return at == location.size();
        }
        Segment s = segments.get(segment);
        if (s instanceof Descendant d) {
            for (int k = at; k < location.size(); k++) {
                if ((d.name() == null || d.name().equals(location.get(k))) && matches(segment + 1, location, k + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (at == location.size()) {
            return false;
        }
        Object step = location.get(at);
        boolean fits = s instanceof Wildcard
                || (s instanceof Name n && n.name().equals(step))
                || (s instanceof Index x && Integer.valueOf(x.index()).equals(step));
        return fits && matches(segment + 1, location, at + 1);
    }

    /** Write a concrete location as a path, the way diffs show it. */
    static String render(List<Object> location) {
        StringBuilder path = new StringBuilder("$");
        for (Object step : location) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                String name = (String) step;
                if (name.isEmpty() || name.equals("*") || name.chars().anyMatch(c -> ".[]' ".indexOf(c) >= 0)) {
                    path.append("['").append(name).append("']");
                } else {
                    path.append('.').append(name);
                }
            }
        }
        return path.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}

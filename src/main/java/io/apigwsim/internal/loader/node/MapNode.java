package io.apigwsim.internal.loader.node;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An object: fields in the order the file writes them.
 *
 * @param location where it was read
 * @param fields its fields by name, in file order
 */
public record MapNode(Location location, Map<String, Node> fields) implements Node {

    /** Check and copy the parts, keeping the order. */
    public MapNode {
        Objects.requireNonNull(location, "location");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public String kind() {
        return "an object";
    }

    /** The field of this name. */
    public Optional<Node> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * The field of this name, which must be there.
     *
     * @param name the field
     * @param what what this object is, for the message
     * @return the field's value
     */
    public Node require(String name, String what) {
        Node value = fields.get(name);
        if (value == null) {
            throw location.error(what + " has no field \"" + name + "\", which it needs");
        }
        return value;
    }

    /** The text of a field, if the field is there. */
    public Optional<String> text(String name) {
        return get(name).map(value -> value.asText(name));
    }

    /**
     * The intrinsic function this object calls, when it is one: {@code {Ref: X}}, {@code {Fn::Sub: ...}}, and so on.
     *
     * @return the function's name, such as {@code Fn::ImportValue}
     */
    public Optional<String> intrinsicFunction() {
        if (fields.size() != 1) {
            return Optional.empty();
        }
        String name = fields.keySet().iterator().next();
        return name.equals("Ref") || name.startsWith("Fn::") ? Optional.of(name) : Optional.empty();
    }

    /** Whether the field is there. */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /**
     * Refuse fields this object does not have, naming the closest known one, so that a misspelled field fails
     * instead of being ignored.
     *
     * @param what what this object is, such as "x-amazon-apigateway-integration"
     * @param known its fields
     * @return this object
     */
    public MapNode checkFields(String what, Collection<String> known) {
        for (Map.Entry<String, Node> field : fields.entrySet()) {
            if (!known.contains(field.getKey())) {
                throw field.getValue().location().error(unknownField(what, field.getKey(), known));
            }
        }
        return this;
    }

    /** The message for a field that the object does not have. */
    public static String unknownField(String what, String field, Collection<String> known) {
        Optional<String> closest = known.stream()
                .filter(candidate ->
                        distance(candidate.toLowerCase(), field.toLowerCase()) <= Math.max(2, field.length() / 4))
                .min(Comparator.comparingInt(candidate -> distance(candidate.toLowerCase(), field.toLowerCase())));
        return what + " has no field \"" + field + "\""
                + closest.map(name -> "; did you mean \"" + name + "\"?").orElse("")
                + " Its fields are "
                + (known instanceof Set<?> ? known.stream().sorted().toList() : known);
    }

    // Levenshtein distance, for the "did you mean" hint only.
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

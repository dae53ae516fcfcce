package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.internal.loader.node.Location;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Typed reads of a SAM template's resolved values, each failing with the value's place in the template. */
final class SamFields {

    private SamFields() {}

    static String text(Node node, String what) {
        return node.asText(what);
    }

    static Optional<String> text(MapNode object, String field, String what) {
        return object.get(field).map(node -> text(node, what + "." + field));
    }

    static boolean bool(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.asBoolean(what);
        }
        throw node.location().error(what + " must be true or false, not " + node.kind());
    }

    static Optional<Boolean> bool(MapNode object, String field, String what) {
        return object.get(field).map(node -> bool(node, what + "." + field));
    }

    static long integer(Node node, String what, long min, long max) {
        if (node instanceof ScalarNode scalar) {
            return scalar.asInteger(what, min, max);
        }
        throw node.location()
                .error(what + " must be a whole number from " + min + " to " + max + ", not " + node.kind());
    }

    static double number(Node node, String what) {
        if (node instanceof ScalarNode scalar
                && (scalar.type() == ScalarNode.Type.INTEGER
                        || scalar.type() == ScalarNode.Type.FLOAT
                        || scalar.type() == ScalarNode.Type.STRING)) {
            try {
                double value = Double.parseDouble(scalar.text().trim());
                if (value >= 0 && !Double.isInfinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
        }
        throw node.location()
                .error(what + " must be a number of 0 or more, such as 10.5, not "
                        + (node instanceof ScalarNode scalar ? scalar.describe() : node.kind()));
    }

    static List<String> texts(Node node, String what) {
        return node.asList(what).texts(what);
    }

    static MapNode map(Node node, String what) {
        return node.asMap(what);
    }

    /**
     * Run a declaration of the public model, putting the template's place in front of its message unless the message
     * names it already (through an origin).
     */
    static <T> T at(Location location, Supplier<T> declaration) {
        try {
            return declaration.get();
        } catch (ApiDefinitionException e) {
            if (e.getMessage().contains(location.describe())) {
                throw e;
            }
            throw location.error(e.getMessage());
        }
    }
}

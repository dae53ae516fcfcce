package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.internal.loader.node.Location;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.util.function.Supplier;

/**
 * Puts the place in the file in front of the definition model's own errors, so that a value the model refuses is
 * reported where the document writes it; and reads the scalars the access extensions hold.
 */
final class Placed {

    private Placed() {}

    /**
     * Run a step of building the definition model; its error is rethrown naming this place, unless it names a place
     * in the file already.
     *
     * @param where where the document writes what the step builds
     * @param step the step
     * @return what the step returns
     */
    static <T> T at(Location where, Supplier<T> step) {
        try {
            return step.get();
        } catch (ApiDefinitionException e) {
            if (String.valueOf(e.getMessage()).startsWith(where.file() + " ")
                    || String.valueOf(e.getMessage()).startsWith(where.file() + ":")) {
                throw e; // a place in the file already names it
            }
            throw new ApiDefinitionException(where.describe() + ": " + e.getMessage(), e);
        }
    }

    /** A boolean written {@code true}/{@code false} or as such a string. */
    static boolean bool(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.asBoolean(what);
        }
        throw node.location().error(what + " must be true or false, not " + node.kind());
    }

    /** A whole number written as a number or a string of digits, as API Gateway's extensions allow. */
    static long integer(Node node, String what, long min, long max) {
        if (node instanceof ScalarNode scalar) {
            return scalar.asInteger(what, min, max);
        }
        throw node.location()
                .error(what + " must be a whole number from " + min + " to " + max + ", not " + node.kind());
    }
}

package io.apigwsim.internal.table;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The JSON paths a table may write: {@code $.} followed by object keys separated by dots, such as
 * {@code $.pathParameters.id}, the paths the assertions of {@code LambdaEventAssert.hasField} look up.
 */
final class JsonKeyPath {

    private static final Pattern KEY_PATH = Pattern.compile("\\$(\\.[^.\\[\\]*?()@]+)+");

    private JsonKeyPath() {}

    /** The keys of a path separated by dots, such as {@code pathParameters.id}, or empty when it is not one. */
    static Optional<String> dotted(String path) {
        return KEY_PATH.matcher(path).matches() ? Optional.of(path.substring(2)) : Optional.empty();
    }

    /** The message for a path that is not one. */
    static String problem(String what, String path) {
        return what + " has the JSON path \"" + path + "\", which apigw-sim cannot look up: write $. and object keys"
                + " separated by dots, such as $.pathParameters.id (array indexes, wildcards and filters are not"
                + " supported; compare the whole body with expect.json instead)";
    }
}

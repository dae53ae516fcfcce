package io.apigwsim.internal.loader.node;

/**
 * A value read from a definition file (an object, a list or a scalar) with the place it was read from, so that
 * every error names the file, the line and the path.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    /** Where this value was read. */
    Location location();

    /** What this value is, for messages: "an object", "a list", "a string", "a number", "true or false", "null". */
    String kind();

    /**
     * This value as an object.
     *
     * @param what what the object is, for the message, such as "x-amazon-apigateway-integration"
     * @return the object
     */
    default MapNode asMap(String what) {
        if (this instanceof MapNode map) {
            return map;
        }
        throw location().error(what + " must be an object (a map of fields), not " + kind());
    }

    /**
     * This value as a list.
     *
     * @param what what the list is, for the message
     * @return the list
     */
    default ListNode asList(String what) {
        if (this instanceof ListNode list) {
            return list;
        }
        throw location().error(what + " must be a list, not " + kind());
    }

    /**
     * This value as text: a string, or a number or boolean as written.
     *
     * @param what what the value is, for the message
     * @return the text
     */
    default String asText(String what) {
        if (this instanceof ScalarNode scalar && scalar.type() != ScalarNode.Type.NULL) {
            return scalar.text();
        }
        if (this instanceof MapNode map && map.intrinsicFunction().isPresent()) {
            throw location()
                    .error(what + " uses the intrinsic function "
                            + map.intrinsicFunction().get()
                            + ", which apigw-sim cannot resolve here; write the value, or pass it as a template parameter"
                            + " the test sets");
        }
        throw location().error(what + " must be a string, not " + kind());
    }
}

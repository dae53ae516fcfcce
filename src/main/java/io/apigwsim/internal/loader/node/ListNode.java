package io.apigwsim.internal.loader.node;

import java.util.List;
import java.util.Objects;

/**
 * A list.
 *
 * @param location where it was read
 * @param elements its elements in order
 */
public record ListNode(Location location, List<Node> elements) implements Node {

    /** Check and copy the parts. */
    public ListNode {
        Objects.requireNonNull(location, "location");
        elements = List.copyOf(elements);
    }

    @Override
    public String kind() {
        return "a list";
    }

    /**
     * The elements as text.
     *
     * @param what what the list is, for the message
     * @return the strings
     */
    public List<String> texts(String what) {
        return elements.stream()
                .map(element -> element.asText("each entry of " + what))
                .toList();
    }
}

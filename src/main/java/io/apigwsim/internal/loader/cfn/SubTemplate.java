package io.apigwsim.internal.loader.cfn;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of an {@code Fn::Sub}: literal text and {@code ${Name}} variables; {@code ${!Literal}} is the literal
 * text {@code ${Literal}} (docs/behavior.md#sam-templates-intrinsic-functions-and-parameters).
 */
final class SubTemplate {

    /** A piece of the text. */
    sealed interface Part permits Literal, Variable {}

    /** Text taken as written. */
    record Literal(String text) implements Part {}

    /** A {@code ${Name}}: a parameter, resource, {@code Resource.Attribute}, pseudo parameter or map variable. */
    record Variable(String name) implements Part {}

    private SubTemplate() {}

    /**
     * Split an {@code Fn::Sub} text into its parts.
     *
     * @param text the text
     * @return literal text and variables in order; a {@code ${} without its closing brace is literal text
     */
    static List<Part> parse(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int position = 0;
        while (position < text.length()) {
            int open = text.indexOf("${", position);
            if (open < 0) {
                break;
            }
            int close = text.indexOf('}', open + 2);
            if (close < 0) {
                break;
            }
            literal.append(text, position, open);
            String inside = text.substring(open + 2, close);
            if (inside.startsWith("!")) {
                literal.append("${").append(inside.substring(1)).append('}');
            } else if (inside.isEmpty()) {
                literal.append("${}");
            } else {
                if (literal.length() > 0) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Variable(inside));
            }
            position = close + 1;
        }
        literal.append(text.substring(position));
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
        }
        return List.copyOf(parts);
    }
}

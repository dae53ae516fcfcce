package io.apigwsim.internal.vtl;

import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.runtime.parser.node.ASTEQNode;
import org.apache.velocity.runtime.parser.node.ASTNENode;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTSetDirective;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * Adjusts a freshly parsed (not yet initialised) Velocity tree where API Gateway's VTL differs from stock Velocity
 * 2.x in ways no configuration setting covers. Runs once per template at compile time, so rendering pays nothing.
 *
 * <ul>
 *   <li>{@code ==} and {@code !=} treat null and the empty string as equal: for a missing JSONPath result both
 *       {@code $result == $null} and {@code $result == ""} are true (docs/behavior.md#vtl-engine-rules).
 *   <li>{@code #set} with a null right-hand side leaves its target unchanged, as Velocity 1.7 did by default; 2.x
 *       assigns null, inferred (docs/behavior.md#vtl-engine-rules).
 * </ul>
 */
final class AwsParseTree {

    private AwsParseTree() {}

    /** Replace, in place, the nodes whose behaviour API Gateway changes. */
    static void adjust(Node node) {
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            Node child = node.jjtGetChild(i);
            adjust(child);
            Node replacement = replacement(node, i, child);
            if (replacement != null) {
                node.jjtAddChild(replacement, i);
                replacement.jjtSetParent(node);
            }
        }
    }

    private static Node replacement(Node parent, int index, Node child) {
        if (child.getClass() == ASTEQNode.class) {
            return new NullIsEmptyEquals((ASTEQNode) child);
        }
        if (child.getClass() == ASTNENode.class) {
            return new NullIsEmptyNotEquals((ASTNENode) child);
        }
        if (parent instanceof ASTSetDirective && index == 0 && child.getClass() == ASTReference.class) {
            return new NullKeepingSetTarget((ASTReference) child);
        }
        return null;
    }

    private static boolean isEmptyText(Object value) {
        return value instanceof CharSequence text && text.length() == 0;
    }

    private static void moveChildren(SimpleNode from, SimpleNode to) {
        to.setFirstToken(from.getFirstToken());
        to.setInfo(from.getInfo());
        for (int i = 0; i < from.jjtGetNumChildren(); i++) {
            Node child = from.jjtGetChild(i);
            to.jjtAddChild(child, i);
            child.jjtSetParent(to);
        }
    }

    /** {@code ==} where null equals {@code ""}. */
    static final class NullIsEmptyEquals extends ASTEQNode {

        NullIsEmptyEquals(ASTEQNode original) {
            super(original.getType());
            parser = original.getParser();
            template = original.getTemplate();
            last = original.getLastToken();
            moveChildren(original, this);
        }

        @Override
        public boolean compareNull(Object left, Object right) {
            return isEmptyText(left == null ? right : left) || super.compareNull(left, right);
        }
    }

    /** {@code !=} where null equals {@code ""}; Velocity's {@code !=} negates {@code ==}, null test included. */
    static final class NullIsEmptyNotEquals extends ASTNENode {

        NullIsEmptyNotEquals(ASTNENode original) {
            super(original.getType());
            parser = original.getParser();
            template = original.getTemplate();
            last = original.getLastToken();
            moveChildren(original, this);
        }

        @Override
        public boolean compareNull(Object left, Object right) {
            return isEmptyText(left == null ? right : left) || super.compareNull(left, right);
        }
    }

    /** The left-hand side of a {@code #set}, which ignores a null value instead of assigning it. */
    static final class NullKeepingSetTarget extends ASTReference {

        NullKeepingSetTarget(ASTReference original) {
            super(original.getType());
            parser = original.getParser();
            template = original.getTemplate();
            last = original.getLastToken();
            moveChildren(original, this);
        }

        @Override
        public boolean setValue(InternalContextAdapter context, Object value) throws MethodInvocationException {
            return value != null && super.setValue(context, value);
        }
    }
}

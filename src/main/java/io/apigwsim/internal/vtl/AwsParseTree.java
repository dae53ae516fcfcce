package io.apigwsim.internal.vtl;

import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTEQNode;
import org.apache.velocity.runtime.parser.node.ASTNENode;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTSetDirective;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.ASTText;
import org.apache.velocity.runtime.parser.node.ASTTextblock;
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
 *
 * <p>It also puts in the nodes that count a rendering's work against its {@link RenderBudget}
 * (docs/behavior.md#vtl-limits): every directive call (a macro, {@code #evaluate}, a loop) is a step, every piece of
 * text written counts its characters, and neither a {@code #set} nor a string literal may hold a string over the
 * value limit. The text inside a {@code "..."} string literal, which Velocity parses only when the template is
 * initialised, gets the same adjustments then.
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
        if (child.getClass() == ASTDirective.class) {
            return new CountedDirective((ASTDirective) child);
        }
        if (child.getClass() == ASTText.class) {
            return new CountedText((ASTText) child);
        }
        if (child.getClass() == ASTTextblock.class) {
            return new CountedTextblock((ASTTextblock) child);
        }
        if (child.getClass() == ASTStringLiteral.class) {
            return new AdjustedStringLiteral((ASTStringLiteral) child);
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
            if (value == null) {
                return false;
            }
            RenderBudget.of(context).limits().checkValue(value, this);
            return super.setValue(context, value);
        }
    }

    /** A directive call (a macro, {@code #foreach}, {@code #evaluate}, ...), counted as a step. */
    static final class CountedDirective extends ASTDirective {

        CountedDirective(ASTDirective original) {
            super(original.getType());
            parser = original.getParser();
            template = original.getTemplate();
            last = original.getLastToken();
            setDirectiveName(original.getDirectiveName());
            setPrefix(original.getPrefix());
            setPostfix(original.getPostfix());
            moveChildren(original, this);
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer) throws IOException {
            RenderBudget.of(context).step(this);
            return super.render(context, writer);
        }
    }

    /** Template text, its characters counted. */
    static final class CountedText extends ASTText {

        CountedText(ASTText original) {
            super(original.getType());
            parser = original.getParser();
            template = original.getTemplate();
            last = original.getLastToken();
            moveChildren(original, this);
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer) throws IOException {
            RenderBudget.of(context).wrote(getCtext().length(), this);
            return super.render(context, writer);
        }
    }

    /** Unparsed text, {@code #[[...]]#}, its characters counted. */
    static final class CountedTextblock extends ASTTextblock {

        private int length;

        CountedTextblock(ASTTextblock original) {
            super(original.getParser(), original.getType());
            template = original.getTemplate();
            last = original.getLastToken();
            moveChildren(original, this);
        }

        @Override
        public Object init(InternalContextAdapter context, Object data) throws TemplateInitException {
            length = getFirstToken().image.length() - START.length() - END.length();
            return super.init(context, data);
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer) throws IOException {
            RenderBudget.of(context).wrote(length, this);
            return super.render(context, writer);
        }
    }

    /**
     * A string literal whose interpolated text, {@code "$a and #foreach(...)"}, follows the same rules and counts
     * the same way as the rest of the template, and whose value may not exceed the value limit.
     */
    static final class AdjustedStringLiteral extends ASTStringLiteral {

        AdjustedStringLiteral(ASTStringLiteral original) {
            super(original.getType());
            parser = original.getParser();
            template = original.getTemplate();
            last = original.getLastToken();
            moveChildren(original, this);
        }

        // Velocity hands the freshly parsed text of an interpolated literal to this method, before initialising it.
        @Override
        public void adjTokenLineNums(Node node) {
            super.adjTokenLineNums(node);
            adjust(node);
        }

        @Override
        public Object value(InternalContextAdapter context) {
            Object value = super.value(context);
            RenderBudget.of(context).limits().checkValue(value, this);
            return value;
        }
    }
}

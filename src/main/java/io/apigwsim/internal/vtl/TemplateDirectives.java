package io.apigwsim.internal.vtl;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import org.apache.velocity.Template;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.StopCommand;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * Velocity's {@code #foreach} and {@code #evaluate}, counted against the rendering's {@link RenderBudget}
 * (docs/behavior.md#vtl-limits). {@link VtlEngine} registers them under Velocity's own names. Public only because
 * Velocity creates directives by their class name; out of reach of other packages because this class is
 * package-private.
 */
final class TemplateDirectives {

    private TemplateDirectives() {}

    /**
     * {@code #foreach}, each iteration a step. Velocity still stops each loop after 1,000 iterations
     * (docs/behavior.md#vtl-engine-rules); the steps bound the loops of a whole rendering.
     */
    public static final class Foreach extends org.apache.velocity.runtime.directive.Foreach {

        @Override
        protected void renderBlock(InternalContextAdapter context, Writer writer, Node block) throws IOException {
            // Counted at the #foreach itself, which is where a failure message points.
            RenderBudget.of(context).step(block.jjtGetParent());
            super.renderBlock(context, writer, block);
        }
    }

    /**
     * {@code #evaluate}: its text parsed and rendered like a template's own text, with API Gateway's differences
     * from stock Velocity and the budget's counting ({@link AwsParseTree}), and at most
     * {@link RenderLimits#maxEvaluateDepth()} of them inside one another, so that an {@code #evaluate} that
     * evaluates itself stops instead of overflowing the stack.
     */
    public static final class Evaluate extends org.apache.velocity.runtime.directive.Evaluate {

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) throws IOException {
            RenderBudget budget = RenderBudget.of(context);
            // Without a position: a nested #evaluate's position is in the text it was given, not in the template.
            budget.enterEvaluate(null);
            try {
                Object value = node.jjtGetChild(0).value(context);
                String source = value == null ? "" : value.toString();
                Template template = (Template) context.getCurrentResource();
                SimpleNode tree;
                try {
                    tree = rsvc.parse(new StringReader(source), template);
                } catch (ParseException e) {
                    throw TemplateFailures.evaluateSyntaxError(source, e, node);
                }
                AwsParseTree.adjust(tree);
                context.pushCurrentTemplateName(template.getName());
                try {
                    tree.init(context, rsvc);
                    preRender(context);
                    tree.render(context, writer);
                } catch (StopCommand stop) {
                    if (!stop.isFor(this)) {
                        throw stop;
                    }
                } finally {
                    context.popCurrentTemplateName();
                    postRender(context);
                }
                return true;
            } finally {
                budget.leaveEvaluate();
            }
        }
    }
}

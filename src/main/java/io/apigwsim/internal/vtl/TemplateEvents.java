package io.apigwsim.internal.vtl;

import org.apache.velocity.app.event.MethodExceptionEventHandler;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.Renderable;
import org.apache.velocity.util.DuckType;
import org.apache.velocity.util.introspection.Info;

/** The Velocity events every rendering handles, attached to each rendering's context. Stateless. */
final class TemplateEvents implements ReferenceInsertionEventHandler, MethodExceptionEventHandler {

    static final TemplateEvents INSTANCE = new TemplateEvents();

    private TemplateEvents() {}

    /**
     * Render a null reference as nothing: API Gateway prints {@code "body": ,} for {@code "body": $result} with
     * {@code $result} null, where stock Velocity prints the reference's own text (docs/behavior.md#vtl-engine-rules).
     * Any other value is turned into its text here, as Velocity would next, so that its length counts against the
     * rendering's budget, in the output or in a string being built (docs/behavior.md#vtl-limits).
     */
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            RenderBudget.of(context).wrote(text.length(), null);
            return text;
        }
        if (value instanceof Renderable) {
            // A #define block writes its own parts, and they count themselves.
            return value;
        }
        RenderBudget budget = RenderBudget.of(context);
        // A list or map over the limit would be printed before its length could be counted.
        budget.limits().checkElements(value, null);
        String text = DuckType.asString(value);
        if (text == null) {
            return value;
        }
        budget.wrote(text.length(), null);
        return text;
    }

    /**
     * Let a failing method fail the rendering. Velocity would otherwise swallow the exception as soon as a context
     * carries event handlers, and render the call as null.
     */
    @Override
    public Object methodException(Context context, Class<?> type, String method, Exception e, Info info) {
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new TemplateFunctionException(e.toString(), e);
    }
}

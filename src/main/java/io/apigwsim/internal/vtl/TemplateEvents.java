package io.apigwsim.internal.vtl;

import org.apache.velocity.app.event.MethodExceptionEventHandler;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.util.introspection.Info;

/** The Velocity events every rendering handles, attached to each rendering's context. Stateless. */
final class TemplateEvents implements ReferenceInsertionEventHandler, MethodExceptionEventHandler {

    static final TemplateEvents INSTANCE = new TemplateEvents();

    private TemplateEvents() {}

    /**
     * Render a null reference as nothing: API Gateway prints {@code "body": ,} for {@code "body": $result} with
     * {@code $result} null, where stock Velocity prints the reference's own text (docs/behavior.md#vtl-engine-rules).
     */
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        return value == null ? "" : value;
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

package io.apigwsim.internal.vtl;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;

/**
 * A Velocity context that carries its rendering's {@link RenderBudget}, so that the engine's own nodes, directives
 * and event handlers find the budget through the context Velocity hands them. One rendering uses it at a time;
 * {@link VtlTemplate} reuses it, emptied, for later renderings of the same template.
 */
final class RenderContext extends VelocityContext {

    private static final long serialVersionUID = 1L;

    // Velocity's contexts are serializable; a rendering's budget is not worth keeping.
    private final transient RenderBudget budget;

    RenderContext(RenderLimits limits) {
        this.budget = new RenderBudget(limits);
        EventCartridge events = new EventCartridge();
        events.addReferenceInsertionEventHandler(TemplateEvents.INSTANCE);
        events.addMethodExceptionHandler(TemplateEvents.INSTANCE);
        events.attachToContext(this);
    }

    RenderBudget budget() {
        return budget;
    }

    /** Remove every variable, so that nothing a template {@code #set} and no input outlives the rendering. */
    void empty() {
        for (String key : getKeys()) {
            remove(key);
        }
    }
}

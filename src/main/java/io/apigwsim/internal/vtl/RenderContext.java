package io.apigwsim.internal.vtl;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;

/**
 * A Velocity context with the events every rendering handles. One rendering uses it at a time; {@link VtlTemplate}
 * reuses it, emptied, for later renderings of the same template.
 */
final class RenderContext extends VelocityContext {

    private static final long serialVersionUID = 1L;

    RenderContext() {
        EventCartridge events = new EventCartridge();
        events.addReferenceInsertionEventHandler(TemplateEvents.INSTANCE);
        events.addMethodExceptionHandler(TemplateEvents.INSTANCE);
        events.attachToContext(this);
    }

    /** Remove every variable, so that nothing a template {@code #set} and no input outlives the rendering. */
    void empty() {
        for (String key : getKeys()) {
            remove(key);
        }
    }
}

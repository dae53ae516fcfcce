package io.apigwsim.internal.vtl;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ResourceNotFoundException;

/** A compiled mapping template. Immutable and thread-safe: render it as often and from as many threads as needed. */
public final class VtlTemplate {

    private final String name;
    private final Template template;
    private final JsonPaths jsonPaths;

    // Velocity keeps what it learned about each reference's class (its introspection cache) in the context, so
    // a context per render would look every property and method up again. One context per thread keeps that
    // cache warm; every render empties it first, so nothing a template #set leaks into the next render.
    // Read and written without synchronisation: any value is a valid hint.
    private int outputSizeHint = 64;

    private final ThreadLocal<VelocityContext> contexts = ThreadLocal.withInitial(VtlTemplate::newContext);

    VtlTemplate(String name, Template template, JsonPaths jsonPaths) {
        this.name = name;
        this.template = template;
        this.jsonPaths = jsonPaths;
    }

    private static VelocityContext newContext() {
        VelocityContext context = new VelocityContext();
        EventCartridge events = new EventCartridge();
        events.addReferenceInsertionEventHandler(TemplateEvents.INSTANCE);
        events.addMethodExceptionHandler(TemplateEvents.INSTANCE);
        events.attachToContext(context);
        return context;
    }

    /** Return the name given at compilation, used in every message about this template. */
    public String name() {
        return name;
    }

    /**
     * Render the template against {@code input}.
     *
     * @throws VtlRenderException when the template fails at run time, for example {@code $util.parseJson} of text
     *     that is not JSON; the message names the template and the position of the failing expression
     */
    public VtlResult render(VtlInput input) {
        Objects.requireNonNull(input, "input");
        OverrideMaps overrides = OverrideMaps.seededFrom(input.context());
        VelocityContext context = contexts.get();
        context.put("input", new InputVariable(input, jsonPaths));
        context.put("util", UtilVariable.INSTANCE);
        context.put("context", ContextVariable.of(input.context(), overrides));
        context.put("stageVariables", new LinkedHashMap<>(input.stageVariables()));
        // Sized like the last output of this template, so that the writer rarely grows while rendering.
        StringWriter output = new StringWriter(outputSizeHint);
        try {
            template.merge(context, output);
        } catch (MethodInvocationException e) {
            throw TemplateFailures.renderFailed(name, e);
        } catch (ResourceNotFoundException e) {
            throw TemplateFailures.noResourceLoader(name, e);
        } catch (RuntimeException e) {
            // Velocity's own exceptions and anything a template function let through: never unwrapped to the caller.
            throw TemplateFailures.renderFailed(name, e);
        } finally {
            // Empty the reused context: nothing a template #set leaks into the next render, and no input is retained.
            for (String key : context.getKeys()) {
                context.remove(key);
            }
        }
        String text = output.toString();
        outputSizeHint = Math.max(64, text.length() + 16);
        return new VtlResult(text, overrides.requestTree(), overrides.responseTree());
    }

    @Override
    public String toString() {
        return "mapping template " + name;
    }
}

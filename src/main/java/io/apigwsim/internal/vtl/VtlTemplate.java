package io.apigwsim.internal.vtl;

import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.velocity.Template;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ResourceNotFoundException;

/** A compiled mapping template. Immutable and thread-safe: render it as often and from as many threads as needed. */
public final class VtlTemplate {

    // Velocity keeps what it learned about each reference's class (its introspection cache) in the context, so a
    // context per render would look every property and method up again. A few idle contexts per template keep that
    // cache warm; renders on more threads at once make contexts of their own. The contexts belong to the template,
    // so they are garbage when it is: a context per thread (a ThreadLocal) kept every template a thread had rendered,
    // with its whole Velocity engine, for as long as the thread lived.
    private static final int IDLE_CONTEXTS = 4;

    private final String name;
    private final Template template;
    private final JsonPaths jsonPaths;
    private final RenderLimits limits;
    private final AtomicReferenceArray<RenderContext> idleContexts = new AtomicReferenceArray<>(IDLE_CONTEXTS);

    // Read and written without synchronisation: any value is a valid hint.
    private int outputSizeHint = 64;

    VtlTemplate(String name, Template template, JsonPaths jsonPaths, RenderLimits limits) {
        this.name = name;
        this.template = template;
        this.jsonPaths = jsonPaths;
        this.limits = limits;
    }

    /** Return the name given at compilation, used in every message about this template. */
    public String name() {
        return name;
    }

    /**
     * Render the template against {@code input}.
     *
     * @throws VtlRenderException when the template fails at run time, for example {@code $util.parseJson} of text
     *     that is not JSON, or when it reaches a limit of the engine (docs/behavior.md#vtl-limits); the message
     *     names the template and, where known, the position of the failing expression
     */
    public VtlResult render(VtlInput input) {
        Objects.requireNonNull(input, "input");
        OverrideMaps overrides = OverrideMaps.seededFrom(input.context());
        RenderContext context = takeContext();
        context.put("input", new InputVariable(input, jsonPaths));
        context.put("util", UtilVariable.INSTANCE);
        context.put("context", ContextVariable.of(input.context(), overrides));
        context.put("stageVariables", new LinkedHashMap<>(input.stageVariables()));
        // Sized like the last output of this template, so that the writer rarely grows while rendering.
        TemplateOutput output = new TemplateOutput(outputSizeHint, limits.maxOutputCharacters());
        boolean rendered = false;
        try {
            context.budget().start();
            template.merge(context, output);
            rendered = true;
        } catch (RenderStoppedException e) {
            throw TemplateFailures.stopped(name, e);
        } catch (MethodInvocationException e) {
            // A limit reached inside a method a template called, such as $block.toString() of a #define block.
            if (e.getCause() instanceof RenderStoppedException stopped) {
                throw TemplateFailures.stopped(name, stopped);
            }
            throw TemplateFailures.renderFailed(name, e);
        } catch (ResourceNotFoundException e) {
            throw TemplateFailures.noResourceLoader(name, e);
        } catch (RuntimeException e) {
            // Velocity's own exceptions and anything a template function let through: never unwrapped to the caller.
            throw TemplateFailures.renderFailed(name, e);
        } catch (StackOverflowError e) {
            throw TemplateFailures.stackOverflow(name, e);
        } catch (OutOfMemoryError e) {
            // The limits stop the usual ways a template grows a value; a value that still outgrows the heap (a
            // huge replaceAll, say) fails its own allocation, which leaves the heap as it was, and fails the
            // rendering like any other template failure instead of ending the test run.
            throw TemplateFailures.outOfMemory(name, e);
        } finally {
            // Nothing a template #set leaks into the next render, and no input is retained. A context whose
            // rendering failed half way is dropped, not reused.
            context.empty();
            if (rendered) {
                returnContext(context);
            }
        }
        String text = output.toString();
        outputSizeHint = Math.max(64, text.length() + 16);
        return new VtlResult(text, overrides.requestTree(), overrides.responseTree());
    }

    private RenderContext takeContext() {
        for (int i = 0; i < IDLE_CONTEXTS; i++) {
            if (idleContexts.get(i) != null) {
                RenderContext context = idleContexts.getAndSet(i, null);
                if (context != null) {
                    return context;
                }
            }
        }
        return new RenderContext(limits);
    }

    private void returnContext(RenderContext context) {
        for (int i = 0; i < IDLE_CONTEXTS; i++) {
            if (idleContexts.compareAndSet(i, null, context)) {
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "mapping template " + name;
    }
}

package io.apigwsim.internal.vtl;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.velocity.Template;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.SimpleNode;
import org.slf4j.helpers.NOPLogger;

/**
 * Compiles mapping templates once, with Velocity set up the way API Gateway's VTL behaves
 * (docs/behavior.md#vtl-engine-rules). Thread-safe; one per gateway.
 */
public final class VtlEngine {

    // At most 300 KB per mapping template (docs/behavior.md#vtl-engine-rules); read here as 300 × 1024 bytes of
    // UTF-8.
    static final int MAX_TEMPLATE_BYTES = 300 * 1024;

    // At most 1,000 iterations of a #foreach loop (docs/behavior.md#vtl-engine-rules). What AWS does at the limit
    // is not documented; Velocity's own limit stops the loop there, so the output is cut short, without an error
    // (docs/behavior.md#uncertain-vtl).
    static final int MAX_FOREACH_ITERATIONS = 1000;

    private final RuntimeServices runtime;
    private final RenderLimits limits;
    private final JsonPaths jsonPaths = new JsonPaths();
    private final AtomicLong compiled = new AtomicLong();

    private VtlEngine(RuntimeServices runtime, RenderLimits limits) {
        this.runtime = runtime;
        this.limits = limits;
    }

    /** Return a new engine. */
    public static VtlEngine create() {
        return create(RenderLimits.DEFAULT);
    }

    /** Return a new engine whose renderings stop at {@code limits}. */
    static VtlEngine create(RenderLimits limits) {
        TemplateLoader loader = new TemplateLoader();
        VelocityEngine velocity = new VelocityEngine();
        velocity.setProperty(RuntimeConstants.RESOURCE_LOADERS, "vtl");
        velocity.setProperty(
                RuntimeConstants.RESOURCE_LOADER + ".vtl." + RuntimeConstants.RESOURCE_LOADER_INSTANCE, loader);
        // Velocity 2.x set up for 1.x behaviour, as its upgrading guide lists (docs/behavior.md#vtl-engine-rules):
        // 1.7 whitespace, #if false only for false and null, no automatic argument conversion, 1.x macro argument
        // handling.
        velocity.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
        velocity.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, false);
        velocity.setProperty(RuntimeConstants.CONVERSION_HANDLER_CLASS, "none");
        velocity.setProperty(RuntimeConstants.VM_ENABLE_BC_MODE, true);
        velocity.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, false);
        // Macros stay in the template that defines them; templates of one gateway do not see each other's.
        velocity.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, true);
        velocity.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, MAX_FOREACH_ITERATIONS);
        velocity.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        // Templates reach only what API Gateway offers them (docs/behavior.md#vtl-sandbox), and every rendering is
        // bounded (docs/behavior.md#vtl-limits): the restricted introspection, and #foreach and #evaluate that count.
        velocity.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, TemplateSandbox.Uberspector.class.getName());
        velocity.setApplicationAttribute(RenderLimits.class, limits);
        // Velocity logs nothing a test needs (a template's mistakes reach it as apigw-sim's messages). Its own no-op
        // logger also keeps it from asking SLF4J for a logger on every macro call (a million calls: 4 s on SLF4J 2).
        velocity.setProperty(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
        velocity.setProperty(
                RuntimeConstants.CUSTOM_DIRECTIVES,
                List.of(TemplateDirectives.Foreach.class.getName(), TemplateDirectives.Evaluate.class.getName()));
        try {
            velocity.init();
        } catch (VelocityException e) {
            throw new IllegalStateException("The Velocity engine for mapping templates did not start", e);
        }
        return new VtlEngine(loader.runtime(), limits);
    }

    /**
     * Parse a template.
     *
     * @param name what the template is, for messages, such as
     *     {@code "request template application/json of route POST /pets"}
     * @param source the template text
     * @throws VtlTemplateException with the name, line, column and the reason in plain words when the text does not
     *     parse
     */
    public VtlTemplate compile(String name, String source) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        int size = source.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_TEMPLATE_BYTES) {
            throw TemplateFailures.tooLarge(name, size, MAX_TEMPLATE_BYTES);
        }
        Template template = new Template();
        template.setRuntimeServices(runtime);
        // Velocity keys macros by template name, so each compilation gets a name of its own.
        template.setName("vtl-" + compiled.incrementAndGet());
        template.setEncoding(StandardCharsets.UTF_8.name());
        try {
            SimpleNode tree = runtime.parse(new StringReader(source), template);
            AwsParseTree.adjust(tree);
            template.setData(tree);
            template.initDocument();
        } catch (ParseException e) {
            throw TemplateFailures.syntaxError(name, source, e);
        } catch (TemplateInitException e) {
            throw TemplateFailures.initFailed(name, e);
        } catch (VelocityException e) {
            throw TemplateFailures.compileFailed(name, e);
        }
        return new VtlTemplate(name, template, jsonPaths, limits);
    }

    /** Return the Velocity runtime behind this engine, for tests of what keeps it alive. */
    RuntimeServices runtime() {
        return runtime;
    }

    @Override
    public String toString() {
        return "VTL engine (" + compiled.get() + " templates compiled)";
    }
}

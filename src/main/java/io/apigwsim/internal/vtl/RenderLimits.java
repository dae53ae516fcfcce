package io.apigwsim.internal.vtl;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * The bounds on one rendering, so that a runaway template fails fast with a clear message instead of hanging the
 * test or taking the JVM down with it (docs/behavior.md#vtl-limits). Immutable; one per engine.
 *
 * @param maxSteps the most {@code #foreach} iterations and directive calls (macros, {@code #evaluate}, the loops
 *     themselves) one rendering may make
 * @param maxCharacters the most characters one rendering may write in all: its output and every string it builds
 *     by interpolation
 * @param maxOutputCharacters the longest output
 * @param maxValueCharacters the longest string a template may build with {@code #set} or a method call
 * @param maxElements the most entries a list or map may grow to through the template's method calls, and the most
 *     a template may print or pass to a method
 * @param maxEvaluateDepth the most {@code #evaluate} directives that may run inside one another
 * @param maxNanos the longest a rendering may run, checked between steps
 * @param nanoClock the clock the time limit is read from, {@link System#nanoTime()} outside tests
 */
record RenderLimits(
        long maxSteps,
        long maxCharacters,
        int maxOutputCharacters,
        int maxValueCharacters,
        int maxElements,
        int maxEvaluateDepth,
        long maxNanos,
        LongSupplier nanoClock) {

    // API Gateway's payload quota, 10 MB (docs/behavior.md#payload-limits), here counted in characters: the rendered
    // payload and the method response body cannot be longer, so neither can a template's output or any string in it.
    static final int PAYLOAD_CHARACTERS = 10 * 1024 * 1024;

    /**
     * The limits every engine uses (docs/behavior.md#vtl-limits): room for two nested loops at AWS's full 1,000
     * iterations with a macro call in each iteration (about two million steps), 10 MB of output and of any one
     * value, four times that written in all, ten nested {@code #evaluate} (Velocity's own depth for
     * {@code #parse}) and five seconds.
     */
    static final RenderLimits DEFAULT = new RenderLimits(
            3_000_000L,
            4L * PAYLOAD_CHARACTERS,
            PAYLOAD_CHARACTERS,
            PAYLOAD_CHARACTERS,
            PAYLOAD_CHARACTERS,
            10,
            TimeUnit.SECONDS.toNanos(5),
            System::nanoTime);

    /** Fail when a template builds a string longer than {@link #maxValueCharacters}. */
    void checkValue(Object value, Node where) {
        if (value instanceof CharSequence text) {
            checkLength(text.length(), where);
        }
    }

    /** Fail when a template would build a string of {@code length} characters, more than the limit. */
    void checkLength(long length, Node where) {
        if (length > maxValueCharacters) {
            throw TemplateFailures.valueTooLong(length, maxValueCharacters, where);
        }
    }

    /** Fail when a list or map has more than {@link #maxElements} entries. */
    void checkElements(Object value, Node where) {
        long size = value instanceof Collection<?> collection
                ? collection.size()
                : value instanceof Map<?, ?> map ? map.size() : 0;
        if (size > maxElements) {
            throw TemplateFailures.tooManyElements(size, maxElements, where);
        }
    }
}

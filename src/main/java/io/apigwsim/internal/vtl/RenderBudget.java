package io.apigwsim.internal.vtl;

import org.apache.velocity.context.Context;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * What one rendering has used of its {@link RenderLimits} (docs/behavior.md#vtl-limits): steps, characters written,
 * {@code #evaluate} depth and time. Mutable; it belongs to one {@link RenderContext}, which one rendering uses at a
 * time, and {@link #start()} resets it.
 */
final class RenderBudget {

    // Reading the clock costs about as much as a step, so the time limit is checked every 64 steps.
    private static final int STEPS_PER_CLOCK_READ = 64;

    private final RenderLimits limits;
    private long steps;
    private long characters;
    private int evaluateDepth;
    private long startedAt;

    RenderBudget(RenderLimits limits) {
        this.limits = limits;
    }

    /** Return the budget of the rendering that {@code context} belongs to. */
    static RenderBudget of(InternalContextAdapter context) {
        return ((RenderContext) context.getInternalUserContext()).budget();
    }

    /** Return the budget of the rendering that {@code context}, as Velocity's event handlers receive it, belongs to. */
    static RenderBudget of(Context context) {
        return of((InternalContextAdapter) context);
    }

    RenderLimits limits() {
        return limits;
    }

    /** Begin a rendering: nothing used, the clock starting now. */
    void start() {
        steps = 0;
        characters = 0;
        evaluateDepth = 0;
        startedAt = limits.nanoClock().getAsLong();
    }

    /** Count one {@code #foreach} iteration or directive call at {@code where}. */
    void step(Node where) {
        if (++steps > limits.maxSteps()) {
            throw TemplateFailures.tooManySteps(limits.maxSteps(), where);
        }
        if (steps % STEPS_PER_CLOCK_READ == 0 && limits.nanoClock().getAsLong() - startedAt > limits.maxNanos()) {
            throw TemplateFailures.tooSlow(limits.maxNanos(), where);
        }
    }

    /** Count {@code length} characters written, to the output or into a string being built. */
    void wrote(int length, Node where) {
        characters += length;
        if (characters > limits.maxCharacters()) {
            throw TemplateFailures.tooManyCharacters(limits.maxCharacters(), where);
        }
    }

    /** Enter an {@code #evaluate} at {@code where}. */
    void enterEvaluate(Node where) {
        if (++evaluateDepth > limits.maxEvaluateDepth()) {
            throw TemplateFailures.evaluateTooDeep(limits.maxEvaluateDepth(), where);
        }
    }

    /** Leave the innermost {@code #evaluate}. */
    void leaveEvaluate() {
        evaluateDepth--;
    }

    @Override
    public String toString() {
        return "render budget: " + steps + " steps, " + characters + " characters, #evaluate depth " + evaluateDepth;
    }
}

package io.apigwsim.internal.vtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rendering is bounded: a template that would run for minutes, fill the heap or overflow the stack fails
 * fast, as a template failure that names the limit (docs/behavior.md#vtl-limits), which a custom integration answers
 * like any other (docs/behavior.md#custom-integration-failures).
 */
class TemplateLimitsTests {

    private static final String NAME = "request template application/json of route POST /pets";

    private static VtlRenderException failure(VtlEngine engine, String template) {
        VtlTemplate compiled = engine.compile(NAME, template);
        try {
            compiled.render(VtlInput.ofBody("{}"));
        } catch (VtlRenderException e) {
            return e;
        }
        throw new AssertionError("expected the rendering to fail");
    }

    private static VtlRenderException failure(String template) {
        return failure(Rendering.ENGINE, template);
    }

    /** The default limits without the time limit, so that a loaded machine cannot reach it first. */
    private static VtlEngine defaultsWithoutTimeLimit() {
        RenderLimits d = RenderLimits.DEFAULT;
        return VtlEngine.create(new RenderLimits(
                d.maxSteps(),
                d.maxCharacters(),
                d.maxOutputCharacters(),
                d.maxValueCharacters(),
                d.maxElements(),
                d.maxEvaluateDepth(),
                Long.MAX_VALUE,
                d.nanoClock()));
    }

    /** Limits small enough to reach quickly, with a clock that the test moves. */
    private static RenderLimits small(AtomicLong clock) {
        return new RenderLimits(100, 1_000, 100, 2_000, 20, 3, TimeUnit.SECONDS.toNanos(5), clock::get);
    }

    @Nested
    class Work {

        // The 1,000-iteration limit is per loop, so nested loops multiply; the steps bound the whole rendering.
        @Test
        void nested_loops_of_a_billion_iterations_stop_at_three_million_steps() {
            VtlRenderException e = failure(
                    defaultsWithoutTimeLimit(),
                    "#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])#end#end#end");

            assertThat(e)
                    .hasMessage(NAME + ", line 1, column 51: the rendering made more than 3000000 #foreach iterations"
                            + " and directive calls: nested loops or macros that call themselves run away, so apigw-sim"
                            + " stops the rendering here");
        }

        // Two nested loops at AWS's full 1,000 iterations, with a macro call in each iteration, stay within.
        @Test
        void two_nested_loops_at_the_full_1000_iterations_still_render() {
            String rendered = defaultsWithoutTimeLimit()
                    .compile(
                            NAME,
                            "#macro(nothing)#end#foreach($i in [1..1000])#foreach($j in [1..1000])#nothing()#end#end.")
                    .render(VtlInput.ofBody("{}"))
                    .output();

            assertThat(rendered).isEqualTo(".");
        }

        // Macros may call each other only 20 deep (Velocity's own limit), but a macro that calls itself twice
        // doubles its work at every level.
        @Test
        void macros_that_branch_stop_at_the_step_limit() {
            VtlRenderException e = failure(
                    VtlEngine.create(new RenderLimits(
                            1_000,
                            1_000_000,
                            1_000_000,
                            1_000_000,
                            1_000,
                            3,
                            TimeUnit.SECONDS.toNanos(5),
                            System::nanoTime)),
                    "#macro(grow $n)#if($n.length() < 19)#grow(\"${n}x\")#grow(\"${n}x\")#end#end#grow('')");

            assertThat(e.getMessage())
                    .startsWith(NAME + ", line 1, column ")
                    .contains("the rendering made more than 1000 #foreach iterations and directive calls");
        }

        @Test
        void a_rendering_that_runs_past_the_time_limit_stops() {
            AtomicLong clock = new AtomicLong();
            VtlTemplate template = VtlEngine.create(new RenderLimits(
                            1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000, 3, TimeUnit.SECONDS.toNanos(5), () -> {
                                // Every reading of the clock is a second later: the template is slow.
                                return clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
                            }))
                    .compile(NAME, "#foreach($i in [1..1000])x#end");

            assertThatThrownBy(() -> template.render(VtlInput.ofBody("{}")))
                    .isInstanceOf(VtlRenderException.class)
                    .hasMessage(NAME + ", line 1, column 1: the rendering ran longer than 5 seconds, so apigw-sim"
                            + " stops it here; a mapping template should take milliseconds");
        }

        @Test
        void a_rendering_within_the_time_limit_renders() {
            AtomicLong clock = new AtomicLong();
            VtlTemplate template = VtlEngine.create(small(clock)).compile(NAME, "#foreach($i in [1..50])x#end");

            assertThat(template.render(VtlInput.ofBody("{}")).output()).hasSize(50);
        }
    }

    @Nested
    class Memory {

        @Test
        void a_string_doubled_thirty_times_stops_at_the_value_limit() {
            VtlRenderException e = failure("#set($s = \"x\")#foreach($i in [1..30])#set($s = \"$s$s\")#end$s.length()");

            assertThat(e)
                    .hasMessage(NAME + ", line 1, column 48: a string of 16777216 characters is longer than the"
                            + " 10485760 a template may build, the size of API Gateway's 10 MB payload");
        }

        @Test
        void a_string_doubled_with_concat_stops_at_the_value_limit() {
            VtlRenderException e = failure("#set($s = 'x')#foreach($i in [1..30])#set($s = $s.concat($s))#end");

            assertThat(e)
                    .hasMessage(NAME + ": a string of 16777216 characters is longer than the 10485760 a template may"
                            + " build, the size of API Gateway's 10 MB payload");
        }

        @Test
        void repeat_is_refused_before_it_builds_its_string() {
            VtlRenderException e = failure("$input.body.repeat(1000000000)");

            assertThat(e)
                    .hasMessage(NAME + ": a string of 2000000000 characters is longer than the 10485760 a template"
                            + " may build, the size of API Gateway's 10 MB payload");
        }

        // String.replace with an empty target and a long replacement asks the JVM for more than it can hold; the
        // OutOfMemoryError fails the rendering instead of escaping it.
        @Test
        void a_string_too_large_for_the_jvm_fails_the_rendering() {
            VtlRenderException e = failure("#set($s = $input.body.repeat(50000))$s.replace('', $s)");

            assertThat(e)
                    .hasMessage(NAME + ": the template ran out of memory building a string, list or map too large to"
                            + " hold")
                    .hasCauseInstanceOf(OutOfMemoryError.class);
        }

        @Test
        void a_list_doubled_with_add_all_stops_at_the_element_limit() {
            VtlRenderException e = failure(
                    VtlEngine.create(small(new AtomicLong())),
                    "#set($l = ['x'])#foreach($i in [1..10])#set($ignored = $l.addAll($l))#end");

            assertThat(e).hasMessage(NAME + ": a list or map of 32 entries is larger than the 20 a template may use");
        }

        // A range costs nothing until printed or copied; printing [1..2000000000] would build a string of 20 GB.
        @Test
        void a_huge_range_is_not_printed() {
            VtlRenderException e = failure("#set($range = [1..2000000000])$range");

            assertThat(e)
                    .hasMessage(NAME + ": a list or map of 2000000000 entries is larger than the 10485760 a template"
                            + " may use");
        }

        @Test
        void a_huge_range_is_not_copied() {
            VtlRenderException e = failure("#set($l = [])$l.addAll([1..2000000000])");

            assertThat(e)
                    .hasMessage(NAME + ": a list or map of 2000000000 entries is larger than the 10485760 a template"
                            + " may use");
        }

        @Test
        void output_over_the_payload_limit_stops() {
            VtlRenderException e =
                    failure("#foreach($i in [1..1000])#foreach($j in [1..1000])0123456789abcdefghij#end#end");

            assertThat(e)
                    .hasMessage(NAME + ": the output is longer than 10485760 characters, more than API Gateway's 10 MB"
                            + " payload can hold");
        }

        // Text written inside a string literal counts too, though it never reaches the output.
        @Test
        void text_written_into_strings_counts() {
            VtlRenderException e = failure(
                    VtlEngine.create(small(new AtomicLong())),
                    "#set($s = \"#foreach($i in [1..30])0123456789abcdefghij0123456789abcdefghij#end\")");

            assertThat(e.getMessage()).contains(": the rendering wrote more than 1000 characters");
        }

        @Test
        void values_printed_into_strings_count() {
            VtlRenderException e = failure(
                    VtlEngine.create(small(new AtomicLong())),
                    "#set($s = '0123456789012345678901234567890123456789')"
                            + "#foreach($i in [1..30])#set($t = \"$s\")#end");

            assertThat(e)
                    .hasMessage(NAME + ": the rendering wrote more than 1000 characters, counting its output and every"
                            + " string it built, so apigw-sim stops it here");
        }
    }

    @Nested
    class Recursion {

        @Test
        void an_evaluate_that_evaluates_itself_stops() {
            VtlRenderException e = failure("#set($t = '#evaluate($t)')#evaluate($t)");

            assertThat(e)
                    .hasMessage(NAME + ": #evaluate is nested more than 10 deep; an #evaluate that evaluates itself"
                            + " never ends");
        }

        // Velocity's own limit: macros call macros at most 20 deep.
        @Test
        void a_macro_that_calls_itself_stops_at_depth_20() {
            VtlRenderException e = failure("#macro(again)#again()#end#again()");

            assertThat(e.getMessage()).startsWith(NAME + ": Max calling depth of 20 was exceeded in macro 'again'");
        }

        @Test
        void evaluate_within_the_depth_limit_renders() {
            String rendered = Rendering.output(
                    "#set($inner = 'inner $input.path(\"$.a\")')#set($outer = '[#evaluate($inner)]')#evaluate($outer)",
                    "{\"a\": 1}");

            assertThat(rendered).isEqualTo("[inner 1]");
        }

        @Test
        void evaluate_of_text_that_does_not_parse() {
            VtlRenderException e = failure("#set($t = '#if(')#evaluate($t)");

            assertThat(e.getMessage())
                    .startsWith(NAME + ", line 1, column 18: #evaluate of text that does not parse, at line 1,"
                            + " column ");
        }

        @Test
        void lists_that_contain_each_other_fail_when_printed() {
            VtlRenderException e =
                    failure("#set($a = [])#set($b = [])#set($ignored = $a.add($b))#set($ignored = $b.add($a))$a");

            assertThat(e)
                    .hasMessage(NAME + ": the template nests too deeply and overflowed the stack: a list or map that"
                            + " contains itself, or macros that call each other without end")
                    .hasCauseInstanceOf(StackOverflowError.class);
        }

        @Test
        void lists_that_contain_each_other_fail_when_hashed() {
            VtlRenderException e = failure(
                    "#set($a = [])#set($b = [])#set($ignored = $a.add($b))#set($ignored = $b.add($a))$a.hashCode()");

            assertThat(e).hasCauseInstanceOf(StackOverflowError.class);
        }
    }

    @Nested
    class AfterAFailure {

        // A context whose rendering failed half way is dropped; the next rendering starts clean.
        @Test
        void the_next_rendering_of_the_same_template_works() {
            VtlTemplate template =
                    Rendering.ENGINE.compile(NAME, "#set($x = 'kept?')$input.path('$.s').repeat($input.path('$.n'))");

            assertThatThrownBy(() -> template.render(VtlInput.ofBody("{\"s\": \"ab\", \"n\": 1000000000}")))
                    .isInstanceOf(VtlRenderException.class);
            String rendered = template.render(VtlInput.ofBody("{\"s\": \"ab\", \"n\": 3}"))
                    .output();

            assertThat(rendered).isEqualTo("ababab");
        }
    }
}

package io.apigwsim.internal.vtl;

import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.Node;

/** Every message this package reports, in one place so the wording stays consistent. */
final class TemplateFailures {

    private TemplateFailures() {}

    static VtlTemplateException tooLarge(String name, int size, int max) {
        return new VtlTemplateException(
                name,
                1,
                1,
                "the template has " + size + " bytes; API Gateway accepts at most " + max + " bytes (300 KB)",
                null);
    }

    static VtlTemplateException syntaxError(String name, String source, ParseException e) {
        SyntaxErrors.Problem problem = SyntaxErrors.describe(e, source);
        return new VtlTemplateException(name, problem.line(), problem.column(), problem.reason(), e);
    }

    static VtlTemplateException initFailed(String name, TemplateInitException e) {
        return new VtlTemplateException(name, e.getLineNumber(), e.getColumnNumber(), withoutLocation(e), e);
    }

    static VtlTemplateException compileFailed(String name, VelocityException e) {
        return new VtlTemplateException(name, 1, 1, withoutLocation(e), e);
    }

    static VtlRenderException renderFailed(String name, MethodInvocationException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String reason = cause instanceof TemplateFunctionException
                ? cause.getMessage()
                : "calling " + e.getMethodName() + " failed with "
                        + cause.getClass().getName() + ": " + cause.getMessage();
        return new VtlRenderException(
                name + ", line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + reason, cause);
    }

    static VtlRenderException noResourceLoader(String name, ResourceNotFoundException e) {
        return new VtlRenderException(
                name + ": #parse and #include are not supported: mapping templates have no resource loader", e);
    }

    static VtlRenderException renderFailed(String name, RuntimeException e) {
        String reason = e instanceof VelocityException ? withoutLocation(e) : e.toString();
        return new VtlRenderException(name + ": " + reason, e);
    }

    // Velocity ends its messages with " at <internal template name>[line L, column C]"; our names replace it.
    private static String withoutLocation(RuntimeException e) {
        return String.valueOf(e.getMessage())
                .replaceFirst("\\s*at \\S*\\[line \\d+, column \\d+\\]\\s*$", "")
                .trim();
    }

    static String noResourceLoader(String source) {
        return "#parse and #include are not supported: mapping templates have no resource loader, so \"" + source
                + "\" cannot be read";
    }

    static String invalidJsonPath(String expression, RuntimeException e) {
        return "\"" + expression + "\" is not a valid JSONPath expression: " + e.getMessage();
    }

    static String jsonPathFailed(String expression, RuntimeException e) {
        return "the JSONPath expression \"" + expression + "\" failed: " + e.getMessage();
    }

    static String jsonPathNeedsJsonSmart(String expression) {
        return "the JSONPath expression \"" + expression
                + "\" compares against a JSON value, which this simulator does not support in filters";
    }

    static String nullJsonPath(String function) {
        return function + " needs a JSONPath expression such as '$.name', but its argument is null";
    }

    static String bodyNotJson(String function, String body) {
        return function + " needs a JSON body, but the body is not JSON: " + preview(body);
    }

    static String notJson(String function, String text, Exception e) {
        return function + " could not parse its argument as JSON: " + preview(text);
    }

    static String notUrlEncoded(String text, IllegalArgumentException e) {
        return "$util.urlDecode could not decode " + preview(text) + ": " + e.getMessage();
    }

    static String notBase64(String text, IllegalArgumentException e) {
        return "$util.base64Decode could not decode " + preview(text) + ": " + e.getMessage();
    }

    static String overrideSetTwice(String parameter) {
        return parameter + " is set a second time; API Gateway answers 5XX when a template sets the same override"
                + " twice, so build the value in a variable and set it once";
    }

    static VtlRenderException stopped(String name, RenderStoppedException e) {
        String where = e.line() > 0 ? ", line " + e.line() + ", column " + e.column() : "";
        return new VtlRenderException(name + where + ": " + e.getMessage(), e);
    }

    static VtlRenderException stackOverflow(String name, StackOverflowError e) {
        return new VtlRenderException(
                name + ": the template nests too deeply and overflowed the stack: a list or map that contains itself,"
                        + " or macros that call each other without end",
                e);
    }

    static VtlRenderException outOfMemory(String name, OutOfMemoryError e) {
        return new VtlRenderException(
                name + ": the template ran out of memory building a string, list or map too large to hold", e);
    }

    static RenderStoppedException tooManySteps(long max, Node where) {
        return stop(
                "the rendering made more than " + max + " #foreach iterations and directive calls: nested loops or"
                        + " macros that call themselves run away, so apigw-sim stops the rendering here",
                where);
    }

    static RenderStoppedException tooSlow(long maxNanos, Node where) {
        return stop(
                "the rendering ran longer than " + duration(maxNanos) + ", so apigw-sim stops it here; a mapping"
                        + " template should take milliseconds",
                where);
    }

    static RenderStoppedException tooManyCharacters(long max, Node where) {
        return stop(
                "the rendering wrote more than " + max + " characters, counting its output and every string it"
                        + " built, so apigw-sim stops it here",
                where);
    }

    static RenderStoppedException outputTooLong(int max) {
        return stop(
                "the output is longer than " + max + " characters, more than API Gateway's 10 MB payload can hold",
                null);
    }

    static RenderStoppedException valueTooLong(long length, int max, Node where) {
        return stop(
                "a string of " + length + " characters is longer than the " + max + " a template may build, the"
                        + " size of API Gateway's 10 MB payload",
                where);
    }

    static RenderStoppedException tooManyElements(long size, int max, Node where) {
        return stop("a list or map of " + size + " entries is larger than the " + max + " a template may use", where);
    }

    static RenderStoppedException evaluateTooDeep(int max, Node where) {
        return stop(
                "#evaluate is nested more than " + max + " deep; an #evaluate that evaluates itself never ends", where);
    }

    static RenderStoppedException evaluateSyntaxError(String source, ParseException e, Node where) {
        SyntaxErrors.Problem problem = SyntaxErrors.describe(e, source);
        return stop(
                "#evaluate of text that does not parse, at line " + problem.line() + ", column " + problem.column()
                        + " of that text: " + problem.reason(),
                where);
    }

    private static RenderStoppedException stop(String reason, Node where) {
        return where == null
                ? new RenderStoppedException(reason, 0, 0)
                : new RenderStoppedException(reason, where.getLine(), where.getColumn());
    }

    private static String duration(long nanos) {
        return nanos % 1_000_000_000L == 0 ? nanos / 1_000_000_000L + " seconds" : nanos / 1_000_000L + " ms";
    }

    private static String preview(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }
}

package io.apigwsim.internal.vtl;

import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.parser.ParseException;

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

    private static String preview(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }
}

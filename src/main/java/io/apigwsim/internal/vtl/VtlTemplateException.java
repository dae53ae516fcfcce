package io.apigwsim.internal.vtl;

/**
 * A mapping template that does not compile: its name, the line and column of the problem, and the reason in plain
 * words. Thrown by {@link VtlEngine#compile}, so a broken template is reported before the first request.
 */
public final class VtlTemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final int line;
    private final int column;

    VtlTemplateException(String templateName, int line, int column, String reason, Throwable cause) {
        super(templateName + ", line " + line + ", column " + column + ": " + reason, cause);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    /** Return the name the template was compiled under. */
    public String templateName() {
        return templateName;
    }

    /** Return the line of the problem, counting from 1. */
    public int line() {
        return line;
    }

    /** Return the column of the problem, counting from 1. */
    public int column() {
        return column;
    }
}

package io.apigwsim.internal.vtl;

/**
 * Thrown by the engine's own checks to stop a rendering: a limit reached (docs/behavior.md#vtl-limits), or
 * {@code #evaluate} of text that does not parse. {@link VtlTemplate} turns it into a {@link VtlRenderException} that
 * names the template.
 */
final class RenderStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * @param reason what stopped the rendering, in plain words
     * @param line the line of the template where it stopped, or 0 when not known
     * @param column the column of the template where it stopped, or 0 when not known
     */
    RenderStoppedException(String reason, int line, int column) {
        super(reason);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}

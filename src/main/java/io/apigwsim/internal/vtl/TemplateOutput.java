package io.apigwsim.internal.vtl;

import java.io.Writer;

/**
 * Where a rendering writes its output: an unsynchronized string builder that stops the rendering once the output
 * is longer than the limit (docs/behavior.md#vtl-limits).
 */
final class TemplateOutput extends Writer {

    private final StringBuilder text;
    private final int maxCharacters;

    TemplateOutput(int initialCapacity, int maxCharacters) {
        this.text = new StringBuilder(initialCapacity);
        this.maxCharacters = maxCharacters;
    }

    @Override
    public void write(int c) {
        room(1);
        text.append((char) c);
    }

    @Override
    public void write(char[] characters, int offset, int length) {
        room(length);
        text.append(characters, offset, length);
    }

    @Override
    public void write(String string) {
        room(string.length());
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        room(length);
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence characters) {
        String string = String.valueOf(characters);
        write(string);
        return this;
    }

    private void room(int length) {
        if ((long) text.length() + length > maxCharacters) {
            throw TemplateFailures.outputTooLong(maxCharacters);
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** Return what was written. */
    @Override
    public String toString() {
        return text.toString();
    }
}

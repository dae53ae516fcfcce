package io.apigwsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A print stream whose text a test can wait for. */
final class Lines {

    /** How long {@link #await} waits: long enough for a loaded machine to build a gateway. */
    private static final long DEADLINE_MILLIS = 20_000;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    PrintStream stream() {
        return stream;
    }

    String text() {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Wait for a match of the pattern in the text, and return it. */
    Matcher await(Pattern pattern) throws InterruptedException {
        return await(pattern, 0);
    }

    /** Wait for a match of the pattern that starts at or after an offset of the text, and return it. */
    Matcher await(Pattern pattern, int from) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (true) {
            String text = text();
            Matcher matcher = pattern.matcher(text);
            if (from <= text.length() && matcher.find(from)) {
                return matcher;
            }
            if (System.currentTimeMillis() > giveUp) {
                throw new AssertionError("No line matches " + pattern + " in:\n" + text());
            }
            Thread.sleep(20);
        }
    }
}

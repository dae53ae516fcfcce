package io.apigwsim.internal.replay;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern over the paths of an event's JSON, as a replay report writes them ({@code requestContext.requestId},
 * {@code headers.X-Amz-Cf-Id}, {@code multiValueHeaders.Via[0]}): a pattern matches its path and every path below it,
 * {@code *} stands for any characters within one key, and letters match in either case, as header names do.
 */
public final class PathPattern {

    private final String text;
    private final Pattern regex;

    private PathPattern(String text) {
        this.text = text;
        StringBuilder expression = new StringBuilder();
        for (String part : text.split("\\*", -1)) {
            if (expression.length() > 0) {
                expression.append("[^.\\[]*");
            }
            expression.append(Pattern.quote(part));
        }
        this.regex = Pattern.compile(expression + "(?:[.\\[].*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Read a pattern.
     *
     * @param text such as {@code requestContext.identity} or {@code headers.CloudFront-*}
     * @return the pattern
     * @throws IllegalArgumentException when the text is blank
     */
    public static PathPattern of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A path to ignore is blank; write one as the replay report does, for"
                    + " example \"requestContext.identity.accessKey\" or \"headers.CloudFront-*\"");
        }
        return new PathPattern(text.strip());
    }

    /** Tell whether the path is this pattern's or below it. */
    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    /** Tell whether any of the patterns matches the path. */
    static boolean any(List<PathPattern> patterns, String path) {
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}

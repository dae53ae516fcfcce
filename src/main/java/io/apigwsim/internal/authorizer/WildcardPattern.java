package io.apigwsim.internal.authorizer;

import java.util.regex.Pattern;

/**
 * One Action or Resource pattern of a policy statement with IAM's wildcards, {@code *} and {@code ?}; every other
 * character, regular-expression metacharacters included, stands for itself
 * (docs/behavior.md#rest-authorizer-policy-evaluation).
 */
final class WildcardPattern {

    private final String text;
    private final Pattern compiled;

    private WildcardPattern(String text, Pattern compiled) {
        this.text = text;
        this.compiled = compiled;
    }

    /**
     * An action such as {@code execute-api:*}: the service prefix and the action name compare case-insensitively,
     * {@code *} stands for any run of characters and {@code ?} for one character.
     */
    static WildcardPattern action(String text) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?') {
                appendQuoted(regex, literal);
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        appendQuoted(regex, literal);
        // Without UNICODE_CASE the comparison folds ASCII letters only, whatever the default locale.
        return new WildcardPattern(text, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
    }

    /**
     * A resource ARN, compared case-sensitively. The wildcards work within the colon-separated segments of the ARN: a
     * {@code *} that ends a segment (the pattern's last character, or one followed by {@code :}) also spans colons,
     * any other {@code *} stands for a run of characters without a colon, and {@code ?} for one character other than
     * a colon.
     */
    static WildcardPattern resource(String text) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*') {
                appendQuoted(regex, literal);
                boolean endsSegment = i + 1 == text.length() || text.charAt(i + 1) == ':';
                regex.append(endsSegment ? ".*" : "[^:]*");
            } else if (c == '?') {
                appendQuoted(regex, literal);
                regex.append("[^:]");
            } else {
                literal.append(c);
            }
        }
        appendQuoted(regex, literal);
        return new WildcardPattern(text, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    boolean matches(String value) {
        return compiled.matcher(value).matches();
    }

    String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    private static void appendQuoted(StringBuilder regex, StringBuilder literal) {
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}

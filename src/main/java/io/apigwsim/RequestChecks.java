package io.apigwsim;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a real HTTP client can send, checked when a test builds its request (docs/behavior.md#request-syntax): a target
 * of RFC 3986 characters, header names that are RFC 9110 tokens, header values that are RFC 9110 field values. A
 * request no client can send would reach the function in a form API Gateway never passes on, so it is refused with a
 * message naming the argument, the rule and the fix.
 */
final class RequestChecks {

    /** The characters of a URL path besides letters and digits: unreserved, sub-delims, ":", "@", "/" and "%". */
    private static final String PATH_CHARACTERS = "-._~!$&'()*+,;=:@/%";

    /** The characters of an RFC 9110 token besides letters and digits. */
    private static final String TOKEN_CHARACTERS = "!#$%&'*+-.^_`|~";

    private RequestChecks() {}

    /**
     * Check a request target: the path after the stage and an optional query string.
     *
     * @throws IllegalArgumentException naming the first character no client sends there
     */
    static String target(String target) {
        boolean query = false;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '?') {
                query = true;
            } else if (c == '#') {
                throw new IllegalArgumentException(
                        "Request target \"" + printable(target) + "\" holds \"#\" at index " + i
                                + ": a client never sends the fragment that \"#\" starts (RFC 3986); leave it out, as in \""
                                + printable(target.substring(0, i)) + "\", or percent-encode it as %23");
            } else if (!isLetterOrDigit(c) && PATH_CHARACTERS.indexOf(c) < 0) {
                int end = Character.isHighSurrogate(c) && i + 1 < target.length() ? i + 2 : i + 1;
                String character = target.substring(i, end);
                throw new IllegalArgumentException("Request target \"" + printable(target) + "\" holds "
                        + describe(character) + " at index " + i + ", which a client cannot send in a URL "
                        + (query ? "query" : "path") + " (RFC 3986 allows letters, digits and " + PATH_CHARACTERS
                        + (query ? "?" : "") + "); percent-encode it, as in \"" + target.substring(0, i)
                        + percentEncoded(character) + printable(target.substring(end)) + "\"");
            }
        }
        return target;
    }

    /**
     * Check a header name.
     *
     * @throws IllegalArgumentException when the name is not an RFC 9110 token
     */
    static String headerName(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Request header name is empty; a header name is an RFC 9110 token of"
                    + " letters, digits and " + TOKEN_CHARACTERS + ", such as \"X-Request-Id\"");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLetterOrDigit(c) && TOKEN_CHARACTERS.indexOf(c) < 0) {
                throw new IllegalArgumentException("Request header name \"" + printable(name) + "\" holds "
                        + describe(String.valueOf(c)) + " at index " + i + ", which no header name holds: a header name"
                        + " is an RFC 9110 token of letters, digits and " + TOKEN_CHARACTERS
                        + ", such as \"X-Request-Id\"");
            }
        }
        return name;
    }

    /**
     * Check a header value.
     *
     * @throws IllegalArgumentException when the value is not an RFC 9110 field value
     */
    static String headerValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                throw new IllegalArgumentException("Request header " + name + " has the value \"" + printable(value)
                        + "\", which holds " + describe(String.valueOf(c)) + " at index " + i + ": a header value (an"
                        + " RFC 9110 field value) holds no control character but a tab, so a line break would end the"
                        + " header; send the text without it");
            }
            if (Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c)
                            && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1)))) {
                throw new IllegalArgumentException("Request header " + name + " has a value with an unpaired surrogate"
                        + " (" + codePoint(c) + ") at index " + i + ", which no client can encode in a request; send"
                        + " whole characters");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        if (!value.isEmpty() && (isBlank(value.charAt(0)) || isBlank(value.charAt(value.length() - 1)))) {
            throw new IllegalArgumentException("Request header " + name + " has the value \"" + printable(value)
                    + "\", which starts or ends with white space: a server drops it (RFC 9110), so the function would"
                    + " never see it; send \"" + value.strip() + "\"");
        }
        return value;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** A character as a reader can see it: quoted when printable, its code point otherwise. */
    private static String describe(String character) {
        int c = character.codePointAt(0);
        if (c == ' ') {
            return "a space";
        }
        return c > 0x20 && c != 0x7F && !Character.isISOControl(c) ? "\"" + character + "\"" : codePoint(c);
    }

    private static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    /** The text with its control characters written as {@code \n}, {@code \r}, {@code \t} or a code point. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(codePoint(c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String percentEncoded(String character) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
            encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        }
        return encoded.toString();
    }
}

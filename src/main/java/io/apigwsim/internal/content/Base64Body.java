package io.apigwsim.internal.content;

import java.util.Base64;
import java.util.Locale;

/**
 * Decodes a body that a Lambda proxy result marks as base64 ({@code isBase64Encoded: true}), the strict way API Gateway
 * does (docs/behavior.md#rest-binary-responses, #http-api-payload-20-response): the standard alphabet with its
 * padding, line breaks and other white space between the characters skipped. Any other character, padding in the
 * middle or an incomplete last unit makes the body undecodable; no character is silently dropped.
 */
public final class Base64Body {

    private Base64Body() {}

    /**
     * Decode the body.
     *
     * @param text the body as the function returned it
     * @return the decoded bytes
     * @throws IllegalArgumentException saying why, when the text is not base64
     */
    public static byte[] decode(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWhiteSpace(c)) {
                continue;
            }
            if (!isBase64Character(c)) {
                throw new IllegalArgumentException("the body is not valid base64: " + describe(c) + " at index " + i
                        + " is not a base64 character");
            }
            compact.append(c);
        }
        try {
            return Base64.getDecoder().decode(compact.toString());
        } catch (IllegalArgumentException incomplete) {
            // The characters are base64 but padding is misplaced or the last unit is incomplete, such as "A" or "AQ=".
            throw new IllegalArgumentException("the body is not valid base64: " + incomplete.getMessage(), incomplete);
        }
    }

    private static boolean isWhiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isBase64Character(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '+'
                || c == '/'
                || c == '=';
    }

    private static String describe(char c) {
        return c >= 0x21 && c < 0x7F ? "\"" + c + "\"" : String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}

package io.apigwsim.internal.content;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-decoding of URL paths, the two ways API Gateway applies it: leniently, where a malformed escape stays as
 * sent (route matching and path parameters), and strictly, where a malformed escape rejects the path (an HTTP API's
 * {@code rawPath}). {@code +} is never a space in a path.
 */
public final class PercentDecoding {

    private PercentDecoding() {}

    /**
     * Decode every run of {@code %XX} escapes as UTF-8; an escape that is not two hex digits, and a run that is not
     * UTF-8, stays as sent.
     */
    public static String lenient(String text) {
        int first = text.indexOf('%');
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        byte[] bytes = new byte[text.length() / 3];
        int i = first;
        while (i < text.length()) {
            if (!escapeAt(text, i)) {
                out.append(text.charAt(i));
                i++;
                continue;
            }
            int runStart = i;
            int count = 0;
            while (escapeAt(text, i)) {
                bytes[count++] = (byte) (hexValue(text.charAt(i + 1)) << 4 | hexValue(text.charAt(i + 2)));
                i += 3;
            }
            try {
                out.append(StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, count)));
            } catch (CharacterCodingException notUtf8) {
                out.append(text, runStart, i);
            }
        }
        return out.toString();
    }

    /**
     * Decode every {@code %XX} escape as UTF-8 (bytes that are not UTF-8 become U+FFFD), or return empty when an
     * escape is not {@code %} and two hex digits.
     */
    public static Optional<String> strict(String text) {
        if (text.indexOf('%') < 0) {
            return Optional.of(text);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (!escapeAt(text, i)) {
                    return Optional.empty();
                }
                bytes.write(hexValue(text.charAt(i + 1)) * 16 + hexValue(text.charAt(i + 2)));
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                byte[] encoded = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = end - 1;
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    private static boolean escapeAt(String text, int index) {
        return index + 2 < text.length()
                && text.charAt(index) == '%'
                && hexValue(text.charAt(index + 1)) >= 0
                && hexValue(text.charAt(index + 2)) >= 0;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}

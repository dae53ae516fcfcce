package io.apigwsim.internal.integration.proxy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a request path the way an HTTP API does before it shows it as {@code rawPath}
 * (proxy-integration sheet 4.3, recorded path by path on a live HTTP API, VOKER-PATHS): the path is
 * percent-decoded twice; a {@code ?} produced by the first decoding ends the path; an escape that the
 * second decoding cannot read rejects the request.
 */
public final class HttpPathDecoder {

    private HttpPathDecoder() {}

    /** The decoded path, or empty when API Gateway rejects the path before the function runs. */
    public static Optional<String> decode(String rawPath) {
        Optional<String> once = percentDecode(rawPath);
        if (once.isEmpty()) {
            return Optional.empty();
        }
        String first = once.get();
        int question = first.indexOf('?');
        if (question >= 0) {
            first = first.substring(0, question);
        }
        return percentDecode(first);
    }

    // '+' stays '+' in a path; only %XX escapes decode, as UTF-8.
    private static Optional<String> percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return Optional.of(text);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0) {
                    return Optional.empty();
                }
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}

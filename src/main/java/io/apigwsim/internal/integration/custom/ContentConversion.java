package io.apigwsim.internal.integration.custom;

import io.apigwsim.definition.ContentHandling;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The two tables of API Gateway's content type conversions (docs/behavior.md#content-handling): what the integration's
 * {@code contentHandling} makes of a request body, and what an integration response's makes of the endpoint's
 * response, given whether each is binary (matched by the API's binary media types) and, for the response, whether the
 * client's first {@code Accept} type is.
 */
final class ContentConversion {

    private ContentConversion() {}

    /**
     * A payload after conversion: binary, which no mapping template can read, or text. A text keeps both forms it
     * was given, so that the common case, text left as it is, decodes and encodes nothing.
     */
    static final class Converted {

        private final boolean binary;
        private byte[] bytes;
        private String text;

        private Converted(boolean binary, byte[] bytes, String text) {
            this.binary = binary;
            this.bytes = bytes;
            this.text = text;
        }

        static Converted binary(byte[] bytes) {
            return new Converted(true, bytes, null);
        }

        static Converted text(String text, byte[] bytes) {
            return new Converted(false, bytes, text);
        }

        boolean binary() {
            return binary;
        }

        byte[] bytes() {
            if (bytes == null) {
                bytes = text.getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        }

        String text() {
            if (text == null) {
                text = new String(bytes, StandardCharsets.UTF_8);
            }
            return text;
        }
    }

    /**
     * The integration request's payload.
     *
     * @param text the method request's body as UTF-8 text
     * @param bytes the same body's bytes
     * @param binary whether its {@code Content-Type} matches a binary media type
     * @throws IllegalArgumentException when {@code CONVERT_TO_BINARY} meets a text that is not base64
     */
    static Converted request(String text, byte[] bytes, boolean binary, ContentHandling handling) {
        if (binary) {
            return handling == ContentHandling.CONVERT_TO_TEXT ? encoded(bytes) : Converted.binary(bytes);
        }
        return handling == ContentHandling.CONVERT_TO_BINARY ? decoded(bytes) : Converted.text(text, bytes);
    }

    /**
     * The method response's payload, before the response template.
     *
     * @param result the endpoint's response, UTF-8 text as Lambda answers it
     * @param binary whether the endpoint response's type matches a binary media type
     * @param binaryAccept whether the client's first {@code Accept} type matches one
     * @throws IllegalArgumentException when a text that is not base64 is to be decoded
     */
    static Converted response(String result, boolean binary, boolean binaryAccept, ContentHandling handling) {
        // Unset, the client's Accept decides: a text client gets text, a binary client gets binary.
        boolean toText = handling == ContentHandling.CONVERT_TO_TEXT
                || (handling == ContentHandling.PASSTHROUGH && !binaryAccept);
        if (binary) {
            byte[] bytes = result.getBytes(StandardCharsets.UTF_8);
            return toText ? encoded(bytes) : Converted.binary(bytes);
        }
        return toText ? Converted.text(result, null) : decoded(result.getBytes(StandardCharsets.UTF_8));
    }

    private static Converted encoded(byte[] binary) {
        byte[] base64 = Base64.getEncoder().encode(binary);
        return Converted.text(new String(base64, StandardCharsets.ISO_8859_1), base64);
    }

    // Strict: the standard alphabet only, so white space fails too; a recorded conversion of a text with spaces
    // failed on AWS (docs/behavior.md#content-handling).
    private static Converted decoded(byte[] text) {
        try {
            return Converted.binary(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the payload is not base64: " + e.getMessage(), e);
        }
    }
}

package io.apigwsim.internal.integration.proxy;

import io.apigwsim.internal.content.PercentDecoding;
import java.util.Optional;

/**
 * Decodes a request path the way an HTTP API does before it shows it as {@code rawPath}, as recorded path
 * by path on a live HTTP API (docs/behavior.md#http-api-paths): the path is percent-decoded twice; a
 * {@code ?} produced by the first decoding ends the path; an escape that the second decoding cannot read
 * rejects the request.
 */
public final class HttpPathDecoder {

    private HttpPathDecoder() {}

    /** The decoded path, or empty when API Gateway rejects the path before the function runs. */
    public static Optional<String> decode(String rawPath) {
        Optional<String> once = PercentDecoding.strict(rawPath);
        if (once.isEmpty()) {
            return Optional.empty();
        }
        String first = once.get();
        int question = first.indexOf('?');
        if (question >= 0) {
            first = first.substring(0, question);
        }
        return PercentDecoding.strict(first);
    }
}

package io.apigwsim.internal.content;

import java.util.List;
import java.util.Locale;

/**
 * An API's binary media types and the two ways API Gateway consults them
 * (docs/behavior.md#rest-binary-request-bodies, #rest-binary-responses): a request body is binary when
 * its {@code Content-Type} matches; a base64 response is decoded when the first media type of the
 * request's {@code Accept} matches.
 */
public final class BinaryMediaTypes {

    private final List<String> entries;

    private BinaryMediaTypes(List<String> entries) {
        this.entries = entries;
    }

    public static BinaryMediaTypes of(List<String> mediaTypes) {
        return new BinaryMediaTypes(
                mediaTypes.stream().map(type -> type.toLowerCase(Locale.ROOT)).toList());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether a request body with this {@code Content-Type} header value travels base64-encoded. */
    public boolean matchesContentType(String contentType) {
        return contentType != null && !entries.isEmpty() && matches(MediaType.essence(contentType));
    }

    /** Whether a base64 response is decoded for a client that sent this {@code Accept} header value. */
    public boolean matchesAccept(String accept) {
        if (accept == null || entries.isEmpty()) {
            return false;
        }
        // Only the first media type of Accept counts (docs/behavior.md#rest-binary-responses).
        int comma = accept.indexOf(',');
        return matches(MediaType.essence(comma < 0 ? accept : accept.substring(0, comma)));
    }

    private boolean matches(String mediaType) {
        int slash = mediaType.indexOf('/');
        if (slash <= 0) {
            return false;
        }
        String type = mediaType.substring(0, slash);
        for (String entry : entries) {
            if (entry.equals("*/*")) {
                return true;
            }
            // An entry with a wildcard type such as "*/test" never matches, not even an Accept of "*/test"
            // (docs/behavior.md#rest-binary-responses).
            if (entry.startsWith("*/")) {
                continue;
            }
            if (entry.equals(mediaType)) {
                return true;
            }
            // "type/*" covers its subtypes.
            if (entry.endsWith("/*") && entry.regionMatches(0, type + "/", 0, type.length() + 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}

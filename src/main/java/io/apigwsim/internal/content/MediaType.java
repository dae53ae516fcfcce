package io.apigwsim.internal.content;

import java.util.Locale;

/** Media type text helpers. */
public final class MediaType {

    private MediaType() {}

    /** The lower-case {@code type/subtype} of a header value, without parameters or spaces. */
    public static String essence(String headerValue) {
        int semicolon = headerValue.indexOf(';');
        String essence = semicolon < 0 ? headerValue : headerValue.substring(0, semicolon);
        return essence.trim().toLowerCase(Locale.ROOT);
    }
}

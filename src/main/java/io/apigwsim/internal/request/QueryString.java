package io.apigwsim.internal.request;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A REST request's query string as the proxy event shows it (docs/behavior.md#rest-query-strings). */
public final class QueryString {

    private QueryString() {}

    /** Decoded names to decoded values in order; empty when there is no parameter. */
    public static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        int start = 0;
        int length = rawQuery.length();
        while (start <= length) {
            int end = start;
            // ';' separates parameters like '&' (docs/behavior.md#rest-query-strings).
            while (end < length && rawQuery.charAt(end) != '&' && rawQuery.charAt(end) != ';') {
                end++;
            }
            if (end > start) {
                String pair = rawQuery.substring(start, end);
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                // A key without '=' arrives with an empty value, like the recorded `empty=` [UNCERTAIN]
                // (docs/behavior.md#uncertain-rest-proxy-event).
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (!name.isEmpty()) {
                    parameters.computeIfAbsent(name, key -> new ArrayList<>(1)).add(value);
                }
            }
            start = end + 1;
        }
        return parameters;
    }

    // Percent-escapes are decoded and '+' becomes a space (recorded); a malformed escape stays as sent.
    private static String decode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text.replace('+', ' ');
        }
    }
}

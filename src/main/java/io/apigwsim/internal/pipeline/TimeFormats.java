package io.apigwsim.internal.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The time formats API Gateway and Lambda write: always UTC, always English month names. Both request formats have
 * a resolution of one second, so each remembers the last second it formatted: requests within one second, and every
 * request under a fixed clock, reuse the text.
 */
final class TimeFormats {

    /** requestContext.requestTime: CLF, such as 10/Jul/2026:19:19:04 +0000 (docs/behavior.md#rest-request-context). */
    static final PerSecond REQUEST_TIME = new PerSecond("dd/MMM/yyyy:HH:mm:ss Z");

    /** The Date response header (RFC 9110 IMF-fixdate). */
    static final PerSecond HTTP_DATE = new PerSecond("EEE, dd MMM yyyy HH:mm:ss 'GMT'");

    /** The date part of a Lambda log stream name, yyyy/MM/dd. */
    static final DateTimeFormatter LOG_STREAM_DATE =
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** Signature Version 4's X-Amz-Date, yyyyMMdd'T'HHmmss'Z'. */
    static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private TimeFormats() {}

    /** A format of whole seconds that keeps its last result. Thread-safe. */
    static final class PerSecond {

        private final DateTimeFormatter formatter;
        private volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

        private PerSecond(String pattern) {
            this.formatter =
                    DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(ZoneOffset.UTC);
        }

        String format(Instant instant) {
            long second = instant.getEpochSecond();
            Formatted formatted = last;
            if (formatted.second != second) {
                formatted = new Formatted(second, formatter.format(instant));
                last = formatted;
            }
            return formatted.text;
        }

        private record Formatted(long second, String text) {}
    }
}

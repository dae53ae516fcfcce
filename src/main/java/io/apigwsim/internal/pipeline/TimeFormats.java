package io.apigwsim.internal.pipeline;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The time formats API Gateway and Lambda write: always UTC, always English month names. */
final class TimeFormats {

    /** requestContext.requestTime / time: CLF, e.g. 10/Jul/2026:19:19:04 +0000 (AWS-DOC DOC-CTX). */
    static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The Date response header (RFC 9110 IMF-fixdate). */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The date part of a Lambda log stream name, yyyy/MM/dd. */
    static final DateTimeFormatter LOG_STREAM_DATE =
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private TimeFormats() {}
}

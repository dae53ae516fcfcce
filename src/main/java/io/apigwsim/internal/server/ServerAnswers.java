package io.apigwsim.internal.server;

import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.request.RequestIds;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The answers the server gives itself, to requests that never reach the stage: requests outside the stage's path
 * (docs/behavior.md#serving-requests-outside-the-stage) and requests that are not HTTP a client can send
 * (docs/behavior.md#serving-malformed-requests). Every other response comes from the pipeline.
 */
final class ServerAnswers {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    ServerAnswers(Clock clock) {
        this.clock = clock;
    }

    /** A REST API's answer to a request whose first segment is not the stage: 403 Forbidden. */
    HttpResponse forbidden() {
        return restError(403, "{\"message\":\"Forbidden\"}", "ForbiddenException");
    }

    /** A REST API's answer to the bare stage without a trailing slash, such as {@code /prod}. */
    HttpResponse missingAuthenticationToken() {
        return restError(403, "{\"message\":\"Missing Authentication Token\"}", "MissingAuthenticationTokenException");
    }

    /** An HTTP API's answer to a request outside its named stage: its 404 for a request no route catches. */
    HttpResponse notFound() {
        byte[] body = "{\"message\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);
        Headers headers = Headers.builder()
                .add("date", date())
                .add("content-type", "application/json")
                .add("content-length", Integer.toString(body.length))
                .add("apigw-requestid", RequestIds.extendedRequestId(ThreadLocalRandom.current()))
                .build();
        return new HttpResponse(404, headers, body);
    }

    /** A request that is not valid HTTP, or that no client can send: 400, with the reason. */
    HttpResponse badRequest(String reason) {
        return plain(400, "Bad Request: " + reason);
    }

    /** A request line longer than the server reads. */
    HttpResponse uriTooLong() {
        return plain(414, "URI Too Long: the request line is longer than " + WireLimits.MAX_REQUEST_LINE + " bytes");
    }

    /** A header section larger than the server reads. */
    HttpResponse headersTooLarge() {
        return plain(
                431,
                "Request Header Fields Too Large: the header section is larger than " + WireLimits.MAX_HEADER_SECTION
                        + " bytes");
    }

    private HttpResponse restError(int status, String text, String errorType) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        Headers headers = Headers.builder()
                .add("Date", date())
                .add("Content-Type", "application/json")
                .add("Content-Length", Integer.toString(body.length))
                .add("Connection", "keep-alive")
                .add("x-amzn-RequestId", UUID.randomUUID().toString())
                .add("x-amzn-ErrorType", errorType)
                .build();
        return new HttpResponse(status, headers, body);
    }

    private HttpResponse plain(int status, String text) {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        Headers headers = Headers.builder()
                .add("Date", date())
                .add("Content-Type", "text/plain; charset=utf-8")
                .add("Content-Length", Integer.toString(body.length))
                .add("Connection", "close")
                .build();
        return new HttpResponse(status, headers, body);
    }

    private String date() {
        return HTTP_DATE.format(clock.instant());
    }
}

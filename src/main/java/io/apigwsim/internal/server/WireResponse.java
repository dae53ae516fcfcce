package io.apigwsim.internal.server;

import io.apigwsim.http.Headers.Header;
import io.apigwsim.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bytes of a response on the wire: the status line, the exchange's header lines in their order and spelling, a
 * blank line and the body. The wire adds only what HTTP/1.1 framing needs (docs/behavior.md#serving-response-bytes).
 */
final class WireResponse {

    private static final byte[] CRLF = {'\r', '\n'};

    /** RFC 9110's reason phrases (section 15), with 429 and 431 from RFC 6585. */
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(100, "Continue"),
            Map.entry(101, "Switching Protocols"),
            Map.entry(200, "OK"),
            Map.entry(201, "Created"),
            Map.entry(202, "Accepted"),
            Map.entry(203, "Non-Authoritative Information"),
            Map.entry(204, "No Content"),
            Map.entry(205, "Reset Content"),
            Map.entry(206, "Partial Content"),
            Map.entry(300, "Multiple Choices"),
            Map.entry(301, "Moved Permanently"),
            Map.entry(302, "Found"),
            Map.entry(303, "See Other"),
            Map.entry(304, "Not Modified"),
            Map.entry(305, "Use Proxy"),
            Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(407, "Proxy Authentication Required"),
            Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"),
            Map.entry(411, "Length Required"),
            Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(416, "Range Not Satisfiable"),
            Map.entry(417, "Expectation Failed"),
            Map.entry(421, "Misdirected Request"),
            Map.entry(422, "Unprocessable Content"),
            Map.entry(426, "Upgrade Required"),
            Map.entry(428, "Precondition Required"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"),
            Map.entry(505, "HTTP Version Not Supported"));

    /** The interim answer to {@code Expect: 100-continue}, after which the client sends its body. */
    static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private WireResponse() {}

    /**
     * The status line and header section of a response, through the blank line that ends it.
     *
     * @param response the exchange's response
     * @param toHead whether it answers a {@code HEAD} request, whose response has no body but the length of the
     *     {@code GET} one
     * @param close whether the server closes the connection after it
     */
    static byte[] head(HttpResponse response, boolean toHead, boolean close) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        int status = response.status();
        write(out, "HTTP/1.1 " + status + " " + REASONS.getOrDefault(status, ""));
        boolean hasLength = false;
        boolean hasConnection = false;
        List<Header> headers = response.headers().entries();
        for (Header header : headers) {
            String name = header.name();
            String value = header.value();
            if (name.equalsIgnoreCase("Transfer-Encoding")) {
                // The server frames the body by its length; a transfer coding would contradict it.
                continue;
            }
            if (name.equalsIgnoreCase("Content-Length")) {
                hasLength = true;
            }
            if (name.equalsIgnoreCase("Connection")) {
                hasConnection = true;
                if (close) {
                    value = "close";
                }
            }
            write(out, fieldText(name) + ": " + fieldText(value));
        }
        if (!hasLength && !toHead && bodyAllowed(status)) {
            write(out, "Content-Length: " + response.body().length);
        }
        if (close && !hasConnection) {
            write(out, "Connection: close");
        }
        out.writeBytes(CRLF);
        return out.toByteArray();
    }

    /** Whether the response asks for the connection to close, as a function's {@code Connection: close} does. */
    static boolean asksToClose(HttpResponse response) {
        return response.headers().all("Connection").stream()
                .flatMap(value -> List.of(value.split(",")).stream())
                .anyMatch(token -> token.strip().toLowerCase(Locale.ROOT).equals("close"));
    }

    private static boolean bodyAllowed(int status) {
        return status >= 200 && status != 204 && status != 304;
    }

    // A line break inside a header line would end it and start another: replaced by a space, as RFC 9110 (section 5.5)
    // lets a recipient do (docs/behavior.md#serving-response-bytes).
    private static String fieldText(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\n') < 0 && text.indexOf('\0') < 0) {
            return text;
        }
        return text.replace('\r', ' ').replace('\n', ' ').replace('\0', ' ');
    }

    private static void write(ByteArrayOutputStream out, String line) {
        out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(CRLF);
    }
}

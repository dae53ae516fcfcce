package io.apigwsim.internal.request;

import io.apigwsim.http.Headers;
import io.apigwsim.http.Headers.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The headers of a REST proxy event: what API Gateway drops, renames and adds (docs/behavior.md#rest-event-headers).
 */
public final class RestEventHeaders {

    // Removed before reaching Lambda even when the client sent them (docs/behavior.md#rest-event-headers).
    private static final Set<String> DROPPED = Set.of(
            "connection",
            "content-length",
            "content-md5",
            "expect",
            "max-forwards",
            "proxy-authenticate",
            "server",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "www-authenticate");

    // Set by API Gateway itself; a client's own value is replaced.
    private static final Set<String> REPLACED = Set.of("host", "x-forwarded-port", "x-forwarded-proto");

    private RestEventHeaders() {}

    /** Whether API Gateway drops a client header of this lower-case name or replaces it with its own. */
    public static boolean isReplacedOrDropped(String lowerCaseName) {
        return DROPPED.contains(lowerCaseName) || REPLACED.contains(lowerCaseName);
    }

    /**
     * The event's headers.
     *
     * @param client the headers API Gateway received
     * @param host the API's host
     * @param traceHeader the {@code X-Amzn-Trace-Id} API Gateway adds when the request has none
     * @param connectingIp the address API Gateway received the request from, appended to {@code X-Forwarded-For}
     */
    public static List<Header> forEvent(Headers client, String host, String traceHeader, String connectingIp) {
        List<Header> event = new ArrayList<>(client.entries().size() + 5);
        String forwardedFor = null;
        String clientTrace = null;
        for (Header header : client.entries()) {
            String lower = header.name().toLowerCase(Locale.ROOT);
            if (isReplacedOrDropped(lower)) {
                continue;
            }
            switch (lower) {
                case "x-forwarded-for" ->
                    forwardedFor = forwardedFor == null ? header.value() : forwardedFor + ", " + header.value();
                case "x-amzn-trace-id" -> clientTrace = header.value();
                // An Authorization header carrying a SigV4 signature is dropped (docs/behavior.md#rest-event-headers).
                case "authorization" -> {
                    if (!header.value().startsWith("AWS4-HMAC-SHA256")) {
                        event.add(new Header("Authorization", header.value()));
                    }
                }
                case "user-agent" -> event.add(new Header("User-Agent", header.value()));
                default -> event.add(header);
            }
        }
        event.add(new Header("Host", host));
        event.add(new Header("X-Amzn-Trace-Id", clientTrace == null ? traceHeader : clientTrace));
        // API Gateway appends the address it received the request from to an X-Forwarded-For the request has.
        event.add(new Header(
                "X-Forwarded-For", forwardedFor == null ? connectingIp : forwardedFor + ", " + connectingIp));
        event.add(new Header("X-Forwarded-Port", "443"));
        event.add(new Header("X-Forwarded-Proto", "https"));
        return event;
    }
}

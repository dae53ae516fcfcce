package io.apigwsim.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as the client sends it to the stage: method, target, headers and body bytes.
 *
 * <p>The target is the resource path after the stage plus an optional raw query string, exactly as a
 * client writes it; percent-escapes are kept as written.
 *
 * @since 0.1
 */
public final class HttpRequest {

    /** The client address a request comes from unless it says otherwise: {@value}, a documentation address. */
    public static final String DEFAULT_SOURCE_IP = "198.51.100.1";

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Headers headers;
    private final byte[] body;
    private final String sourceIp;

    /**
     * Create a request.
     *
     * @param method the HTTP method, such as {@code GET}
     * @param target the path after the stage, starting with {@code /}, with an optional {@code ?query}
     * @param headers the headers the client sends
     * @param body the body bytes; empty for none
     * @since 0.1
     */
    public HttpRequest(String method, String target, Headers headers, byte[] body) {
        this(method, target, headers, body, DEFAULT_SOURCE_IP);
    }

    /**
     * Create a request from a client at the given address.
     *
     * @param method the HTTP method, such as {@code GET}
     * @param target the path after the stage, starting with {@code /}, with an optional {@code ?query}
     * @param headers the headers the client sends
     * @param body the body bytes; empty for none
     * @param sourceIp the client's IP address, which API Gateway reports as {@code identity.sourceIp}
     * @since 0.1
     */
    public HttpRequest(String method, String target, Headers headers, byte[] body, String sourceIp) {
        this.method = Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        if (!target.startsWith("/")) {
            throw new IllegalArgumentException(
                    "A request target must start with \"/\", for example \"/pets/42?limit=10\", but was \"" + target
                            + "\"");
        }
        int question = target.indexOf('?');
        this.path = question < 0 ? target : target.substring(0, question);
        this.rawQuery = question < 0 ? null : target.substring(question + 1);
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body").clone();
        this.sourceIp = Objects.requireNonNull(sourceIp, "sourceIp");
    }

    /**
     * Return the HTTP method.
     *
     * @return the method, such as {@code GET}
     * @since 0.1
     */
    public String method() {
        return method;
    }

    /**
     * Return the path after the stage, as the client wrote it.
     *
     * @return the path, starting with {@code /}
     * @since 0.1
     */
    public String path() {
        return path;
    }

    /**
     * Return the query string as the client wrote it, without the {@code ?}.
     *
     * @return the raw query, or empty when the target has no {@code ?}
     * @since 0.1
     */
    public Optional<String> rawQuery() {
        return Optional.ofNullable(rawQuery);
    }

    /**
     * Return the target: the path plus the raw query string.
     *
     * @return the target as the client wrote it
     * @since 0.1
     */
    public String target() {
        return rawQuery == null ? path : path + "?" + rawQuery;
    }

    /**
     * Return the headers the client sent.
     *
     * @return the headers
     * @since 0.1
     */
    public Headers headers() {
        return headers;
    }

    /**
     * Return the client's IP address.
     *
     * @return the address API Gateway sees the request come from
     * @since 0.1
     */
    public String sourceIp() {
        return sourceIp;
    }

    /**
     * Return a copy of the body bytes.
     *
     * @return the body, empty when there is none
     * @since 0.1
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Return the number of body bytes.
     *
     * @return the body length
     * @since 0.1
     */
    public int bodyLength() {
        return body.length;
    }

    /**
     * Return the body decoded as UTF-8.
     *
     * @return the body text, empty when there is none
     * @since 0.1
     */
    public String bodyAsText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + target() + (body.length == 0 ? "" : " (" + body.length + " bytes)");
    }
}

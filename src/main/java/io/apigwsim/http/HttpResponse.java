package io.apigwsim.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The response the client receives: status, headers and body bytes.
 *
 * @since 0.1
 */
public final class HttpResponse {

    private final int status;
    private final Headers headers;
    private final byte[] body;

    /**
     * Create a response.
     *
     * @param status the HTTP status code
     * @param headers the headers
     * @param body the body bytes; empty for none
     * @since 0.1
     */
    public HttpResponse(int status, Headers headers, byte[] body) {
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body.clone();
    }

    /**
     * Return the HTTP status code.
     *
     * @return the status
     * @since 0.1
     */
    public int status() {
        return status;
    }

    /**
     * Return the response headers.
     *
     * @return the headers
     * @since 0.1
     */
    public Headers headers() {
        return headers;
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
        return status + " " + headers.first("Content-Type").orElse("(no content type)") + " (" + body.length
                + " bytes)";
    }
}

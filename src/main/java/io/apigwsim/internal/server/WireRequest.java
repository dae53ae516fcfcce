package io.apigwsim.internal.server;

import io.apigwsim.http.Headers;

/**
 * A request as read from the wire, before the stage sees it: the method, the raw request-target, the header lines as
 * received (names as spelled, repeats in order) and the body.
 *
 * @param method the method token, as sent
 * @param target the request-target, as sent: not decoded, stage segment included
 * @param headers the header lines, in order
 * @param body the body bytes; for a body over API Gateway's payload limit only its first bytes (see
 *     {@link RequestBody})
 * @param sourceIp the peer's address
 * @param keepAlive whether the client lets the connection stay open after the response
 */
record WireRequest(String method, String target, Headers headers, byte[] body, String sourceIp, boolean keepAlive) {

    boolean isHead() {
        return method.equals("HEAD");
    }

    @Override
    public String toString() {
        return method + " " + target + " (" + body.length + " body bytes from " + sourceIp + ")";
    }
}

package io.apigwsim.internal.integration.proxy;

import io.apigwsim.http.Headers.Header;
import java.util.List;

/** What API Gateway makes of a Lambda proxy response. */
public sealed interface ProxyResult {

    /** A valid proxy response, with the function's headers merged and the body as the client gets it. */
    record Response(int status, List<Header> headers, byte[] body) implements ProxyResult {}

    /** Not a proxy response API Gateway accepts: the client gets 502 (docs/behavior.md#rest-proxy-response-object). */
    record Malformed(String reason) implements ProxyResult {}

    /**
     * A base64 body that does not decode for a binary client: the client gets 500
     * (docs/behavior.md#rest-binary-responses).
     */
    record Undecodable(String reason) implements ProxyResult {}
}

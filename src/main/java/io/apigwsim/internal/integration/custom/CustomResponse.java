package io.apigwsim.internal.integration.custom;

import io.apigwsim.http.Headers.Header;
import java.util.List;

/** What the response side of a custom integration decided. */
public sealed interface CustomResponse {

    /**
     * The method response: status, mapped headers, body; the gateway adds its standard headers.
     *
     * @param binary whether the body is binary (content handling made it so and no template rendered it)
     */
    record Mapped(int status, List<Header> headers, byte[] body, boolean binary, String description)
            implements CustomResponse {}

    /** No integration response applies, a status without method response, or a failing template: 500. */
    record ConfigurationError(String reason) implements CustomResponse {}
}

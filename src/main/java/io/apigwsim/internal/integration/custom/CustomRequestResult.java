package io.apigwsim.internal.integration.custom;

import java.util.Map;

/** What the request side of a custom integration decided. */
public sealed interface CustomRequestResult {

    /**
     * Invoke the function with this payload.
     *
     * @param payload the rendered template or the passed-through body
     * @param binary whether the payload is binary (a binary body passed through, or one content handling decoded)
     * @param rendered whether a request template rendered the payload; {@code false} when the body passed through
     * @param asynchronous whether X-Amz-Invocation-Type is Event
     * @param requestOverride what the request template set in $context.requestOverride, readable in the
     *     response template
     * @param responseOverride what the request template set in $context.responseOverride
     * @param description how the payload was made, for the execution log
     */
    record Invoke(
            byte[] payload,
            boolean binary,
            boolean rendered,
            boolean asynchronous,
            Map<String, Object> requestOverride,
            Map<String, Object> responseOverride,
            String description)
            implements CustomRequestResult {}

    /**
     * No template matches and the passthrough behavior forbids passing the body: 415
     * (docs/behavior.md#passthrough-behaviors).
     */
    record UnsupportedMediaType(String reason) implements CustomRequestResult {}

    /** A configuration that fails every call, or a template that fails on this request: 500. */
    record ConfigurationError(String reason) implements CustomRequestResult {}

    /** The payload is not JSON, which Lambda's Invoke API rejects (docs/behavior.md#invalid-json-payloads). */
    record InvalidPayload(String reason) implements CustomRequestResult {}
}

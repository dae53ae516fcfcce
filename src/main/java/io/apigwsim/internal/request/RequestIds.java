package io.apigwsim.internal.request;

import java.util.Base64;
import java.util.random.RandomGenerator;

/** The form of the ids API Gateway makes per request (docs/behavior.md#request-id-format). */
public final class RequestIds {

    private RequestIds() {}

    /**
     * Eleven random bytes in padded URL-safe base64, sixteen characters ending in "=", as extendedRequestId,
     * x-amz-apigw-id, an HTTP API's requestId and apigw-requestid are.
     *
     * @param random where the bytes come from
     * @return the id
     */
    public static String extendedRequestId(RandomGenerator random) {
        byte[] bytes = new byte[11];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }
}

package io.apigwsim.internal.pipeline;

import io.apigwsim.LambdaPayload;
import io.apigwsim.internal.lambda.LambdaSerialization;
import java.nio.charset.StandardCharsets;

/**
 * A payload as it crossed the Lambda boundary, read into types with the runtime's serializers. The bytes are decoded
 * into text when first asked for.
 */
final class RecordedPayload implements LambdaPayload {

    private final byte[] bytes;
    private volatile String raw;

    RecordedPayload(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public String raw() {
        String text = raw;
        if (text == null) {
            text = new String(bytes, StandardCharsets.UTF_8);
            raw = text;
        }
        return text;
    }

    @Override
    public <T> T as(Class<T> type) {
        try {
            return type.cast(LambdaSerialization.read(raw(), type));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "Cannot read the payload as " + type.getName() + ": " + e.getMessage() + "\n" + raw(), e);
        }
    }

    @Override
    public String toString() {
        return raw();
    }
}

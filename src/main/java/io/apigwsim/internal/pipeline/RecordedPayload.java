package io.apigwsim.internal.pipeline;

import io.apigwsim.LambdaPayload;
import io.apigwsim.internal.lambda.LambdaSerialization;

/** A payload as it crossed the Lambda boundary, read into types with the runtime's serializers. */
final class RecordedPayload implements LambdaPayload {

    private final String raw;

    RecordedPayload(String raw) {
        this.raw = raw;
    }

    @Override
    public String raw() {
        return raw;
    }

    @Override
    public <T> T as(Class<T> type) {
        try {
            return type.cast(LambdaSerialization.read(raw, type));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "Cannot read the payload as " + type.getName() + ": " + e.getMessage() + "\n" + raw, e);
        }
    }

    @Override
    public String toString() {
        return raw;
    }
}

package io.apigwsim.internal.lambda;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A {@code LambdaLogger} that keeps each message for the exchange's execution log. */
final class CollectingLogger implements LambdaLogger {

    private final List<String> entries = new ArrayList<>();

    @Override
    public synchronized void log(String message) {
        entries.add(String.valueOf(message));
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }

    synchronized List<String> entries() {
        return List.copyOf(entries);
    }
}

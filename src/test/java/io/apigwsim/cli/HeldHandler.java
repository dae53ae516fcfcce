package io.apigwsim.cli;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Answers once a test lets it, so that a request stays in flight for as long as the test needs; for one test only. */
public final class HeldHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    /** Counted down when the handler has been called. */
    static final CountDownLatch ENTERED = new CountDownLatch(1);

    /** Counted down by the test to let the handler answer. */
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        ENTERED.countDown();
        try {
            RELEASE.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Map.of("statusCode", 200, "body", "held");
    }
}

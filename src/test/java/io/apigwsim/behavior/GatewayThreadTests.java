package io.apigwsim.behavior;

import static io.apigwsim.behavior.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.Integration;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The threads a gateway runs functions on: bounded, never shared between gateways, and all ended by {@code close()}.
 * These are properties of the simulator (docs/architecture.md, "Threads"); the AWS facts some tests rest on are cited
 * where they do. Isolated, because the tests count the live threads whose name starts with apigw-sim's prefix, and a
 * test running next to them would start some; each counts only the threads that appeared while it ran.
 */
@Isolated
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GatewayThreadTests {

    private static final String THREAD_NAME_PREFIX = "apigw-sim-";
    private static final int ASYNC_CONCURRENCY = 8;

    // Lambda queues asynchronous events and runs them within the concurrency it has; API Gateway answers each
    // request at once (docs/behavior.md#asynchronous-invocation-queue); the simulator runs at most 8 at a time
    // [UNCERTAIN] (docs/behavior.md#uncertain-asynchronous-invocations).
    @Test
    void two_thousand_event_invocations_are_answered_at_once_and_run_on_a_bounded_number_of_threads()
            throws InterruptedException {
        Set<Thread> before = libraryThreads();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch ran = new CountDownLatch(2_000);
        try (ApiGateway gateway = asynchronousApi(new GatedJob(release, new CountDownLatch(0), ran))) {
            List<Exchange> exchanges = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                exchanges.add(gateway.post("/jobs").body("{\"job\":" + i + "}").send());
            }
            Set<Thread> whileQueued = newThreads(before);
            release.countDown();
            boolean allRan = ran.await(30, TimeUnit.SECONDS);

            assertThat(exchanges)
                    .allSatisfy(exchange ->
                            assertThat(exchange).response().hasStatus(200).hasEmptyBody());
            assertThat(whileQueued)
                    .as("threads while 2,000 events wait")
                    .hasSizeLessThanOrEqualTo(2 * ASYNC_CONCURRENCY);
            assertThat(allRan).isTrue();
        }
    }

    // Closing the gateway stops the asynchronous invocations that run, drops the queued ones, and ends every thread
    // the gateway started (docs/behavior.md#asynchronous-invocation-queue).
    @Test
    void close_stops_running_invocations_drops_queued_ones_and_ends_every_thread() throws InterruptedException {
        Set<Thread> before = libraryThreads();
        GatedJob job =
                new GatedJob(new CountDownLatch(1), new CountDownLatch(ASYNC_CONCURRENCY), new CountDownLatch(0));
        ApiGateway gateway = asynchronousApi(job);
        for (int i = 0; i < 100; i++) {
            gateway.post("/jobs").body("{}").send();
        }
        boolean slotsBusy = job.allStarted.await(10, TimeUnit.SECONDS);

        gateway.close();

        assertThat(slotsBusy).isTrue();
        assertThat(job.started).as("invocations started").hasValue(ASYNC_CONCURRENCY);
        assertThat(newThreads(before)).isEmpty();
    }

    // No thread outlives its gateway: no timer or watchdog is shared by the JVM, and a hundred closed gateways that
    // served synchronous, asynchronous and timed-out invocations leave no thread behind.
    @Test
    void a_hundred_closed_gateways_leave_no_thread_behind() {
        Set<Thread> before = libraryThreads();
        RequestStreamHandler sleeper = (input, output, context) -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 100; i++) {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route("GET /echo", new EchoHandler())
                    .route(
                            "GET /slow",
                            Integration.lambdaProxy(sleeper)
                                    .timeout(Duration.ofMillis(50))
                                    .functionTimeout(Duration.ofMillis(100)))
                    .route(
                            "POST /jobs",
                            Integration.lambdaCustom(new BehaviorHandlers.RawResultHandler("{}"))
                                    .requestParameter("integration.request.header.X-Amz-Invocation-Type", "'Event'"))
                    .build()) {
                statuses.add(gateway.get("/echo").send().response().status());
                statuses.add(gateway.post("/jobs").body("{}").send().response().status());
                if (i % 10 == 0) {
                    statuses.add(gateway.get("/slow").send().response().status());
                }
            }
        }

        assertThat(statuses).containsOnly(200, 504).contains(504);
        assertThat(newThreads(before)).isEmpty();
    }

    // Concurrent callers on one gateway: each exchange carries its own request, event and answer (no cross-talk), and
    // closing the gateway ends its threads.
    @Test
    void thirty_two_platform_threads_each_get_their_own_exchange() throws InterruptedException {
        Set<Thread> before = libraryThreads();
        Queue<String> crossTalk = new ConcurrentLinkedQueue<>();
        try (ApiGateway gateway = echoApi()) {
            List<Thread> callers = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int t = 0; t < 32; t++) {
                String caller = "p" + t;
                Thread thread = new Thread(() -> {
                    awaitQuietly(start);
                    for (int i = 0; i < 50; i++) {
                        checkOwnExchange(gateway, caller + "-" + i, crossTalk);
                    }
                });
                thread.start();
                callers.add(thread);
            }
            start.countDown();
            for (Thread thread : callers) {
                thread.join();
            }
        }

        assertThat(crossTalk).isEmpty();
        assertThat(newThreads(before)).isEmpty();
    }

    // The same with a thousand virtual threads, on JDK 21 and later (started through reflection, as the library
    // builds on JDK 17).
    @Test
    void a_thousand_virtual_threads_each_get_their_own_exchange() throws Exception {
        Method startVirtualThread = virtualThreadStarter();
        assumeTrue(startVirtualThread != null, "virtual threads need JDK 21 or later");
        Set<Thread> before = libraryThreads();
        Queue<String> crossTalk = new ConcurrentLinkedQueue<>();
        try (ApiGateway gateway = echoApi()) {
            List<Thread> callers = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int t = 0; t < 1_000; t++) {
                String caller = "v" + t;
                Runnable calls = () -> {
                    awaitQuietly(start);
                    for (int i = 0; i < 5; i++) {
                        checkOwnExchange(gateway, caller + "-" + i, crossTalk);
                    }
                };
                callers.add((Thread) startVirtualThread.invoke(null, calls));
            }
            start.countDown();
            for (Thread thread : callers) {
                thread.join();
            }
        }

        assertThat(crossTalk).isEmpty();
        assertThat(newThreads(before)).isEmpty();
    }

    private static void checkOwnExchange(ApiGateway gateway, String id, Queue<String> crossTalk) {
        Exchange exchange = gateway.get("/callers/" + id + "?caller=" + id)
                .header("X-Caller", id)
                .send();
        String event = exchange.lambdaEvent().raw();
        String answered = exchange.response().bodyAsText();
        boolean own = exchange.request().target().equals("/callers/" + id + "?caller=" + id)
                && json(event).path("pathParameters").path("id").asText().equals(id)
                && json(event).path("headers").path("X-Caller").asText().equals(id)
                && answered.equals(event);
        if (!own) {
            crossTalk.add(id + " got event " + event + " and answer " + answered);
        }
    }

    private static ApiGateway echoApi() {
        return ApiGateway.builder()
                .route("GET /callers/{id}", new EchoHandler())
                .build();
    }

    private static ApiGateway asynchronousApi(Object handler) {
        return ApiGateway.builder()
                .route(
                        "POST /jobs",
                        Integration.lambdaCustom(handler)
                                .requestParameter("integration.request.header.X-Amz-Invocation-Type", "'Event'"))
                .build();
    }

    /** Counts its start, waits for {@code release} (or an interrupt), then counts down {@code ran}. */
    static final class GatedJob implements RequestHandler<Map<String, Object>, Object> {

        final AtomicInteger started = new AtomicInteger();
        final CountDownLatch allStarted;
        private final CountDownLatch release;
        private final CountDownLatch ran;

        GatedJob(CountDownLatch release, CountDownLatch allStarted, CountDownLatch ran) {
            this.release = release;
            this.allStarted = allStarted;
            this.ran = ran;
        }

        @Override
        public Object handleRequest(Map<String, Object> input, Context context) {
            started.incrementAndGet();
            allStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.countDown();
            return Map.of("ran", true);
        }
    }

    private static Set<Thread> libraryThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith(THREAD_NAME_PREFIX))
                .collect(Collectors.toSet());
    }

    private static Set<Thread> newThreads(Set<Thread> before) {
        Set<Thread> now = libraryThreads();
        now.removeAll(before);
        return now;
    }

    private static Method virtualThreadStarter() {
        try {
            return Thread.class.getMethod("startVirtualThread", Runnable.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.apigwsim.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Replacing the gateway a server answers with, as the serve command's reload does. */
class ServedStageTests {

    /** Answers 200 with a fixed body. */
    private record Answering(String body) implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return Map.of("statusCode", 200, "body", body);
        }
    }

    private static ApiGateway answering(String stage, String body) {
        return ApiGateway.builder()
                .stage(stage)
                .route("GET /pets", new Answering(body))
                .build();
    }

    private static String get(URI uri) throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    @Nested
    class Draining {

        private final ApiGateway gateway = answering("test", "a");
        private final StageFront front =
                new StageFront(gateway, new ServerAnswers(Clock.systemUTC()), (exchange, latency) -> {});

        @AfterEach
        void close() {
            gateway.close();
        }

        @Test
        void a_front_retired_with_no_request_inside_is_drained_at_once() {
            assertThat(front.retire()).isDone();
        }

        @Test
        void a_front_retired_while_requests_are_inside_is_drained_when_the_last_leaves() {
            assertThat(front.enter()).isTrue();
            assertThat(front.enter()).isTrue();
            CompletableFuture<Void> drained = front.retire();
            front.leave();
            assertThat(drained).isNotDone();

            front.leave();

            assertThat(drained).isDone();
        }

        @Test
        void a_retired_front_lets_no_request_in() {
            front.retire();

            assertThat(front.enter()).isFalse();
        }
    }

    // The reload's promise: the port stays, the next request is answered by the new gateway, with its stage's URL.
    @Test
    void a_replaced_gateway_answers_on_the_same_port_with_its_own_stage() throws Exception {
        try (ApiGateway first = answering("test", "first");
                ApiGateway second = answering("prod", "second");
                LocalServer server = LocalServer.start(first, LocalServer.loopback(0), exchange -> {})) {
            URI before = server.baseUri();
            assertThat(get(before.resolve("pets"))).isEqualTo("200 first");

            CompletableFuture<Void> drained = server.replace(second, (exchange, latency) -> {});

            assertThat(drained).isDone();
            assertThat(server.baseUri()).hasPort(before.getPort()).hasPath("/prod/");
            assertThat(get(server.baseUri().resolve("pets"))).isEqualTo("200 second");
        }
    }

    // The serve command binds the port while the gateway is built: a request arriving meanwhile waits for it.
    @Test
    void a_request_to_a_server_bound_before_its_gateway_is_answered_once_the_gateway_is_there() throws Exception {
        try (ApiGateway gateway = answering("test", "built");
                LocalServer server = LocalServer.bind(LocalServer.loopback(0))) {
            int port = server.address().getPort();
            CompletableFuture<HttpResponse<String>> early = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .sendAsync(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/pets"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            server.replace(gateway, (exchange, latency) -> {});

            HttpResponse<String> response = early.get(20, TimeUnit.SECONDS);
            assertThat(response.statusCode() + " " + response.body()).isEqualTo("200 built");
        }
    }
}

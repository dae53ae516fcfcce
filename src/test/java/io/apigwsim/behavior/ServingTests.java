package io.apigwsim.behavior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.http.HttpResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A gateway served on a loopback port: real clients get the in-process exchange's response byte for byte, the stage
 * sees the request as sent, and the server survives malformed input. Every wait has a generous timeout so that a broken
 * server fails a test instead of hanging it; nothing is timed.
 */
class ServingTests {

    private static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    // A binary result with a repeated, odd-cased header: decoded for Accept image/png
    // (docs/behavior.md#rest-binary-responses).
    private static final String BINARY_RESULT = "{\"statusCode\":200,\"headers\":{\"Content-Type\":\"image/png\","
            + "\"x-OdD-CaSe\":\"v\"},\"multiValueHeaders\":{\"X-Multi\":[\"one\",\"two\"]},"
            + "\"body\":\"iVBORw0KGgoAAf8=\",\"isBase64Encoded\":true}";

    private static ApiGateway.Builder restApi() {
        return ApiGateway.builder()
                .stage("prod")
                .clock(new TestClock(NOW))
                .seed(7)
                .binaryMediaTypes("image/png")
                .route("GET /png", BehaviorHandlers.returning(BINARY_RESULT))
                .route("ANY /pets/{proxy+}", new EchoHandler());
    }

    private static ApiGateway.Builder httpApi() {
        return ApiGateway.builder()
                .httpApi()
                .clock(new TestClock(NOW))
                .seed(7)
                .route("ANY /pets/{proxy+}", new EchoHandler());
    }

    private static byte[] binaryBody() {
        byte[] body = new byte[256];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        return body;
    }

    private static java.net.http.HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(), BodyHandlers.ofString());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Nested
    class WireBytes {

        // The wire carries the exchange's response as it is: status line, header lines with their case and repeats,
        // body bytes (docs/behavior.md#serving-response-bytes).
        @Test
        void every_response_on_the_wire_is_its_exchange_response_byte_for_byte() {
            byte[] body = binaryBody();
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                List<byte[]> wire = new ArrayList<>();
                client.write("GET /prod/png HTTP/1.1\r\nHost: api\r\nAccept: image/png\r\n\r\n");
                wire.add(client.readResponse());
                client.write("POST /prod/pets/caf%C3%A9/a%2Fb?q=a%20b&q=c HTTP/1.1\r\nHost: api\r\nX-Repeated: one\r\n"
                                + "x-REPEATED: two\r\nx-odd-CASE: v\r\nContent-Type: application/octet-stream\r\n"
                                + "Content-Length: 256\r\n\r\n")
                        .write(body);
                wire.add(client.readResponse());
                client.write("DELETE /prod/unknown HTTP/1.1\r\nHost: api\r\n\r\n");
                wire.add(client.readResponse());
                client.write("HEAD /prod/pets/1 HTTP/1.1\r\nHost: api\r\n\r\n");
                wire.add(client.readResponse(true));

                List<Exchange> exchanges = gateway.servedExchanges();
                assertThat(exchanges).hasSize(4);
                for (int i = 0; i < 4; i++) {
                    assertThat(text(wire.get(i)))
                            .as("request %d", i)
                            .isEqualTo(
                                    text(WireClient.wireBytes(exchanges.get(i).response())));
                }
                assertThat(exchanges.get(0).response().headers().all("X-Multi")).containsExactly("one", "two");
                assertThat(exchanges.get(2).response().status()).isEqualTo(403);
            }
        }

        // The stage gets the request as sent: method, undecoded target after the stage, header lines as received,
        // body bytes, the peer as source IP (docs/behavior.md#serving-requests).
        @Test
        void a_rest_request_from_the_wire_reaches_the_function_as_the_same_request_sent_in_process() {
            byte[] body = binaryBody();
            try (ApiGateway served = restApi().build();
                    ApiGateway inProcess = restApi().build();
                    WireClient client = WireClient.connect(served.start())) {
                client.write("POST /prod/pets/caf%C3%A9/a%2Fb?q=a%20b&q=c HTTP/1.1\r\nHost: api\r\nX-Repeated: one\r\n"
                                + "x-REPEATED: two\r\nx-odd-CASE: v\r\nContent-Length: 256\r\n\r\n")
                        .write(body);
                byte[] wire = client.readResponse();
                Exchange expected = inProcess
                        .post("/pets/caf%C3%A9/a%2Fb?q=a%20b&q=c")
                        .header("Host", "api")
                        .header("X-Repeated", "one")
                        .header("x-REPEATED", "two")
                        .header("x-odd-CASE", "v")
                        .header("Content-Length", "256")
                        .body(body)
                        .sourceIp("127.0.0.1")
                        .send();

                Exchange actual = served.servedExchanges().get(0);
                assertThat(actual.lambdaEvent().raw())
                        .isEqualTo(expected.lambdaEvent().raw());
                assertThat(text(wire)).isEqualTo(text(WireClient.wireBytes(expected.response())));
            }
        }

        // The same for an HTTP API's $default stage, whose payload 2.0 event joins repeated headers
        // (docs/behavior.md#serving-requests, #http-api-payload-20-event).
        @Test
        void an_http_api_request_from_the_wire_reaches_the_function_as_the_same_request_sent_in_process() {
            try (ApiGateway served = httpApi().build();
                    ApiGateway inProcess = httpApi().build();
                    WireClient client = WireClient.connect(served.start())) {
                client.write("GET /pets/%E4%B8%96?a=1&a=2 HTTP/1.1\r\nHost: api\r\nCookie: a=1\r\nCookie: b=2\r\n"
                        + "X-Request-Id: r1\r\n\r\n");
                byte[] wire = client.readResponse();
                Exchange expected = inProcess
                        .get("/pets/%E4%B8%96?a=1&a=2")
                        .header("Host", "api")
                        .header("Cookie", "a=1")
                        .header("Cookie", "b=2")
                        .header("X-Request-Id", "r1")
                        .sourceIp("127.0.0.1")
                        .send();

                Exchange actual = served.servedExchanges().get(0);
                assertThat(actual.lambdaEvent().raw())
                        .isEqualTo(expected.lambdaEvent().raw());
                assertThat(text(wire)).isEqualTo(text(WireClient.wireBytes(expected.response())));
            }
        }

        // Bytes beyond ASCII in a header value are read as UTF-8 (docs/behavior.md#uncertain-serving-on-a-port).
        @Test
        void a_utf8_header_value_reaches_the_stage_as_its_characters() {
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write("GET /prod/pets/1 HTTP/1.1\r\nHost: api\r\nX-Name: ".getBytes(StandardCharsets.UTF_8))
                        .write("café 世界\r\n\r\n".getBytes(StandardCharsets.UTF_8));
                client.readResponse();

                assertThat(gateway.servedExchanges().get(0).request().headers().first("X-Name"))
                        .hasValue("café 世界");
            }
        }

        // A connection the client closes gets Connection: close in place of keep-alive, then the server closes
        // (docs/behavior.md#serving-response-bytes).
        @Test
        void a_request_with_connection_close_gets_connection_close_and_the_connection_ends() {
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write("GET /prod/pets/1 HTTP/1.1\r\nHost: api\r\nConnection: close\r\n\r\n");
                String response = client.readResponseText();

                String inProcess = text(
                        WireClient.wireBytes(gateway.servedExchanges().get(0).response()));
                assertThat(response).isEqualTo(inProcess.replace("Connection: keep-alive", "Connection: close"));
                assertThat(client.closedByServer()).isTrue();
            }
        }
    }

    @Nested
    class Stages {

        // A REST stage is the first path segment (docs/behavior.md#rest-stage-and-url).
        @Test
        void a_rest_stage_is_served_under_its_name() throws Exception {
            try (ApiGateway gateway = restApi().build()) {
                URI base = gateway.start();

                java.net.http.HttpResponse<String> response = get(base.resolve("pets/42"));

                assertThat(base.toString()).matches("http://127\\.0\\.0\\.1:[0-9]+/prod/");
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(gateway.servedExchanges())
                        .singleElement()
                        .satisfies(exchange ->
                                assertThat(exchange.request().target()).isEqualTo("/pets/42"));
            }
        }

        // An HTTP API's $default stage has no segment (docs/behavior.md#http-api-stages).
        @Test
        void an_http_api_default_stage_is_served_at_the_root() throws Exception {
            try (ApiGateway gateway = httpApi().build()) {
                URI base = gateway.start();

                java.net.http.HttpResponse<String> response = get(base.resolve("pets/42"));

                assertThat(base.toString()).matches("http://127\\.0\\.0\\.1:[0-9]+/");
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }

        // A named HTTP API stage is the first segment, kept in rawPath (docs/behavior.md#http-api-stages).
        @Test
        void an_http_api_named_stage_is_served_under_its_name() throws Exception {
            try (ApiGateway gateway = httpApi().stage("dev").build()) {
                URI base = gateway.start();

                java.net.http.HttpResponse<String> response = get(base.resolve("pets/42"));

                assertThat(base.getPath()).isEqualTo("/dev/");
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("\"rawPath\":\"/dev/pets/42\"");
            }
        }

        // A request-target in absolute form, as a proxy sends it, is served by its path
        // (docs/behavior.md#serving-malformed-requests).
        @Test
        void a_target_in_absolute_form_is_served_by_its_path() {
            try (ApiGateway gateway = restApi().build()) {
                URI base = gateway.start();
                try (WireClient client = WireClient.connect(base)) {
                    client.write("GET " + base.resolve("pets/1?x=1") + " HTTP/1.1\r\nHost: api\r\n\r\n");

                    assertThat(client.readResponseText()).startsWith("HTTP/1.1 200 OK\r\n");
                    assertThat(gateway.servedExchanges().get(0).request().target())
                            .isEqualTo("/pets/1?x=1");
                }
            }
        }

        // Another first segment is a stage that does not exist: 403 Forbidden, and the stage never sees it
        // (docs/behavior.md#serving-requests-outside-the-stage).
        @Test
        void a_request_outside_a_rest_stage_gets_403_forbidden_and_no_exchange() {
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write("GET /Prod/pets/1 HTTP/1.1\r\nHost: api\r\n\r\n");
                String response = client.readResponseText();

                assertThat(response)
                        .startsWith("HTTP/1.1 403 Forbidden\r\n")
                        .contains("\r\nContent-Type: application/json\r\n")
                        .contains("\r\nx-amzn-ErrorType: ForbiddenException\r\n")
                        .endsWith("\r\n\r\n{\"message\":\"Forbidden\"}");
                assertThat(gateway.servedExchanges()).isEmpty();
            }
        }

        // Slashes before a REST stage collapse: //prod/pets/1 is stage prod's /pets/1
        // (docs/behavior.md#serving-requests-outside-the-stage).
        @Test
        void slashes_before_a_rest_stage_collapse() {
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write("GET //prod/pets/1 HTTP/1.1\r\nHost: api\r\n\r\n");
                String response = client.readResponseText();

                assertThat(response).startsWith("HTTP/1.1 200 OK\r\n");
                assertThat(gateway.servedExchanges())
                        .singleElement()
                        .satisfies(exchange -> assertThat(exchange)
                                .lambdaEvent()
                                .hasPath("/pets/1")
                                .hasRequestContextField("path", "/prod/pets/1"));
            }
        }

        // The bare stage without a trailing slash gets Missing Authentication Token
        // (docs/behavior.md#serving-requests-outside-the-stage).
        @Test
        void the_bare_rest_stage_without_a_slash_gets_missing_authentication_token() {
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write("GET /prod HTTP/1.1\r\nHost: api\r\n\r\n");
                String response = client.readResponseText();

                assertThat(response)
                        .startsWith("HTTP/1.1 403 Forbidden\r\n")
                        .contains("\r\nx-amzn-ErrorType: MissingAuthenticationTokenException\r\n")
                        .endsWith("\r\n\r\n{\"message\":\"Missing Authentication Token\"}");
            }
        }

        // Outside an HTTP API's named stage: its 404 Not Found (docs/behavior.md#serving-requests-outside-the-stage).
        @Test
        void a_request_outside_an_http_api_named_stage_gets_404() {
            try (ApiGateway gateway = httpApi().stage("dev").build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write("GET /pets/1 HTTP/1.1\r\nHost: api\r\n\r\n");
                String response = client.readResponseText();

                assertThat(response)
                        .startsWith("HTTP/1.1 404 Not Found\r\n")
                        .endsWith("\r\n\r\n{\"message\":\"Not Found\"}");
                assertThat(gateway.servedExchanges()).isEmpty();
            }
        }
    }

    @Nested
    class Concurrency {

        // Concurrent clients each get the answer to their own request (docs/behavior.md#serving-requests).
        @Test
        void concurrent_clients_each_get_the_answer_to_their_request() throws Exception {
            int clients = 8;
            int requestsEach = 10;
            ExecutorService threads = Executors.newFixedThreadPool(clients);
            try (ApiGateway gateway = httpApi().build()) {
                URI base = gateway.start();
                List<Future<List<String>>> results = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    results.add(threads.submit(() -> {
                        List<String> mismatches = new ArrayList<>();
                        for (int r = 0; r < requestsEach; r++) {
                            String id = client + "-" + r;
                            java.net.http.HttpResponse<String> response = get(base.resolve("pets/" + id));
                            if (response.statusCode() != 200 || !response.body().contains("/pets/" + id + "\"")) {
                                mismatches.add(id + ": " + response.statusCode());
                            }
                        }
                        return mismatches;
                    }));
                }
                for (Future<List<String>> result : results) {
                    assertThat(result.get(30, TimeUnit.SECONDS)).isEmpty();
                }
                assertThat(gateway.servedExchanges()).hasSize(clients * requestsEach);
            } finally {
                threads.shutdownNow();
            }
        }

        // A handler that blocks holds only its own request (docs/behavior.md#serving-requests).
        @Test
        void a_blocking_handler_does_not_stall_a_request_to_another_route() throws Exception {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch entered = new CountDownLatch(1);
            SlowHandler slow = new SlowHandler(entered, release);
            try (ApiGateway gateway = ApiGateway.builder()
                    .route("GET /slow", slow)
                    .route("GET /fast", new FastHandler())
                    .build()) {
                URI base = gateway.start();
                CompletableFuture<java.net.http.HttpResponse<String>> slowResponse = CLIENT.sendAsync(
                        HttpRequest.newBuilder(base.resolve("slow")).build(), BodyHandlers.ofString());
                assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

                java.net.http.HttpResponse<String> fast = get(base.resolve("fast"));

                assertThat(fast.body()).isEqualTo("fast");
                assertThat(slowResponse).isNotDone();
                release.countDown();
                assertThat(slowResponse.get(10, TimeUnit.SECONDS).body()).isEqualTo("slow");
            }
        }
    }

    /** Answers 200 "slow" once released, telling when it has started. */
    public static final class SlowHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        private final CountDownLatch entered;
        private final CountDownLatch release;

        SlowHandler(CountDownLatch entered, CountDownLatch release) {
            this.entered = entered;
            this.release = release;
        }

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            entered.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Map.of("statusCode", 200, "body", "slow");
        }
    }

    /** Answers 200 "fast" at once. */
    public static final class FastHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return Map.of("statusCode", 200, "body", "fast");
        }
    }

    @Nested
    class Connections {

        // HTTP/1.1 keeps the connection for the next request (docs/behavior.md#serving-requests).
        @Test
        void keep_alive_serves_several_requests_on_one_connection() {
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write("GET /prod/pets/1 HTTP/1.1\r\nHost: api\r\n\r\n");
                String first = client.readResponseText();
                client.write("GET /prod/pets/2 HTTP/1.1\r\nHost: api\r\n\r\n");
                String second = client.readResponseText();

                assertThat(first).startsWith("HTTP/1.1 200 OK\r\n").contains("\"path\":\"/pets/1\"");
                assertThat(second).startsWith("HTTP/1.1 200 OK\r\n").contains("\"path\":\"/pets/2\"");
            }
        }

        // Requests sent before the previous answer are answered in order (docs/behavior.md#serving-requests).
        @Test
        void pipelined_requests_are_answered_in_the_order_sent() {
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write(
                        "GET /prod/pets/1 HTTP/1.1\r\nHost: api\r\n\r\nGET /prod/pets/2 HTTP/1.1\r\nHost: api\r\n\r\n"
                                + "GET /prod/pets/3 HTTP/1.1\r\nHost: api\r\n\r\n");

                assertThat(client.readResponseText()).contains("\"path\":\"/pets/1\"");
                assertThat(client.readResponseText()).contains("\"path\":\"/pets/2\"");
                assertThat(client.readResponseText()).contains("\"path\":\"/pets/3\"");
            }
        }

        // A chunked body reaches the function whole (docs/behavior.md#serving-request-bodies).
        @Test
        void a_chunked_request_body_reaches_the_function_whole() {
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write("POST /prod/pets/1 HTTP/1.1\r\nHost: api\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5\r\nhello\r\n7\r\n, chunk\r\n0\r\n\r\n");
                client.readResponse();

                Exchange exchange = gateway.servedExchanges().get(0);
                assertThat(exchange.request().bodyAsText()).isEqualTo("hello, chunk");
                assertThat(exchange).lambdaEvent().hasBody("hello, chunk");
            }
        }

        // Expect: 100-continue gets the interim answer, then the body is read
        // (docs/behavior.md#serving-request-bodies).
        @Test
        void expect_100_continue_gets_an_interim_answer_before_the_body_is_sent() {
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write(
                        "POST /prod/pets/1 HTTP/1.1\r\nHost: api\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
                String interim = client.readResponseText();
                client.write("body");
                String response = client.readResponseText();

                assertThat(interim).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
                assertThat(response).startsWith("HTTP/1.1 200 OK\r\n");
                assertThat(gateway.servedExchanges().get(0).request().bodyAsText())
                        .isEqualTo("body");
            }
        }

        // The JDK client's default asks to upgrade to HTTP/2 over cleartext; the server stays on HTTP/1.1, which
        // RFC 9110 (section 7.8) lets it do (docs/behavior.md#serving-requests).
        @Test
        void a_default_jdk_client_asking_for_http_2_is_answered_in_http_1_1() throws Exception {
            try (ApiGateway gateway = restApi().build()) {
                URI base = gateway.start();

                java.net.http.HttpResponse<String> response = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(base.resolve("pets/1"))
                                        .timeout(TIMEOUT)
                                        .build(),
                                BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            }
        }

        // java.net.http sends what a browser or RestAssured would; the exchange holds its event
        // (docs/behavior.md#serving-requests).
        @Test
        void the_exchange_of_a_request_from_a_real_client_holds_its_lambda_event() throws Exception {
            try (ApiGateway gateway = restApi().build()) {
                URI base = gateway.start();

                java.net.http.HttpResponse<String> response = CLIENT.send(
                        HttpRequest.newBuilder(base.resolve("pets/7?color=red"))
                                .header("X-Trace", "abc")
                                .POST(BodyPublishers.ofString("{\"name\":\"Rex\"}"))
                                .timeout(TIMEOUT)
                                .build(),
                        BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(200);
                Exchange exchange = gateway.servedExchanges().get(0);
                assertThat(exchange)
                        .lambdaEvent()
                        .hasPathParameter("proxy", "7")
                        .hasQueryParameter("color", "red")
                        .hasBody("{\"name\":\"Rex\"}");
                assertThat(exchange.request().sourceIp()).isEqualTo("127.0.0.1");
                assertThat(response.headers().firstValue("x-amzn-RequestId")).hasValue(exchange.requestId());
            }
        }
    }

    @Nested
    class MalformedRequests {

        // A request line that is not HTTP gets 400, the connection closes, and the server keeps serving
        // (docs/behavior.md#serving-malformed-requests).
        @Test
        void a_bad_request_line_gets_400_and_the_server_keeps_serving() {
            try (ApiGateway gateway = restApi().build()) {
                URI base = gateway.start();
                String response;
                boolean closed;
                try (WireClient client = WireClient.connect(base)) {
                    client.write("THIS IS NOT HTTP\r\n\r\n");
                    response = client.readResponseText();
                    closed = client.closedByServer();
                }

                assertThat(response).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("\r\nConnection: close\r\n");
                assertThat(closed).isTrue();
                assertThat(servesAfterwards(base)).startsWith("HTTP/1.1 200 OK\r\n");
                assertThat(gateway.servedExchanges()).hasSize(1);
            }
        }

        // A header section over the server's 64 KiB gets 431 (docs/behavior.md#serving-malformed-requests).
        @Test
        void oversized_headers_get_431_and_the_server_keeps_serving() {
            try (ApiGateway gateway = restApi().build()) {
                URI base = gateway.start();
                String response;
                try (WireClient client = WireClient.connect(base)) {
                    client.write("GET /prod/pets/1 HTTP/1.1\r\nHost: api\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n");
                    response = client.readResponseText();
                }

                assertThat(response).startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n");
                assertThat(servesAfterwards(base)).startsWith("HTTP/1.1 200 OK\r\n");
            }
        }

        // A request line over the server's 16 KiB gets 414 (docs/behavior.md#serving-malformed-requests).
        @Test
        void an_overlong_request_line_gets_414() {
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write("GET /prod/pets/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: api\r\n\r\n");

                assertThat(client.readResponseText()).startsWith("HTTP/1.1 414 URI Too Long\r\n");
            }
        }

        // A target character no client sends unencoded gets 400 naming it
        // (docs/behavior.md#serving-malformed-requests).
        @Test
        void a_target_with_a_character_no_client_sends_gets_400_naming_it() {
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write("GET /prod/pets/a{b} HTTP/1.1\r\nHost: api\r\n\r\n");

                assertThat(client.readResponseText())
                        .startsWith("HTTP/1.1 400 Bad Request\r\n")
                        .contains("Request target \"/pets/a{b}\" holds \"{\" at index 7");
                assertThat(gateway.servedExchanges()).isEmpty();
            }
        }

        // A body over 10 MB gets API Gateway's plain-text 413 from the pipeline, and the connection stays usable
        // (docs/behavior.md#payload-limits, #serving-request-bodies).
        @Test
        void a_body_over_10_mb_gets_the_413_of_api_gateway_and_the_connection_stays_usable() {
            byte[] body = new byte[12 * 1024 * 1024];
            Arrays.fill(body, (byte) 'x');
            try (ApiGateway gateway = restApi().build();
                    WireClient client = WireClient.connect(gateway.start())) {
                client.write("POST /prod/pets/1 HTTP/1.1\r\nHost: api\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .write(body);
                String response = client.readResponseText();
                client.write("GET /prod/pets/2 HTTP/1.1\r\nHost: api\r\n\r\n");
                String next = client.readResponseText();

                assertThat(response)
                        .startsWith("HTTP/1.1 413 Content Too Large\r\n")
                        .contains("\r\nContent-Type: text; charset=utf-8\r\n")
                        .endsWith("\r\n\r\nHTTP content length exceeded 10485760 bytes.");
                assertThat(response)
                        .isEqualTo(text(WireClient.wireBytes(
                                gateway.servedExchanges().get(0).response())));
                assertThat(gateway.servedExchanges().get(0).invoked()).isFalse();
                assertThat(next).startsWith("HTTP/1.1 200 OK\r\n");
            }
        }

        private String servesAfterwards(URI base) {
            try (WireClient client = WireClient.connect(base)) {
                client.write("GET /prod/pets/1 HTTP/1.1\r\nHost: api\r\n\r\n");
                return client.readResponseText();
            }
        }
    }

    @Nested
    class Lifecycle {

        // Starting twice serves once (docs/behavior.md#serving-requests).
        @Test
        void starting_twice_returns_the_same_url() {
            try (ApiGateway gateway = restApi().build()) {
                assertThat(gateway.start()).isEqualTo(gateway.start());
            }
        }

        // Closing the gateway stops the server and frees its port, even with a connection open.
        @Test
        void closing_the_gateway_frees_the_port() throws Exception {
            ApiGateway gateway = restApi().build();
            URI base = gateway.start();
            try (WireClient client = WireClient.connect(base)) {
                client.write("GET /prod/pets/1 HTTP/1.1\r\nHost: api\r\n\r\n");
                client.readResponse();

                gateway.close();

                assertThat(client.closedByServer()).isTrue();
                try (ServerSocket again = new ServerSocket(base.getPort(), 50, InetAddress.getByName("127.0.0.1"))) {
                    assertThat(again.getLocalPort()).isEqualTo(base.getPort());
                }
            }
        }

        @Test
        void a_closed_gateway_cannot_start() {
            ApiGateway gateway = restApi().build();
            gateway.close();

            assertThatIllegalStateException()
                    .isThrownBy(gateway::start)
                    .withMessage("This ApiGateway is closed, so it cannot serve on a port; build a new gateway for it");
        }

        // In-process requests are returned by send(), not listed with the served ones.
        @Test
        void requests_sent_in_process_are_not_listed_as_served() {
            try (ApiGateway gateway = restApi().build()) {
                gateway.start();
                HttpResponse response = gateway.get("/pets/1").send().response();

                assertThat(response.status()).isEqualTo(200);
                assertThat(gateway.servedExchanges()).isEmpty();
            }
        }
    }
}

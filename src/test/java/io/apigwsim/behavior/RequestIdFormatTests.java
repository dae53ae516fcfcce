package io.apigwsim.behavior;

import static io.apigwsim.behavior.TestJson.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * extendedRequestId, x-amz-apigw-id, an HTTP API's requestId and apigw-requestid are eleven bytes in padded URL-safe
 * base64 (docs/behavior.md#request-id-format).
 */
class RequestIdFormatTests {

    private static final int REQUESTS = 300;

    @Test
    void rest_extended_request_ids_are_eleven_bytes_of_url_safe_base64() {
        Set<Character> characters = new HashSet<>();
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /health", new EchoHandler()).build()) {
            for (int i = 0; i < REQUESTS; i++) {
                Exchange exchange = gateway.get("/health").send();
                String id = event(exchange)
                        .get("requestContext")
                        .get("extendedRequestId")
                        .asText();

                assertCanonical(id);
                assertThat(exchange).response().hasHeaderValues("x-amz-apigw-id", id);
                id.chars().forEach(c -> characters.add((char) c));
            }
        }
        assertUrlSafeAlphabet(characters);
    }

    @Test
    void http_api_request_ids_are_eleven_bytes_of_url_safe_base64() {
        Set<Character> characters = new HashSet<>();
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /health", new EchoHandler())
                .build()) {
            for (int i = 0; i < REQUESTS; i++) {
                Exchange exchange = gateway.get("/health").send();
                String id =
                        event(exchange).get("requestContext").get("requestId").asText();

                assertCanonical(id);
                assertThat(exchange).response().hasHeaderValues("apigw-requestid", id);
                id.chars().forEach(c -> characters.add((char) c));
            }
        }
        assertUrlSafeAlphabet(characters);
    }

    @Test
    void ids_are_the_same_for_the_same_seed_and_differ_between_requests() {
        try (ApiGateway first = ApiGateway.builder()
                        .seed(7)
                        .route("GET /a", new EchoHandler())
                        .build();
                ApiGateway second = ApiGateway.builder()
                        .seed(7)
                        .route("GET /a", new EchoHandler())
                        .build()) {
            String one = first.get("/a")
                    .send()
                    .response()
                    .headers()
                    .first("x-amz-apigw-id")
                    .orElseThrow();
            String two = first.get("/a")
                    .send()
                    .response()
                    .headers()
                    .first("x-amz-apigw-id")
                    .orElseThrow();
            String again = second.get("/a")
                    .send()
                    .response()
                    .headers()
                    .first("x-amz-apigw-id")
                    .orElseThrow();

            assertThat(one).isNotEqualTo(two).isEqualTo(again);
        }
    }

    /** Sixteen characters that decode to eleven bytes and encode back to themselves. */
    private static void assertCanonical(String id) {
        assertThat(id).hasSize(16).endsWith("=").matches("[A-Za-z0-9_-]{15}=");
        byte[] bytes = Base64.getUrlDecoder().decode(id);
        assertThat(bytes).hasSize(11);
        assertThat(Base64.getUrlEncoder().encodeToString(bytes)).isEqualTo(id);
    }

    /** Over hundreds of ids, the URL-safe characters show up and the standard alphabet's "+" and "/" never do. */
    private static void assertUrlSafeAlphabet(Set<Character> characters) {
        assertThat(characters).containsAnyOf('-', '_').doesNotContain('+', '/');
    }
}

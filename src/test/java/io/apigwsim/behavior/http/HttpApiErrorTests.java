package io.apigwsim.behavior.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.http.HttpHandlers.OkHandler;
import io.apigwsim.behavior.http.HttpHandlers.SleepingHandler;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.Integration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What an HTTP API answers by itself, and the definitions it refuses to deploy. */
class HttpApiErrorTests {

    // HTTP API integration timeout: 503 {"message":"Service Unavailable"} (33 bytes) without content-type, with
    // apigw-requestid (docs/behavior.md#http-api-errors, #integration-timeouts); for Lambda integrations [UNCERTAIN]
    // (docs/behavior.md#uncertain-limits).
    @Test
    void integration_timeout_gets_503_service_unavailable_without_content_type() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route(
                        "GET /slow",
                        Integration.lambdaProxy(new SleepingHandler(2_000)).timeout(Duration.ofMillis(100)))
                .build()) {
            Exchange exchange = gateway.get("/slow").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(503)
                    .hasBody("{\"message\":\"Service Unavailable\"}")
                    .hasHeader("content-length", "33")
                    .hasHeader("apigw-requestid", exchange.requestId())
                    .doesNotHaveHeader("content-type")
                    .doesNotHaveHeader("x-amzn-ErrorType");
        }
    }

    // HTTP API integration timeout: API Gateway stops waiting after the integration timeout, not after the function
    // ends (docs/behavior.md#integration-timeouts).
    @Test
    void integration_timeout_answers_without_waiting_for_the_function() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route(
                        "GET /slow",
                        Integration.lambdaProxy(new SleepingHandler(2_000)).timeout(Duration.ofMillis(100)))
                .build()) {
            long start = System.nanoTime();

            Exchange exchange = gateway.get("/slow").send();

            assertThat(exchange).response().hasStatus(503);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
        }
    }

    // HTTP API request body over 10 MB (10,485,760 bytes): refused before the function runs; 413 with a body that is
    // not recorded for HTTP APIs (docs/behavior.md#http-api-errors, #payload-limits); status pinned, body not
    // [UNCERTAIN] (docs/behavior.md#uncertain-limits).
    @Test
    void body_over_10_mb_is_refused_with_413() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("POST /upload", new OkHandler())
                .build()) {
            Exchange exchange = gateway.post("/upload")
                    .header("Content-Type", "text/plain")
                    .body(new byte[10_485_761])
                    .send();

            assertThat(exchange).wasNotInvoked().response().hasStatus(413);
        }
    }

    // HTTP API: an event over Lambda's 6,291,456-byte limit is refused before the function runs; base64 inflation
    // counts, so a 4.8 MB binary body is too much (docs/behavior.md#payload-limits); status pinned [UNCERTAIN]
    // (docs/behavior.md#uncertain-limits).
    @Test
    void event_over_the_lambda_limit_is_refused_with_413() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("POST /upload", new OkHandler())
                .build()) {
            Exchange exchange = gateway.post("/upload")
                    .header("Content-Type", "application/octet-stream")
                    .body(new byte[4_800_000])
                    .send();

            assertThat(exchange).wasNotInvoked().response().hasStatus(413);
        }
    }

    // HTTP API integration timeout: at most 30 s, fixed; a longer one is refused at build time
    // (docs/behavior.md#http-api-errors, #integration-timeouts).
    @Test
    void integration_timeout_over_30_seconds_is_rejected() {
        ApiGateway.Builder builder = ApiGateway.builder()
                .httpApi()
                .route("GET /slow", Integration.lambdaProxy(new OkHandler()).timeout(Duration.ofMillis(30_001)));

        assertThatThrownBy(builder::build)
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("route \"GET /slow\" sets an integration timeout of 30001 ms; HTTP APIs wait at"
                        + " most 30,000 ms");
    }

    // HTTP API integration timeout of exactly 30 s is accepted (docs/behavior.md#integration-timeouts).
    @Test
    void integration_timeout_of_30_seconds_is_accepted() {
        try (ApiGateway built = ApiGateway.builder()
                .httpApi()
                .route("GET /ok", Integration.lambdaProxy(new OkHandler()).timeout(Duration.ofSeconds(30)))
                .build()) {

            Exchange exchange = built.get("/ok").send();

            assertThat(exchange).response().hasStatus(200);
        }
    }

    // HTTP APIs have no binaryMediaTypes; declaring some is refused (docs/behavior.md#http-api-request-bodies).
    @Test
    void binary_media_types_on_an_http_api_are_rejected() {
        ApiGateway.Builder builder =
                ApiGateway.builder().httpApi().binaryMediaTypes("image/png").route("GET /ok", new OkHandler());

        assertThatThrownBy(builder::build)
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Binary media types [image/png] are a REST API setting; an HTTP API has none and"
                        + " base64-encodes every request body that is not text, JSON, XML or JavaScript");
    }

    // REST APIs have no $default route ($default is an HTTP API route key: docs/behavior.md#http-api-routes).
    @Test
    void default_route_on_a_rest_api_is_rejected() {
        ApiGateway.Builder builder = ApiGateway.builder().route("$default", new OkHandler());

        assertThatThrownBy(builder::build)
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("route \"$default\" declares the route $default, which only HTTP APIs have; a REST API"
                        + " catches every path with ANY /{proxy+}");
    }

    // REST API Lambda proxy integrations send payload 1.0 only; 2.0 is refused
    // (docs/behavior.md#payload-format-versions).
    @Test
    void payload_2_0_on_a_rest_api_is_rejected() {
        ApiGateway.Builder builder = ApiGateway.builder()
                .route("GET /ok", Integration.lambdaProxy(new OkHandler()).payloadFormatVersion("2.0"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("route \"GET /ok\" sets payload format version 2.0, which only HTTP APIs send;"
                        + " REST API Lambda proxy integrations send 1.0");
    }

    // Payload format versions are "1.0" and "2.0" only (docs/behavior.md#payload-format-versions).
    @Test
    void unknown_payload_format_version_is_rejected() {
        assertThatThrownBy(() -> Integration.lambdaProxy(new OkHandler()).payloadFormatVersion("3.0"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Payload format version \"3.0\" does not exist: Lambda proxy integrations send \"1.0\" or"
                        + " (HTTP APIs only) \"2.0\"");
    }
}

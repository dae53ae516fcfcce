package io.apigwsim.behavior.http;

import static io.apigwsim.behavior.TestJson.event;
import static io.apigwsim.behavior.TestJson.json;
import static io.apigwsim.behavior.TestJson.keys;
import static io.apigwsim.behavior.http.HttpHandlers.returning;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.http.HttpHandlers.OkHandler;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.Integration;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.Test;

/**
 * Payload format 1.0 on an HTTP API: the REST event structure with HTTP API differences, seen on ANY /files/{proxy+}
 * behind the stage dev, and its response rules, each on a route of its own.
 */
@ApiGatewayTest(type = ApiType.HTTP, stage = "dev")
@Route(method = "ANY", path = "/files/{proxy+}", handler = OkHandler.class, payloadFormatVersion = "1.0")
class PayloadV1OnHttpApiTests {

    private static final String INTERNAL_SERVER_ERROR = "{\"message\":\"Internal Server Error\"}";

    private static Integration v1(Object handler) {
        return Integration.lambdaProxy(handler).payloadFormatVersion("1.0").build();
    }

    // HTTP API 1.0: the REST structure plus a top-level "version": "1.0" (docs/behavior.md#http-api-payload-10).
    @Test
    void event_has_version_1_0_and_the_rest_structure(ApiGateway gateway) {
        Exchange exchange = gateway.get("/files/a").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasVersion("1.0")
                .hasHttpMethod("GET")
                .hasResource("/files/{proxy+}");
        assertThat(keys(event(exchange)))
                .contains(
                        "version",
                        "resource",
                        "path",
                        "httpMethod",
                        "headers",
                        "multiValueHeaders",
                        "queryStringParameters",
                        "multiValueQueryStringParameters",
                        "pathParameters",
                        "stageVariables",
                        "requestContext",
                        "body",
                        "isBase64Encoded");
    }

    // HTTP API 1.0: header names are lower-cased in headers and multiValueHeaders
    // (docs/behavior.md#http-api-payload-10); the guide's example writes Header1 [UNCERTAIN]
    // (docs/behavior.md#uncertain-http-api-events).
    @Test
    void header_names_are_lower_cased(ApiGateway gateway) {
        Exchange exchange = gateway.get("/files/a")
                .header("X-My-Header", "v")
                .header("User-Agent", "example-client/1.0")
                .send();

        assertThat(exchange).lambdaEvent().hasHeader("x-my-header", "v").hasMultiValueHeader("x-my-header", "v");
        JsonNode event = event(exchange);
        assertThat(keys(event.get("headers")))
                .allSatisfy(name -> assertThat(name).isLowerCase());
        assertThat(keys(event.get("multiValueHeaders")))
                .allSatisfy(name -> assertThat(name).isLowerCase());
    }

    // HTTP API 1.0: the Cookie header stays a header and there is no cookies key
    // (docs/behavior.md#http-api-payload-10).
    @Test
    void cookie_stays_a_header_and_there_is_no_cookies_key(ApiGateway gateway) {
        Exchange exchange = gateway.get("/files/a")
                .header("Cookie", "session=abc; theme=dark")
                .send();

        assertThat(exchange)
                .lambdaEvent()
                .hasHeader("cookie", "session=abc; theme=dark")
                .doesNotHaveField("cookies");
    }

    // HTTP API 1.0: path carries the named stage prefix and is decoded; requestContext.path carries it too
    // (inferred); resourcePath the route path; pathParameters decoded (docs/behavior.md#http-api-payload-10).
    @Test
    void path_has_the_stage_prefix_and_is_decoded(ApiGateway gateway) {
        Exchange exchange = gateway.get("/files/my%20doc").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasPath("/dev/files/my doc")
                .hasRequestContextField("path", "/dev/files/my doc")
                .hasRequestContextField("resourcePath", "/files/{proxy+}")
                .hasRequestContextField("stage", "dev")
                .hasPathParameter("proxy", "my doc");
    }

    // HTTP API 1.0 requestContext as in the documented example: resourceId null, authorizer {claims: null, scopes:
    // null}; no CloudFront headers (docs/behavior.md#http-api-payload-10); the exact key set is [UNCERTAIN]
    // (docs/behavior.md#uncertain-http-api-events).
    @Test
    void request_context_follows_the_documented_example(ApiGateway gateway) {
        Exchange exchange = gateway.get("/files/a").send();

        assertThat(exchange).lambdaEvent().hasNullField("requestContext.resourceId");
        // the whole authorizer object, so that no other key slips in
        JsonNode event = event(exchange);
        assertThat(event.at("/requestContext/authorizer")).isEqualTo(json("{\"claims\":null,\"scopes\":null}"));
        assertThat(keys(event.get("headers"))).noneMatch(name -> name.startsWith("cloudfront-"));
    }

    // HTTP API 1.0 event reads into APIGatewayProxyRequestEvent (docs/behavior.md#java-handlers-and-serialization).
    @Test
    void event_reads_into_api_gateway_proxy_request_event(ApiGateway gateway) {
        Exchange exchange = gateway.post("/files/my%20doc?tag=a")
                .header("Content-Type", "application/json")
                .body("{\"qty\":2}")
                .send();

        APIGatewayProxyRequestEvent event = exchange.lambdaEvent().as(APIGatewayProxyRequestEvent.class);
        assertThat(event.getPath()).isEqualTo("/dev/files/my doc");
        assertThat(event.getHttpMethod()).isEqualTo("POST");
        assertThat(event.getPathParameters()).containsEntry("proxy", "my doc");
        assertThat(event.getQueryStringParameters()).containsEntry("tag", "a");
        assertThat(event.getBody()).isEqualTo("{\"qty\":2}");
        assertThat(event.getRequestContext().getStage()).isEqualTo("dev");
    }

    // HTTP API 1.0 response: statusCode is required; API Gateway makes no assumption and answers 500
    // {"message":"Internal Server Error"} (docs/behavior.md#http-api-payload-10, #http-api-errors).
    @Test
    void response_without_status_code_gets_500() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /no-status", v1(returning("{\"body\":\"x\"}")))
                .build()) {
            Exchange exchange = gateway.get("/no-status").send();

            assertThat(exchange).response().hasStatus(500).hasBody(INTERNAL_SERVER_ERROR);
        }
    }

    // HTTP API 1.0 response: a bare JSON string is not inferred as in 2.0: 500 (docs/behavior.md#http-api-payload-10:
    // payload 1.0 responses are not inferred).
    @Test
    void bare_string_result_is_not_inferred() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /string", v1(returning("\"Hello\"")))
                .build()) {
            Exchange exchange = gateway.get("/string").send();

            assertThat(exchange).response().hasStatus(500).hasBody(INTERNAL_SERVER_ERROR);
        }
    }

    // HTTP API 1.0 response: each multiValueHeaders value becomes its own header line, beside headers
    // (docs/behavior.md#http-api-payload-10; one line per value inferred).
    @Test
    void multi_value_headers_become_one_line_per_value() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route(
                        "GET /multi",
                        v1(returning("{\"statusCode\":200,\"multiValueHeaders\":{\"x-multi\":[\"a\",\"b\"]},"
                                + "\"headers\":{\"x-single\":\"s\"},\"body\":\"ok\"}")))
                .build()) {
            Exchange exchange = gateway.get("/multi").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasHeaderValues("x-multi", "a", "b")
                    .hasHeader("x-single", "s")
                    .hasBody("ok");
        }
    }

    // HTTP API 1.0 response: unknown keys are ignored (no 502 as in REST) [UNCERTAIN]
    // (docs/behavior.md#uncertain-http-api-responses-and-errors).
    @Test
    void unknown_keys_are_ignored() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route("GET /unknown-keys", v1(returning("{\"statusCode\":203,\"body\":\"ok\",\"extra\":{\"a\":1}}")))
                .build()) {
            Exchange exchange = gateway.get("/unknown-keys").send();

            assertThat(exchange).response().hasStatus(203).hasBody("ok");
        }
    }

    // HTTP API 1.0 response: isBase64Encoded true is always honoured, without binaryMediaTypes [UNCERTAIN]
    // (docs/behavior.md#uncertain-http-api-responses-and-errors).
    @Test
    void base64_body_is_always_decoded() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .route(
                        "GET /base64",
                        v1(returning("{\"statusCode\":200,\"headers\":{\"content-type\":\"application/octet-stream\"},"
                                + "\"body\":\"AAEC\",\"isBase64Encoded\":true}")))
                .build()) {
            Exchange exchange = gateway.get("/base64").send();

            assertThat(exchange).response().hasStatus(200).hasBody(new byte[] {0, 1, 2});
        }
    }
}

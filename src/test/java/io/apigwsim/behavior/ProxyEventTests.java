package io.apigwsim.behavior;

import static io.apigwsim.behavior.TestJson.event;
import static io.apigwsim.behavior.TestJson.json;
import static io.apigwsim.behavior.TestJson.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The REST API Lambda proxy event, payload format 1.0: its keys, nulls and request-context values. Tests of the
 * builder's clock, region and stage variables build their own gateway.
 */
@ApiGatewayTest(stage = "prod")
@Route(method = "ANY", path = "/orders/{proxy+}", handler = EchoHandler.class)
@Route(method = "GET", path = "/health", handler = EchoHandler.class)
class ProxyEventTests {

    // The example request's time (docs/behavior.md#rest-event-example); a clock in the test JVM's far-from-UTC default
    // zone catches zone bugs.
    private static final Instant REQUEST_TIME = Instant.parse("2024-08-02T21:34:43.123Z");

    // Exactly these top-level keys, and no "version" key in REST events (docs/behavior.md#rest-event-top-level-keys).
    @Test
    void event_has_exactly_the_rest_top_level_keys(ApiGateway gateway) {
        Exchange exchange = gateway.get("/orders/1").send();

        assertThat(keys(event(exchange)))
                .containsExactlyInAnyOrder(
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
                        "isBase64Encoded")
                .doesNotContain("version");
    }

    // requestContext of a method without authorizer or API key has exactly 16 keys, no authorizer
    // (docs/behavior.md#rest-request-context, #request-id-format).
    @Test
    void request_context_has_exactly_the_sixteen_keys(ApiGateway gateway) {
        Exchange exchange = gateway.get("/orders/1").send();

        assertThat(keys(event(exchange).get("requestContext")))
                .containsExactlyInAnyOrder(
                        "accountId",
                        "apiId",
                        "deploymentId",
                        "domainName",
                        "domainPrefix",
                        "extendedRequestId",
                        "httpMethod",
                        "identity",
                        "path",
                        "protocol",
                        "requestId",
                        "requestTime",
                        "requestTimeEpoch",
                        "resourceId",
                        "resourcePath",
                        "stage");
    }

    // identity has exactly 12 keys, all null except sourceIp and userAgent (docs/behavior.md#rest-identity).
    @Test
    void identity_has_twelve_keys_all_null_but_source_ip_and_user_agent(ApiGateway gateway) {
        Exchange exchange = gateway.get("/orders/1")
                .header("User-Agent", "example-client/1.0")
                .sourceIp("198.51.100.23")
                .send();

        // the whole object, so that no thirteenth key and no other non-null value slips in
        assertThat(event(exchange).at("/requestContext/identity")).isEqualTo(json("""
                {"cognitoIdentityPoolId": null, "accountId": null, "cognitoIdentityId": null, "caller": null,
                 "sourceIp": "198.51.100.23", "principalOrgId": null, "accessKey": null,
                 "cognitoAuthenticationType": null, "cognitoAuthenticationProvider": null, "userArn": null,
                 "userAgent": "example-client/1.0", "user": null}"""));
    }

    // No query string gives null query maps; a resource without variables gives null pathParameters; a stage
    // without variables gives null stageVariables; GET without a body gives body null and isBase64Encoded false
    // (docs/behavior.md#rest-event-top-level-keys).
    @Test
    void absent_parts_of_the_request_are_json_null(ApiGateway gateway) {
        Exchange exchange = gateway.get("/health").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasNullField("queryStringParameters")
                .hasNullField("multiValueQueryStringParameters")
                .hasNullField("pathParameters")
                .hasNullField("stageVariables")
                .hasNullField("body")
                .isNotBase64Encoded();
    }

    // Stage variables arrive as a flat string map (docs/behavior.md#rest-event-top-level-keys).
    @Test
    void stage_variables_arrive_as_a_flat_string_map() {
        try (ApiGateway gateway = ApiGateway.builder()
                .stageVariable("logging", "debug")
                .stageVariable("table", "pets")
                .route("GET /health", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.get("/health").send();

            assertThat(exchange).lambdaEvent().hasField("stageVariables", Map.of("logging", "debug", "table", "pets"));
        }
    }

    // A text body is passed as the UTF-8 string, non-ASCII included, isBase64Encoded false
    // (docs/behavior.md#rest-binary-request-bodies).
    @Test
    void text_body_is_passed_unchanged(ApiGateway gateway) {
        Exchange exchange = gateway.post("/orders/1")
                .header("Content-Type", "application/json")
                .body("{\"name\":\"λ\"}")
                .send();

        assertThat(exchange).lambdaEvent().hasBody("{\"name\":\"λ\"}").isNotBase64Encoded();
    }

    // An empty request body yields body null (docs/behavior.md#rest-event-top-level-keys); on AWS [UNCERTAIN]
    // (docs/behavior.md#uncertain-rest-proxy-event): pins the simulator.
    @Test
    void empty_post_body_is_null(ApiGateway gateway) {
        Exchange exchange = gateway.post("/orders/1").body("").send();

        assertThat(exchange).lambdaEvent().hasNullField("body");
    }

    // requestId is a fresh lowercase UUID v4 per request, distinct from the function's awsRequestId
    // (docs/behavior.md#rest-request-context, #lambda-context-object).
    @Test
    void request_id_is_a_fresh_lowercase_uuid_distinct_from_the_lambda_request_id(ApiGateway gateway) {
        Exchange first = gateway.get("/health").send();
        Exchange second = gateway.get("/health").send();

        String requestId = event(first).at("/requestContext/requestId").asText();
        assertThat(requestId).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(UUID.fromString(requestId).version()).isEqualTo(4);
        assertThat(event(second).at("/requestContext/requestId").asText()).isNotEqualTo(requestId);
        assertThat(first.response().headers().first("x-echo-aws-request-id"))
                .isPresent()
                .get()
                .isNotEqualTo(requestId);
    }

    // The response header x-amzn-RequestId equals requestContext.requestId (docs/behavior.md#rest-request-context,
    // #rest-success-response-headers).
    @Test
    void response_request_id_header_equals_the_event_request_id(ApiGateway gateway) {
        Exchange exchange = gateway.get("/health").send();

        assertThat(exchange).lambdaEvent().hasRequestContextField("requestId", exchange.requestId());
        assertThat(exchange).response().hasHeaderValues("x-amzn-RequestId", exchange.requestId());
    }

    // requestTime is CLF dd/MMM/yyyy:HH:mm:ss +0000, English month, UTC, whatever the JVM's locale (Turkish in this
    // build) and zone (Pacific/Kiritimati) (docs/behavior.md#rest-request-context, #request-id-format).
    @Test
    void request_time_is_utc_common_log_format_with_an_english_month() {
        try (ApiGateway gateway = ApiGateway.builder()
                .clock(Clock.fixed(REQUEST_TIME, ZoneId.systemDefault()))
                .route("GET /health", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.get("/health").send();

            assertThat(exchange).lambdaEvent().hasRequestContextField("requestTime", "02/Aug/2024:21:34:43 +0000");
        }
    }

    // requestTimeEpoch is epoch milliseconds as a JSON number (docs/behavior.md#rest-request-context,
    // #request-id-format).
    @Test
    void request_time_epoch_is_a_json_number_of_milliseconds() {
        try (ApiGateway gateway = ApiGateway.builder()
                .clock(Clock.fixed(REQUEST_TIME, ZoneId.systemDefault()))
                .route("GET /health", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.get("/health").send();

            // a Long compares as a JSON integer: the string "1722634483123" or 1722634483123.0 would not do
            assertThat(exchange).lambdaEvent().hasField("requestContext.requestTimeEpoch", 1_722_634_483_123L);
        }
    }

    // protocol is always HTTP/1.1; requestContext.path carries the stage, the event path does not; stage is the
    // stage name (docs/behavior.md#rest-stage-and-url, #rest-request-context).
    @Test
    void request_context_names_protocol_stage_and_the_path_with_the_stage(ApiGateway gateway) {
        Exchange exchange = gateway.get("/orders/42/items").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasRequestContextField("protocol", "HTTP/1.1")
                .hasRequestContextField("stage", "prod")
                .hasRequestContextField("path", "/prod/orders/42/items")
                .hasPath("/orders/42/items")
                .hasPathParameter("proxy", "42/items");
    }

    // Id formats: apiId 10 lowercase alphanumerics, domainName {apiId}.execute-api.{region}.amazonaws.com,
    // domainPrefix = apiId, resourceId 6 lowercase alphanumerics, extendedRequestId 16 characters ending in "="
    // accountId 12 digits (docs/behavior.md#rest-request-context, #request-id-format).
    @Test
    void request_context_ids_have_the_aws_formats() {
        try (ApiGateway gateway = ApiGateway.builder()
                .region("eu-west-1")
                .route("GET /health", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.get("/health").send();

            JsonNode context = event(exchange).get("requestContext");
            String apiId = context.get("apiId").asText();
            assertThat(apiId).matches("[a-z0-9]{10}");
            assertThat(context.get("resourceId").asText()).matches("[a-z0-9]{6}");
            assertThat(context.get("deploymentId").asText()).matches("[a-z0-9]{6}");
            assertThat(context.get("extendedRequestId").asText()).matches("[A-Za-z0-9_-]{15}=");
            assertThat(exchange)
                    .lambdaEvent()
                    .hasRequestContextField("domainName", apiId + ".execute-api.eu-west-1.amazonaws.com")
                    .hasRequestContextField("domainPrefix", apiId)
                    .hasRequestContextField("accountId", "123456789012");
        }
    }

    // The event reads into aws-lambda-java-events' APIGatewayProxyRequestEvent
    // (docs/behavior.md#java-handlers-and-serialization).
    @Test
    void event_reads_into_the_java_event_class(ApiGateway gateway) {
        Exchange exchange = gateway.get("/orders/42?tag=a").send();

        APIGatewayProxyRequestEvent event = exchange.lambdaEvent().as(APIGatewayProxyRequestEvent.class);
        assertThat(event.getPathParameters()).containsEntry("proxy", "42");
        assertThat(event.getQueryStringParameters()).containsEntry("tag", "a");
        assertThat(event.getRequestContext().getStage()).isEqualTo("prod");
        assertThat(event.getHttpMethod()).isEqualTo("GET");
    }

    // Golden file: the example request of docs/behavior.md#rest-event-example, seeded and on a fixed clock, gives an
    // event equal to the hand-written golden JSON. The golden was written from the documented facts; the API's ids are
    // the default identity (apiId apigwsim01, the hosts made from it, deploymentId and resourceId derived from it,
    // docs/behavior.md#api-identity) and the per-request ids (extendedRequestId, requestId and the 24 random hex
    // digits of the trace id) were taken from the seeded run, since the example's ids are invented.
    @Test
    void seeded_event_equals_the_golden_file() throws IOException {
        try (ApiGateway gateway = ApiGateway.builder()
                .seed(7)
                .clock(Clock.fixed(REQUEST_TIME, ZoneId.systemDefault()))
                .region("eu-west-1")
                .stage("prod")
                .route("ANY /orders/{proxy+}", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.post("/orders/42/items?tag=a&tag=b&q=x+y")
                    .header("Accept", "*/*")
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "example-client/1.0")
                    .header("x-tenant", "red")
                    .header("x-tenant", "blue")
                    .sourceIp("198.51.100.23")
                    .body("{\"qty\":2}")
                    .send();

            assertThat(exchange).lambdaEvent().isEqualToJson(golden("rest-proxy-event.json"));
        }
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ProxyEventTests.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

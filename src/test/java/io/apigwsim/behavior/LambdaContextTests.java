package io.apigwsim.behavior;

import static io.apigwsim.behavior.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.Integration;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Lambda Context a Java handler sees behind API Gateway (docs/behavior.md#lambda-context-object). */
class LambdaContextTests {

    /** Answers with what its Context says, and logs two lines. */
    static final class ContextReporter implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            context.getLogger().log("looking up pet");
            context.getLogger().log("found it");
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("awsRequestId", context.getAwsRequestId());
            seen.put("functionName", context.getFunctionName());
            seen.put("functionVersion", context.getFunctionVersion());
            seen.put("invokedFunctionArn", context.getInvokedFunctionArn());
            seen.put("memoryLimitInMB", context.getMemoryLimitInMB());
            seen.put("remainingTimeInMillis", context.getRemainingTimeInMillis());
            seen.put("logGroupName", context.getLogGroupName());
            seen.put("logStreamName", context.getLogStreamName());
            seen.put("identityIsNull", context.getIdentity() == null);
            seen.put("clientContextIsNull", context.getClientContext() == null);
            seen.put("xrayTraceId", context.getXrayTraceId());
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("statusCode", 200);
            try {
                response.put("body", BehaviorHandlers.JSON.writeValueAsString(seen));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            return response;
        }
    }

    private static JsonNode seen(Exchange exchange) {
        return json(exchange.response().bodyAsText());
    }

    // GET /named: the context reporter as function "pets-fn" with a 2 s function timeout.
    private static ApiGateway namedFunctionGateway() {
        return ApiGateway.builder()
                .route(
                        "GET /named",
                        Integration.lambdaProxy(new ContextReporter())
                                .functionName("pets-fn")
                                .functionTimeout(Duration.ofSeconds(2))
                                .build())
                .build();
    }

    // getAwsRequestId is a UUID, new per invocation, and not API Gateway's requestId
    // (docs/behavior.md#lambda-context-object).
    @Test
    void aws_request_id_is_a_fresh_uuid_distinct_from_the_gateway_request_id() {
        try (ApiGateway gateway = namedFunctionGateway()) {
            Exchange first = gateway.get("/named").send();
            Exchange second = gateway.get("/named").send();

            String awsRequestId = seen(first).get("awsRequestId").asText();
            assertThat(awsRequestId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(awsRequestId).isNotEqualTo(first.requestId());
            assertThat(seen(second).get("awsRequestId").asText()).isNotEqualTo(awsRequestId);
        }
    }

    // getFunctionName is the configured name, getFunctionVersion $LATEST, getInvokedFunctionArn
    // arn:aws:lambda:<region>:<account>:function:<name> (docs/behavior.md#lambda-context-object).
    @Test
    void function_name_version_and_arn_describe_the_function() {
        try (ApiGateway gateway = ApiGateway.builder()
                .region("eu-west-1")
                .accountId("210987654321")
                .route(
                        "GET /named",
                        Integration.lambdaProxy(new ContextReporter())
                                .functionName("pets-fn")
                                .functionTimeout(Duration.ofSeconds(2))
                                .build())
                .build()) {
            Exchange exchange = gateway.get("/named").send();

            JsonNode seen = seen(exchange);
            assertThat(seen.get("functionName").asText()).isEqualTo("pets-fn");
            assertThat(seen.get("functionVersion").asText()).isEqualTo("$LATEST");
            assertThat(seen.get("invokedFunctionArn").asText())
                    .isEqualTo("arn:aws:lambda:eu-west-1:210987654321:function:pets-fn");
        }
    }

    // Without a configured name the function is named after the handler class (simulator convention).
    @Test
    void unnamed_function_is_named_after_the_handler_class() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("GET /unnamed", new ContextReporter())
                .build()) {
            Exchange exchange = gateway.get("/unnamed").send();

            assertThat(seen(exchange).get("functionName").asText()).isEqualTo("ContextReporter");
        }
    }

    // getRemainingTimeInMillis is deadline - now: positive and at most the function timeout
    // (docs/behavior.md#lambda-context-object).
    @Test
    void remaining_time_is_positive_and_within_the_function_timeout() {
        try (ApiGateway gateway = namedFunctionGateway()) {
            Exchange exchange = gateway.get("/named").send();

            assertThat(seen(exchange).get("remainingTimeInMillis").asInt())
                    .isPositive()
                    .isLessThanOrEqualTo(2_000);
        }
    }

    // The default function timeout is 3 seconds (docs/behavior.md#lambda-context-object).
    @Test
    void remaining_time_is_within_the_default_three_seconds() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("GET /unnamed", new ContextReporter())
                .build()) {
            Exchange exchange = gateway.get("/unnamed").send();

            assertThat(seen(exchange).get("remainingTimeInMillis").asInt())
                    .isPositive()
                    .isLessThanOrEqualTo(3_000);
        }
    }

    // getMemoryLimitInMB is the runtime default 128 (docs/behavior.md#lambda-context-object).
    @Test
    void memory_limit_is_the_default_128_mb() {
        try (ApiGateway gateway = namedFunctionGateway()) {
            Exchange exchange = gateway.get("/named").send();

            assertThat(seen(exchange).get("memoryLimitInMB").asInt()).isEqualTo(128);
        }
    }

    // getIdentity and getClientContext are null for API Gateway invocations (docs/behavior.md#lambda-context-object).
    @Test
    void identity_and_client_context_are_null() {
        try (ApiGateway gateway = namedFunctionGateway()) {
            Exchange exchange = gateway.get("/named").send();

            assertThat(seen(exchange).get("identityIsNull").asBoolean()).isTrue();
            assertThat(seen(exchange).get("clientContextIsNull").asBoolean()).isTrue();
        }
    }

    // Log group /aws/lambda/<name>, log stream YYYY/MM/DD/[$LATEST]<32 hex> (docs/behavior.md#lambda-context-object).
    @Test
    void log_group_and_stream_have_the_lambda_formats() {
        try (ApiGateway gateway = ApiGateway.builder()
                .clock(Clock.fixed(Instant.parse("2024-08-02T21:34:43Z"), ZoneId.systemDefault()))
                .route(
                        "GET /named",
                        Integration.lambdaProxy(new ContextReporter())
                                .functionName("pets-fn")
                                .functionTimeout(Duration.ofSeconds(2))
                                .build())
                .build()) {
            Exchange exchange = gateway.get("/named").send();

            assertThat(seen(exchange).get("logGroupName").asText()).isEqualTo("/aws/lambda/pets-fn");
            assertThat(seen(exchange).get("logStreamName").asText()).matches("2024/08/02/\\[\\$LATEST][0-9a-f]{32}");
        }
    }

    // What the handler logs through getLogger() lands in the execution log, in order
    // (CONTRIBUTING.md#requests-exchanges-and-assertions, docs/behavior.md#lambda-context-object).
    @Test
    void logger_lines_land_in_the_execution_log_in_order() {
        try (ApiGateway gateway = namedFunctionGateway()) {
            Exchange exchange = gateway.get("/named").send();

            assertThat(exchange).log().containsSubsequence("[function log] looking up pet", "[function log] found it");
        }
    }

    // getXrayTraceId is the invocation's X-Ray trace header Root=...;Parent=...;Sampled=..., the one API Gateway
    // returns to the client (docs/behavior.md#lambda-context-object, #trace-header).
    @Test
    void xray_trace_id_is_the_invocation_trace_header() {
        try (ApiGateway gateway = namedFunctionGateway()) {
            Exchange exchange = gateway.get("/named").send();

            String traceId = seen(exchange).get("xrayTraceId").asText();
            assertThat(traceId).matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=[01]");
            assertThat(exchange).response().hasHeaderValues("X-Amzn-Trace-Id", traceId);
        }
    }
}

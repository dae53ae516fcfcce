package io.apigwsim.behavior;

import static io.apigwsim.behavior.BehaviorHandlers.returning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.http.Headers.Header;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the simulator does with the inputs that used to break it (issue "Robustness and safety", items 5, 7, 8, 10, 11
 * and 13): every request ends in a function call or one of API Gateway's own answers, and no exception escapes
 * {@code send()}; declarations and requests no real API or client could make are refused up front.
 */
class RobustnessTests {

    private static final String REST_502 = "{\"message\": \"Internal server error\"}";
    private static final String REST_500 = "{\"message\": \"Internal server error\"}";
    private static final String HTTP_500 = "{\"message\":\"Internal Server Error\"}";
    private static final String SIMULATOR_FAULT = "apigw-sim failed while processing the request";

    private static ApiGateway rest(String routeKey, Object handler) {
        return ApiGateway.builder().route(routeKey, handler).build();
    }

    private static ApiGateway httpV2(String routeKey, Object handler) {
        return ApiGateway.builder().httpApi().route(routeKey, handler).build();
    }

    private static ApiGateway httpV1(String routeKey, Object handler) {
        return ApiGateway.builder()
                .httpApi()
                .route(
                        routeKey,
                        Integration.lambdaProxy(handler)
                                .payloadFormatVersion("1.0")
                                .build())
                .build();
    }

    private static List<String> log(Exchange exchange) {
        return exchange.executionLog();
    }

    /** Item 5: results, handlers and declarations that used to end in a simulator fault or an exception. */
    @Nested
    class NothingEscapesSend {

        /** A handler that records its Lambda request id, then throws what it is given. */
        static final class ThrowingHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

            private final Supplier<RuntimeException> failure;
            private final AtomicReference<String> awsRequestId = new AtomicReference<>();

            ThrowingHandler(Supplier<RuntimeException> failure) {
                this.failure = failure;
            }

            @Override
            public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                awsRequestId.set(context.getAwsRequestId());
                throw failure.get();
            }

            String runtimeExit() {
                return "{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":\"RequestId: " + awsRequestId.get()
                        + " Error: Runtime exited with error: exit status 1\"}";
            }
        }

        /** An exception whose message cannot be read. */
        static final class UnreadableMessageException extends RuntimeException {

            private static final long serialVersionUID = 1L;

            @Override
            public String getMessage() {
                throw new IllegalStateException("getMessage() failed");
            }
        }

        /** An exception without a stack trace. */
        static final class NoStackTraceException extends RuntimeException {

            private static final long serialVersionUID = 1L;

            NoStackTraceException() {
                super("no trace");
            }

            @Override
            public StackTraceElement[] getStackTrace() {
                return null;
            }
        }

        // A REST proxy result with an empty header name is malformed: 502 [UNCERTAIN]
        // (docs/behavior.md#response-header-names, #uncertain-robustness).
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "{\"statusCode\":200,\"headers\":{\"\":\"x\"}}",
                    "{\"statusCode\":200,\"multiValueHeaders\":{\"\":[\"x\"]}}"
                })
        void rest_result_with_an_empty_header_name_gets_502(String result) {
            try (ApiGateway gateway = rest("GET /pets", returning(result))) {
                Exchange exchange = gateway.get("/pets").send();

                assertThat(exchange).response().hasStatus(502).hasBody(REST_502);
                assertThat(log(exchange))
                        .anyMatch(line -> line.contains("Malformed Lambda proxy response")
                                && line.contains("has a header with an empty name"))
                        .noneMatch(line -> line.contains(SIMULATOR_FAULT));
            }
        }

        // An HTTP API result with an empty header name cannot be mapped: 500 [UNCERTAIN]
        // (docs/behavior.md#response-header-names, #uncertain-robustness).
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "{\"statusCode\":200,\"headers\":{\"\":\"x\"}}",
                    "{\"statusCode\":200,\"multiValueHeaders\":{\"\":[\"x\"]}}"
                })
        void http_api_payload_1_0_result_with_an_empty_header_name_gets_500(String result) {
            try (ApiGateway gateway = httpV1("GET /pets", returning(result))) {
                Exchange exchange = gateway.get("/pets").send();

                assertThat(exchange).response().hasStatus(500).hasBody(HTTP_500);
                assertThat(log(exchange)).noneMatch(line -> line.contains(SIMULATOR_FAULT));
            }
        }

        // An HTTP API result with an empty header name cannot be mapped: 500 [UNCERTAIN]
        // (docs/behavior.md#response-header-names, #uncertain-robustness).
        @Test
        void http_api_payload_2_0_result_with_an_empty_header_name_gets_500() {
            try (ApiGateway gateway = httpV2("GET /pets", returning("{\"statusCode\":200,\"headers\":{\"\":\"x\"}}"))) {
                Exchange exchange = gateway.get("/pets").send();

                assertThat(exchange).response().hasStatus(500).hasBody(HTTP_500);
                assertThat(log(exchange)).noneMatch(line -> line.contains(SIMULATOR_FAULT));
            }
        }

        // multiValueHeaders is not part of the 2.0 response and is ignored, empty names included
        // (docs/behavior.md#response-header-names, #http-api-payload-20-response).
        @Test
        void http_api_payload_2_0_ignores_an_empty_name_in_multi_value_headers() {
            try (ApiGateway gateway = httpV2(
                    "GET /pets",
                    returning("{\"statusCode\":201,\"multiValueHeaders\":{\"\":[\"x\"]},\"body\":\"made\"}"))) {
                Exchange exchange = gateway.get("/pets").send();

                assertThat(exchange).response().hasStatus(201).hasBody("made");
            }
        }

        // A response override of a header with an empty name is ignored, like an invalid status override [UNCERTAIN]
        // (docs/behavior.md#response-header-names, #uncertain-robustness).
        @ParameterizedTest
        @ValueSource(booleans = {true, false})
        void custom_integration_ignores_a_response_override_with_an_empty_header_name(boolean inResponseTemplate) {
            String override = "#set($context.responseOverride.header[''] = 'x')"
                    + "#set($context.responseOverride.header.kept = 'yes'){}";
            IntegrationResponseDefinition.Builder response = IntegrationResponseDefinition.status(200);
            if (inResponseTemplate) {
                response.responseTemplate("application/json", override);
            }
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "POST /jobs",
                            Integration.lambdaCustom(returning("{}"))
                                    .requestTemplate("application/json", inResponseTemplate ? "{}" : override)
                                    .integrationResponse(response.build())
                                    .build())
                    .build()) {
                Exchange exchange = gateway.post("/jobs")
                        .header("Content-Type", "application/json")
                        .body("{}")
                        .send();

                assertThat(exchange).response().hasStatus(200).hasHeader("kept", "yes");
                assertThat(exchange.response().headers().entries())
                        .extracting(Header::name)
                        .doesNotContain("");
                assertThat(log(exchange))
                        .anyMatch(line -> line.contains("header override with an empty name ignored"))
                        .noneMatch(line -> line.contains(SIMULATOR_FAULT));
            }
        }

        // The Java runtime cannot report an exception whose getMessage() throws: it exits, and Lambda answers
        // Runtime.ExitError; a REST proxy integration answers that function error with 502
        // (docs/behavior.md#java-runtime-crashes, #lambda-function-errors).
        @Test
        void rest_handler_exception_whose_message_throws_is_a_runtime_exit_and_502() {
            ThrowingHandler handler = new ThrowingHandler(UnreadableMessageException::new);
            try (ApiGateway gateway = rest("GET /pets", handler)) {
                Exchange exchange = gateway.get("/pets").send();

                assertThat(exchange).response().hasStatus(502).hasBody(REST_502);
                assertThat(exchange).lambdaResult().hasFunctionError().isEqualToJson(handler.runtimeExit());
                assertThat(log(exchange)).noneMatch(line -> line.contains(SIMULATOR_FAULT));
            }
        }

        // The Java runtime cannot report an exception without a stack trace either: Runtime.ExitError, and an HTTP API
        // answers the function error with 500 (docs/behavior.md#java-runtime-crashes, #http-api-errors).
        @Test
        void http_api_handler_exception_without_stack_trace_is_a_runtime_exit_and_500() {
            ThrowingHandler handler = new ThrowingHandler(NoStackTraceException::new);
            try (ApiGateway gateway = httpV2("GET /pets", handler)) {
                Exchange exchange = gateway.get("/pets").send();

                assertThat(exchange).response().hasStatus(500).hasBody(HTTP_500);
                assertThat(exchange).lambdaResult().hasFunctionError().isEqualToJson(handler.runtimeExit());
                assertThat(log(exchange)).noneMatch(line -> line.contains(SIMULATOR_FAULT));
            }
        }

        // A cause whose message cannot be read stops the runtime too (docs/behavior.md#java-runtime-crashes).
        @Test
        void handler_exception_with_an_unreadable_cause_is_a_runtime_exit() {
            ThrowingHandler handler =
                    new ThrowingHandler(() -> new IllegalStateException("outer", new UnreadableMessageException()));
            try (ApiGateway gateway = rest("GET /pets", handler)) {
                Exchange exchange = gateway.get("/pets").send();

                assertThat(exchange).lambdaResult().hasErrorType("Runtime.ExitError");
            }
        }

        // Integration timeouts are 50 ms to 29 s, at most 300 s with a raised quota; the longest Duration there is
        // (Duration.of(1, ChronoUnit.FOREVER) cannot even be created) is refused when it is declared
        // (docs/behavior.md#timeout-ranges).
        @Test
        void an_endless_integration_timeout_is_refused_when_declared() {
            assertThatThrownBy(
                            () -> Integration.lambdaProxy(new EchoHandler()).timeout(ChronoUnit.FOREVER.getDuration()))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("Integration timeout PT2562047788015215H30M7.999999999S is too long: API Gateway waits"
                            + " at most 29,000 ms (REST APIs, up to 300,000 ms with a raised quota) or 30,000 ms (HTTP"
                            + " APIs), for example Duration.ofSeconds(29)");
        }

        // Integration timeouts reach 300 s at most, with a raised quota (docs/behavior.md#timeout-ranges).
        @Test
        void an_integration_timeout_over_300_seconds_is_refused() {
            assertThatCode(() -> Integration.lambdaProxy(new EchoHandler()).timeout(Duration.ofSeconds(300)))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> Integration.lambdaCustom(new EchoHandler()).timeout(Duration.ofMillis(300_001)))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageStartingWith("Integration timeout 300001 ms is too long");
        }

        // A Lambda function runs for at most 900 seconds (docs/behavior.md#timeout-ranges).
        @Test
        void a_function_timeout_over_900_seconds_is_refused() {
            assertThatCode(() -> Integration.lambdaProxy(new EchoHandler()).functionTimeout(Duration.ofSeconds(900)))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> Integration.lambdaProxy(new EchoHandler())
                            .functionTimeout(ChronoUnit.FOREVER.getDuration()))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage(
                            "Function timeout PT2562047788015215H30M7.999999999S is too long: Lambda runs a function"
                                    + " for at most 900 seconds, for example Duration.ofSeconds(900)");
            assertThatThrownBy(() -> AuthorizerDefinition.token("bearer", new EchoHandler())
                            .functionTimeout(Duration.ofSeconds(901)))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageStartingWith("Function timeout 901000 ms is too long");
        }

        // A request under way when the gateway closes cannot hand Lambda its event: answered as an invocation Lambda
        // rejects, 500, instead of an exception or a 200 for an event nobody runs
        // (docs/behavior.md#invocations-refused-at-close).
        @Test
        void an_asynchronous_invocation_refused_because_the_gateway_closed_gets_500() {
            ClosingAuthorizer authorizer = new ClosingAuthorizer();
            CountingFunction function = new CountingFunction();
            ApiGateway gateway = ApiGateway.builder()
                    .authorizer(AuthorizerDefinition.token("closing", authorizer))
                    .route(
                            "POST /jobs",
                            Integration.lambdaCustom(function)
                                    .requestParameter("integration.request.header.X-Amz-Invocation-Type", "'Event'")
                                    .build(),
                            MethodRequest.builder().authorizer("closing").build())
                    .build();
            authorizer.gateway.set(gateway);

            Exchange exchange = gateway.post("/jobs")
                    .header("Authorization", "token")
                    .header("Content-Type", "application/json")
                    .body("{}")
                    .send();

            assertThat(exchange).response().hasStatus(500).hasBody(REST_500);
            assertThat(log(exchange)).anyMatch(line -> line.contains("Lambda rejected the asynchronous invocation"));
            assertThat(function.calls).hasValue(0);
        }

        /** A token authorizer that allows the request and closes the gateway while the request is under way. */
        static final class ClosingAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {

            private final AtomicReference<ApiGateway> gateway = new AtomicReference<>();

            @Override
            public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                gateway.get().close();
                Map<String, Object> statement =
                        Map.of("Action", "execute-api:Invoke", "Effect", "Allow", "Resource", "*");
                return Map.of(
                        "principalId",
                        "user",
                        "policyDocument",
                        Map.of("Version", "2012-10-17", "Statement", List.of(statement)));
            }
        }

        /** Counts its calls. */
        static final class CountingFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {

            private final AtomicInteger calls = new AtomicInteger();

            @Override
            public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                calls.incrementAndGet();
                return Map.of();
            }
        }
    }

    /** Item 7: REST passed impossible status codes on to the client. */
    @Nested
    class ImpossibleStatusCodes {

        // A REST proxy result whose status is outside 100 to 599 is malformed: 502 [UNCERTAIN]
        // (docs/behavior.md#rest-proxy-status-codes, #uncertain-robustness).
        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "99", "600", "1000", "2147483647", "\"0\"", "\"600\""})
        void rest_result_with_a_status_outside_100_to_599_gets_502(String status) {
            try (ApiGateway gateway = rest("GET /pets", returning("{\"statusCode\":" + status + "}"))) {
                Exchange exchange = gateway.get("/pets").send();

                assertThat(exchange).response().hasStatus(502).hasBody(REST_502);
                assertThat(log(exchange)).anyMatch(line -> line.contains("not an HTTP status code from 100 to 599"));
            }
        }

        // The edges of the range pass (docs/behavior.md#rest-proxy-status-codes).
        @ParameterizedTest
        @ValueSource(ints = {100, 599})
        void rest_result_with_a_status_at_the_edges_of_the_range_is_passed_on(int status) {
            try (ApiGateway gateway = rest("GET /pets", returning("{\"statusCode\":" + status + "}"))) {
                Exchange exchange = gateway.get("/pets").send();

                assertThat(exchange).response().hasStatus(status);
            }
        }

        // HTTP APIs answer an unusable status with 500 (docs/behavior.md#rest-proxy-status-codes,
        // #http-api-payload-20-response).
        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "99", "600", "1000", "2147483647"})
        void http_api_result_with_a_status_outside_100_to_599_gets_500(String status) {
            try (ApiGateway v2 = httpV2("GET /pets", returning("{\"statusCode\":" + status + "}"));
                    ApiGateway v1 = httpV1("GET /pets", returning("{\"statusCode\":" + status + "}"))) {

                assertThat(v2.get("/pets").send()).response().hasStatus(500).hasBody(HTTP_500);
                assertThat(v1.get("/pets").send()).response().hasStatus(500).hasBody(HTTP_500);
            }
        }
    }

    /** Item 8: HTTP APIs skipped the characters of a base64 body that are not base64. */
    @Nested
    class StrictBase64 {

        // A base64 body is decoded strictly; one that is not base64 cannot be mapped: 500 [UNCERTAIN]
        // (docs/behavior.md#base64-bodies-in-proxy-results, #uncertain-robustness).
        @ParameterizedTest
        @ValueSource(strings = {"QUJD!!!!", "QUJD-_==", "QU JD=A", "QUJDRA=", "Q"})
        void http_api_result_with_a_body_that_is_not_base64_gets_500(String body) {
            String result = "{\"statusCode\":200,\"isBase64Encoded\":true,\"body\":\"" + body + "\"}";
            try (ApiGateway v2 = httpV2("GET /file", returning(result));
                    ApiGateway v1 = httpV1("GET /file", returning(result))) {

                assertThat(v2.get("/file").send()).response().hasStatus(500).hasBody(HTTP_500);
                assertThat(v1.get("/file").send()).response().hasStatus(500).hasBody(HTTP_500);
            }
        }

        // Line breaks between base64 characters are skipped (docs/behavior.md#base64-bodies-in-proxy-results).
        @Test
        void http_api_base64_body_may_be_broken_into_lines() {
            String result = "{\"statusCode\":200,\"isBase64Encoded\":true,\"body\":\"QUJD\\r\\nRA==\"}";
            try (ApiGateway gateway = httpV2("GET /file", returning(result))) {

                assertThat(gateway.get("/file").send())
                        .response()
                        .hasStatus(200)
                        .hasBody("ABCD");
            }
        }

        // REST decodes as strictly for a binary client: 500 (docs/behavior.md#rest-binary-responses,
        // #base64-bodies-in-proxy-results).
        @Test
        void rest_result_with_a_body_that_is_not_base64_gets_500_for_a_binary_client() {
            String result = "{\"statusCode\":200,\"isBase64Encoded\":true,\"body\":\"QUJD!!!!\"}";
            try (ApiGateway gateway = ApiGateway.builder()
                    .binaryMediaTypes("image/png")
                    .route("GET /file", returning(result))
                    .build()) {
                Exchange exchange =
                        gateway.get("/file").header("Accept", "image/png").send();

                assertThat(exchange).response().hasStatus(500).hasBody(REST_500);
            }
        }
    }

    /** Item 10: resource paths that can never match were accepted. */
    @Nested
    class ResourcePathCharacters {

        // A resource path part holds letters, digits and . _ - : , $ (docs/behavior.md#rest-resource-path-characters).
        @Test
        void rest_route_with_a_query_string_is_refused_naming_the_route() {
            assertThatThrownBy(() -> rest("GET /pets?x=1", new EchoHandler()))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("route \"GET /pets?x=1\" has path \"/pets?x=1\": a path has no query string, and \"?\""
                            + " would start one; declare \"/pets\" and send the query string with each request");
        }

        // A client never sends a fragment and REST APIs do not decode the path
        // (docs/behavior.md#rest-resource-path-characters).
        @Test
        void rest_route_with_a_fragment_is_refused() {
            assertThatThrownBy(() -> rest("GET /pets#x", new EchoHandler()))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("route \"GET /pets#x\" has path \"/pets#x\": a client never sends the fragment after"
                            + " \"#\", so a path holding \"#\" never matches; declare \"/pets\"");
        }

        // No request path carries a control character (docs/behavior.md#rest-resource-path-characters).
        @Test
        void rest_route_with_a_trailing_newline_is_refused() {
            assertThatThrownBy(() -> rest("GET /pets\n", new EchoHandler()))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageEndingWith(": the path holds the control character U+000A at index 5, which no request"
                            + " path carries; remove it, for example \"/pets\"");
        }

        // A resource path part holds letters, digits and . _ - : , $ (docs/behavior.md#rest-resource-path-characters).
        @ParameterizedTest
        @ValueSource(strings = {"GET /pets<", "GET /pe%20ts", "GET /caf\u00e9", "GET /a+b", "GET /a@b", "GET /a\"b"})
        void rest_route_with_a_character_no_path_part_holds_is_refused(String routeKey) {
            assertThatThrownBy(() -> rest(routeKey, new EchoHandler()))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageContaining("a resource path part holds only letters, digits, \".\", \"_\", \"-\","
                            + " \":\", \",\" and \"$\", or is a path variable such as {id}");
        }

        // Colons, commas and dollar signs are allowed (docs/behavior.md#rest-resource-path-characters).
        @Test
        void rest_route_with_colons_commas_and_dollar_signs_is_served() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route("GET /v1/events:batchGet", new EchoHandler())
                    .route("GET /a,b/$test/x.y_z-1", new EchoHandler())
                    .build()) {

                assertThat(gateway.get("/v1/events:batchGet").send()).response().hasStatus(200);
                assertThat(gateway.get("/a,b/$test/x.y_z-1").send()).response().hasStatus(200);
            }
        }

        // An HTTP API path has no query string or control character; other characters are compared with the decoded
        // request path [UNCERTAIN] (docs/behavior.md#rest-resource-path-characters, #uncertain-robustness).
        @Test
        void http_api_route_with_a_query_string_or_a_newline_is_refused() {
            assertThatThrownBy(() -> httpV2("GET /pets?x=1", new EchoHandler()))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageContaining("has route key \"GET /pets?x=1\": a path has no query string");
            assertThatThrownBy(() -> httpV2("GET /pets\r\n", new EchoHandler()))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageContaining("the path holds the control character U+000D at index 5");
        }

        // An HTTP API decodes the path, %23 included, so a route with "#" can match [UNCERTAIN]
        // (docs/behavior.md#rest-resource-path-characters, #http-api-paths).
        @Test
        void http_api_route_with_a_hash_matches_the_decoded_path() {
            try (ApiGateway gateway = httpV2("GET /tags/#x", new EchoHandler())) {

                assertThat(gateway.get("/tags/%23x").send()).response().hasStatus(200);
            }
        }
    }

    /** Item 11: merging the headers of a large result took quadratic time. */
    @Nested
    class LinearHeaderMerging {

        // headers merge right after the multiValueHeaders of the same name, under their spelling; other names go last
        // (docs/behavior.md#rest-response-header-merging). 40,000 headers, with a generous hang guard only.
        @Test
        void a_result_with_40000_headers_merges_them_in_order() {
            int multiValueNames = 10_000;
            int singleNames = 20_000;
            StringBuilder result = new StringBuilder("{\"statusCode\":200,\"multiValueHeaders\":{");
            List<Header> expected = new ArrayList<>();
            for (int i = 0; i < multiValueNames; i++) {
                String name = "X-Multi-" + fiveDigits(i);
                result.append(i == 0 ? "" : ",").append('"').append(name).append("\":[\"a\"]");
                expected.add(new Header(name, "a"));
                expected.add(new Header(name, "b"));
            }
            result.append("},\"headers\":{");
            for (int i = 0; i < multiValueNames; i++) {
                result.append(i == 0 ? "" : ",")
                        .append("\"x-multi-")
                        .append(fiveDigits(i))
                        .append("\":\"b\"");
            }
            for (int i = 0; i < singleNames; i++) {
                String name = "x-single-" + fiveDigits(i);
                result.append(',').append('"').append(name).append("\":\"c\"");
                expected.add(new Header(name, "c"));
            }
            result.append("}}");

            try (ApiGateway gateway = ApiGateway.builder()
                    .route("GET /many", returning(result.toString()))
                    .route("GET /warm", returning("{}"))
                    .build()) {
                // Loads the pipeline's classes, so that the guard times the merge rather than the JVM warming up.
                gateway.get("/warm").send();

                Exchange exchange = assertTimeoutPreemptively(
                        Duration.ofSeconds(10), () -> gateway.get("/many").send());

                List<Header> sent = exchange.response().headers().entries();
                assertThat(sent).hasSize(7 + expected.size());
                assertThat(sent.subList(5, 5 + expected.size())).isEqualTo(expected);
            }
        }

        private static String fiveDigits(int number) {
            String digits = Integer.toString(number);
            return "00000".substring(digits.length()) + digits;
        }
    }

    /** Item 13: requests no client can send reached the function. */
    @Nested
    class ClientRequestSyntax {

        // A null argument is named in the exception (docs/behavior.md#request-syntax).
        @Test
        void null_arguments_are_named() {
            try (ApiGateway gateway = rest("POST /pets", new EchoHandler())) {

                assertThatThrownBy(() -> gateway.post("/pets").body((String) null))
                        .isInstanceOf(NullPointerException.class)
                        .hasMessage("body(text) was given null; pass \"\" for an empty body");
                assertThatThrownBy(() -> gateway.post("/pets").query(null, "v"))
                        .isInstanceOf(NullPointerException.class)
                        .hasMessage("query(name, value) was given a null name; pass the parameter name");
                assertThatThrownBy(() -> gateway.post("/pets").query("n", null))
                        .isInstanceOf(NullPointerException.class)
                        .hasMessage("query(name, value) was given a null value for n; pass \"\" for an empty value");
                assertThatThrownBy(() -> gateway.post("/pets").header("X-A", null))
                        .isInstanceOf(NullPointerException.class)
                        .hasMessage("header(name, value) was given a null value for X-A");
            }
        }

        // A request target holds the characters of RFC 3986 only (docs/behavior.md#request-syntax).
        @Test
        void a_target_with_a_space_is_refused_with_its_encoded_form() {
            try (ApiGateway gateway = rest("GET /{name}", new EchoHandler())) {

                assertThatThrownBy(() -> gateway.get("/my pets"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("Request target \"/my pets\" holds a space at index 3, which a client cannot send"
                                + " in a URL path (RFC 3986 allows letters, digits and -._~!$&'()*+,;=:@/%);"
                                + " percent-encode it, as in \"/my%20pets\"");
            }
        }

        // Line breaks, control characters, a fragment and characters outside RFC 3986 are refused
        // (docs/behavior.md#request-syntax).
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "/pets\r\nX-Injected: 1",
                    "/pets\n",
                    "/pets\t",
                    "/pets\u0000",
                    "/pets#top",
                    "/caf\u00e9",
                    "/a|b",
                    "/a{b}",
                    "/a\"b",
                    "/a<b>",
                    "/a\\b",
                    "/a^b",
                    "/a`b",
                    "/a[0]",
                    "/pets?q=a b",
                    "/pets?tag={x}"
                })
        void a_target_a_client_cannot_send_is_refused(String target) {
            try (ApiGateway gateway = rest("GET /{proxy+}", new EchoHandler())) {

                assertThatThrownBy(() -> gateway.get(target))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("Request target \"")
                        .hasMessageContaining("RFC 3986");
            }
        }

        // Every RFC 3986 path and query character is sent as written, a malformed escape included
        // (docs/behavior.md#request-syntax).
        @Test
        void every_rfc_3986_character_is_accepted() {
            String target = "/AZaz09-._~!$&'()*+,;=:@%zz/x?a=/?:@-._~!$&'()*+,;=%20";
            try (ApiGateway gateway = rest("GET /{proxy+}", new EchoHandler())) {
                Exchange exchange = gateway.get(target).send();

                assertThat(exchange.request().target()).isEqualTo(target);
                assertThat(exchange).wasInvoked();
            }
        }

        // A header name is an RFC 9110 token (docs/behavior.md#request-syntax).
        @ParameterizedTest
        @ValueSource(strings = {"", "X Name", "X-Name:", "X-Name\n", "(x)", "x/y", "x@y", "x\"y", "\u00e4"})
        void a_header_name_that_is_not_a_token_is_refused(String name) {
            try (ApiGateway gateway = rest("GET /pets", new EchoHandler())) {

                assertThatThrownBy(() -> gateway.get("/pets").header(name, "v"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("RFC 9110 token");
            }
        }

        // Every token character is accepted in a header name (docs/behavior.md#request-syntax).
        @Test
        void every_token_character_is_accepted_in_a_header_name() {
            String name = "Az09!#$%&'*+-.^_`|~";
            try (ApiGateway gateway = rest("GET /pets", new EchoHandler())) {
                Exchange exchange = gateway.get("/pets").header(name, "v").send();

                assertThat(exchange).lambdaEvent().hasHeader(name, "v");
            }
        }

        // A header value has no control character but a tab, and no white space at its ends
        // (docs/behavior.md#request-syntax).
        @Test
        void a_header_value_with_a_line_break_is_refused() {
            try (ApiGateway gateway = rest("GET /pets", new EchoHandler())) {

                assertThatThrownBy(() -> gateway.get("/pets").header("X-Note", "a\r\nX-Injected: 1"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage(
                                "Request header X-Note has the value \"a\\r\\nX-Injected: 1\", which holds U+000D at"
                                        + " index 1: a header value (an RFC 9110 field value) holds no control character but a"
                                        + " tab, so a line break would end the header; send the text without it");
            }
        }

        // A header value has no control character but a tab, and no white space at its ends
        // (docs/behavior.md#request-syntax).
        @ParameterizedTest
        @ValueSource(strings = {"a\nb", "a\u0000b", "a\u007fb", "a\u001bb", " a", "a ", "a\t"})
        void a_header_value_a_client_cannot_send_is_refused(String value) {
            try (ApiGateway gateway = rest("GET /pets", new EchoHandler())) {

                assertThatThrownBy(() -> gateway.get("/pets").header("X-Note", value))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("Request header X-Note has the value \"");
            }
        }

        // Empty values, inner spaces and tabs, quotes and non-ASCII text are field values
        // (docs/behavior.md#request-syntax).
        @ParameterizedTest
        @ValueSource(strings = {"", "a b", "a\tb", "\"quoted\"", "caf\u00e9 \u03bb", "Bearer a.b.c"})
        void a_valid_header_value_reaches_the_function(String value) {
            try (ApiGateway gateway = rest("GET /pets", new EchoHandler())) {
                Exchange exchange = gateway.get("/pets").header("X-Note", value).send();

                assertThat(exchange).lambdaEvent().hasHeader("X-Note", value);
            }
        }
    }
}

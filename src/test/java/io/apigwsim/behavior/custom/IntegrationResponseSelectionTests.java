package io.apigwsim.behavior.custom;

import static io.apigwsim.behavior.custom.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.FixedErrorHandler;
import io.apigwsim.behavior.custom.CustomHandlers.RawResultHandler;
import io.apigwsim.behavior.custom.CustomHandlers.ThrowingHandler;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Which integration response answers: the Lambda error's errorMessage against each selectionPattern, whole
 * string, ascending status order, else the default (docs/behavior.md#custom-integration-lambda-results,
 * #integration-response-selection, #custom-integration-failures).
 */
class IntegrationResponseSelectionTests {

    private static final String MESSAGE_TEMPLATE = "{\"message\": $input.json('$.message')}";

    private static ApiGateway gateway;

    @BeforeAll
    static void build() {
        gateway = ApiGateway.builder()
                .seed(7)
                .stage("prod")
                .route(
                        "POST /errors",
                        Integration.lambdaCustom(new ThrowingHandler())
                                .requestTemplate("application/json", MESSAGE_TEMPLATE)
                                .integrationResponse(IntegrationResponseDefinition.status(400)
                                        .selectionPattern("Invalid.*")
                                        .build())
                                .integrationResponse(IntegrationResponseDefinition.status(409)
                                        .selectionPattern("(?s)Conflict.*")
                                        .build())
                                .integrationResponse(IntegrationResponseDefinition.status(422)
                                        .selectionPattern("Unprocessable*")
                                        .build())
                                .integrationResponse(IntegrationResponseDefinition.status(423)
                                        .selectionPattern("locked")
                                        .build())
                                .integrationResponse(IntegrationResponseDefinition.status(451)
                                        .selectionPattern("java\\.lang\\.IllegalArgumentException")
                                        .build())
                                .build())
                // Declared 502 first, 405 second: the order of declaration does not matter, the status does.
                .route(
                        "POST /ordered",
                        Integration.lambdaCustom(new ThrowingHandler())
                                .requestTemplate("application/json", MESSAGE_TEMPLATE)
                                .integrationResponse(IntegrationResponseDefinition.status(502)
                                        .selectionPattern(".+")
                                        .build())
                                .integrationResponse(IntegrationResponseDefinition.status(405)
                                        .selectionPattern(".*four hundred.*")
                                        .build())
                                .build())
                .route(
                        "POST /catch-all",
                        Integration.lambdaCustom(new ThrowingHandler())
                                .requestTemplate("application/json", MESSAGE_TEMPLATE)
                                .integrationResponse(IntegrationResponseDefinition.status(500)
                                        .selectionPattern(".*")
                                        .build())
                                .build())
                .route(
                        "GET /success-with-catch-all",
                        Integration.lambdaCustom(new RawResultHandler("\"Pass\""))
                                .integrationResponse(IntegrationResponseDefinition.status(500)
                                        .selectionPattern(".*")
                                        .build())
                                .build())
                .route(
                        "GET /empty-pattern-default",
                        Integration.lambdaCustom(new RawResultHandler("\"Pass\""))
                                .integrationResponse(IntegrationResponseDefinition.status(201)
                                        .selectionPattern("")
                                        .build())
                                .build())
                .route(
                        "GET /default-status",
                        Integration.lambdaCustom(new FixedErrorHandler("unmatched"))
                                .defaultStatus(202)
                                .build())
                .route(
                        "POST /echo-map",
                        Integration.lambdaCustom(new CustomHandlers.EchoHandler())
                                .build())
                .route(
                        "GET /success-with-dotall-catch-all",
                        Integration.lambdaCustom(new RawResultHandler("\"Pass\""))
                                .integrationResponse(IntegrationResponseDefinition.status(500)
                                        .selectionPattern("(?s).*")
                                        .build())
                                .build())
                .route(
                        "GET /success-with-plus",
                        Integration.lambdaCustom(new RawResultHandler("\"Pass\""))
                                .integrationResponse(IntegrationResponseDefinition.status(502)
                                        .selectionPattern(".+")
                                        .build())
                                .integrationResponse(IntegrationResponseDefinition.status(504)
                                        .selectionPattern("200")
                                        .build())
                                .build())
                .route(
                        "GET /success-with-error-message",
                        Integration.lambdaCustom(new RawResultHandler("{\"errorMessage\": \"Invalid thing\"}"))
                                .integrationResponse(IntegrationResponseDefinition.status(400)
                                        .selectionPattern("Invalid.*")
                                        .build())
                                .build())
                .route(
                        "GET /status-code-key",
                        Integration.lambdaCustom(new RawResultHandler("{\"body\":\"noerror\",\"statusCode\":400}"))
                                .build())
                .route(
                        "GET /undeclared",
                        Integration.lambdaCustom(new FixedErrorHandler("thing not found"))
                                .integrationResponse(IntegrationResponseDefinition.status(404)
                                        .selectionPattern(".*not found.*")
                                        .build())
                                .methodResponses(200)
                                .build())
                .route(
                        "GET /function-timeout",
                        Integration.lambdaCustom(new CustomHandlers.SlowHandler())
                                .functionTimeout(Duration.ofMillis(200))
                                .build())
                .route(
                        "GET /function-timeout-mapped",
                        Integration.lambdaCustom(new CustomHandlers.SlowHandler())
                                .functionTimeout(Duration.ofMillis(200))
                                .integrationResponse(IntegrationResponseDefinition.status(504)
                                        .selectionPattern(".*Task timed out.*")
                                        .build())
                                .build())
                .build();
    }

    @AfterAll
    static void close() {
        gateway.close();
    }

    private static Exchange error(String path, String message) {
        return gateway.post(path)
                .header("Content-Type", "application/json")
                .body("{\"message\": " + quote(message) + "}")
                .send();
    }

    private static String quote(String text) {
        return "\""
                + text.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t") + "\"";
    }

    @Nested
    class WhatLambdaReturns {

        // A Java exception reaches API Gateway as {"errorMessage": getMessage(), "errorType": the class name,
        // "stackTrace": [frames]}, flagged as a function error (docs/behavior.md#custom-integration-lambda-results,
        // #lambda-function-errors).
        @Test
        void java_exception_becomes_the_error_json_with_message_type_and_stack_trace() {
            Exchange exchange = error("/errors", "boom");

            assertThat(exchange.functionError()).contains("Unhandled");
            assertThat(json(exchange.lambdaResult().raw()).get("errorMessage").textValue())
                    .isEqualTo("boom");
            assertThat(json(exchange.lambdaResult().raw()).get("errorType").textValue())
                    .isEqualTo("java.lang.IllegalArgumentException");
            assertThat(json(exchange.lambdaResult().raw())
                            .get("stackTrace")
                            .get(0)
                            .textValue())
                    .startsWith(ThrowingHandler.class.getName() + ".handleRequest(CustomHandlers.java:");
        }

        // A handler's return value comes back as its JSON serialization, compact for a map from the Java runtime
        // (docs/behavior.md#custom-integration-lambda-results, #passthrough-behaviors).
        @Test
        void returned_map_comes_back_as_json() {
            Exchange exchange = gateway.post("/echo-map")
                    .header("Content-Type", "application/json")
                    .body("{\"message\": \"hello world\"}")
                    .send();

            assertThat(exchange.functionError()).isEmpty();
            assertThat(exchange.response().bodyAsText()).isEqualTo("{\"message\":\"hello world\"}");
        }

        // An event the handler's input type cannot take fails before the handler runs: errorMessage "An error
        // occurred during JSON parsing", errorType java.lang.RuntimeException, an empty stackTrace
        // (docs/behavior.md#lambda-function-errors). The documented nested "cause" is not checked here.
        @Test
        void event_the_input_type_cannot_take_is_a_json_parsing_error() {
            Exchange exchange = gateway.post("/errors")
                    .header("Content-Type", "text/plain")
                    .body("\"just a string\"")
                    .send();

            assertThat(json(exchange.lambdaResult().raw()).get("errorMessage").textValue())
                    .isEqualTo("An error occurred during JSON parsing");
            assertThat(json(exchange.lambdaResult().raw()).get("errorType").textValue())
                    .isEqualTo("java.lang.RuntimeException");
            assertThat(json(exchange.lambdaResult().raw()).get("stackTrace")).isEmpty();
        }

        // An exception with a null message is [inferred] to have no usable errorMessage; the simulator follows the Java
        // runtime interface client (LambdaErrorConverter), which reports the class name instead, so a pattern on the
        // class name selects it (docs/behavior.md#lambda-function-errors, #uncertain-custom-integrations).
        @Test
        void null_message_selects_as_the_exception_class_name() {
            // No template for text/plain: the body passes through, so the event has no "message" key.
            Exchange exchange = gateway.post("/errors")
                    .header("Content-Type", "text/plain")
                    .body("{}")
                    .send();

            assertThat(exchange.response().status()).isEqualTo(451);
            assertThat(json(exchange.response().bodyAsText())
                            .get("errorMessage")
                            .textValue())
                    .isEqualTo("java.lang.IllegalArgumentException");
        }
    }

    @Nested
    class DefaultResponse {

        // Lambda errors come back as 200 with the error JSON when no selection pattern matches
        // (docs/behavior.md#integration-response-selection). serverless-offline and ministack answer 502 instead
        // (docs/behavior.md#emulator-differences).
        @Test
        void unmatched_function_error_is_200_with_the_error_json_verbatim() {
            Exchange exchange = error("/errors", "nothing matches this");

            assertThat(exchange.response().status()).isEqualTo(200);
            assertThat(exchange.response().bodyAsText())
                    .isEqualTo(exchange.lambdaResult().raw());
        }

        // selectionPattern "" makes a response the default, like an absent pattern
        // (docs/behavior.md#integration-response-selection).
        @Test
        void empty_selection_pattern_is_the_default() {
            Exchange exchange = gateway.get("/empty-pattern-default").send();

            assertThat(exchange.response().status()).isEqualTo(201);
        }

        // The default integration response's status answers an unmatched error too
        // (docs/behavior.md#integration-response-selection).
        @Test
        void default_status_answers_an_unmatched_error() {
            Exchange exchange = gateway.get("/default-status").send();

            assertThat(exchange.response().status()).isEqualTo(202);
            assertThat(exchange.functionError()).contains("Unhandled");
        }

        // A successful result uses the default response even when a ".+" response exists, and a status-looking
        // pattern "200" never fires for a Lambda result (docs/behavior.md#integration-response-selection).
        @Test
        void success_uses_the_default_even_with_plus_and_status_patterns() {
            Exchange exchange = gateway.get("/success-with-plus").send();

            assertThat(exchange.response().status()).isEqualTo(200);
            assertThat(exchange.response().bodyAsText()).isEqualTo("\"Pass\"");
        }

        // A successful result whose JSON holds an errorMessage key is data, not an error: it is never
        // pattern-matched (docs/behavior.md#integration-response-selection, #emulator-differences).
        @Test
        void success_holding_an_error_message_key_is_not_pattern_matched() {
            Exchange exchange = gateway.get("/success-with-error-message").send();

            assertThat(exchange.response().status()).isEqualTo(200);
            assertThat(exchange.response().bodyAsText()).isEqualTo("{\"errorMessage\": \"Invalid thing\"}");
        }

        // A statusCode key in a custom-integration result is data: AWS ignores it
        // (docs/behavior.md#custom-integration-lambda-results).
        @Test
        void status_code_key_in_the_result_does_not_set_the_status() {
            Exchange exchange = gateway.get("/status-code-key").send();

            assertThat(exchange.response().status()).isEqualTo(200);
            assertThat(exchange.response().bodyAsText()).isEqualTo("{\"body\":\"noerror\",\"statusCode\":400}");
        }

        // ".*" matches every error message, so it takes errors the default would have taken
        // (docs/behavior.md#integration-response-selection).
        @Test
        void dot_star_takes_every_function_error() {
            Exchange exchange = error("/catch-all", "anything at all");

            assertThat(exchange.response().status()).isEqualTo(500);
        }

        // [inferred] The model selects a success as "" (docs/behavior.md#uncertain-custom-integrations), so ".*" also
        // matches a successful result and, being tried before the default, answers it: pinned as the simulator does it.
        @Test
        void dot_star_also_takes_a_successful_result() {
            Exchange exchange = gateway.get("/success-with-catch-all").send();

            assertThat(exchange.response().status()).isEqualTo(500);
            assertThat(exchange.response().bodyAsText()).isEqualTo("\"Pass\"");
        }
    }

    // [inferred] The same holds for any pattern that matches "", such as the multi-line catch-all "(?s).*": the
    // selection value of a success is "" and it is matched like any message
    // (docs/behavior.md#uncertain-custom-integrations).
    @Test
    void any_pattern_matching_the_empty_string_takes_a_successful_result() {
        Exchange exchange = gateway.get("/success-with-dotall-catch-all").send();

        assertThat(exchange.response().status()).isEqualTo(500);
    }

    @Nested
    class PatternMatching {

        // A matched error response without a template answers with the Lambda error JSON verbatim
        // (docs/behavior.md#integration-response-selection).
        @Test
        void matched_error_response_has_the_error_json_as_body() {
            Exchange exchange = error("/errors", "Invalid name");

            assertThat(exchange.response().status()).isEqualTo(400);
            assertThat(exchange.response().bodyAsText())
                    .isEqualTo(exchange.lambdaResult().raw());
        }

        // Whole-string match: "Invalid*" does not match "Invalid name" while "Invalid.*" does
        // (docs/behavior.md#integration-response-selection; inferred from the API reference and observed reports).
        // LocalStack's prefix match would accept it (docs/behavior.md#emulator-differences).
        @Test
        void pattern_must_match_the_whole_message() {
            Exchange exchange = error("/errors", "Unprocessable entity");

            assertThat(exchange.response().status()).isEqualTo(200);
        }

        // Whole-string match: a pattern found inside the message does not select
        // (docs/behavior.md#integration-response-selection).
        @Test
        void pattern_found_inside_the_message_does_not_select() {
            Exchange exchange = error("/errors", "resource locked by another user");

            assertThat(exchange.response().status()).isEqualTo(200);
        }

        // "." does not match a newline, so a multi-line Java message defeats "Invalid.*"
        // (docs/behavior.md#custom-integration-lambda-results, #integration-response-selection; inferred).
        @Test
        void multi_line_message_defeats_a_dot_star_pattern() {
            Exchange exchange = error("/errors", "Invalid name\n\tat line 2");

            assertThat(exchange.response().status()).isEqualTo(200);
        }

        // The Java regex flag (?s) lets "." match newlines, so a multi-line message selects
        // (docs/behavior.md#integration-response-selection: the dialect is java.util.regex).
        @Test
        void dotall_flag_matches_a_multi_line_message() {
            Exchange exchange = error("/errors", "Conflict on save\ncaused by: duplicate key");

            assertThat(exchange.response().status()).isEqualTo(409);
        }

        // Several patterns match: integration responses are tried in ascending status order, first match wins, so
        // 405 ".*four hundred.*" beats 502 ".+" whatever the declaration order
        // (docs/behavior.md#integration-response-selection; the ordering rule is inferred).
        @Test
        void lowest_status_wins_when_several_patterns_match() {
            Exchange exchange = error("/ordered", "Error: Raising four hundred from within the Lambda function");

            assertThat(exchange.response().status()).isEqualTo(405);
        }

        // ".+" takes any non-empty error message (docs/behavior.md#integration-response-selection).
        @Test
        void plus_takes_any_other_error() {
            Exchange exchange = error("/ordered", "Error: Raising five hundred from within the Lambda function");

            assertThat(exchange.response().status()).isEqualTo(502);
        }
    }

    @Nested
    class ConfigurationErrors {

        // An integration response whose status has no method response is an invalid configuration at run time:
        // 500 {"message": "Internal server error"} (docs/behavior.md#integration-response-selection).
        @Test
        void status_without_method_response_is_500() {
            Exchange exchange = gateway.get("/undeclared").send();

            assertThat(exchange.response().status()).isEqualTo(500);
            assertThat(exchange.response().bodyAsText()).isEqualTo("{\"message\": \"Internal server error\"}");
            assertThat(exchange.response().headers().first("x-amzn-ErrorType"))
                    .contains("InternalServerErrorException");
            assertThat(exchange.executionLog())
                    .anyMatch(line -> line.contains("Output mapping refers to an invalid method response: 404"));
        }
    }

    @Nested
    class FunctionTimeout {

        // A function that runs past its own timeout is a function error "Task timed out after N.NN seconds",
        // selected like any error: the default 200 with the error JSON (docs/behavior.md#custom-integration-failures,
        // inferred).
        @Test
        void function_timeout_is_a_function_error_answered_by_the_default() {
            Exchange exchange = gateway.get("/function-timeout").send();

            assertThat(exchange.response().status()).isEqualTo(200);
            assertThat(exchange.functionError()).contains("Unhandled");
            assertThat(json(exchange.response().bodyAsText())
                            .get("errorMessage")
                            .textValue())
                    .endsWith("Task timed out after 0.20 seconds");
        }

        // A pattern like ".*Task timed out.*" maps the function timeout (docs/behavior.md#custom-integration-failures,
        // inferred).
        @Test
        void function_timeout_is_selected_by_a_task_timed_out_pattern() {
            Exchange exchange = gateway.get("/function-timeout-mapped").send();

            assertThat(exchange.response().status()).isEqualTo(504);
        }
    }
}

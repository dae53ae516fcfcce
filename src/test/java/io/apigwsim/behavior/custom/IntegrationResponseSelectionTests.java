package io.apigwsim.behavior.custom;

import static io.apigwsim.behavior.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.FixedErrorHandler;
import io.apigwsim.behavior.custom.CustomHandlers.RawResultHandler;
import io.apigwsim.behavior.custom.CustomHandlers.SlowHandler;
import io.apigwsim.behavior.custom.CustomHandlers.ThrowingHandler;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.IntegrationResponse;
import io.apigwsim.junit.IntegrationType;
import io.apigwsim.junit.RequestTemplate;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Which integration response answers: the Lambda error's errorMessage against each selectionPattern, whole
 * string, ascending status order, else the default (docs/behavior.md#custom-integration-lambda-results,
 * #integration-response-selection, #custom-integration-failures).
 *
 * <p>POST /errors, the route most tests send errors to, throws an exception with the posted message and has five
 * patterns; other tests declare their own route.
 */
@ApiGatewayTest
@Route(
        method = "POST",
        path = "/errors",
        handler = ThrowingHandler.class,
        integration = IntegrationType.CUSTOM,
        requestTemplates = @RequestTemplate(IntegrationResponseSelectionTests.MESSAGE_TEMPLATE),
        integrationResponses = {
            @IntegrationResponse(status = 400, selectionPattern = "Invalid.*"),
            @IntegrationResponse(status = 409, selectionPattern = "(?s)Conflict.*"),
            @IntegrationResponse(status = 422, selectionPattern = "Unprocessable*"),
            @IntegrationResponse(status = 423, selectionPattern = "locked"),
            @IntegrationResponse(status = 451, selectionPattern = "java\\.lang\\.IllegalArgumentException")
        })
class IntegrationResponseSelectionTests {

    static final String MESSAGE_TEMPLATE = "{\"message\": $input.json('$.message')}";

    /** POST {"message": message} as JSON, so that ThrowingHandler throws with that message. */
    private static Exchange error(ApiGateway gateway, String path, String message) {
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
        void java_exception_becomes_the_error_json_with_message_type_and_stack_trace(ApiGateway gateway) {
            Exchange exchange = error(gateway, "/errors", "boom");

            assertThat(exchange)
                    .lambdaResult()
                    .hasFunctionError()
                    .hasErrorMessage("boom")
                    .hasErrorType("java.lang.IllegalArgumentException");
            assertThat(json(exchange.lambdaResult().raw())
                            .get("stackTrace")
                            .get(0)
                            .textValue())
                    .startsWith(ThrowingHandler.class.getName() + ".handleRequest(CustomHandlers.java:");
        }

        // A handler's return value comes back as its JSON serialization, compact for a map from the Java runtime
        // (docs/behavior.md#custom-integration-lambda-results, #passthrough-behaviors).
        @Test
        @Route(
                method = "POST",
                path = "/echo-map",
                handler = CustomHandlers.EchoHandler.class,
                integration = IntegrationType.CUSTOM)
        void returned_map_comes_back_as_json(ApiGateway gateway) {
            Exchange exchange = gateway.post("/echo-map")
                    .header("Content-Type", "application/json")
                    .body("{\"message\": \"hello world\"}")
                    .send();

            assertThat(exchange).lambdaResult().hasNoFunctionError();
            assertThat(exchange).response().hasBody("{\"message\":\"hello world\"}");
        }

        // An event the handler's input type cannot take fails before the handler runs: errorMessage "An error
        // occurred during JSON parsing", errorType java.lang.RuntimeException, an empty stackTrace
        // (docs/behavior.md#lambda-function-errors). The documented nested "cause" is not checked here.
        @Test
        void event_the_input_type_cannot_take_is_a_json_parsing_error(ApiGateway gateway) {
            Exchange exchange = gateway.post("/errors")
                    .header("Content-Type", "text/plain")
                    .body("\"just a string\"")
                    .send();

            assertThat(exchange)
                    .lambdaResult()
                    .hasErrorMessage("An error occurred during JSON parsing")
                    .hasErrorType("java.lang.RuntimeException");
            assertThat(json(exchange.lambdaResult().raw()).get("stackTrace")).isEmpty();
        }

        // An exception with a null message is [inferred] to have no usable errorMessage; the simulator follows the Java
        // runtime interface client (LambdaErrorConverter), which reports the class name instead, so a pattern on the
        // class name selects it (docs/behavior.md#lambda-function-errors, #uncertain-custom-integrations).
        @Test
        void null_message_selects_as_the_exception_class_name(ApiGateway gateway) {
            // No template for text/plain: the body passes through, so the event has no "message" key.
            Exchange exchange = gateway.post("/errors")
                    .header("Content-Type", "text/plain")
                    .body("{}")
                    .send();

            assertThat(exchange).response().hasStatus(451);
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
        void unmatched_function_error_is_200_with_the_error_json_verbatim(ApiGateway gateway) {
            Exchange exchange = error(gateway, "/errors", "nothing matches this");

            assertThat(exchange)
                    .response()
                    .hasStatus(200)
                    .hasBody(exchange.lambdaResult().raw());
        }

        // selectionPattern "" makes a response the default, like an absent pattern
        // (docs/behavior.md#integration-response-selection).
        @Test
        void empty_selection_pattern_is_the_default() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /empty-pattern-default",
                            Integration.lambdaCustom(new RawResultHandler("\"Pass\""))
                                    .integrationResponse(IntegrationResponseDefinition.status(201)
                                            .selectionPattern("")
                                            .build())
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/empty-pattern-default").send();

                assertThat(exchange).response().hasStatus(201);
            }
        }

        // The default integration response's status answers an unmatched error too
        // (docs/behavior.md#integration-response-selection).
        @Test
        void default_status_answers_an_unmatched_error() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /default-status",
                            Integration.lambdaCustom(new FixedErrorHandler("unmatched"))
                                    .defaultStatus(202)
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/default-status").send();

                assertThat(exchange).response().hasStatus(202);
                assertThat(exchange).lambdaResult().hasFunctionError();
            }
        }

        // A successful result uses the default response even when a ".+" response exists, and a status-looking
        // pattern "200" never fires for a Lambda result (docs/behavior.md#integration-response-selection).
        @Test
        void success_uses_the_default_even_with_plus_and_status_patterns() {
            try (ApiGateway gateway = ApiGateway.builder()
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
                    .build()) {
                Exchange exchange = gateway.get("/success-with-plus").send();

                assertThat(exchange).response().hasStatus(200).hasBody("\"Pass\"");
            }
        }

        // A successful result whose JSON holds an errorMessage key is data, not an error: it is never
        // pattern-matched (docs/behavior.md#integration-response-selection, #emulator-differences).
        @Test
        void success_holding_an_error_message_key_is_not_pattern_matched() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /success-with-error-message",
                            Integration.lambdaCustom(new RawResultHandler("{\"errorMessage\": \"Invalid thing\"}"))
                                    .integrationResponse(IntegrationResponseDefinition.status(400)
                                            .selectionPattern("Invalid.*")
                                            .build())
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/success-with-error-message").send();

                assertThat(exchange).response().hasStatus(200).hasBody("{\"errorMessage\": \"Invalid thing\"}");
            }
        }

        // A statusCode key in a custom-integration result is data: AWS ignores it
        // (docs/behavior.md#custom-integration-lambda-results).
        @Test
        void status_code_key_in_the_result_does_not_set_the_status() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /status-code-key",
                            Integration.lambdaCustom(new RawResultHandler("{\"body\":\"noerror\",\"statusCode\":400}"))
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/status-code-key").send();

                assertThat(exchange).response().hasStatus(200).hasBody("{\"body\":\"noerror\",\"statusCode\":400}");
            }
        }

        // ".*" matches every error message, so it takes errors the default would have taken
        // (docs/behavior.md#integration-response-selection).
        @Test
        @Route(
                method = "POST",
                path = "/catch-all",
                handler = ThrowingHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate(MESSAGE_TEMPLATE),
                integrationResponses = @IntegrationResponse(status = 500, selectionPattern = ".*"))
        void dot_star_takes_every_function_error(ApiGateway gateway) {
            Exchange exchange = error(gateway, "/catch-all", "anything at all");

            assertThat(exchange).response().hasStatus(500);
        }

        // [inferred] The model selects a success as "" (docs/behavior.md#uncertain-custom-integrations), so ".*" also
        // matches a successful result and, being tried before the default, answers it: pinned as the simulator does it.
        @Test
        void dot_star_also_takes_a_successful_result() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /success-with-catch-all",
                            Integration.lambdaCustom(new RawResultHandler("\"Pass\""))
                                    .integrationResponse(IntegrationResponseDefinition.status(500)
                                            .selectionPattern(".*")
                                            .build())
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/success-with-catch-all").send();

                assertThat(exchange).response().hasStatus(500).hasBody("\"Pass\"");
            }
        }
    }

    // [inferred] The same holds for any pattern that matches "", such as the multi-line catch-all "(?s).*": the
    // selection value of a success is "" and it is matched like any message
    // (docs/behavior.md#uncertain-custom-integrations).
    @Test
    void any_pattern_matching_the_empty_string_takes_a_successful_result() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /success-with-dotall-catch-all",
                        Integration.lambdaCustom(new RawResultHandler("\"Pass\""))
                                .integrationResponse(IntegrationResponseDefinition.status(500)
                                        .selectionPattern("(?s).*")
                                        .build())
                                .build())
                .build()) {
            Exchange exchange = gateway.get("/success-with-dotall-catch-all").send();

            assertThat(exchange).response().hasStatus(500);
        }
    }

    @Nested
    class PatternMatching {

        // A matched error response without a template answers with the Lambda error JSON verbatim
        // (docs/behavior.md#integration-response-selection).
        @Test
        void matched_error_response_has_the_error_json_as_body(ApiGateway gateway) {
            Exchange exchange = error(gateway, "/errors", "Invalid name");

            assertThat(exchange)
                    .response()
                    .hasStatus(400)
                    .hasBody(exchange.lambdaResult().raw());
        }

        // Whole-string match: "Invalid*" does not match "Invalid name" while "Invalid.*" does
        // (docs/behavior.md#integration-response-selection; inferred from the API reference and observed reports).
        // LocalStack's prefix match would accept it (docs/behavior.md#emulator-differences).
        @Test
        void pattern_must_match_the_whole_message(ApiGateway gateway) {
            Exchange exchange = error(gateway, "/errors", "Unprocessable entity");

            assertThat(exchange).response().hasStatus(200);
        }

        // Whole-string match: a pattern found inside the message does not select
        // (docs/behavior.md#integration-response-selection).
        @Test
        void pattern_found_inside_the_message_does_not_select(ApiGateway gateway) {
            Exchange exchange = error(gateway, "/errors", "resource locked by another user");

            assertThat(exchange).response().hasStatus(200);
        }

        // "." does not match a newline, so a multi-line Java message defeats "Invalid.*"
        // (docs/behavior.md#custom-integration-lambda-results, #integration-response-selection; inferred).
        @Test
        void multi_line_message_defeats_a_dot_star_pattern(ApiGateway gateway) {
            Exchange exchange = error(gateway, "/errors", "Invalid name\n\tat line 2");

            assertThat(exchange).response().hasStatus(200);
        }

        // The Java regex flag (?s) lets "." match newlines, so a multi-line message selects
        // (docs/behavior.md#integration-response-selection: the dialect is java.util.regex).
        @Test
        void dotall_flag_matches_a_multi_line_message(ApiGateway gateway) {
            Exchange exchange = error(gateway, "/errors", "Conflict on save\ncaused by: duplicate key");

            assertThat(exchange).response().hasStatus(409);
        }

        // Several patterns match: integration responses are tried in ascending status order, first match wins, so
        // 405 ".*four hundred.*" beats 502 ".+" whatever the declaration order
        // (docs/behavior.md#integration-response-selection; the ordering rule is inferred).
        @Test
        @Route(
                method = "POST",
                path = "/ordered",
                handler = ThrowingHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate(MESSAGE_TEMPLATE),
                integrationResponses = { // declared 502 first, 405 second
                    @IntegrationResponse(status = 502, selectionPattern = ".+"),
                    @IntegrationResponse(status = 405, selectionPattern = ".*four hundred.*")
                })
        void lowest_status_wins_when_several_patterns_match(ApiGateway gateway) {
            Exchange exchange =
                    error(gateway, "/ordered", "Error: Raising four hundred from within the Lambda function");

            assertThat(exchange).response().hasStatus(405);
        }

        // ".+" takes any non-empty error message (docs/behavior.md#integration-response-selection).
        @Test
        @Route(
                method = "POST",
                path = "/ordered",
                handler = ThrowingHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate(MESSAGE_TEMPLATE),
                integrationResponses = {
                    @IntegrationResponse(status = 502, selectionPattern = ".+"),
                    @IntegrationResponse(status = 405, selectionPattern = ".*four hundred.*")
                })
        void plus_takes_any_other_error(ApiGateway gateway) {
            Exchange exchange =
                    error(gateway, "/ordered", "Error: Raising five hundred from within the Lambda function");

            assertThat(exchange).response().hasStatus(502);
        }
    }

    @Nested
    class ConfigurationErrors {

        // An integration response whose status has no method response is an invalid configuration at run time:
        // 500 {"message": "Internal server error"} (docs/behavior.md#integration-response-selection).
        @Test
        void status_without_method_response_is_500() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /undeclared",
                            Integration.lambdaCustom(new FixedErrorHandler("thing not found"))
                                    .integrationResponse(IntegrationResponseDefinition.status(404)
                                            .selectionPattern(".*not found.*")
                                            .build())
                                    .methodResponses(200)
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/undeclared").send();

                assertThat(exchange)
                        .response()
                        .hasStatus(500)
                        .hasBody("{\"message\": \"Internal server error\"}")
                        .hasHeaderValues("x-amzn-ErrorType", "InternalServerErrorException");
                assertThat(exchange)
                        .log()
                        .anyMatch(line -> line.contains("Output mapping refers to an invalid method response: 404"));
            }
        }
    }

    @Nested
    class FunctionTimeout {

        // A function that runs past its own timeout is a function error "Task timed out after N.NN seconds",
        // selected like any error: the default 200 with the error JSON (docs/behavior.md#custom-integration-failures,
        // inferred).
        @Test
        @Route(
                method = "GET",
                path = "/function-timeout",
                handler = SlowHandler.class,
                functionTimeoutMillis = 200,
                integration = IntegrationType.CUSTOM)
        void function_timeout_is_a_function_error_answered_by_the_default(ApiGateway gateway) {
            Exchange exchange = gateway.get("/function-timeout").send();

            assertThat(exchange).response().hasStatus(200);
            assertThat(exchange).lambdaResult().hasFunctionError();
            assertThat(json(exchange.response().bodyAsText())
                            .get("errorMessage")
                            .textValue())
                    .endsWith("Task timed out after 0.20 seconds");
        }

        // A pattern like ".*Task timed out.*" maps the function timeout (docs/behavior.md#custom-integration-failures,
        // inferred).
        @Test
        @Route(
                method = "GET",
                path = "/function-timeout-mapped",
                handler = SlowHandler.class,
                functionTimeoutMillis = 200,
                integration = IntegrationType.CUSTOM,
                integrationResponses = @IntegrationResponse(status = 504, selectionPattern = ".*Task timed out.*"))
        void function_timeout_is_selected_by_a_task_timed_out_pattern(ApiGateway gateway) {
            Exchange exchange = gateway.get("/function-timeout-mapped").send();

            assertThat(exchange).response().hasStatus(504);
        }
    }
}

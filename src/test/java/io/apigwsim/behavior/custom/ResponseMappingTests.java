package io.apigwsim.behavior.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.ApiGateway.RequestBuilder;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.FixedErrorHandler;
import io.apigwsim.behavior.custom.CustomHandlers.RawResultHandler;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The method response: response template chosen by Accept, response parameters, the final headers
 * (docs/behavior.md#response-template-selection, #response-parameters, #final-method-response).
 */
class ResponseMappingTests {

    private static final String RESULT = "{\"name\": \"Rex\", \"age\": 3, \"tags\": [\"a\", \"b\"]}";

    private static final List<String> REMAPPED = List.of(
            "Authorization",
            "Connection",
            "Content-Length",
            "Content-MD5",
            "Date",
            "Expect",
            "Host",
            "Max-Forwards",
            "Proxy-Authenticate",
            "Server",
            "Trailer",
            "Upgrade",
            "User-Agent",
            "WWW-Authenticate");

    private static final List<String> UNCHANGED = List.of(
            "Accept",
            "Accept-Charset",
            "Accept-Encoding",
            "Age",
            "Content-Encoding",
            "Pragma",
            "Range",
            "Referer",
            "Warn");

    /** The default integration response, mapping 'mapped' to each header of REMAPPED and UNCHANGED. */
    private static IntegrationResponseDefinition staticHeaders() {
        IntegrationResponseDefinition.Builder headers = IntegrationResponseDefinition.status(200);
        for (String name : REMAPPED) {
            headers.responseParameter("method.response.header." + name, "'mapped'");
        }
        for (String name : UNCHANGED) {
            headers.responseParameter("method.response.header." + name, "'mapped'");
        }
        return headers.build();
    }

    @Nested
    class TemplateSelection {

        private Exchange send(RequestBuilder request, String accept) {
            if (accept != null) {
                request.header("Accept", accept);
            }
            return request.send();
        }

        // GET /by-accept: XML, JSON and an empty text/plain response template.
        private static ApiGateway byAcceptGateway() {
            return ApiGateway.builder()
                    .route(
                            "GET /by-accept",
                            Integration.lambdaCustom(new RawResultHandler(RESULT))
                                    .responseTemplate("application/xml", "<name>$input.path('$.name')</name>")
                                    .responseTemplate("application/json", "{\"name\": \"$input.path('$.name')\"}")
                                    .responseTemplate("text/plain", "")
                                    .build())
                    .build();
        }

        // The request's Accept selects the response template; parameters are ignored
        // (docs/behavior.md#response-template-selection).
        @ParameterizedTest(name = "Accept {0}")
        @ValueSource(strings = {"application/xml", "application/xml; charset=utf-8"})
        void accept_selects_the_template(String accept) {
            try (ApiGateway gateway = byAcceptGateway()) {
                Exchange exchange = send(gateway.get("/by-accept"), accept);

                assertThat(exchange).response().hasBody("<name>Rex</name>");
            }
        }

        // Without Accept the application/json template is used (docs/behavior.md#response-template-selection).
        @Test
        void missing_accept_selects_the_json_template() {
            try (ApiGateway gateway = byAcceptGateway()) {
                Exchange exchange = send(gateway.get("/by-accept"), null);

                assertThat(exchange).response().hasBody("{\"name\": \"Rex\"}");
            }
        }

        // Several media types in Accept: only the first is honoured (docs/behavior.md#response-template-selection).
        // LocalStack uses the last one (docs/behavior.md#emulator-differences).
        @Test
        void only_the_first_accept_type_counts() {
            try (ApiGateway gateway = byAcceptGateway()) {
                Exchange exchange = send(gateway.get("/by-accept"), "application/xml, application/json");

                assertThat(exchange).response().hasBody("<name>Rex</name>");
            }
        }

        // An Accept that matches no template uses the first template, in declaration order
        // (docs/behavior.md#response-template-selection; order [inferred]). LocalStack falls back to application/json
        // (docs/behavior.md#emulator-differences).
        @Test
        void unmatched_accept_uses_the_first_template() {
            try (ApiGateway gateway = byAcceptGateway()) {
                Exchange exchange = send(gateway.get("/by-accept"), "image/png");

                assertThat(exchange).response().hasBody("<name>Rex</name>");
            }
        }

        // No Accept and no application/json template: the first template
        // (docs/behavior.md#response-template-selection).
        @Test
        void missing_accept_without_json_template_uses_the_first() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /no-json-template",
                            Integration.lambdaCustom(new RawResultHandler(RESULT))
                                    .responseTemplate("application/xml", "<name>$input.path('$.name')</name>")
                                    .responseTemplate("text/csv", "name,$input.path('$.name')")
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/no-json-template").send();

                assertThat(exchange).response().hasBody("<name>Rex</name>");
            }
        }

        // An empty template passes the integration response body through
        // (docs/behavior.md#response-template-selection).
        @Test
        void empty_template_passes_the_body_through() {
            try (ApiGateway gateway = byAcceptGateway()) {
                Exchange exchange = send(gateway.get("/by-accept"), "text/plain");

                assertThat(exchange).response().hasBody(RESULT);
            }
        }

        // Without templates the body passes through unmapped (docs/behavior.md#response-template-selection).
        @Test
        void no_template_passes_the_body_through() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /no-template",
                            Integration.lambdaCustom(new RawResultHandler(RESULT))
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/no-template").send();

                assertThat(exchange).response().hasBody(RESULT);
            }
        }

        // In a response template $input is the integration response body while $input.params() is still the method
        // request's (docs/behavior.md#response-template-selection; params side inferred).
        @Test
        void input_is_the_result_and_params_the_method_request() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /params-in-response/{id}",
                            Integration.lambdaCustom(new RawResultHandler(RESULT))
                                    .responseTemplate(
                                            "application/json",
                                            "{\"name\": \"$input.path('$.name')\", \"id\": \"$input.params('id')\","
                                                    + " \"q\": \"$input.params('q')\"}")
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/params-in-response/7?q=dogs").send();

                assertThat(exchange).response().hasBody("{\"name\": \"Rex\", \"id\": \"7\", \"q\": \"dogs\"}");
            }
        }

        // A template that renders nothing gives an empty body (docs/behavior.md#final-method-response).
        @Test
        void template_rendering_nothing_gives_an_empty_body() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /renders-nothing",
                            Integration.lambdaCustom(new RawResultHandler(RESULT))
                                    .responseTemplate("application/json", "#set($x = 1)")
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/renders-nothing").send();

                assertThat(exchange).response().hasEmptyBody();
                assertThat(exchange).response().hasHeaderValues("Content-Length", "0");
            }
        }

        // A matched error response's template sees the Lambda error JSON as $input
        // (docs/behavior.md#response-template-selection).
        @Test
        void error_template_reads_the_error_message() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /error-parameters",
                            Integration.lambdaCustom(new FixedErrorHandler("Invalid pet"))
                                    .integrationResponse(IntegrationResponseDefinition.status(400)
                                            .selectionPattern("Invalid.*")
                                            .responseParameter(
                                                    "method.response.header.X-Error-Type",
                                                    "integration.response.body.errorType")
                                            .responseParameter(
                                                    "method.response.header.X-Function-Error",
                                                    "integration.response.header.X-Amz-Function-Error")
                                            .responseTemplate(
                                                    "application/json",
                                                    "{\"error\": \"$input.path('$.errorMessage')\"}")
                                            .build())
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/error-parameters").send();

                assertThat(exchange).response().hasStatus(400).hasBody("{\"error\": \"Invalid pet\"}");
            }
        }
    }

    @Nested
    class Parameters {

        // GET /parameters: a result mapped into headers by every kind of response parameter expression.
        private static ApiGateway parametersGateway() {
            return ApiGateway.builder()
                    .stageVariable("alias", "live")
                    .route(
                            "GET /parameters",
                            Integration.lambdaCustom(new RawResultHandler(RESULT))
                                    .responseParameter(
                                            "method.response.header.X-Name", "integration.response.body.name")
                                    .responseParameter("method.response.header.X-Age", "integration.response.body.age")
                                    .responseParameter(
                                            "method.response.header.X-Tags", "integration.response.body.tags")
                                    .responseParameter("method.response.header.X-Body", "integration.response.body")
                                    .responseParameter("method.response.header.X-Static", "'static value'")
                                    .responseParameter("method.response.header.X-Alias", "stageVariables.alias")
                                    .responseParameter("method.response.header.X-Request", "context.requestId")
                                    .responseParameter(
                                            "method.response.header.X-Function-Error",
                                            "integration.response.header.X-Amz-Function-Error")
                                    .build())
                    .build();
        }

        // integration.response.body.JSONPATH: strings as is, numbers as their digits, complex values as compact JSON;
        // integration.response.body is the whole body (docs/behavior.md#response-parameters).
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                X-Name | Rex
                X-Age  | 3
                X-Tags | ["a","b"]
                X-Body | {"name": "Rex", "age": 3, "tags": ["a", "b"]}
                """)
        void body_values_become_headers(String header, String expected) {
            try (ApiGateway gateway = parametersGateway()) {
                Exchange exchange = gateway.get("/parameters").send();

                assertThat(exchange).response().hasHeaderValues(header, expected);
            }
        }

        // 'literal', stageVariables.V and context.V (docs/behavior.md#response-parameters).
        @Test
        void literal_stage_variable_and_context() {
            try (ApiGateway gateway = parametersGateway()) {
                Exchange exchange = gateway.get("/parameters").send();

                assertThat(exchange)
                        .response()
                        .hasHeaderValues("X-Static", "static value")
                        .hasHeaderValues("X-Alias", "live")
                        .hasHeaderValues("X-Request", exchange.requestId());
            }
        }

        // [inferred] integration.response.header.H reads Lambda Invoke's response headers: X-Amz-Function-Error is
        // Unhandled for a function error and absent on success (docs/behavior.md#response-parameters).
        @Test
        void invoke_response_header_of_a_function_error() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /error-parameters",
                            Integration.lambdaCustom(new FixedErrorHandler("Invalid pet"))
                                    .integrationResponse(IntegrationResponseDefinition.status(400)
                                            .selectionPattern("Invalid.*")
                                            .responseParameter(
                                                    "method.response.header.X-Error-Type",
                                                    "integration.response.body.errorType")
                                            .responseParameter(
                                                    "method.response.header.X-Function-Error",
                                                    "integration.response.header.X-Amz-Function-Error")
                                            .responseTemplate(
                                                    "application/json",
                                                    "{\"error\": \"$input.path('$.errorMessage')\"}")
                                            .build())
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/error-parameters").send();

                assertThat(exchange)
                        .response()
                        .hasHeaderValues("X-Function-Error", "Unhandled")
                        .hasHeaderValues("X-Error-Type", "java.lang.IllegalStateException");
            }
        }

        // On success there is no X-Amz-Function-Error to map, so the header is absent
        // (docs/behavior.md#response-parameters).
        @Test
        void invoke_response_header_absent_on_success() {
            try (ApiGateway gateway = parametersGateway()) {
                Exchange exchange = gateway.get("/parameters").send();

                assertThat(exchange).response().doesNotHaveHeader("X-Function-Error");
            }
        }

        // Mapped static headers Authorization, Connection, Content-Length, Content-MD5, Date, Expect, Host,
        // Max-Forwards, Proxy-Authenticate, Server, Trailer, Upgrade, User-Agent, WWW-Authenticate reach the client
        // as x-amzn-Remapped-<Name> (docs/behavior.md#response-parameters).
        @Test
        void reserved_headers_are_remapped() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /static-headers",
                            Integration.lambdaCustom(new RawResultHandler(RESULT))
                                    .integrationResponse(staticHeaders())
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/static-headers").send();

                for (String name : REMAPPED) {
                    assertThat(exchange).response().hasHeaderValues("x-amzn-Remapped-" + name, "mapped");
                }
            }
        }

        // Accept, Accept-Charset, Accept-Encoding, Age, Content-Encoding, Pragma, Range, Referer, Warn pass unchanged
        // (docs/behavior.md#response-parameters).
        @Test
        void other_headers_pass_unchanged() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /static-headers",
                            Integration.lambdaCustom(new RawResultHandler(RESULT))
                                    .integrationResponse(staticHeaders())
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/static-headers").send();

                for (String name : UNCHANGED) {
                    assertThat(exchange).response().hasHeaderValues(name, "mapped");
                }
            }
        }
    }

    @Nested
    class FinalHeaders {

        // Content-Type defaults to application/json; the gateway adds Content-Length, Date, Connection,
        // x-amzn-RequestId, x-amz-apigw-id and X-Amzn-Trace-Id (docs/behavior.md#final-method-response).
        @Test
        void standard_headers() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /no-template",
                            Integration.lambdaCustom(new RawResultHandler(RESULT))
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/no-template").send();

                assertThat(exchange).response().hasHeaderValues("Content-Type", "application/json");
                assertThat(exchange.response().headers().names())
                        .contains(
                                "Content-Length",
                                "Date",
                                "Connection",
                                "x-amzn-RequestId",
                                "x-amz-apigw-id",
                                "X-Amzn-Trace-Id");
            }
        }

        // A mapped Content-Type replaces the default; there is one Content-Type
        // (docs/behavior.md#final-method-response).
        @Test
        void mapped_content_type_replaces_the_default() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route(
                            "GET /content-type",
                            Integration.lambdaCustom(new RawResultHandler(RESULT))
                                    .responseParameter("method.response.header.Content-Type", "'application/xml'")
                                    .build())
                    .build()) {
                Exchange exchange = gateway.get("/content-type").send();

                assertThat(exchange).response().hasHeaderValues("Content-Type", "application/xml");
            }
        }
    }
}

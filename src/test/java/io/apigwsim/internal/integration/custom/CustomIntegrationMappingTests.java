package io.apigwsim.internal.integration.custom;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import io.apigwsim.definition.LambdaCustomIntegration;
import io.apigwsim.internal.content.BinaryMediaTypes;
import io.apigwsim.internal.vtl.VtlEngine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomIntegrationMappingTests {

    private static final RequestStreamHandler HANDLER = (input, output, context) -> {};
    private static final String ERROR = "{\"errorMessage\":\"Pet 7 not found\",\"errorType\":\"NotFound\"}";

    @Test
    void an_error_message_matching_a_selection_pattern_selects_its_status() {
        CustomIntegrationMapping mapping =
                compile(Integration.lambdaCustom(HANDLER).integrationResponse(response(404, ".*not found")));

        CustomResponse response = mapping.mapResponse(request(null), ERROR, "Pet 7 not found", Map.of(), Map.of());

        assertThat(status(response)).isEqualTo(404);
    }

    @Test
    void a_selection_pattern_must_match_the_whole_error_message() {
        CustomIntegrationMapping mapping =
                compile(Integration.lambdaCustom(HANDLER).integrationResponse(response(404, "not found")));

        CustomResponse response = mapping.mapResponse(request(null), ERROR, "Pet 7 not found", Map.of(), Map.of());

        assertThat(status(response)).isEqualTo(200);
    }

    @Test
    void selection_patterns_are_tried_in_ascending_status_order() {
        CustomIntegrationMapping mapping = compile(Integration.lambdaCustom(HANDLER)
                .integrationResponse(response(500, "Pet.*"))
                .integrationResponse(response(404, ".*not found")));

        CustomResponse response = mapping.mapResponse(request(null), ERROR, "Pet 7 not found", Map.of(), Map.of());

        assertThat(status(response)).isEqualTo(404);
    }

    @Test
    void a_success_is_selected_with_the_empty_string_so_dot_star_matches_it() {
        CustomIntegrationMapping mapping =
                compile(Integration.lambdaCustom(HANDLER).integrationResponse(response(202, ".*")));

        CustomResponse response = mapping.mapResponse(request(null), "{\"id\":7}", null, Map.of(), Map.of());

        assertThat(status(response)).isEqualTo(202);
    }

    @Test
    void a_success_does_not_match_dot_plus() {
        CustomIntegrationMapping mapping =
                compile(Integration.lambdaCustom(HANDLER).integrationResponse(response(400, ".+")));

        CustomResponse response = mapping.mapResponse(request(null), "{\"id\":7}", null, Map.of(), Map.of());

        assertThat(status(response)).isEqualTo(200);
    }

    // AWS documents that .+ fails on an error message with a newline; Java's dot does not match one either.
    @Test
    void a_dot_does_not_match_a_line_break_in_the_error_message() {
        CustomIntegrationMapping mapping =
                compile(Integration.lambdaCustom(HANDLER).integrationResponse(response(400, ".+")));

        CustomResponse response =
                mapping.mapResponse(request(null), ERROR, "first line\nsecond line", Map.of(), Map.of());

        assertThat(status(response)).isEqualTo(200);
    }

    @Test
    void an_error_no_pattern_matches_falls_back_to_the_default_response() {
        CustomIntegrationMapping mapping = compile(
                Integration.lambdaCustom(HANDLER).defaultStatus(201).integrationResponse(response(404, "Not found.*")));

        CustomResponse response = mapping.mapResponse(request(null), ERROR, "Pet 7 not found", Map.of(), Map.of());

        assertThat(status(response)).isEqualTo(201);
    }

    @Test
    void the_default_response_passes_lambdas_error_object_through() {
        CustomIntegrationMapping mapping = compile(Integration.lambdaCustom(HANDLER));

        CustomResponse response = mapping.mapResponse(request(null), ERROR, "Pet 7 not found", Map.of(), Map.of());

        assertThat(body(response)).isEqualTo(ERROR);
    }

    @Test
    void a_status_without_a_method_response_is_a_configuration_error() {
        CustomIntegrationMapping mapping = compile(Integration.lambdaCustom(HANDLER)
                .integrationResponse(response(404, ".*not found"))
                .methodResponses(200));

        CustomResponse response = mapping.mapResponse(request(null), ERROR, "Pet 7 not found", Map.of(), Map.of());

        assertThat(response)
                .isInstanceOfSatisfying(
                        CustomResponse.ConfigurationError.class,
                        error -> assertThat(error.reason()).contains("invalid method response: 404"));
    }

    @Test
    void the_response_template_renders_the_result_as_input() {
        CustomIntegrationMapping mapping = compile(Integration.lambdaCustom(HANDLER)
                .integrationResponse(IntegrationResponseDefinition.status(404)
                        .selectionPattern(".*not found")
                        .responseTemplate("application/json", "{\"error\": \"$input.path('$.errorMessage')\"}")
                        .build()));

        CustomResponse response = mapping.mapResponse(request(null), ERROR, "Pet 7 not found", Map.of(), Map.of());

        assertThat(body(response)).isEqualTo("{\"error\": \"Pet 7 not found\"}");
    }

    @Test
    void the_response_template_is_chosen_by_the_first_accept_type() {
        CustomIntegrationMapping mapping = compile(twoTemplates());

        CustomResponse response =
                mapping.mapResponse(request("application/json, application/xml"), "{}", null, Map.of(), Map.of());

        assertThat(body(response)).isEqualTo("json");
    }

    @Test
    void the_first_accept_type_is_compared_without_its_parameters() {
        CustomIntegrationMapping mapping = compile(twoTemplates());

        CustomResponse response = mapping.mapResponse(
                request("APPLICATION/JSON; q=0.9, application/xml"), "{}", null, Map.of(), Map.of());

        assertThat(body(response)).isEqualTo("json");
    }

    @Test
    void without_accept_the_application_json_template_is_chosen() {
        CustomIntegrationMapping mapping = compile(twoTemplates());

        CustomResponse response = mapping.mapResponse(request(null), "{}", null, Map.of(), Map.of());

        assertThat(body(response)).isEqualTo("json");
    }

    @Test
    void an_accept_type_without_a_template_gets_the_first_template() {
        CustomIntegrationMapping mapping = compile(twoTemplates());

        CustomResponse response = mapping.mapResponse(request("text/html"), "{}", null, Map.of(), Map.of());

        assertThat(body(response)).isEqualTo("xml");
    }

    @Test
    void a_later_accept_type_does_not_choose_the_template() {
        CustomIntegrationMapping mapping = compile(twoTemplates());

        CustomResponse response =
                mapping.mapResponse(request("text/html, application/json"), "{}", null, Map.of(), Map.of());

        assertThat(body(response)).isEqualTo("xml");
    }

    @ParameterizedTest(name = "{0} gives \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
            {"errorMessage": "Pet 7 not found", "errorType": "NotFound"} | Pet 7 not found
            {"errorMessage": ""}                                         | ``
            {"errorType": "NotFound"}                                    | ``
            {"errorMessage": 42}                                         | ``
            {"errorMessage": null}                                       | ``
            "Pet 7 not found"                                            | ``
            not json                                                     | ``
            """)
    void error_message_is_the_errors_error_message_or_empty(String lambdaError, String expected) {
        String message = CustomIntegrationMapping.errorMessage(lambdaError);

        assertThat(message).isEqualTo(expected);
    }

    // Declared xml first, so that falling back to the first template and choosing application/json differ.
    private static LambdaCustomIntegration.Builder twoTemplates() {
        return Integration.lambdaCustom(HANDLER)
                .responseTemplate("application/xml", "xml")
                .responseTemplate("application/json", "json");
    }

    private static IntegrationResponseDefinition response(int status, String pattern) {
        return IntegrationResponseDefinition.status(status)
                .selectionPattern(pattern)
                .build();
    }

    private static CustomIntegrationMapping compile(LambdaCustomIntegration.Builder integration) {
        return CustomIntegrationMapping.compile(
                integration.build(),
                BinaryMediaTypes.of(List.of()),
                VtlEngine.create(),
                "POST /pets",
                "POST /pets of CustomIntegrationMappingTests");
    }

    private static TemplateRequest request(String accept) {
        return new TemplateRequest(
                "{}",
                new byte[] {'{', '}'},
                "application/json",
                accept,
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of());
    }

    private static int status(CustomResponse response) {
        assertThat(response).isInstanceOf(CustomResponse.Mapped.class);
        return ((CustomResponse.Mapped) response).status();
    }

    private static String body(CustomResponse response) {
        assertThat(response).isInstanceOf(CustomResponse.Mapped.class);
        return new String(((CustomResponse.Mapped) response).body(), StandardCharsets.UTF_8);
    }
}

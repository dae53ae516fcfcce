package io.apigwsim.assertions;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LambdaEventAssertTests {

    private static LambdaEventAssert getPet() {
        return new LambdaEventAssert(new TestPayload(Events.GET_PET));
    }

    private static LambdaEventAssert postPet() {
        return new LambdaEventAssert(new TestPayload(Events.POST_PET));
    }

    private static LambdaEventAssert postPhoto() {
        return new LambdaEventAssert(new TestPayload(Events.POST_PHOTO));
    }

    @Nested
    class PathParameters {

        @Test
        void has_path_parameter_passes_for_the_value() {
            getPet().hasPathParameter("id", "42");
        }

        @Test
        void has_path_parameter_fails_with_expected_and_actual_values() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasPathParameter("id", "43"))
                    .withMessage("""

                            Expecting pathParameters.id to be:
                              "43"
                            but was:
                              "42\"""");
        }

        @Test
        void has_path_parameter_fails_saying_path_parameters_is_null() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPet().hasPathParameter("id", "42"))
                    .withMessage("""

                            Expecting pathParameters.id to be:
                              "42"
                            but pathParameters is null""");
        }

        @Test
        void has_path_parameter_fails_saying_which_key_is_missing() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasPathParameter("petId", "42"))
                    .withMessage("""

                            Expecting pathParameters.petId to be:
                              "42"
                            but pathParameters has no petId; it holds:
                              {"id":"42"}""");
        }

        @Test
        void has_path_parameter_fails_saying_the_event_has_no_path_parameters() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPhoto().hasPathParameter("id", "42"))
                    .withMessage("""

                            Expecting pathParameters.id to be:
                              "42"
                            but the Lambda event has no pathParameters; its keys are:
                              [resource, path, httpMethod, headers, body, isBase64Encoded]""");
        }

        @Test
        void has_no_path_parameters_passes_for_null() {
            postPet().hasNoPathParameters();
        }

        @Test
        void has_no_path_parameters_fails_with_the_parameters() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasNoPathParameters())
                    .withMessage("""

                            Expecting pathParameters to be null or absent, but was:
                              {"id":"42"}""");
        }
    }

    @Nested
    class QueryParameters {

        @Test
        void has_query_parameter_passes_for_the_single_value() {
            getPet().hasQueryParameter("tag", "b");
        }

        @Test
        void has_query_parameter_fails_with_expected_and_actual_values() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasQueryParameter("limit", "20"))
                    .withMessage("""

                            Expecting queryStringParameters.limit to be:
                              "20"
                            but was:
                              "10\"""");
        }

        @Test
        void has_multi_value_query_parameter_passes_for_every_value_in_order() {
            getPet().hasMultiValueQueryParameter("tag", "a", "b");
        }

        @Test
        void has_multi_value_query_parameter_fails_when_the_order_differs() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasMultiValueQueryParameter("tag", "b", "a"))
                    .withMessage("""

                            Expecting multiValueQueryStringParameters.tag to be:
                              ["b","a"]
                            but was:
                              ["a","b"]""");
        }

        @Test
        void has_no_query_parameters_passes_for_null() {
            postPet().hasNoQueryParameters();
        }

        @Test
        void has_no_query_parameters_fails_with_the_parameters() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasNoQueryParameters())
                    .withMessage("""

                            Expecting queryStringParameters to be null or absent, but was:
                              {"limit":"10","tag":"b"}""");
        }
    }

    @Nested
    class HeaderAssertions {

        @Test
        void has_header_passes_for_the_name_as_delivered() {
            getPet().hasHeader("Accept", "application/json");
        }

        @Test
        void has_header_fails_for_a_name_in_another_case_and_says_so() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasHeader("accept", "application/json"))
                    .withMessage("""

                            Expecting headers.accept to be:
                              "application/json"
                            but headers has no accept; it holds:
                              {"Accept":"application/json","X-Trace":"b"}
                            The event has headers.Accept; header names are compared exactly, as API Gateway \
                            delivers them spelled as the client sent them; use hasHeaderIgnoringCase to ignore case""");
        }

        @Test
        void has_header_ignoring_case_passes_for_a_name_in_another_case() {
            getPet().hasHeaderIgnoringCase("accept", "application/json");
        }

        @Test
        void has_header_ignoring_case_fails_with_the_delivered_value() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasHeaderIgnoringCase("accept", "text/html"))
                    .withMessage("""

                            Expecting header accept (in any case) to be:
                              "text/html"
                            but headers.Accept was:
                              "application/json\"""");
        }

        @Test
        void has_header_ignoring_case_fails_with_the_names_when_absent() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasHeaderIgnoringCase("Authorization", "Bearer x"))
                    .withMessage("""

                            Expecting header Authorization (in any case) to be:
                              "Bearer x"
                            but headers has no such name; its names are:
                              [Accept, X-Trace]""");
        }

        @Test
        void has_multi_value_header_passes_for_every_value_in_order() {
            getPet().hasMultiValueHeader("X-Trace", "a", "b");
        }

        @Test
        void has_multi_value_header_fails_with_the_delivered_values() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasMultiValueHeader("X-Trace", "b"))
                    .withMessage("""

                            Expecting multiValueHeaders.X-Trace to be:
                              ["b"]
                            but was:
                              ["a","b"]""");
        }

        @Test
        void does_not_have_header_passes_when_absent_in_every_case() {
            getPet().doesNotHaveHeader("Authorization");
        }

        @Test
        void does_not_have_header_fails_for_a_name_in_another_case() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPet().doesNotHaveHeader("Content-Type"))
                    .withMessage("""

                            Expecting the Lambda event to have no Content-Type header in any case, but \
                            headers.content-type is:
                              "application/json\"""");
        }
    }

    @Nested
    class BodyAssertions {

        @Test
        void has_body_passes_for_the_exact_text() {
            postPet().hasBody("{\"name\":\"Rex\",\"age\":3}");
        }

        @Test
        void has_body_fails_saying_the_body_is_null() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasBody(""))
                    .withMessage("""

                            Expecting body to be:
                              ""
                            but was:
                              null""");
        }

        @Test
        void has_json_body_passes_ignoring_formatting_and_key_order() {
            postPet().hasJsonBody("{\"age\": 3, \"name\": \"Rex\"}");
        }

        @Test
        void has_json_body_fails_with_expected_and_actual_json() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPet().hasJsonBody("{\"age\": 4, \"name\": \"Rex\"}"))
                    .withMessage("""

                            Expecting body to be JSON equal to:
                              {"age": 4, "name": "Rex"}
                            but was:
                              {"name":"Rex","age":3}""");
        }

        @Test
        void has_json_body_fails_when_the_body_is_not_json() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPhoto().hasJsonBody("{}"))
                    .withMessage("""

                            Expecting body to be JSON equal to:
                              {}
                            but it is not JSON:
                              iVBORw==""");
        }

        @Test
        void has_no_body_passes_for_null() {
            getPet().hasNoBody();
        }

        @Test
        void has_no_body_fails_with_the_body() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPet().hasNoBody())
                    .withMessage("""

                            Expecting body to be null or absent, but was:
                              "{\\"name\\":\\"Rex\\",\\"age\\":3}\"""");
        }

        @Test
        void is_base64_encoded_passes_for_true() {
            postPhoto().isBase64Encoded();
        }

        @Test
        void is_base64_encoded_fails_for_false() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPet().isBase64Encoded())
                    .withMessage("""

                            Expecting isBase64Encoded to be:
                              true
                            but was:
                              false""");
        }

        @Test
        void is_not_base64_encoded_passes_for_false() {
            postPet().isNotBase64Encoded();
        }

        @Test
        void is_not_base64_encoded_fails_for_true() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPhoto().isNotBase64Encoded())
                    .withMessage("""

                            Expecting isBase64Encoded to be:
                              false
                            but was:
                              true""");
        }
    }

    @Nested
    class RequestLine {

        @Test
        void has_resource_passes_for_the_resource_path() {
            getPet().hasResource("/pets/{id}");
        }

        @Test
        void has_resource_fails_with_the_actual_resource() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasResource("/pets/42"))
                    .withMessage("""

                            Expecting resource to be:
                              "/pets/42"
                            but was:
                              "/pets/{id}\"""");
        }

        @Test
        void has_path_passes_for_the_request_path() {
            getPet().hasPath("/pets/42");
        }

        @Test
        void has_path_fails_with_the_actual_path() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasPath("/pets/{id}"))
                    .withMessage("""

                            Expecting path to be:
                              "/pets/{id}"
                            but was:
                              "/pets/42\"""");
        }

        @Test
        void has_http_method_passes_for_the_method() {
            getPet().hasHttpMethod("GET");
        }

        @Test
        void has_http_method_fails_with_the_actual_method() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasHttpMethod("POST"))
                    .withMessage("""

                            Expecting httpMethod to be:
                              "POST"
                            but was:
                              "GET\"""");
        }
    }

    @Nested
    class Fields {

        @Test
        void has_stage_variable_passes_for_the_value() {
            getPet().hasStageVariable("table", "pets-test");
        }

        @Test
        void has_stage_variable_fails_saying_stage_variables_is_null() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPet().hasStageVariable("table", "pets-test"))
                    .withMessage("""

                            Expecting stageVariables.table to be:
                              "pets-test"
                            but stageVariables is null""");
        }

        @Test
        void has_request_context_field_passes_for_a_nested_value() {
            getPet().hasRequestContextField("identity.sourceIp", "203.0.113.7");
        }

        @Test
        void has_request_context_field_fails_saying_which_object_lacks_the_key() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPet().hasRequestContextField("identity.sourceIp", "203.0.113.7"))
                    .withMessage("""

                            Expecting requestContext.identity.sourceIp to be:
                              "203.0.113.7"
                            but requestContext has no identity; it holds:
                              {"resourcePath":"/pets","httpMethod":"POST","stage":"test"}""");
        }

        @Test
        void has_request_context_field_fails_for_json_null() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasRequestContextField("identity.user", "alice"))
                    .withMessage("""

                            Expecting requestContext.identity.user to be:
                              "alice"
                            but was:
                              null""");
        }

        @Test
        void has_field_passes_for_a_number_of_any_java_type() {
            getPet().hasField("requestContext.requestTimeEpoch", 1764028800000L)
                    .hasField("multiValueHeaders.X-Trace", List.of("a", "b"))
                    .hasField("pathParameters", Map.of("id", "42"));
        }

        @Test
        void has_field_fails_for_a_string_where_the_event_has_a_number() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasField("requestContext.requestTimeEpoch", "1764028800000"))
                    .withMessage("""

                            Expecting requestContext.requestTimeEpoch to be:
                              "1764028800000"
                            but was:
                              1764028800000""");
        }

        @Test
        void has_field_fails_when_a_parent_is_not_an_object() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasField("path.segments", 2))
                    .withMessage("""

                            Expecting path.segments to be:
                              2
                            but path is not an object:
                              "/pets/42\"""");
        }

        @Test
        void has_null_field_passes_for_json_null() {
            postPet().hasNullField("pathParameters");
        }

        @Test
        void has_null_field_fails_for_an_absent_key() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPhoto().hasNullField("pathParameters"))
                    .withMessage("""

                            Expecting pathParameters to be null
                            but the Lambda event has no pathParameters; its keys are:
                              [resource, path, httpMethod, headers, body, isBase64Encoded]""");
        }

        @Test
        void does_not_have_field_passes_for_an_absent_key() {
            getPet().doesNotHaveField("rawPath").doesNotHaveField("requestContext.authorizer.claims");
        }

        @Test
        void does_not_have_field_fails_for_json_null() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPet().doesNotHaveField("pathParameters"))
                    .withMessage("""

                            Expecting the Lambda event to have no pathParameters, but it has:
                              null""");
        }
    }

    @Nested
    class WholeEvent {

        @Test
        void is_equal_to_json_passes_ignoring_formatting_and_key_order() {
            postPhoto().isEqualToJson("""
                            {"isBase64Encoded": true, "body": "iVBORw==", "headers": {"Content-Type": "image/png"},
                             "httpMethod": "POST", "path": "/photos", "resource": "/photos"}""");
        }

        @Test
        void is_equal_to_json_fails_with_both_texts() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> postPhoto().isEqualToJson("{}"))
                    .withMessage("\nExpecting the Lambda event to be JSON equal to:\n  {}\nbut was:\n  "
                            + Events.POST_PHOTO);
        }

        @Test
        void as_reads_the_event_into_a_type() {
            getPet().as(APIGatewayProxyRequestEvent.class)
                    .extracting(APIGatewayProxyRequestEvent::getPath)
                    .isEqualTo("/pets/42");
        }

        @Test
        void as_fails_when_the_event_does_not_fit_the_type() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().as(Integer.class))
                    .withMessage("""

                            Expecting the Lambda event to read into java.lang.Integer, but it does not fit:
                              cannot read the payload as Integer""");
        }

        @Test
        void fails_when_the_event_is_not_a_json_object() {
            LambdaEventAssert notAnObject = new LambdaEventAssert(new TestPayload("[1, 2]"));

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> notAnObject.hasPath("/"))
                    .withMessage("""

                            Expecting the Lambda event to be a JSON object, but was:
                              [1, 2]""");
        }
    }

    @Nested
    class PayloadFormatTwo {

        private LambdaEventAssert getFile() {
            return new LambdaEventAssert(new TestPayload(Events.HTTP_GET_FILE));
        }

        private LambdaEventAssert getRoot() {
            return new LambdaEventAssert(new TestPayload(Events.HTTP_GET_ROOT));
        }

        @Test
        void has_version_passes_for_the_payload_format() {
            getFile().hasVersion("2.0");
        }

        @Test
        void has_version_fails_for_a_rest_event_without_version() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getPet().hasVersion("2.0"))
                    .withMessageStartingWith(
                            "\nExpecting version to be:\n  \"2.0\"\nbut the Lambda event has no version");
        }

        @Test
        void has_route_key_passes_for_the_route_key() {
            getFile().hasRouteKey("ANY /files/{proxy+}");
        }

        @Test
        void has_route_key_fails_with_the_actual_route_key() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getRoot().hasRouteKey("GET /"))
                    .withMessage("""

                            Expecting routeKey to be:
                              "GET /"
                            but was:
                              "$default\"""");
        }

        @Test
        void has_raw_path_passes_for_the_decoded_path() {
            getFile().hasRawPath("/files/my doc");
        }

        @Test
        void has_raw_path_fails_for_the_encoded_path() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getFile().hasRawPath("/files/my%20doc"))
                    .withMessage("""

                            Expecting rawPath to be:
                              "/files/my%20doc"
                            but was:
                              "/files/my doc\"""");
        }

        @Test
        void has_raw_query_string_passes_for_the_query_as_sent() {
            getFile().hasRawQueryString("tag=a&tag=b");
            getRoot().hasRawQueryString("");
        }

        @Test
        void has_raw_query_string_fails_for_the_joined_form() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getFile().hasRawQueryString("tag=a,b"))
                    .withMessage("""

                            Expecting rawQueryString to be:
                              "tag=a,b"
                            but was:
                              "tag=a&tag=b\"""");
        }

        @Test
        void has_cookie_passes_for_each_cookie_pair() {
            getFile().hasCookie("session=abc").hasCookie("theme=dark");
        }

        @Test
        void has_cookie_fails_naming_the_cookies_the_event_has() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getFile().hasCookie("theme=light"))
                    .withMessage("""

                            Expecting cookies to contain:
                              theme=light
                            but was:
                              ["session=abc","theme=dark"]""");
        }

        @Test
        void has_cookie_fails_when_the_event_has_no_cookies() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getRoot().hasCookie("session=abc"))
                    .withMessageStartingWith(
                            "\nExpecting cookies to contain:\n  session=abc\nbut the Lambda event has no cookies");
        }

        @Test
        void has_no_cookies_passes_without_a_cookies_key() {
            getRoot().hasNoCookies();
        }

        @Test
        void has_no_cookies_fails_when_cookies_are_present() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> getFile().hasNoCookies())
                    .withMessage("""

                            Expecting cookies to be null or absent, but was:
                              ["session=abc","theme=dark"]""");
        }
    }
}

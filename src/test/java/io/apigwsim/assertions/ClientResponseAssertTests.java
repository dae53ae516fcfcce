package io.apigwsim.assertions;

import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ClientResponseAssertTests {

    private static final String DESCRIPTION = """
            Response:
              200
              Content-Type: application/json
              Set-Cookie: a=1
              Set-Cookie: b=2
              {"id":42,"name":"Rex"}""";

    private final HttpResponse response = TestExchange.response(
            200,
            "{\"id\":42,\"name\":\"Rex\"}",
            "Content-Type",
            "application/json",
            "Set-Cookie",
            "a=1",
            "Set-Cookie",
            "b=2");

    @Nested
    class HasStatus {

        @Test
        void passes_for_the_status() {
            assertThat(response).hasStatus(200);
        }

        @Test
        void fails_with_the_body_and_the_response() {
            assertThatExceptionOfType(AssertionFailedError.class)
                    .isThrownBy(() -> assertThat(response).hasStatus(404))
                    .withMessage("""

                            Expecting response status:
                              404
                            but was:
                              200
                            with body:
                              {"id":42,"name":"Rex"}

                            """ + DESCRIPTION)
                    .satisfies(error -> {
                        org.assertj.core.api.Assertions.assertThat(
                                        error.getExpected().getValue())
                                .isEqualTo(404);
                        org.assertj.core.api.Assertions.assertThat(
                                        error.getActual().getValue())
                                .isEqualTo(200);
                    });
        }

        @Test
        void fails_with_the_whole_exchange_when_reached_from_an_exchange() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() ->
                            assertThat(TestExchange.routingMiss()).response().hasStatus(200))
                    .withMessageStartingWith("""

                            Expecting response status:
                              200
                            but was:
                              403
                            with body:
                              {"message":"Missing Authentication Token"}

                            Request:
                              GET /pet/42
                            """)
                    .withMessageContaining("Lambda event:\n  (the function was not invoked)\n")
                    .withMessageEndingWith("""
                            Execution log:
                              Received request GET /pet/42
                              No route matches GET /pet/42. Closest route:
                                GET /pets/{id}    path segment 1 is "pet", route expects "pets\"""");
        }
    }

    @Nested
    class HasHeader {

        @Test
        void passes_for_one_of_the_values_with_the_name_in_any_case() {
            assertThat(response).hasHeader("set-cookie", "b=2");
        }

        @Test
        void fails_with_the_values_of_the_header_and_all_names() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(response).hasHeader("Content-Type", "text/plain"))
                    .withMessage("""

                            Expecting response header Content-Type to have value:
                              "text/plain"
                            but its values were:
                              ["application/json"]
                            Response header names:
                              [Content-Type, Set-Cookie]

                            """ + DESCRIPTION);
        }

        @Test
        void fails_when_the_header_is_absent() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(response).hasHeader("Location", "/pets/42"))
                    .withMessageStartingWith("""

                            Expecting response header Location to have value:
                              "/pets/42"
                            but the response has no Location header
                            Response header names:
                              [Content-Type, Set-Cookie]
                            """);
        }
    }

    @Nested
    class HasHeaderValues {

        @Test
        void passes_for_every_value_in_order() {
            assertThat(response).hasHeaderValues("Set-Cookie", "a=1", "b=2");
        }

        @Test
        void fails_when_the_order_differs() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(response).hasHeaderValues("Set-Cookie", "b=2", "a=1"))
                    .withMessageStartingWith("""

                            Expecting response header Set-Cookie to have values, in order:
                              ["b=2","a=1"]
                            but its values were:
                              ["a=1","b=2"]
                            Response header names:
                              [Content-Type, Set-Cookie]
                            """);
        }
    }

    @Nested
    class DoesNotHaveHeader {

        @Test
        void passes_when_the_header_is_absent() {
            assertThat(response).doesNotHaveHeader("Location");
        }

        @Test
        void fails_with_the_values_of_the_header_in_any_case() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(response).doesNotHaveHeader("content-type"))
                    .withMessage("""

                            Expecting the response to have no content-type header, but it has:
                              ["application/json"]

                            """ + DESCRIPTION);
        }
    }

    @Nested
    class HasBodyText {

        @Test
        void passes_for_the_exact_text() {
            assertThat(response).hasBody("{\"id\":42,\"name\":\"Rex\"}");
        }

        @Test
        void fails_when_the_formatting_differs() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(response).hasBody("{\"id\": 42, \"name\": \"Rex\"}"))
                    .withMessage("""

                            Expecting response body:
                              {"id": 42, "name": "Rex"}
                            but was:
                              {"id":42,"name":"Rex"}

                            """ + DESCRIPTION);
        }
    }

    @Nested
    class HasJsonBody {

        @Test
        void passes_ignoring_formatting_and_key_order() {
            assertThat(response).hasJsonBody("{ \"name\": \"Rex\", \"id\": 42 }");
        }

        @Test
        void fails_when_a_value_differs() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(response).hasJsonBody("{\"name\": \"Rex\", \"id\": 43}"))
                    .withMessageStartingWith("""

                            Expecting response body to be JSON equal to:
                              {"name": "Rex", "id": 43}
                            but was:
                              {"id":42,"name":"Rex"}

                            Response:
                            """);
        }

        @Test
        void fails_when_the_body_is_not_json() {
            HttpResponse text = TestExchange.response(200, "hello");

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(text).hasJsonBody("{\"id\": 42}"))
                    .withMessage("""

                            Expecting response body to be JSON equal to:
                              {"id": 42}
                            but it is not JSON:
                              hello

                            Response:
                              200
                              hello""");
        }

        @Test
        void rejects_expected_text_that_is_not_json() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> assertThat(response).hasJsonBody("{id: 42}"))
                    .withMessage("The expected JSON is not one JSON value: {id: 42}");
        }
    }

    @Nested
    class HasJsonBodyField {

        private final HttpResponse pet =
                TestExchange.response(200, "{\"id\":\"42\",\"owner\":{\"name\":\"Ann\"},\"tag\":null}");

        @Test
        void passes_for_a_nested_field_and_for_null() {
            assertThat(pet).hasJsonBodyField("owner.name", "Ann").hasJsonBodyField("tag", null);
        }

        @Test
        void fails_when_the_value_has_another_json_type() {
            assertThatExceptionOfType(AssertionFailedError.class)
                    .isThrownBy(() -> assertThat(pet).hasJsonBodyField("id", 42))
                    .withMessageStartingWith("""

                            Expecting response body field id to be:
                              42
                            but was:
                              "42"

                            Response:
                            """);
        }

        @Test
        void fails_naming_the_object_that_lacks_the_key() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(pet).hasJsonBodyField("owner.age", 3))
                    .withMessageStartingWith("""

                            Expecting response body field owner.age to be:
                              3
                            but owner has no age; it holds:
                              {"name":"Ann"}
                            """);
        }

        @Test
        void fails_for_null_when_the_key_is_absent() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(pet).hasJsonBodyField("color", null))
                    .withMessageStartingWith("""

                            Expecting response body field color to be:
                              null
                            but the response body has no color; its keys are:
                              [id, owner, tag]
                            """);
        }

        @Test
        void fails_when_the_body_is_not_a_json_object() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(
                            () -> assertThat(TestExchange.response(200, "[1]")).hasJsonBodyField("id", 1))
                    .withMessage("""

                            Expecting the response body to be a JSON object with id, but it is not one:
                              [1]

                            Response:
                              200
                              [1]""");
        }
    }

    @Nested
    class HasEmptyBody {

        @Test
        void passes_without_a_body() {
            assertThat(TestExchange.response(204, "")).hasEmptyBody();
        }

        @Test
        void fails_with_the_body() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(response).hasEmptyBody())
                    .withMessage("""

                            Expecting an empty response body, but it has 22 bytes:
                              {"id":42,"name":"Rex"}

                            """ + DESCRIPTION);
        }
    }

    @Nested
    class HasBodyBytes {

        private final HttpResponse png = new HttpResponse(
                200, Headers.builder().add("Content-Type", "image/png").build(), new byte[] {(byte) 0x89, 'P', 'N', 'G'
                });

        @Test
        void passes_for_the_exact_bytes() {
            assertThat(png).hasBody(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }

        @Test
        void fails_with_the_bytes_and_the_first_difference() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(png).hasBody(new byte[] {(byte) 0x89, 'P', 'N', 'X', 0}))
                    .withMessage("""

                            Expecting response body bytes:
                              89 50 4e 58 00 (5 bytes)
                            but was:
                              89 50 4e 47 (4 bytes)
                            The first difference is at byte 3.

                            Response:
                              200
                              Content-Type: image/png
                              (4 bytes)""");
        }
    }

    @Nested
    class HasContentType {

        @Test
        void passes_for_the_exact_first_content_type() {
            assertThat(response).hasContentType("application/json");
        }

        @Test
        void fails_when_parameters_differ() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(response).hasContentType("application/json; charset=utf-8"))
                    .withMessage("""

                            Expecting response Content-Type:
                              "application/json; charset=utf-8"
                            but was:
                              "application/json"

                            """ + DESCRIPTION);
        }

        @Test
        void fails_without_a_content_type() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(TestExchange.response(204, "")).hasContentType("application/json"))
                    .withMessage("""

                            Expecting response Content-Type:
                              "application/json"
                            but the response has no Content-Type header
                            Response header names:
                              []

                            Response:
                              204
                              (no body)""");
        }
    }

    @Nested
    class Body {

        @Test
        void chains_string_assertions_on_the_body_text() {
            assertThat(response).body().contains("\"name\":\"Rex\"");
        }

        @Test
        void fails_with_assertj_message_and_description() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(response).body().startsWith("["))
                    .withMessage("""
                            [response body]\s
                            Expecting actual:
                              "{"id":42,"name":"Rex"}"
                            to start with:
                              "["
                            """);
        }
    }

    @Nested
    class AllowsOrigin {

        private static final String ORIGIN = "https://app.example.com";

        @Test
        void passes_for_the_exact_origin_or_a_star() {
            assertThat(TestExchange.response(401, "", "Access-Control-Allow-Origin", ORIGIN))
                    .allowsOrigin(ORIGIN);
            assertThat(TestExchange.response(200, "", "Access-Control-Allow-Origin", "*"))
                    .allowsOrigin(ORIGIN);
        }

        @Test
        void fails_without_the_header_listing_the_cors_headers() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(response).allowsOrigin(ORIGIN))
                    .withMessage("""

                            Expecting a browser at origin:
                              "https://app.example.com"
                            to accept the response,
                            but the response has no Access-Control-Allow-Origin header.
                            Access-Control-* headers of the response:
                              (none)

                            """ + DESCRIPTION);
        }

        @Test
        void fails_for_another_origin_compared_character_for_character() {
            HttpResponse other = TestExchange.response(
                    200,
                    "",
                    "Access-Control-Allow-Origin",
                    "https://app.example.com/",
                    "Access-Control-Allow-Methods",
                    "GET");

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(other).allowsOrigin(ORIGIN))
                    .withMessage("""

                            Expecting a browser at origin:
                              "https://app.example.com"
                            to accept the response,
                            but Access-Control-Allow-Origin is "https://app.example.com/", which is not the origin and\
                             not "*" (origins are compared character for character).
                            Access-Control-* headers of the response:
                              Access-Control-Allow-Origin: https://app.example.com/
                              Access-Control-Allow-Methods: GET

                            Response:
                              200
                              Access-Control-Allow-Origin: https://app.example.com/
                              Access-Control-Allow-Methods: GET
                              (no body)""");
        }

        @Test
        void fails_for_two_header_lines_which_a_browser_joins() {
            HttpResponse twice = TestExchange.response(
                    200, "", "Access-Control-Allow-Origin", ORIGIN, "Access-Control-Allow-Origin", ORIGIN);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(twice).allowsOrigin(ORIGIN))
                    .withMessageContaining("but the response has 2 Access-Control-Allow-Origin headers, which a browser"
                            + " reads as the one value \"https://app.example.com, https://app.example.com\".");
        }
    }

    @Nested
    class AllowsCredentialedOrigin {

        private static final String ORIGIN = "https://app.example.com";

        @Test
        void passes_for_the_origin_with_credentials_true() {
            assertThat(TestExchange.response(
                            200, "", "Access-Control-Allow-Origin", ORIGIN, "Access-Control-Allow-Credentials", "true"))
                    .allowsCredentialedOrigin(ORIGIN);
        }

        @Test
        void fails_for_a_star() {
            HttpResponse star = TestExchange.response(
                    200, "", "Access-Control-Allow-Origin", "*", "Access-Control-Allow-Credentials", "true");

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(star).allowsCredentialedOrigin(ORIGIN))
                    .withMessageStartingWith("""

                            Expecting a browser at origin:
                              "https://app.example.com"
                            to accept the response with credentials,
                            but Access-Control-Allow-Origin is "*", which a browser does not accept for a request with\
                             credentials; the response must name the origin itself.
                            Access-Control-* headers of the response:
                              Access-Control-Allow-Origin: *
                              Access-Control-Allow-Credentials: true
                            """);
        }

        @Test
        void fails_without_credentials_true() {
            HttpResponse withoutCredentials = TestExchange.response(200, "", "Access-Control-Allow-Origin", ORIGIN);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(withoutCredentials).allowsCredentialedOrigin(ORIGIN))
                    .withMessageContaining("but the response has no Access-Control-Allow-Credentials header, and a"
                            + " request with credentials needs Access-Control-Allow-Credentials: true.");
        }

        @Test
        void fails_for_credentials_in_another_case() {
            HttpResponse capitalized = TestExchange.response(
                    200, "", "Access-Control-Allow-Origin", ORIGIN, "Access-Control-Allow-Credentials", "True");

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(capitalized).allowsCredentialedOrigin(ORIGIN))
                    .withMessageContaining("but Access-Control-Allow-Credentials is \"True\", not \"true\".");
        }
    }

    @Nested
    class AllowsPreflight {

        private static final String ORIGIN = "https://app.example.com";

        private final HttpResponse preflight = TestExchange.response(
                200,
                "{}",
                "Access-Control-Allow-Origin",
                "*",
                "Access-Control-Allow-Headers",
                "Content-Type,X-Amz-Date,Authorization",
                "Access-Control-Allow-Methods",
                "OPTIONS,PUT");

        @Test
        void passes_for_a_listed_method_and_headers_in_any_case() {
            assertThat(preflight).allowsPreflight(ORIGIN, "PUT", "content-type", "authorization");
        }

        @Test
        void passes_for_safelisted_methods_without_listing_them() {
            assertThat(preflight).allowsPreflight(ORIGIN, "GET").allowsPreflight(ORIGIN, "post");
        }

        @Test
        void fails_for_a_method_not_listed() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(preflight).allowsPreflight(ORIGIN, "DELETE"))
                    .withMessageStartingWith("""

                            Expecting a browser at origin:
                              "https://app.example.com"
                            to accept the response as the answer to its preflight for DELETE,
                            but Access-Control-Allow-Methods "OPTIONS,PUT" does not list the method DELETE (methods\
                             are compared case-sensitively; GET, HEAD and POST need no listing).
                            Access-Control-* headers of the response:
                              Access-Control-Allow-Origin: *
                              Access-Control-Allow-Headers: Content-Type,X-Amz-Date,Authorization
                              Access-Control-Allow-Methods: OPTIONS,PUT
                            """);
        }

        @Test
        void compares_methods_case_sensitively_after_fetch_normalization() {
            HttpResponse lowerCase = TestExchange.response(
                    204, "", "Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", "patch");

            assertThat(lowerCase).allowsPreflight(ORIGIN, "patch");
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(lowerCase).allowsPreflight(ORIGIN, "PATCH"))
                    .withMessageContaining("does not list the method PATCH");
        }

        @Test
        void fails_for_a_header_not_listed() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(preflight).allowsPreflight(ORIGIN, "PUT", "X-Api-Key"))
                    .withMessageContaining("to accept the response as the answer to its preflight for PUT with"
                            + " [X-Api-Key],\nbut Access-Control-Allow-Headers \"Content-Type,X-Amz-Date,Authorization\""
                            + " does not list the request header X-Api-Key.");
        }

        @Test
        void a_star_covers_every_header_but_authorization() {
            HttpResponse star = TestExchange.response(
                    200,
                    "",
                    "Access-Control-Allow-Origin",
                    "*",
                    "Access-Control-Allow-Headers",
                    "*",
                    "Access-Control-Allow-Methods",
                    "*");

            assertThat(star).allowsPreflight(ORIGIN, "DELETE", "X-Api-Key");
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(star).allowsPreflight(ORIGIN, "DELETE", "Authorization"))
                    .withMessageContaining("but Access-Control-Allow-Headers \"*\" does not list Authorization, which"
                            + " \"*\" does not cover.");
        }

        @Test
        void fails_for_a_status_that_is_not_ok() {
            HttpResponse unauthorized = TestExchange.response(401, "", "Access-Control-Allow-Origin", "*");

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(unauthorized).allowsPreflight(ORIGIN, "GET"))
                    .withMessageContaining(
                            "but the preflight answer has status 401, and a browser accepts only 200 to" + " 299.");
        }

        @Test
        void fails_without_allowed_methods_for_a_method_that_needs_them() {
            HttpResponse originOnly = TestExchange.response(200, "", "Access-Control-Allow-Origin", "*");

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(originOnly).allowsPreflight(ORIGIN, "PUT"))
                    .withMessageContaining("but the response has no Access-Control-Allow-Methods header, so it does not"
                            + " list the method PUT");
        }

        @Test
        void fails_for_a_list_that_is_not_made_of_names() {
            HttpResponse semicolons = TestExchange.response(
                    200, "", "Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", "GET;PUT");

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(semicolons).allowsPreflight(ORIGIN, "PUT"))
                    .withMessageContaining("but Access-Control-Allow-Methods \"GET;PUT\" is not a comma-separated list"
                            + " of names, so a browser refuses the preflight.");
        }

        @Test
        void fails_the_cors_check_first() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(response).allowsPreflight(ORIGIN, "GET"))
                    .withMessageContaining("but the response has no Access-Control-Allow-Origin header.");
        }
    }
}

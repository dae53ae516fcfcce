package io.apigwsim.internal.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventClaimsTests {

    // The payload of the Cognito ID token in aws-powertools/powertools-lambda-typescript
    // packages/parser/tests/events/apigw-rest/jwt-authorizer-auth.json (its Authorization header); the same
    // token went through an HTTP API in apigw-http/jwt-authorizer-auth.json.
    private static final String RECORDED_PAYLOAD = "eyJvcmlnaW5fanRpIjoiMzdjYzAyY2YtNWMxNC00NjM2LWJlYjMtNGY4Y2E4ODc"
            + "5MzViIiwic3ViIjoiZDJmNTA0NDQtMDA0MS03MDM2LWFlYTItYTk1NWZjYTMzZDM3IiwiYXVkIjoiM25rb2VwNDE1MWI3dW1lZ2dub3R0"
            + "YzMwdTkiLCJldmVudF9pZCI6ImM3ZjZjYzYyLWM0NzYtNGM2YS1iYTViLTc0NTI0NGRmZTVlZSIsInRva2VuX3VzZSI6ImlkIiwiYXV0"
            + "aF90aW1lIjoxNzE4NjM2NDA0LCJpc3MiOiJodHRwczpcL1wvY29nbml0by1pZHAuZXUtd2VzdC0xLmFtYXpvbmF3cy5jb21cL2V1LXdl"
            + "c3QtMV95MGJMRzRpMjciLCJjb2duaXRvOnVzZXJuYW1lIjoiYWFtb3Jvc2kiLCJleHAiOjE3MTg3MjI4MDQsImlhdCI6MTcxODYzNjQw"
            + "NCwianRpIjoiMTM3MjdhYmEtODllNi00ODk2LWJkOWUtOGNiYzBmNDc4ZjljIn0";

    private static Map<String, Object> recordedClaims() {
        String json = new String(Base64.getUrlDecoder().decode(RECORDED_PAYLOAD), StandardCharsets.UTF_8);
        return Json.tryReadObject(json).orElseThrow();
    }

    private static Map<String, Object> claims(Object... namesAndValues) {
        Map<String, Object> claims = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            claims.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return claims;
    }

    @Nested
    class Http_api {

        // Recorded: jwt.claims are strings in sorted key order, exp and auth_time as epoch seconds
        // (docs/behavior.md#jwt-claims-in-events).
        @Test
        void the_recorded_token_gives_the_recorded_claims() {
            assertThat(EventClaims.forHttpApi(recordedClaims()))
                    .containsExactly(
                            Map.entry("aud", "3nkoep4151b7umeggnottc30u9"),
                            Map.entry("auth_time", "1718636404"),
                            Map.entry("cognito:username", "aamorosi"),
                            Map.entry("event_id", "c7f6cc62-c476-4c6a-ba5b-745244dfe5ee"),
                            Map.entry("exp", "1718722804"),
                            Map.entry("iat", "1718636404"),
                            Map.entry("iss", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_y0bLG4i27"),
                            Map.entry("jti", "13727aba-89e6-4896-bd9e-8cbc0f478f9c"),
                            Map.entry("origin_jti", "37cc02cf-5c14-4636-beb3-4f8ca887935b"),
                            Map.entry("sub", "d2f50444-0041-7036-aea2-a955fca33d37"),
                            Map.entry("token_use", "id"));
        }

        // [UNCERTAIN] arrays as "[a b]", booleans as text, nulls left out (docs/behavior.md#uncertain-jwt-and-cognito)
        @Test
        void an_array_is_written_in_brackets_separated_by_spaces() {
            assertThat(EventClaims.forHttpApi(claims("cognito:groups", List.of("admin", "poweruser"))))
                    .containsEntry("cognito:groups", "[admin poweruser]");
        }

        @Test
        void an_array_of_numbers_and_nested_arrays_is_written_the_same_way() {
            assertThat(EventClaims.forHttpApi(claims("x", List.of(1, List.of("a", true), 2.5))))
                    .containsEntry("x", "[1 [a true] 2.5]");
        }

        @Test
        void an_empty_array_is_empty_brackets() {
            assertThat(EventClaims.forHttpApi(claims("x", List.of()))).containsEntry("x", "[]");
        }

        @Test
        void a_boolean_is_its_text() {
            assertThat(EventClaims.forHttpApi(claims("email_verified", true, "phone_verified", false)))
                    .containsEntry("email_verified", "true")
                    .containsEntry("phone_verified", "false");
        }

        @Test
        void a_null_claim_is_left_out() {
            assertThat(EventClaims.forHttpApi(claims("nickname", null, "sub", "a")))
                    .containsExactly(Map.entry("sub", "a"));
        }

        @Test
        void an_object_is_compact_json() {
            assertThat(EventClaims.forHttpApi(claims("address", claims("city", "Paris", "zip", 75001))))
                    .containsEntry("address", "{\"city\":\"Paris\",\"zip\":75001}");
        }

        @Test
        void an_integral_number_is_integer_text_whatever_its_json_spelling() {
            assertThat(EventClaims.forHttpApi(claims("a", 1.718722804E9, "b", 12L, "c", 0.25)))
                    .containsEntry("a", "1718722804")
                    .containsEntry("b", "12")
                    .containsEntry("c", "0.25");
        }
    }

    @Nested
    class Rest_cognito {

        // Recorded: claims in the token's order, exp and iat as Java Date text in UTC, auth_time as epoch seconds
        // (docs/behavior.md#cognito-claims-in-events).
        @Test
        void the_recorded_token_gives_the_recorded_claims() {
            assertThat(EventClaims.forRestCognito(recordedClaims()))
                    .containsExactly(
                            Map.entry("origin_jti", "37cc02cf-5c14-4636-beb3-4f8ca887935b"),
                            Map.entry("sub", "d2f50444-0041-7036-aea2-a955fca33d37"),
                            Map.entry("aud", "3nkoep4151b7umeggnottc30u9"),
                            Map.entry("event_id", "c7f6cc62-c476-4c6a-ba5b-745244dfe5ee"),
                            Map.entry("token_use", "id"),
                            Map.entry("auth_time", "1718636404"),
                            Map.entry("iss", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_y0bLG4i27"),
                            Map.entry("cognito:username", "aamorosi"),
                            Map.entry("exp", "Tue Jun 18 15:00:04 UTC 2024"),
                            Map.entry("iat", "Mon Jun 17 15:00:04 UTC 2024"),
                            Map.entry("jti", "13727aba-89e6-4896-bd9e-8cbc0f478f9c"));
        }

        // Recorded in https://github.com/amazon-archives/amazon-cognito-identity-js/issues/92
        // (docs/behavior.md#cognito-claims-in-events).
        @Test
        void exp_and_iat_are_written_like_the_2016_capture() {
            Map<String, String> rendered =
                    EventClaims.forRestCognito(claims("email_verified", true, "exp", 1469818373, "iat", 1469814773));

            assertThat(rendered)
                    .containsExactly(
                            Map.entry("email_verified", "true"),
                            Map.entry("exp", "Fri Jul 29 18:52:53 UTC 2016"),
                            Map.entry("iat", "Fri Jul 29 17:52:53 UTC 2016"));
        }

        @Test
        void a_single_digit_day_is_written_with_two_digits() {
            assertThat(EventClaims.forRestCognito(claims("exp", 1704448800)))
                    .containsEntry("exp", "Fri Jan 05 10:00:00 UTC 2024");
        }

        @Test
        void other_numbers_stay_numbers() {
            assertThat(EventClaims.forRestCognito(claims("auth_time", 1718636404, "nbf", 1718636404)))
                    .containsEntry("auth_time", "1718636404")
                    .containsEntry("nbf", "1718636404");
        }

        // [UNCERTAIN] (docs/behavior.md#uncertain-jwt-and-cognito)
        @Test
        void cognito_groups_is_one_string() {
            assertThat(EventClaims.forRestCognito(claims("cognito:groups", List.of("admin", "users"))))
                    .containsEntry("cognito:groups", "[admin users]");
        }

        @Test
        void an_exp_that_is_not_a_number_is_kept_as_text() {
            assertThat(EventClaims.forRestCognito(claims("exp", "soon"))).containsEntry("exp", "soon");
        }
    }
}

package io.apigwsim.internal.authorizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardPatternTests {

    // IAM: "*" any run of characters, "?" one character, within the colon-separated segments; a "*" that ends a
    // segment may span colons; everything else literal and case-sensitive
    // (docs/behavior.md#rest-authorizer-policy-evaluation).
    @Nested
    class Resources {

        @ParameterizedTest(name = "{0} matches {1}")
        @CsvSource(delimiter = '|', textBlock = """
                *                                                         | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets
                arn:aws:execute-api:*                                     | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets
                arn:aws:execute-api:*:*:*                                 | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets
                arn:aws:execute-api:us-east-1:123456789012:abcdef123/*    | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets/42
                arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/ | arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/prod/GET/
                arn:aws:execute-api:us-east-1:123456789012:abcdef123/*/*/pets/* | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets/1/toys
                arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets/?? | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets/42
                arn:aws:execute-api:*east-1:123456789012:abcdef123/prod/GET/ | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/
                arn:aws:execute-api:us-east-?:*                           | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/
                a*                                                        | a:b:c
                a*:c                                                      | a:b:c
                a*:*                                                      | a:b:c
                """)
        void wildcards_match(String pattern, String arn) {
            assertThat(WildcardPattern.resource(pattern).matches(arn)).isTrue();
        }

        @ParameterizedTest(name = "{0} does not match {1}")
        @CsvSource(delimiter = '|', textBlock = """
                arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets/42
                arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/POST/pets
                arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets/? | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets/42
                arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/get/pets | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets
                arn:aws:execute-api:us-east-1:123456789012:ABCDEF123/* | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/
                arn:aws:execute-api:*/prod/*                            | arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/
                a*b                                                     | a:b
                a?b                                                     | a:b
                """)
        void wildcards_do_not_match(String pattern, String arn) {
            assertThat(WildcardPattern.resource(pattern).matches(arn)).isFalse();
        }

        // Regular-expression metacharacters are literal; AWS SAM CLI turns the pattern into a regex without escaping
        // them, so "." matches any character there (docs/behavior.md#emulator-differences).
        @ParameterizedTest(name = "{0} does not match {1}")
        @CsvSource(delimiterString = " => ", textBlock = """
                arn:aws:execute-api:us-east-1:123456789012:api.v1/prod/GET/   => arn:aws:execute-api:us-east-1:123456789012:apixv1/prod/GET/
                arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/pets+ => arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/petsss
                arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/{id}  => arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/42
                arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/a|b   => arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/b
                arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/[ab]  => arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/a
                arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/x$    => arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/x
                """)
        void regex_metacharacters_are_literal(String pattern, String arn) {
            assertThat(WildcardPattern.resource(pattern).matches(arn)).isFalse();
        }

        @ParameterizedTest(name = "{0} matches itself")
        @CsvSource(delimiterString = " => ", textBlock = """
                arn:aws:execute-api:us-east-1:123456789012:api.v1/prod/GET/
                arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/{id}
                arn:aws:execute-api:us-east-1:123456789012:api/prod/GET/a|b(c)[d]^$\\Q\\E
                """)
        void regex_metacharacters_match_themselves(String arn) {
            assertThat(WildcardPattern.resource(arn).matches(arn)).isTrue();
        }

        @Test
        void a_wildcard_matches_a_newline_in_a_path_value() {
            assertThat(WildcardPattern.resource("arn:aws:execute-api:us-east-1:1:api/prod/GET/*")
                            .matches("arn:aws:execute-api:us-east-1:1:api/prod/GET/a\nb"))
                    .isTrue();
        }
    }

    // IAM: the service prefix and the action name are case-insensitive
    // (docs/behavior.md#rest-authorizer-policy-evaluation).
    @Nested
    class Actions {

        @ParameterizedTest(name = "{0} matches execute-api:Invoke")
        @CsvSource(textBlock = """
                execute-api:Invoke
                EXECUTE-API:INVOKE
                execute-api:invoke
                execute-api:*
                *
                execute-api:Inv?ke
                execute-api:Inv*
                *:Invoke
                """)
        void invoke_is_matched(String pattern) {
            assertThat(WildcardPattern.action(pattern).matches(PolicyStatement.INVOKE))
                    .isTrue();
        }

        @ParameterizedTest(name = "{0} does not match execute-api:Invoke")
        @CsvSource(textBlock = """
                execute-api:ManageConnections
                execute-api:Invoke?
                execute-api:InvokeApi
                execute-api
                s3:*
                execute.api:Invoke
                """)
        void other_actions_are_not(String pattern) {
            assertThat(WildcardPattern.action(pattern).matches(PolicyStatement.INVOKE))
                    .isFalse();
        }

        // The suite runs in a Turkish locale, where "I".toLowerCase() is a dotless ı.
        @Test
        void case_folding_does_not_depend_on_the_locale() {
            assertThat(WildcardPattern.action("EXECUTE-API:INVOKE").matches("execute-api:invoke"))
                    .isTrue();
        }
    }
}

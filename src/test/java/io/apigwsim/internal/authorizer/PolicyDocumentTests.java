package io.apigwsim.internal.authorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyDocumentTests {

    private static final String GET_PETS = "arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets";
    private static final String POST_PETS = "arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/POST/pets";
    private static final String GET_PET_42 = "arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets/42";

    @Nested
    class Evaluation {

        // The guide's example: Deny GET / of API ymy8tbxw7b in any stage
        // (docs/behavior.md#rest-authorizer-policy-evaluation).
        @Test
        void the_guides_deny_example_denies_get_on_the_root_in_every_stage() {
            PolicyDocument policy = policy("""
                    {"Version": "2012-10-17", "Statement": [{"Action": "execute-api:Invoke", "Effect": "Deny",
                      "Resource": "arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/"}]}""");

            assertThat(policy.evaluate("arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/prod/GET/")
                            .decision())
                    .isEqualTo(PolicyDecision.EXPLICIT_DENY);
            assertThat(policy.evaluate("arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/test/GET/")
                            .decision())
                    .isEqualTo(PolicyDecision.EXPLICIT_DENY);
            assertThat(policy.evaluate("arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/prod/POST/")
                            .decision())
                    .isEqualTo(PolicyDecision.IMPLICIT_DENY);
        }

        // The guide's output example allows GET /pets/* (docs/behavior.md#rest-authorizer-policy-evaluation).
        @Test
        void the_guides_allow_example_allows_the_pets_children_only() {
            PolicyDocument policy = policy("""
                    {"Version": "2012-10-17", "Statement": [{"Action": "execute-api:Invoke", "Effect": "Allow",
                      "Resource": "arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/pets/*"}]}""");

            assertThat(policy.evaluate(GET_PET_42).decision()).isEqualTo(PolicyDecision.ALLOW);
            assertThat(policy.evaluate(GET_PETS).decision()).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        }

        // The classic cached-policy case: a policy naming the method ARN of GET /pets, reused from the cache for
        // POST /pets, denies it (docs/behavior.md#rest-authorizer-policy-evaluation).
        @Test
        void a_policy_naming_one_method_arn_implicitly_denies_another() {
            PolicyDocument cached = policy(allow(GET_PETS));

            PolicyEvaluation first = cached.evaluate(GET_PETS);
            PolicyEvaluation second = cached.evaluate(POST_PETS);

            assertThat(first.decision()).isEqualTo(PolicyDecision.ALLOW);
            assertThat(second.decision()).isEqualTo(PolicyDecision.IMPLICIT_DENY);
            assertThat(cached.evaluate(GET_PET_42).decision()).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        }

        // An explicit Deny wins over an Allow of the same ARN; AWS SAM CLI and serverless-offline before 4.8.0
        // skipped Deny statements (docs/behavior.md#rest-authorizer-policy-evaluation, #emulator-differences).
        @Test
        void an_explicit_deny_wins_over_an_allow_whatever_the_order() {
            PolicyDocument allowFirst = policy("""
                    {"Statement": [
                      {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*"},
                      {"Effect": "Deny", "Action": "execute-api:Invoke", "Resource": "%s"}]}""".formatted(GET_PETS));
            PolicyDocument denyFirst = policy("""
                    {"Statement": [
                      {"Effect": "Deny", "Action": "execute-api:Invoke", "Resource": "%s"},
                      {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*"}]}""".formatted(GET_PETS));

            PolicyEvaluation evaluation = allowFirst.evaluate(GET_PETS);

            assertThat(evaluation.decision()).isEqualTo(PolicyDecision.EXPLICIT_DENY);
            assertThat(evaluation.decidingStatement()).isEqualTo(OptionalInt.of(1));
            assertThat(evaluation.reason())
                    .isEqualTo("Statement[1] (Deny) denies execute-api:Invoke on " + GET_PETS + ": explicit deny");
            assertThat(denyFirst.evaluate(GET_PETS).decision()).isEqualTo(PolicyDecision.EXPLICIT_DENY);
            assertThat(allowFirst.evaluate(POST_PETS).decision()).isEqualTo(PolicyDecision.ALLOW);
        }

        @Test
        void an_allow_names_the_first_allowing_statement() {
            PolicyDocument policy = policy("""
                    {"Statement": [
                      {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "%s"},
                      {"Effect": "Allow", "Action": "execute-api:*", "Resource": "*"},
                      {"Effect": "Allow", "Action": "*", "Resource": "*"}]}""".formatted(POST_PETS));

            PolicyEvaluation evaluation = policy.evaluate(GET_PETS);

            assertThat(evaluation.decision()).isEqualTo(PolicyDecision.ALLOW);
            assertThat(evaluation.allowed()).isTrue();
            assertThat(evaluation.decidingStatement()).isEqualTo(OptionalInt.of(1));
            assertThat(evaluation.conditionInvolved()).isFalse();
            assertThat(evaluation.reason()).isEqualTo("Statement[1] (Allow) allows execute-api:Invoke on " + GET_PETS);
        }

        @Test
        void no_matching_statement_is_an_implicit_deny() {
            PolicyEvaluation evaluation = policy(allow(POST_PETS)).evaluate(GET_PETS);

            assertThat(evaluation.decision()).isEqualTo(PolicyDecision.IMPLICIT_DENY);
            assertThat(evaluation.allowed()).isFalse();
            assertThat(evaluation.decidingStatement()).isEmpty();
            assertThat(evaluation.reason())
                    .isEqualTo("no statement allows execute-api:Invoke on " + GET_PETS + ": implicit deny");
        }

        // An Allow whose Resource is an empty list matches nothing: 403 "User is not authorized to access this
        // resource", recorded (docs/behavior.md#rest-authorizer-policy-evaluation).
        @Test
        void an_empty_resource_list_matches_nothing() {
            PolicyDocument policy = policy("""
                    {"Statement": [{"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": []}]}""");

            assertThat(policy.evaluate(GET_PETS).decision()).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        }

        @Test
        void an_empty_statement_list_denies_implicitly() {
            assertThat(policy("{\"Statement\": []}").evaluate(GET_PETS).decision())
                    .isEqualTo(PolicyDecision.IMPLICIT_DENY);
        }

        @Test
        void a_statement_for_another_action_does_not_apply() {
            PolicyDocument policy = policy("""
                    {"Statement": [
                      {"Effect": "Deny", "Action": "execute-api:ManageConnections", "Resource": "*"},
                      {"Effect": "Allow", "Action": ["s3:GetObject", "execute-api:Invoke"], "Resource": "*"}]}""");

            assertThat(policy.evaluate(GET_PETS).decision()).isEqualTo(PolicyDecision.ALLOW);
        }

        @Test
        void action_and_resource_may_each_be_a_string_or_a_list() {
            PolicyDocument policy = policy("""
                    {"Statement": {"Effect": "Allow", "Action": ["execute-api:Invoke"],
                      "Resource": ["%s", "%s"]}}""".formatted(POST_PETS, GET_PET_42));

            assertThat(policy.evaluate(POST_PETS).decision()).isEqualTo(PolicyDecision.ALLOW);
            assertThat(policy.evaluate(GET_PET_42).decision()).isEqualTo(PolicyDecision.ALLOW);
            assertThat(policy.evaluate(GET_PETS).decision()).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        }

        @Test
        void a_single_statement_object_counts_as_statement_0() {
            PolicyEvaluation evaluation = policy("""
                            {"Statement": {"Effect": "Deny", "Action": "execute-api:Invoke", "Resource": "*"}}""").evaluate(GET_PETS);

            assertThat(evaluation.decidingStatement()).isEqualTo(OptionalInt.of(0));
        }

        @Test
        void not_resource_covers_every_arn_it_does_not_match() {
            PolicyDocument policy = policy("""
                    {"Statement": [
                      {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*"},
                      {"Effect": "Deny", "Action": "execute-api:Invoke",
                       "NotResource": ["arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/*"]}]}""");

            assertThat(policy.evaluate(GET_PETS).decision()).isEqualTo(PolicyDecision.ALLOW);
            assertThat(policy.evaluate(POST_PETS).decision()).isEqualTo(PolicyDecision.EXPLICIT_DENY);
        }

        @Test
        void not_action_covers_invoke_unless_it_names_it() {
            PolicyDocument allowsAllButConnections = policy("""
                    {"Statement": [{"Effect": "Allow", "NotAction": "execute-api:ManageConnections",
                      "Resource": "*"}]}""");
            PolicyDocument allowsAllButInvoke = policy("""
                    {"Statement": [{"Effect": "Allow", "NotAction": "execute-api:invoke", "Resource": "*"}]}""");

            assertThat(allowsAllButConnections.evaluate(GET_PETS).decision()).isEqualTo(PolicyDecision.ALLOW);
            assertThat(allowsAllButInvoke.evaluate(GET_PETS).decision()).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        }

        // [UNCERTAIN] A Condition is not evaluated and fails closed (docs/behavior.md#uncertain-authorizers).
        @Test
        void an_allow_with_a_condition_never_matches() {
            PolicyEvaluation evaluation = policy("""
                            {"Statement": [{"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*",
                              "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}]}""").evaluate(GET_PETS);

            assertThat(evaluation.decision()).isEqualTo(PolicyDecision.IMPLICIT_DENY);
            assertThat(evaluation.conditionInvolved()).isTrue();
            assertThat(evaluation.decidingStatement()).isEmpty();
            assertThat(evaluation.reason())
                    .isEqualTo("no statement allows execute-api:Invoke on " + GET_PETS + ": implicit deny;"
                            + " Statement[0] (Allow) would, but apigw-sim does not evaluate a Condition and skips an"
                            + " Allow that has one");
        }

        @Test
        void a_deny_with_a_condition_always_applies() {
            PolicyEvaluation evaluation = policy("""
                            {"Statement": [
                              {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*"},
                              {"Effect": "Deny", "Action": "execute-api:Invoke", "Resource": "*",
                               "Condition": {"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}]}""").evaluate(GET_PETS);

            assertThat(evaluation.decision()).isEqualTo(PolicyDecision.EXPLICIT_DENY);
            assertThat(evaluation.conditionInvolved()).isTrue();
            assertThat(evaluation.reason())
                    .isEqualTo("Statement[1] (Deny) denies execute-api:Invoke on " + GET_PETS + ": explicit deny;"
                            + " it has a Condition, which apigw-sim does not evaluate and treats as met");
        }

        @Test
        void an_unconditional_allow_still_allows_next_to_a_conditional_one() {
            PolicyEvaluation evaluation = policy("""
                            {"Statement": [
                              {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*",
                               "Condition": {"Bool": {"aws:SecureTransport": "true"}}},
                              {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*"}]}""").evaluate(GET_PETS);

            assertThat(evaluation.decision()).isEqualTo(PolicyDecision.ALLOW);
            assertThat(evaluation.decidingStatement()).isEqualTo(OptionalInt.of(1));
            assertThat(evaluation.conditionInvolved()).isFalse();
        }

        // "Condition": {} carries no condition; authorizers answering with it work
        // (docs/behavior.md#rest-authorizer-policy-evaluation).
        @Test
        void an_empty_condition_is_no_condition() {
            PolicyEvaluation evaluation = policy("""
                            {"Statement": [{"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*",
                              "Condition": {}}]}""").evaluate(GET_PETS);

            assertThat(evaluation.decision()).isEqualTo(PolicyDecision.ALLOW);
            assertThat(evaluation.conditionInvolved()).isFalse();
        }

        @Test
        void sid_version_and_unknown_elements_are_ignored() {
            PolicyDocument policy = policy("""
                    {"Version": "2008-10-17", "Id": "p1", "Statement": [{"Sid": "AllowAll",
                      "Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*", "Extra": [1, 2]}]}""");

            assertThat(policy.evaluate(GET_PETS).decision()).isEqualTo(PolicyDecision.ALLOW);
        }

        @Test
        void a_resource_of_exactly_512_characters_is_accepted() {
            String resource = GET_PETS + "/" + "x".repeat(512 - GET_PETS.length() - 1);

            PolicyDocument policy = policy(allow(resource));

            assertThat(resource).hasSize(512);
            assertThat(policy.evaluate(resource).decision()).isEqualTo(PolicyDecision.ALLOW);
        }
    }

    // What API Gateway cannot parse is an authorizer configuration error (docs/behavior.md#rest-authorizer-output).
    @Nested
    class InvalidPolicies {

        @Test
        void a_missing_policy_document_is_invalid() {
            assertThatThrownBy(() -> PolicyDocument.parse(null))
                    .isInstanceOf(InvalidAuthorizerOutputException.class)
                    .hasMessage("the function's result has no policyDocument; an authorizer returns an object such as"
                            + " {\"principalId\": \"...\", \"policyDocument\": {\"Version\": \"2012-10-17\","
                            + " \"Statement\": [...]}}");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                null                                                             | policyDocument is null, not an object
                "{}"                                                             | policyDocument is the string "{}", not an object
                []                                                               | policyDocument is a list, not an object
                {}                                                               | policyDocument has no Statement; give one statement object or a list of them
                {"statement": []}                                                | policyDocument has no Statement; give one statement object or a list of them
                {"Statement": null}                                              | policyDocument.Statement is null, not an object
                {"Statement": ["Allow"]}                                         | policyDocument.Statement[0] is the string "Allow", not an object
                {"Statement": [{"Action": "*", "Resource": "*"}]}                | policyDocument.Statement[0] has no Effect; give "Allow" or "Deny"
                {"Statement": [{"Effect": "allow", "Action": "*", "Resource": "*"}]} | policyDocument.Statement[0].Effect is the string "allow"; it must be "Allow" or "Deny", spelled exactly so
                {"Statement": [{"Effect": true, "Action": "*", "Resource": "*"}]}    | policyDocument.Statement[0].Effect is the boolean true; it must be "Allow" or "Deny", spelled exactly so
                {"Statement": [{"Effect": "Allow", "Resource": "*"}]}            | policyDocument.Statement[0] has neither Action nor NotAction; give one of them
                {"Statement": [{"Effect": "Allow", "Action": "*", "NotAction": "s3:*", "Resource": "*"}]} | policyDocument.Statement[0] has both Action and NotAction; give only one of them
                {"Statement": [{"Effect": "Allow", "Action": "*"}]}              | policyDocument.Statement[0] has neither Resource nor NotResource; give one of them
                {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "NotResource": "*"}]} | policyDocument.Statement[0] has both Resource and NotResource; give only one of them
                {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": null}]} | policyDocument.Statement[0].Resource is null, not a string or a list of strings
                {"Statement": [{"Effect": "Allow", "Action": 7, "Resource": "*"}]}   | policyDocument.Statement[0].Action is the number 7, not a string or a list of strings
                {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": ["*", {}]}]} | policyDocument.Statement[0].Resource[1] is an object, not a string
                {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": null}]} | policyDocument.Statement[0].Condition is null; leave Condition out or give an object
                {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": []}]}   | policyDocument.Statement[0].Condition is a list; leave Condition out or give an object
                {"Statement": {"Effect": "Deny", "Action": "*"}}                 | policyDocument.Statement has neither Resource nor NotResource; give one of them
                """)
        void unparseable_policies_are_invalid(String policy, String message) {
            JsonNode document = Json.tryRead(policy).orElseThrow();

            assertThatThrownBy(() -> PolicyDocument.parse(document))
                    .isInstanceOf(InvalidAuthorizerOutputException.class)
                    .hasMessage(message);
        }

        // A resource ARN in a returned policy is limited to 512 characters; [UNCERTAIN] one over it is unparseable
        // (docs/behavior.md#rest-authorizer-policy-evaluation, #uncertain-authorizers).
        @Test
        void a_resource_over_512_characters_makes_the_policy_invalid() {
            String resource = GET_PETS + "/" + "x".repeat(513 - GET_PETS.length() - 1);

            assertThatThrownBy(() -> policy("""
                            {"Statement": [{"Effect": "Deny", "Action": "execute-api:Invoke",
                              "NotResource": ["*", "%s"]}]}""".formatted(resource)))
                    .isInstanceOf(InvalidAuthorizerOutputException.class)
                    .hasMessage("policyDocument.Statement[0].NotResource[1] is 513 characters long; API Gateway accepts"
                            + " a resource ARN of at most 512 characters in a policy statement");
        }
    }

    private static PolicyDocument policy(String json) {
        return PolicyDocument.parse(Json.tryRead(json).orElseThrow());
    }

    private static String allow(String resource) {
        return """
                {"Version": "2012-10-17", "Statement": [{"Action": "execute-api:Invoke", "Effect": "Allow",
                  "Resource": "%s"}]}""".formatted(resource);
    }
}

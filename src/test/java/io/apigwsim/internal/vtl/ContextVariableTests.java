package io.apigwsim.internal.vtl;

import static io.apigwsim.internal.vtl.Rendering.input;
import static io.apigwsim.internal.vtl.Rendering.output;
import static io.apigwsim.internal.vtl.Rendering.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code $context}, {@code $stageVariables} and the override maps (docs/behavior.md#vtl-context, #vtl-stage-variables,
 * #vtl-overrides).
 */
class ContextVariableTests {

    /**
     * A context as the recording lists it (docs/behavior.md#vtl-context): 16 keys from the pipeline, identity with 12
     * keys.
     */
    static Map<String, Object> recordedContext() {
        Map<String, Object> identity = new LinkedHashMap<>();
        for (String key : List.of(
                "cognitoIdentityPoolId",
                "accountId",
                "cognitoIdentityId",
                "caller",
                "sourceIp",
                "principalOrgId",
                "accessKey",
                "cognitoAuthenticationType",
                "cognitoAuthenticationProvider",
                "userArn",
                "userAgent",
                "user")) {
            identity.put(key, "");
        }
        identity.put("sourceIp", "203.0.113.7");
        identity.put("userAgent", "curl/8.0");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("resourceId", "x3o5ih");
        context.put("resourcePath", "/things/{id}");
        context.put("httpMethod", "POST");
        context.put("extendedRequestId", "Ab1CdE2fIAMEbcQ=");
        context.put("requestTime", "25/Nov/2026:00:00:00 +0000");
        context.put("path", "/dev/things/abc");
        context.put("accountId", "123456789012");
        context.put("protocol", "HTTP/1.1");
        context.put("requestOverride", Map.of());
        context.put("stage", "dev");
        context.put("domainPrefix", "abc123");
        context.put("requestTimeEpoch", 1795564800000L);
        context.put("requestId", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
        context.put("identity", identity);
        context.put("domainName", "abc123.execute-api.us-east-1.amazonaws.com");
        context.put("deploymentId", "dep123");
        context.put("responseOverride", Map.of());
        context.put("apiId", "abc123");
        return context;
    }

    private static VtlInput withContext() {
        VtlInput.class.getName();
        Rendering.Input builder = input();
        recordedContext().forEach(builder::context);
        return builder.build();
    }

    @Nested
    class Variables {

        // Every mapping-template variable resolves from the input's context tree (docs/behavior.md#vtl-context).
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "accountId",
                    "apiId",
                    "domainName",
                    "domainPrefix",
                    "extendedRequestId",
                    "httpMethod",
                    "path",
                    "protocol",
                    "requestId",
                    "requestTime",
                    "requestTimeEpoch",
                    "deploymentId",
                    "resourceId",
                    "resourcePath",
                    "stage",
                    "identity.sourceIp",
                    "identity.userAgent"
                })
        void variable_resolves(String variable) {
            Object expected = variable.startsWith("identity.")
                    ? ((Map<?, ?>) recordedContext().get("identity")).get(variable.substring(9))
                    : recordedContext().get(variable);

            assertThat(output("$context." + variable, withContext())).isEqualTo(String.valueOf(expected));
        }

        // Unset values render empty: identity fields without IAM or Cognito, an authorizer that is not there
        // (docs/behavior.md#vtl-context).
        @Test
        void unset_values_render_empty() {
            assertThat(output(
                            "[$context.identity.caller][$context.identity.apiKey][$context.authorizer.principalId]"
                                    + "[$context.authorizer.claims.sub][$context.error.validationErrorString]",
                            withContext()))
                    .isEqualTo("[][][][][]");
        }

        // $context.keySet() keeps the order given, with the override maps where the input placed them
        // (docs/behavior.md#vtl-context).
        @Test
        void key_set_keeps_the_recorded_order() {
            assertThat(output("$context.keySet()", withContext()))
                    .isEqualTo("[resourceId, resourcePath, httpMethod, extendedRequestId, requestTime, path, accountId,"
                            + " protocol, requestOverride, stage, domainPrefix, requestTimeEpoch, requestId, identity,"
                            + " domainName, deploymentId, responseOverride, apiId]");
        }

        // The override maps are added at the end when the input has none.
        @Test
        void override_maps_are_added_when_absent() {
            assertThat(output(
                            "$context.keySet()", input().context("stage", "dev").build()))
                    .isEqualTo("[stage, requestOverride, responseOverride]");
        }

        // requestOverride has path, header, querystring; responseOverride only header until status is set
        // (docs/behavior.md#vtl-context).
        @Test
        void override_key_sets() {
            assertThat(output(
                            "$context.requestOverride.keySet() $context.responseOverride.keySet()"
                                    + "#set($context.responseOverride.status = 201) $context.responseOverride.keySet()",
                            withContext()))
                    .isEqualTo("[path, header, querystring] [header] [header, status]");
        }

        // A map-valued entry rendered inside a string comes out as "" (docs/behavior.md#vtl-context).
        @Test
        void map_valued_entry_renders_empty() {
            assertThat(output("\"$context.get('identity')\"", withContext())).isEqualTo("\"\"");
        }

        // Without an authorizer, $context.authorizer is an empty map: iterating it produces nothing
        // (docs/behavior.md#vtl-context). The pipeline supplies that map; the engine adds nothing.
        @Test
        void empty_authorizer_iterates_nothing() {
            String rendered = output(
                    "[#foreach($k in $context.authorizer.keySet())$k#end]",
                    input().context("authorizer", Map.of()).build());

            assertThat(rendered).isEqualTo("[]");
        }
    }

    @Nested
    class StageVariables {

        // $stageVariables.name, ['name'], ${stageVariables['name']}, .get() and .keySet()
        // (docs/behavior.md#vtl-stage-variables).
        @Test
        void every_access_form_works() {
            VtlInput request = input().stageVariable("version", "1.0")
                    .stageVariable("alias", "live")
                    .build();

            assertThat(output(
                            "$stageVariables.version $stageVariables['version'] ${stageVariables['version']}"
                                    + " $stageVariables.get('alias') $stageVariables.keySet()",
                            request))
                    .isEqualTo("1.0 1.0 1.0 live [version, alias]");
        }

        // An undefined stage variable renders empty, also on a stage without variables
        // (docs/behavior.md#vtl-stage-variables).
        @Test
        void undefined_variable_renders_empty() {
            assertThat(output("{ \"version\": \"$stageVariables.version\" }", VtlInput.ofBody("")))
                    .isEqualTo("{ \"version\": \"\" }");
        }
    }

    @Nested
    class Overrides {

        // A request template sets header, querystring and path overrides; the result returns them
        // (docs/behavior.md#vtl-overrides).
        @Test
        void request_overrides_are_returned() {
            VtlResult result = render(
                    "#set($context.requestOverride.header[\"X-Trace\"] = \"t1\")"
                            + "#set($context.requestOverride.querystring.page = \"2\")"
                            + "#set($context.requestOverride.path.id = \"42\")",
                    VtlInput.ofBody(""));

            assertThat(result.requestHeaderOverrides()).containsExactly(Map.entry("X-Trace", "t1"));
            assertThat(result.querystringOverrides()).containsExactly(Map.entry("page", "2"));
            assertThat(result.pathOverrides()).containsExactly(Map.entry("id", "42"));
        }

        // status and header set in a response template (docs/behavior.md#vtl-overrides).
        @Test
        void response_overrides_are_returned() {
            VtlResult result = render(
                    "#set($context.responseOverride.status = 400)"
                            + "#set($context.responseOverride.header[\"Cache-Control\"] = \"no-store\")",
                    VtlInput.ofBody(""));

            assertThat(result.statusOverride()).hasValue(400);
            assertThat(result.responseHeaderOverrides()).containsExactly(Map.entry("Cache-Control", "no-store"));
        }

        // A status that is not an integer from 100 to 599 is ignored (docs/behavior.md#vtl-overrides, inferred). A
        // string of digits counts as an integer: this simulator's choice.
        @ParameterizedTest
        @ValueSource(strings = {"99", "600", "\"abc\"", "4.5", "true", "\"\""})
        void invalid_status_is_ignored(String value) {
            VtlResult result = render("#set($context.responseOverride.status = " + value + ")", VtlInput.ofBody(""));

            assertThat(result.statusOverride()).isEmpty();
        }

        @Test
        void status_given_as_digits_counts() {
            VtlResult result = render("#set($context.responseOverride.status = \"418\")", VtlInput.ofBody(""));

            assertThat(result.statusOverride()).hasValue(418);
        }

        // No override set: nothing to apply.
        @Test
        void no_overrides_by_default() {
            VtlResult result = render("{}", VtlInput.ofBody(""));

            assertThat(result.requestHeaderOverrides()).isEmpty();
            assertThat(result.querystringOverrides()).isEmpty();
            assertThat(result.pathOverrides()).isEmpty();
            assertThat(result.responseHeaderOverrides()).isEmpty();
            assertThat(result.statusOverride()).isEmpty();
            assertThat(result.requestOverride())
                    .isEqualTo(Map.of("path", Map.of(), "header", Map.of(), "querystring", Map.of()));
            assertThat(result.responseOverride()).isEqualTo(Map.of("header", Map.of()));
        }

        // Values seeded from an earlier template do not count as a first assignment: the response template may set
        // what the request template set (only a second set within one template is an error,
        // docs/behavior.md#vtl-overrides).
        @Test
        void seeded_values_may_be_set_again() {
            VtlResult request = render("#set($context.responseOverride.status = 444)", VtlInput.ofBody(""));
            VtlInput responsePhase = input().context("responseOverride", request.responseOverride())
                    .build();

            VtlResult response = render("#set($context.responseOverride.status = 200)", responsePhase);

            assertThat(response.statusOverride()).hasValue(200);
        }

        // The override trees are immutable values.
        @Test
        void trees_are_immutable() {
            VtlResult result = render("#set($context.requestOverride.header.a = \"b\")", VtlInput.ofBody(""));

            assertThatThrownBy(() -> result.requestOverride().put("x", "y"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}

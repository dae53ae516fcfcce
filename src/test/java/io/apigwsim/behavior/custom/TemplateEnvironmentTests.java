package io.apigwsim.behavior.custom;

import static io.apigwsim.behavior.TestJson.event;
import static io.apigwsim.behavior.TestJson.keys;
import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.RawEchoHandler;
import io.apigwsim.definition.Integration;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.IntegrationType;
import io.apigwsim.junit.RequestTemplate;
import io.apigwsim.junit.Route;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * $input, $util, $context and $stageVariables as the function receives them through a request template
 * (docs/behavior.md#headers-visible-to-templates, #vtl-input, #vtl-util, #vtl-context, #vtl-stage-variables,
 * #method-request-passthrough-template). Each route is an echo function behind a Lambda custom integration whose
 * application/json request template is under test, so the event is what the template rendered.
 */
class TemplateEnvironmentTests {

    private static final String HEADER_TEMPLATE = "{\"value\": \"$input.params($input.params('name'))\"}";

    private static final String CONTEXT_TEMPLATE =
            "{\"httpMethod\": \"$context.httpMethod\", \"resourcePath\": \"$context.resourcePath\","
                    + " \"path\": \"$context.path\", \"stage\": \"$context.stage\", \"protocol\":"
                    + " \"$context.protocol\", \"requestId\": \"$context.requestId\", \"apiId\":"
                    + " \"$context.apiId\", \"domainName\": \"$context.domainName\", \"domainPrefix\":"
                    + " \"$context.domainPrefix\", \"accountId\": \"$context.accountId\", \"sourceIp\":"
                    + " \"$context.identity.sourceIp\", \"userAgent\": \"$context.identity.userAgent\","
                    + " \"caller\": \"$context.identity.caller\", \"apiKey\": \"$context.identity.apiKey\","
                    + " \"requestTime\": \"$context.requestTime\", \"requestTimeEpoch\":"
                    + " \"$context.requestTimeEpoch\", \"resourceId\": \"$context.resourceId\","
                    + " \"isCanaryRequest\": \"$context.isCanaryRequest\", \"integrationLatency\":"
                    + " \"$context.integrationLatency\"}";

    private static Integration template(String template) {
        return Integration.lambdaCustom(new RawEchoHandler())
                .requestTemplate("application/json", template)
                .build();
    }

    @Nested
    @ApiGatewayTest
    class Input {

        // $input.params(x) searches path, then query string, then header; first hit wins (docs/behavior.md#vtl-input).
        @Test
        @Route(
                method = "POST",
                path = "/search/{id}",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate("{\"id\": \"$input.params('id')\"}"))
        void params_search_path_then_query_then_header(ApiGateway gateway) {
            Exchange exchange = gateway.post("/search/from-path?id=from-query")
                    .header("id", "from-header")
                    .body("{}")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"id\": \"from-path\"}");
        }

        // Query string before header (docs/behavior.md#vtl-input).
        @Test
        @Route(
                method = "GET",
                path = "/header/{name}",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate(HEADER_TEMPLATE))
        void params_search_query_before_header(ApiGateway gateway) {
            Exchange exchange = gateway.get("/header/x?x=from-query")
                    .header("x", "from-header")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"value\": \"from-query\"}");
        }

        // [inferred] A repeated query parameter gives its last value to $input.params(x) (docs/behavior.md#vtl-input):
        // pinned as the simulator does it.
        @Test
        @Route(
                method = "GET",
                path = "/header/{name}",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate(HEADER_TEMPLATE))
        void repeated_query_parameter_gives_the_last_value(ApiGateway gateway) {
            Exchange exchange = gateway.get("/header/q?q=first&q=last").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"value\": \"last\"}");
        }

        // [UNCERTAIN] Whether $input.params('x-custom') finds a header sent as X-Custom is not recorded
        // (docs/behavior.md#uncertain-vtl, #request-parameter-mapping: mapping is case-sensitive): the simulator's
        // lookup is case-sensitive, so it renders "".
        @Test
        @Route(
                method = "GET",
                path = "/header/{name}",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate(HEADER_TEMPLATE))
        void header_lookup_is_case_sensitive(ApiGateway gateway) {
            Exchange exchange =
                    gateway.get("/header/x-custom").header("X-Custom", "sent").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"value\": \"\"}");
        }

        // $input.params() has exactly the keys path, querystring, header, in that order (docs/behavior.md#vtl-input,
        // #method-request-passthrough-template). The rendered list is not JSON, so a text handler would see it: here
        // Lambda's Invoke rejects it and the log shows the rendered payload ([UNCERTAIN] status,
        // docs/behavior.md#uncertain-custom-integrations).
        @Test
        @Route(
                method = "POST",
                path = "/keys",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate("$input.params().keySet()"))
        void params_map_has_path_querystring_header(ApiGateway gateway) {
            Exchange exchange = gateway.post("/keys").body("{}").send();

            assertThat(exchange).log().anyMatch(line -> line.endsWith("[path, querystring, header]"));
        }

        // $input.body is the raw payload, spacing kept (docs/behavior.md#vtl-input).
        @Test
        @Route(
                method = "POST",
                path = "/body",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate("{\"body\": \"$util.escapeJavaScript($input.body)\"}"))
        void body_is_the_raw_payload(ApiGateway gateway) {
            Exchange exchange =
                    gateway.post("/body").body("{\"some\": \"value\"}").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"body\": \"{\\\"some\\\": \\\"value\\\"}\"}");
        }

        // An empty body is the string {} for $input.body (docs/behavior.md#vtl-input).
        @Test
        @Route(
                method = "POST",
                path = "/body",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate("{\"body\": \"$util.escapeJavaScript($input.body)\"}"))
        void empty_body_is_an_empty_object(ApiGateway gateway) {
            Exchange exchange = gateway.post("/body").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"body\": \"{}\"}");
        }

        // $input.json serializes: the whole body as compact JSON, a string with its quotes
        // (docs/behavior.md#vtl-input).
        @Test
        @Route(
                method = "POST",
                path = "/json",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate("{\"all\": $input.json('$'), \"name\": $input.json('$.name')}"))
        void json_serializes_the_selected_value(ApiGateway gateway) {
            Exchange exchange = gateway.post("/json")
                    .body("{\"name\": \"Rex\", \"age\": 3}")
                    .send();

            assertThat(exchange.lambdaEvent().raw())
                    .isEqualTo("{\"all\": {\"name\":\"Rex\",\"age\":3}, \"name\": \"Rex\"}");
        }

        // $util.urlEncode is form encoding: {"some": "value"} → %7B%22some%22%3A+%22value%22%7D
        // (docs/behavior.md#worked-examples, #vtl-util). serverless-offline's encodeURI would keep the space and colon
        // (docs/behavior.md#emulator-differences).
        @Test
        @Route(
                method = "POST",
                path = "/encode",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate("{\"encoded\": \"$util.urlEncode($input.body)\"}"))
        void url_encode_is_form_encoding(ApiGateway gateway) {
            Exchange exchange =
                    gateway.post("/encode").body("{\"some\": \"value\"}").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"encoded\": \"%7B%22some%22%3A+%22value%22%7D\"}");
        }
    }

    @Nested
    @ApiGatewayTest
    class Util {

        // escapeJavaScript turns a newline into the two characters \n; serverless-offline turns it back into a real
        // newline (docs/behavior.md#vtl-util, #emulator-differences).
        @Test
        @Route(
                method = "POST",
                path = "/escape",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate("{\"m\": \"$util.escapeJavaScript($input.path('$.m'))\"}"))
        void escape_java_script_emits_backslash_n(ApiGateway gateway) {
            Exchange exchange =
                    gateway.post("/escape").body("{\"m\": \"line1\\nline2\"}").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"m\": \"line1\\nline2\"}");
        }

        // escapeJavaScript escapes " and \ (docs/behavior.md#vtl-util).
        @Test
        @Route(
                method = "POST",
                path = "/escape",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate("{\"m\": \"$util.escapeJavaScript($input.path('$.m'))\"}"))
        void escape_java_script_escapes_quotes_and_backslashes(ApiGateway gateway) {
            Exchange exchange = gateway.post("/escape")
                    .body("{\"m\": \"say \\\"hi\\\" \\\\ bye\"}")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"m\": \"say \\\"hi\\\" \\\\ bye\"}");
        }

        // escapeJavaScript of an empty string is empty; LocalStack renders {} (docs/behavior.md#vtl-util,
        // #emulator-differences).
        @Test
        @Route(
                method = "POST",
                path = "/escape",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate("{\"m\": \"$util.escapeJavaScript($input.path('$.m'))\"}"))
        void escape_java_script_of_an_empty_string_is_empty(ApiGateway gateway) {
            Exchange exchange = gateway.post("/escape").body("{\"m\": \"\"}").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"m\": \"\"}");
        }

        // urlEncode is Java's URLEncoder: * stays, ~ becomes %7E, space +; LocalStack's quote_plus differs
        // (docs/behavior.md#vtl-util, #emulator-differences).
        @Test
        @Route(
                method = "POST",
                path = "/encode",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate("{\"encoded\": \"$util.urlEncode($input.body)\"}"))
        void url_encode_is_java_url_encoder(ApiGateway gateway) {
            Exchange exchange = gateway.post("/encode").body("a*b~c d").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"encoded\": \"a*b%7Ec+d\"}");
        }

        // AWS sends the rendered text: "true", "1" and "{}" stay strings; serverless-offline re-parses them into a
        // boolean, a number and an object (docs/behavior.md#emulator-differences).
        @Test
        @Route(
                method = "POST",
                path = "/literal",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates = @RequestTemplate("{\"flag\": \"true\", \"n\": \"1\", \"o\": \"{}\"}"))
        void rendered_text_is_sent_as_is(ApiGateway gateway) {
            Exchange exchange = gateway.post("/literal").body("{}").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"flag\": \"true\", \"n\": \"1\", \"o\": \"{}\"}");
        }
    }

    @Nested
    @ApiGatewayTest
    @Route(
            method = "GET",
            path = "/header/{name}",
            handler = RawEchoHandler.class,
            integration = IntegrationType.CUSTOM,
            requestTemplates = @RequestTemplate(HEADER_TEMPLATE))
    class HeadersVisibleToTemplates {

        // Headers a client sends that templates see as sent (docs/behavior.md#headers-visible-to-templates).
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Accept-Charset",
                    "Accept-Encoding",
                    "Age",
                    "Content-Encoding",
                    "Date",
                    "Pragma",
                    "Range",
                    "Referer",
                    "User-Agent",
                    "Warn"
                })
        void visible_header(String header, ApiGateway gateway) {
            Exchange exchange = gateway.get("/header/" + header)
                    .header(header, "sent-value")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"value\": \"sent-value\"}");
        }

        // Headers a client sends that templates do not see: $input.params('H') renders ""
        // (docs/behavior.md#headers-visible-to-templates).
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Content-MD5",
                    "Expect",
                    "Max-Forwards",
                    "Proxy-Authenticate",
                    "Server",
                    "TE",
                    "Trailer",
                    "Upgrade",
                    "WWW-Authenticate"
                })
        void hidden_header(String header, ApiGateway gateway) {
            Exchange exchange = gateway.get("/header/" + header)
                    .header(header, "sent-value")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"value\": \"\"}");
        }

        // Host is the API's host, whatever the client sent (docs/behavior.md#headers-visible-to-templates).
        @Test
        void host_is_the_api_host(ApiGateway gateway) {
            Exchange exchange =
                    gateway.get("/header/Host").header("Host", "example.com").send();

            assertThat(event(exchange).get("value").textValue()).endsWith(".execute-api.us-east-1.amazonaws.com");
        }

        // Authorization is visible when it is not a SigV4 signature (docs/behavior.md#headers-visible-to-templates).
        @Test
        void plain_authorization_is_visible(ApiGateway gateway) {
            Exchange exchange = gateway.get("/header/Authorization")
                    .header("Authorization", "Unauthorized")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"value\": \"Unauthorized\"}");
        }

        // An Authorization header carrying a SigV4 signature is dropped
        // (docs/behavior.md#headers-visible-to-templates).
        @Test
        void sigv4_authorization_is_dropped(ApiGateway gateway) {
            Exchange exchange = gateway.get("/header/Authorization")
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260314/us-east-1/execute-api")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"value\": \"\"}");
        }
    }

    @Nested
    @ApiGatewayTest(stage = "prod")
    @Route(
            method = "POST",
            path = "/context/{id}",
            handler = RawEchoHandler.class,
            integration = IntegrationType.CUSTOM,
            requestTemplates = @RequestTemplate(CONTEXT_TEMPLATE))
    class Context {

        private Exchange send(ApiGateway gateway) {
            return gateway.post("/context/abc")
                    .header("User-Agent", "curl/8.0")
                    .sourceIp("203.0.113.7")
                    .body("{}")
                    .send();
        }

        // $context.httpMethod, resourcePath (the template), path (with the stage), stage, protocol HTTP/1.1
        // (docs/behavior.md#vtl-context).
        @Test
        void request_values(ApiGateway gateway) {
            Exchange exchange = send(gateway);

            assertThat(exchange)
                    .lambdaEvent()
                    .hasField("httpMethod", "POST")
                    .hasField("resourcePath", "/context/{id}")
                    .hasField("path", "/prod/context/abc")
                    .hasField("stage", "prod")
                    .hasField("protocol", "HTTP/1.1");
        }

        // $context.requestId is the x-amzn-RequestId the client gets (docs/behavior.md#vtl-context).
        @Test
        void request_id_is_the_clients_request_id(ApiGateway gateway) {
            Exchange exchange = send(gateway);

            String requestId =
                    exchange.response().headers().first("x-amzn-RequestId").orElseThrow();
            assertThat(exchange).lambdaEvent().hasField("requestId", requestId);
        }

        // $context.apiId is the first label of $context.domainName, which is also $context.domainPrefix; the
        // account is the configured one (docs/behavior.md#vtl-context).
        @Test
        void api_id_domain_name_and_prefix_agree(ApiGateway gateway) {
            Exchange exchange = send(gateway);

            String apiId = event(exchange).get("apiId").textValue();
            assertThat(exchange)
                    .lambdaEvent()
                    .hasField("domainName", apiId + ".execute-api.us-east-1.amazonaws.com")
                    .hasField("domainPrefix", apiId)
                    .hasField("accountId", "123456789012");
        }

        // identity.sourceIp and identity.userAgent are the caller's; identity fields of other auth types render ""
        // (docs/behavior.md#vtl-context).
        @Test
        void identity_values(ApiGateway gateway) {
            Exchange exchange = send(gateway);

            assertThat(exchange)
                    .lambdaEvent()
                    .hasField("sourceIp", "203.0.113.7")
                    .hasField("userAgent", "curl/8.0")
                    .hasField("caller", "")
                    .hasField("apiKey", "");
        }

        // requestTime is CLF dd/MMM/yyyy:HH:mm:ss +0000 in English whatever the JVM locale, requestTimeEpoch is
        // epoch milliseconds (docs/behavior.md#vtl-context).
        @Test
        void request_time_formats() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .stage("prod")
                    .clock(Clock.fixed(Instant.parse("2026-03-14T01:02:03.456Z"), ZoneOffset.UTC))
                    .route("POST /context/{id}", template(CONTEXT_TEMPLATE))
                    .build()) {
                Exchange exchange = send(gateway);

                assertThat(exchange)
                        .lambdaEvent()
                        .hasField("requestTime", "14/Mar/2026:01:02:03 +0000")
                        .hasField("requestTimeEpoch", "1773450123456");
            }
        }

        // The resource id is a stable 6-character id (docs/behavior.md#vtl-context).
        @Test
        void resource_id_is_stable(ApiGateway gateway) {
            String first = event(send(gateway)).get("resourceId").textValue();

            String second = event(send(gateway)).get("resourceId").textValue();

            assertThat(first).matches("[a-z0-9]{6}").isEqualTo(second);
        }

        // [inferred] isCanaryRequest on a stage without canary settings is not recorded ("false" likely, "" the
        // alternative; docs/behavior.md#vtl-context); it is not in the recorded key set, so the simulator renders "".
        @Test
        void is_canary_request_without_canary_renders_empty(ApiGateway gateway) {
            Exchange exchange = send(gateway);

            assertThat(exchange).lambdaEvent().hasField("isCanaryRequest", "");
        }

        // Access-log-only variables such as $context.integrationLatency are not available to mapping templates
        // (docs/behavior.md#vtl-context).
        @Test
        void access_log_only_variables_render_empty(ApiGateway gateway) {
            Exchange exchange = send(gateway);

            assertThat(exchange).lambdaEvent().hasField("integrationLatency", "");
        }

        // The key sets recorded for a POST without authorizer or API key: 18 context keys, 12 identity keys,
        // requestOverride [path, header, querystring], responseOverride [header], an empty authorizer
        // (docs/behavior.md#vtl-context).
        @Test
        @Route(
                method = "POST",
                path = "/context-keys",
                handler = RawEchoHandler.class,
                integration = IntegrationType.CUSTOM,
                requestTemplates =
                        @RequestTemplate(
                                "{\"context\": \"$context.keySet()\", \"identity\": \"$context.identity.keySet()\","
                                        + " \"requestOverride\": \"$context.requestOverride.keySet()\","
                                        + " \"responseOverride\":"
                                        + " \"$context.responseOverride.keySet()\", \"authorizer\":"
                                        + " \"#foreach($k in $context.authorizer.keySet())$k#end\"}"))
        void key_sets_are_the_recorded_ones(ApiGateway gateway) {
            Exchange exchange = gateway.post("/context-keys").body("{}").send();

            assertThat(exchange)
                    .lambdaEvent()
                    .isEqualToJson("{\"context\": \"[resourceId, resourcePath, httpMethod, extendedRequestId,"
                            + " requestTime, path, accountId, protocol, requestOverride, stage, domainPrefix,"
                            + " requestTimeEpoch, requestId, identity, domainName, deploymentId, responseOverride,"
                            + " apiId]\", \"identity\": \"[cognitoIdentityPoolId, accountId, cognitoIdentityId, caller,"
                            + " sourceIp, principalOrgId, accessKey, cognitoAuthenticationType,"
                            + " cognitoAuthenticationProvider, userArn, userAgent, user]\", \"requestOverride\":"
                            + " \"[path, header, querystring]\", \"responseOverride\": \"[header]\", \"authorizer\":"
                            + " \"\"}");
        }
    }

    @Nested
    class StageVariables {

        // $stageVariables.name, ['name'] and ${stageVariables['name']} all read a stage variable; an undefined one
        // renders "" (docs/behavior.md#vtl-stage-variables).
        @Test
        void stage_variable_forms() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .stage("prod")
                    .stageVariable("alias", "live")
                    .route(
                            "POST /stage-variables",
                            template("{\"dot\": \"$stageVariables.alias\", \"bracket\": \"$stageVariables['alias']\","
                                    + " \"braces\": \"${stageVariables['alias']}\","
                                    + " \"missing\": \"$stageVariables.nope\"}"))
                    .build()) {
                Exchange exchange = gateway.post("/stage-variables").body("{}").send();

                assertThat(exchange.lambdaEvent().raw())
                        .isEqualTo(
                                "{\"dot\": \"live\", \"bracket\": \"live\", \"braces\": \"live\", \"missing\": \"\"}");
            }
        }

        // On a stage without any variables, {"version": "$stageVariables.version"} renders {"version": ""}
        // (docs/behavior.md#vtl-stage-variables).
        @Test
        void stage_without_variables_renders_empty() {
            try (ApiGateway bare = ApiGateway.builder()
                    .stage("prod")
                    .route("POST /v", template("{ \"version\": \"$stageVariables.version\" }"))
                    .build()) {

                Exchange exchange = bare.post("/v").body("{}").send();

                assertThat(exchange.lambdaEvent().raw()).isEqualTo("{ \"version\": \"\" }");
            }
        }
    }

    @Nested
    @ApiGatewayTest(stage = "prod", stageVariables = "alias=live")
    @Route(
            method = "POST",
            path = "/things/{id}",
            handler = RawEchoHandler.class,
            integration = IntegrationType.CUSTOM,
            requestTemplates = @RequestTemplate(resource = "io/apigwsim/behavior/custom/method-request-passthrough.vm"))
    class MethodRequestPassthroughTemplate {

        private Exchange send(ApiGateway gateway, String query) {
            return gateway.post("/things/abc?" + query)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "curl/8.0")
                    .sourceIp("203.0.113.7")
                    .body("{\"any\": \"JSON body\"}")
                    .send();
        }

        // The console's Method Request passthrough template gives the function body-json, params, stage-variables
        // and context, in that order (docs/behavior.md#method-request-passthrough-template). Whitespace is not
        // recorded, so the event is compared as JSON.
        @Test
        void top_level_keys_in_order(ApiGateway gateway) {
            Exchange exchange = send(gateway, "q=1");

            assertThat(keys(event(exchange))).containsExactly("body-json", "params", "stage-variables", "context");
        }

        // body-json is the body as JSON; params has path, querystring, header; stage-variables are strings
        // (docs/behavior.md#method-request-passthrough-template).
        @Test
        void body_params_and_stage_variables(ApiGateway gateway) {
            Exchange exchange = send(gateway, "q=1");

            assertThat(exchange)
                    .lambdaEvent()
                    .hasField("body-json", Map.of("any", "JSON body"))
                    .hasField("params.path", Map.of("id", "abc"))
                    .hasField("params.querystring", Map.of("q", "1"))
                    .hasField("params.header.User-Agent", "curl/8.0")
                    .hasField("stage-variables.alias", "live");
        }

        // context: http-method, stage, source-ip, user-agent, resource-path as the template, and "" for every
        // identity field of another auth type (docs/behavior.md#method-request-passthrough-template).
        @Test
        void context_values(ApiGateway gateway) {
            Exchange exchange = send(gateway, "q=1");

            assertThat(exchange)
                    .lambdaEvent()
                    .hasField("context.http-method", "POST")
                    .hasField("context.stage", "prod")
                    .hasField("context.source-ip", "203.0.113.7")
                    .hasField("context.user-agent", "curl/8.0")
                    .hasField("context.resource-path", "/things/{id}")
                    .hasField("context.account-id", "")
                    .hasField("context.api-key", "")
                    .hasField("context.authorizer-principal-id", "")
                    .hasField("context.user-arn", "");
        }

        // A parameter value containing ' is escaped to \' by escapeJavaScript: the payload is invalid JSON and
        // Lambda rejects it (docs/behavior.md#method-request-passthrough-template, #invalid-json-payloads). [UNCERTAIN]
        // The client's status is not settled (docs/behavior.md#uncertain-custom-integrations): the simulator answers
        // 502 without running the function.
        @Test
        void single_quote_in_a_parameter_makes_the_payload_invalid(ApiGateway gateway) {
            Exchange exchange = send(gateway, "q=it%27s");

            assertThat(exchange).wasNotInvoked().response().hasStatus(502);
        }
    }
}

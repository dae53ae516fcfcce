package io.apigwsim.internal.vtl;

import static io.apigwsim.internal.vtl.Rendering.input;
import static io.apigwsim.internal.vtl.Rendering.output;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console's "Method Request passthrough" template (docs/behavior.md#method-request-passthrough-template). */
class PassthroughTemplateTests {

    // The template as the console generates it (docs/behavior.md#method-request-passthrough-template).
    static final String PASSTHROUGH = """
            #set($allParams = $input.params())
            {
            "body-json" : $input.json('$'),
            "params" : {
            #foreach($type in $allParams.keySet())
                #set($params = $allParams.get($type))
            "$type" : {
                #foreach($paramName in $params.keySet())
                "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
                    #if($foreach.hasNext),#end
                #end
            }
                #if($foreach.hasNext),#end
            #end
            },
            "stage-variables" : {
            #foreach($key in $stageVariables.keySet())
            "$key" : "$util.escapeJavaScript($stageVariables.get($key))"
                #if($foreach.hasNext),#end
            #end
            },
            "context" : {
                "account-id" : "$context.identity.accountId",
                "api-id" : "$context.apiId",
                "api-key" : "$context.identity.apiKey",
                "authorizer-principal-id" : "$context.authorizer.principalId",
                "caller" : "$context.identity.caller",
                "cognito-authentication-provider" : "$context.identity.cognitoAuthenticationProvider",
                "cognito-authentication-type" : "$context.identity.cognitoAuthenticationType",
                "cognito-identity-id" : "$context.identity.cognitoIdentityId",
                "cognito-identity-pool-id" : "$context.identity.cognitoIdentityPoolId",
                "http-method" : "$context.httpMethod",
                "stage" : "$context.stage",
                "source-ip" : "$context.identity.sourceIp",
                "user" : "$context.identity.user",
                "user-agent" : "$context.identity.userAgent",
                "user-arn" : "$context.identity.userArn",
                "request-id" : "$context.requestId",
                "resource-id" : "$context.resourceId",
                "resource-path" : "$context.resourcePath"
                }
            }
            """;

    // The resulting event, written from the template's documented building blocks
    // (docs/behavior.md#method-request-passthrough-template).
    static final String SHEET_EVENT = """
            {
              "body-json": {"any": "JSON body, or {} when empty"},
              "params": {
                "path": {"id": "abc"},
                "querystring": {"q": "1"},
                "header": {"Accept": "application/json", "Host": "abc123.execute-api.us-east-1.amazonaws.com"}
              },
              "stage-variables": {"alias": "live"},
              "context": {
                "account-id": "", "api-id": "abc123", "api-key": "", "authorizer-principal-id": "",
                "caller": "", "cognito-authentication-provider": "", "cognito-authentication-type": "",
                "cognito-identity-id": "", "cognito-identity-pool-id": "", "http-method": "POST",
                "stage": "dev", "source-ip": "203.0.113.7", "user": "", "user-agent": "curl/8.0",
                "user-arn": "", "request-id": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
                "resource-id": "x3o5ih", "resource-path": "/things/{id}"
              }
            }
            """;

    /** The request behind the expected event: POST /things/abc?q=1 on stage dev, no authorizer, no API key. */
    static VtlInput sheetRequest() {
        Map<String, Object> identity = new LinkedHashMap<>();
        for (String key : List.of(
                "cognitoIdentityPoolId",
                "accountId",
                "cognitoIdentityId",
                "caller",
                "principalOrgId",
                "accessKey",
                "cognitoAuthenticationType",
                "cognitoAuthenticationProvider",
                "userArn",
                "user")) {
            identity.put(key, "");
        }
        identity.put("sourceIp", "203.0.113.7");
        identity.put("userAgent", "curl/8.0");
        return input().body("{\"any\": \"JSON body, or {} when empty\"}")
                .path("id", "abc")
                .query("q", "1")
                .header("Accept", "application/json")
                .header("Host", "abc123.execute-api.us-east-1.amazonaws.com")
                .context("resourceId", "x3o5ih")
                .context("resourcePath", "/things/{id}")
                .context("httpMethod", "POST")
                .context("stage", "dev")
                .context("requestId", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef")
                .context("identity", identity)
                .context("apiId", "abc123")
                .stageVariable("alias", "live")
                .build();
    }

    // The passthrough template renders the expected event: same keys, same values, every context value a string, absent
    // identity fields "" (docs/behavior.md#method-request-passthrough-template).
    @Test
    void renders_the_event_the_sheet_shows() {
        String rendered = output(PASSTHROUGH, sheetRequest());

        assertThat(Json.tryRead(rendered)).contains(Json.tryRead(SHEET_EVENT).orElseThrow());
    }

    // Top-level keys in the order body-json, params, stage-variables, context; params in the order path,
    // querystring, header (docs/behavior.md#method-request-passthrough-template).
    @Test
    void keys_come_in_the_sheet_order() {
        JsonNode event = Json.tryRead(output(PASSTHROUGH, sheetRequest())).orElseThrow();

        assertThat(names(event)).containsExactly("body-json", "params", "stage-variables", "context");
        assertThat(names(event.get("params"))).containsExactly("path", "querystring", "header");
    }

    // With no parameters, stage variables or body, params still has its three empty maps and body-json is {}
    // (docs/behavior.md#method-request-passthrough-template, #vtl-input: an empty body reads as {}).
    @Test
    void empty_request_keeps_the_three_parameter_maps() {
        JsonNode event = Json.tryRead(output(PASSTHROUGH, VtlInput.ofBody(""))).orElseThrow();

        assertThat(event.get("body-json").toString()).isEqualTo("{}");
        assertThat(event.get("params").toString()).isEqualTo("{\"path\":{},\"querystring\":{},\"header\":{}}");
        assertThat(event.get("stage-variables").toString()).isEqualTo("{}");
    }

    // A parameter containing ' is escaped to \' and so makes the event invalid JSON, which Lambda rejects
    // (docs/behavior.md#method-request-passthrough-template, #invalid-json-payloads).
    @Test
    void single_quote_in_a_parameter_makes_the_event_invalid_json() {
        String rendered = output(PASSTHROUGH, input().query("q", "it's").build());

        assertThat(rendered).contains("\"q\" : \"it\\'s\"");
        assertThat(Json.tryRead(rendered)).isEmpty();
    }

    // A body that is not JSON cannot be printed by $input.json('$'): the template fails
    // (docs/behavior.md#method-request-passthrough-template; what AWS does for a non-JSON body is open,
    // docs/behavior.md#uncertain-vtl).
    @Test
    void non_json_body_fails_the_rendering() {
        VtlTemplate template = Rendering.ENGINE.compile("passthrough", PASSTHROUGH);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> template.render(VtlInput.ofBody("a=1&b=2")))
                .isInstanceOf(VtlRenderException.class)
                .hasMessage("passthrough, line 3, column 22: $input.json needs a JSON body, but the body is not JSON:"
                        + " \"a=1&b=2\"");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

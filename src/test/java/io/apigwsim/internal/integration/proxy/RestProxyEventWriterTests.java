package io.apigwsim.internal.integration.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigwsim.http.Headers;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.request.RequestContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class RestProxyEventWriterTests {

    private static final String TRACE = "Root=1-65f1c2d3-0123456789abcdef01234567";

    private static final RequestContext CONTEXT = new RequestContext(
            "123456789012",
            "a1b2c3d4e5",
            "a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com",
            "a1b2c3d4e5",
            "dep0001",
            "prod",
            "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
            "Kx9mUFqDliAEJ8w=",
            "09/Apr/2024:12:34:56 +0000",
            1712666096000L,
            "POST",
            "res0001",
            "/pets/{id}",
            null,
            "/prod/pets/42",
            new RequestContext.Identity("203.0.113.7", "curl/8.4.0"),
            null);

    @Test
    void the_event_has_exactly_the_rest_proxy_keys() {
        JsonNode event = write(request());

        assertThat(names(event))
                .containsExactlyInAnyOrder(
                        "resource",
                        "path",
                        "httpMethod",
                        "headers",
                        "multiValueHeaders",
                        "queryStringParameters",
                        "multiValueQueryStringParameters",
                        "pathParameters",
                        "stageVariables",
                        "requestContext",
                        "body",
                        "isBase64Encoded");
    }

    @Test
    void resource_path_and_method_come_from_the_route_and_the_request() {
        JsonNode event = write(request());

        assertThat(event.path("resource").textValue()).isEqualTo("/pets/{id}");
        assertThat(event.path("path").textValue()).isEqualTo("/pets/42");
        assertThat(event.path("httpMethod").textValue()).isEqualTo("POST");
    }

    @Test
    void the_request_context_has_exactly_sixteen_keys() {
        JsonNode event = write(request());

        assertThat(names(event.path("requestContext")))
                .containsExactlyInAnyOrder(
                        "resourceId",
                        "resourcePath",
                        "httpMethod",
                        "extendedRequestId",
                        "requestTime",
                        "path",
                        "accountId",
                        "protocol",
                        "stage",
                        "domainPrefix",
                        "requestTimeEpoch",
                        "requestId",
                        "identity",
                        "domainName",
                        "deploymentId",
                        "apiId");
    }

    @Test
    void the_request_context_values_come_from_the_request_context() {
        JsonNode event = write(request());

        ObjectNode context = event.path("requestContext").deepCopy();
        context.remove("identity");
        assertThat(context).isEqualTo(json("""
                {"resourceId": "res0001", "resourcePath": "/pets/{id}", "httpMethod": "POST",
                 "extendedRequestId": "Kx9mUFqDliAEJ8w=", "requestTime": "09/Apr/2024:12:34:56 +0000",
                 "path": "/prod/pets/42", "accountId": "123456789012", "protocol": "HTTP/1.1", "stage": "prod",
                 "domainPrefix": "a1b2c3d4e5", "requestTimeEpoch": 1712666096000,
                 "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
                 "domainName": "a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com", "deploymentId": "dep0001",
                 "apiId": "a1b2c3d4e5"}
                """));
    }

    @Test
    void the_identity_has_twelve_keys_all_null_but_source_ip_and_user_agent() {
        JsonNode event = write(request());

        assertThat(event.path("requestContext").path("identity")).isEqualTo(json("""
                {"cognitoIdentityPoolId": null, "accountId": null, "cognitoIdentityId": null, "caller": null,
                 "sourceIp": "203.0.113.7", "principalOrgId": null, "accessKey": null,
                 "cognitoAuthenticationType": null, "cognitoAuthenticationProvider": null, "userArn": null,
                 "userAgent": "curl/8.4.0", "user": null}
                """));
    }

    @Test
    void headers_hold_the_last_value_of_a_repeated_header() {
        Headers client = Headers.builder().add("X-Tag", "a").add("X-Tag", "b").build();

        JsonNode event = write(request(client, null, new byte[0], false));

        assertThat(event.path("headers").path("X-Tag").textValue()).isEqualTo("b");
    }

    @Test
    void multi_value_headers_hold_every_value_in_order() {
        Headers client = Headers.builder().add("X-Tag", "a").add("X-Tag", "b").build();

        JsonNode event = write(request(client, null, new byte[0], false));

        assertThat(event.path("multiValueHeaders").path("X-Tag")).isEqualTo(json("[\"a\", \"b\"]"));
    }

    @Test
    void api_gateway_adds_host_trace_and_forwarding_headers() {
        JsonNode event = write(request());

        assertThat(event.path("headers")).isEqualTo(json("""
                {"Host": "a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com",
                 "X-Amzn-Trace-Id": "Root=1-65f1c2d3-0123456789abcdef01234567",
                 "X-Forwarded-For": "203.0.113.7", "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https"}
                """));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void no_query_string_gives_null_for_both_query_maps(String rawQuery) {
        JsonNode event = write(request(Headers.empty(), rawQuery, new byte[0], false));

        assertThat(event.path("queryStringParameters").isNull()).isTrue();
        assertThat(event.path("multiValueQueryStringParameters").isNull()).isTrue();
    }

    @Test
    void the_query_maps_are_decoded_with_the_last_value_in_the_single_map() {
        JsonNode event = write(request(Headers.empty(), "a=1&a=2&name=big+dog", new byte[0], false));

        assertThat(event.path("queryStringParameters")).isEqualTo(json("{\"a\": \"2\", \"name\": \"big dog\"}"));
        assertThat(event.path("multiValueQueryStringParameters"))
                .isEqualTo(json("{\"a\": [\"1\", \"2\"], \"name\": [\"big dog\"]}"));
    }

    @Test
    void empty_path_parameters_and_stage_variables_are_null() {
        JsonNode event = write(request());

        assertThat(event.path("pathParameters").isNull()).isTrue();
        assertThat(event.path("stageVariables").isNull()).isTrue();
    }

    @Test
    void path_parameters_and_stage_variables_are_objects_when_present() {
        ProxyRequest request = new ProxyRequest(
                "/pets/42",
                Headers.empty(),
                null,
                Map.of("id", "42"),
                Map.of("alias", "live"),
                new byte[0],
                false,
                TRACE,
                CONTEXT,
                CONTEXT.identity().sourceIp());

        JsonNode event = write(request);

        assertThat(event.path("pathParameters")).isEqualTo(json("{\"id\": \"42\"}"));
        assertThat(event.path("stageVariables")).isEqualTo(json("{\"alias\": \"live\"}"));
    }

    @Test
    void no_body_is_null_and_not_base64() {
        JsonNode event = write(request(Headers.empty(), null, new byte[0], true));

        assertThat(event.path("body").isNull()).isTrue();
        assertThat(event.path("isBase64Encoded").booleanValue()).isFalse();
    }

    @Test
    void a_text_body_is_passed_as_text() {
        JsonNode event = write(request(Headers.empty(), null, utf8("{\"name\": \"Rex\"}"), false));

        assertThat(event.path("body").textValue()).isEqualTo("{\"name\": \"Rex\"}");
        assertThat(event.path("isBase64Encoded").booleanValue()).isFalse();
    }

    @Test
    void a_binary_body_is_base64_encoded() {
        JsonNode event = write(request(Headers.empty(), null, new byte[] {1, 2, (byte) 255}, true));

        assertThat(event.path("body").textValue()).isEqualTo("AQL/");
        assertThat(event.path("isBase64Encoded").booleanValue()).isTrue();
    }

    private static ProxyRequest request() {
        return request(Headers.empty(), null, new byte[0], false);
    }

    private static ProxyRequest request(Headers headers, String rawQuery, byte[] body, boolean binary) {
        return new ProxyRequest(
                "/pets/42",
                headers,
                rawQuery,
                Map.of(),
                Map.of(),
                body,
                binary,
                TRACE,
                CONTEXT,
                CONTEXT.identity().sourceIp());
    }

    private static JsonNode write(ProxyRequest request) {
        return Json.tryRead(RestProxyEventWriter.write(request)).orElseThrow();
    }

    private static JsonNode json(String text) {
        return Json.tryRead(text).orElseThrow();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package io.apigwsim.internal.integration.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.http.Headers;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.request.RequestContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpApiEventWriterTests {

    private static final String TRACE = "Root=1-65f1c2d3-0123456789abcdef01234567";

    private static final RequestContext CONTEXT = new RequestContext(
            "123456789012",
            "h1t2p3a4p5",
            "h1t2p3a4p5.execute-api.eu-west-1.amazonaws.com",
            "h1t2p3a4p5",
            null,
            "$default",
            "JKJaXmPLvHcESHA=",
            "JKJaXmPLvHcESHA=",
            "09/Apr/2024:12:34:56 +0000",
            1712666096000L,
            "POST",
            null,
            "/pets/{id}",
            "POST /pets/{id}",
            "/pets/42",
            new RequestContext.Identity("203.0.113.7", "curl/8.4.0"),
            null);

    @Test
    void v2_names_its_version_and_route_key() {
        JsonNode event = writeV2(request());

        assertThat(event.path("version").textValue()).isEqualTo("2.0");
        assertThat(event.path("routeKey").textValue()).isEqualTo("POST /pets/{id}");
    }

    @Test
    void v2_raw_path_is_the_contexts_path() {
        JsonNode event = writeV2(request());

        assertThat(event.path("rawPath").textValue()).isEqualTo("/pets/42");
    }

    @Test
    void v2_raw_query_string_is_empty_without_a_query() {
        JsonNode event = writeV2(request());

        assertThat(event.path("rawQueryString").textValue()).isEmpty();
    }

    @Test
    void v2_raw_query_string_is_the_query_as_sent() {
        JsonNode event = writeV2(request(Headers.empty(), "name=big%20dog&a=1", new byte[0]));

        assertThat(event.path("rawQueryString").textValue()).isEqualTo("name=big%20dog&a=1");
    }

    @Test
    void v2_query_parameters_are_decoded_and_repeats_joined_with_commas() {
        JsonNode event = writeV2(request(Headers.empty(), "a=1&a=2&name=big%20dog", new byte[0]));

        assertThat(event.path("queryStringParameters")).isEqualTo(json("{\"a\": \"1,2\", \"name\": \"big dog\"}"));
    }

    @Test
    void v2_cookies_are_split_out_of_the_cookie_headers() {
        Headers client =
                Headers.builder().add("Cookie", "a=1; b=2").add("cookie", "c=3").build();

        JsonNode event = writeV2(request(client, null, new byte[0]));

        assertThat(event.path("cookies")).isEqualTo(json("[\"a=1\", \"b=2\", \"c=3\"]"));
        assertThat(event.path("headers").has("cookie")).isFalse();
    }

    @Test
    void v2_header_names_are_lower_cased_and_repeats_joined_with_commas() {
        Headers client = Headers.builder().add("X-Tag", "a").add("x-tag", "b").build();

        JsonNode event = writeV2(request(client, null, new byte[0]));

        assertThat(event.path("headers").path("x-tag").textValue()).isEqualTo("a,b");
        assertThat(event.path("headers").has("X-Tag")).isFalse();
    }

    @Test
    void v2_headers_carry_the_added_headers_and_the_body_length() {
        Headers client = Headers.builder().add("Content-Length", "999").build();

        JsonNode event = writeV2(request(client, null, utf8("hello")));

        assertThat(event.path("headers")).isEqualTo(json("""
                {"content-length": "5", "host": "h1t2p3a4p5.execute-api.eu-west-1.amazonaws.com",
                 "x-amzn-trace-id": "Root=1-65f1c2d3-0123456789abcdef01234567",
                 "x-forwarded-for": "203.0.113.7", "x-forwarded-port": "443", "x-forwarded-proto": "https"}
                """));
    }

    @Test
    void v2_leaves_out_the_keys_it_has_no_value_for() {
        JsonNode event = writeV2(request());

        assertThat(names(event))
                .containsExactlyInAnyOrder(
                        "version",
                        "routeKey",
                        "rawPath",
                        "rawQueryString",
                        "headers",
                        "requestContext",
                        "isBase64Encoded");
    }

    @Test
    void v2_writes_path_parameters_and_stage_variables_when_present() {
        ProxyRequest request = new ProxyRequest(
                "/ignored",
                Headers.empty(),
                null,
                Map.of("id", "42"),
                Map.of("alias", "live"),
                new byte[0],
                false,
                TRACE,
                CONTEXT,
                CONTEXT.identity().sourceIp());

        JsonNode event = writeV2(request);

        assertThat(event.path("pathParameters")).isEqualTo(json("{\"id\": \"42\"}"));
        assertThat(event.path("stageVariables")).isEqualTo(json("{\"alias\": \"live\"}"));
    }

    @Test
    void v2_request_context_comes_from_the_request_context() {
        JsonNode event = writeV2(request());

        assertThat(event.path("requestContext")).isEqualTo(json("""
                {"accountId": "123456789012", "apiId": "h1t2p3a4p5",
                 "domainName": "h1t2p3a4p5.execute-api.eu-west-1.amazonaws.com", "domainPrefix": "h1t2p3a4p5",
                 "http": {"method": "POST", "path": "/pets/42", "protocol": "HTTP/1.1",
                          "sourceIp": "203.0.113.7", "userAgent": "curl/8.4.0"},
                 "requestId": "JKJaXmPLvHcESHA=", "routeKey": "POST /pets/{id}", "stage": "$default",
                 "time": "09/Apr/2024:12:34:56 +0000", "timeEpoch": 1712666096000}
                """));
    }

    @Test
    void v2_user_agent_is_empty_when_the_client_sent_none() {
        RequestContext context = new RequestContext(
                "123456789012",
                "h1t2p3a4p5",
                "h1t2p3a4p5.execute-api.eu-west-1.amazonaws.com",
                "h1t2p3a4p5",
                null,
                "$default",
                "JKJaXmPLvHcESHA=",
                "JKJaXmPLvHcESHA=",
                "09/Apr/2024:12:34:56 +0000",
                1712666096000L,
                "POST",
                null,
                "/pets/{id}",
                "POST /pets/{id}",
                "/pets/42",
                new RequestContext.Identity("203.0.113.7", null),
                null);

        JsonNode event = writeV2(new ProxyRequest(
                "/pets/42",
                Headers.empty(),
                null,
                Map.of(),
                Map.of(),
                new byte[0],
                false,
                TRACE,
                context,
                context.identity().sourceIp()));

        assertThat(event.path("requestContext").path("http").path("userAgent").textValue())
                .isEmpty();
    }

    @ParameterizedTest(name = "Content-Type {0}: base64 {1}")
    @CsvSource({
        ", true",
        "text/plain; charset=utf-8, false",
        "TEXT/CSV, false",
        "application/json, false",
        "application/xml, false",
        "application/javascript, false",
        "application/x-www-form-urlencoded, true",
        "image/png, true"
    })
    void v2_base64_encodes_a_body_unless_its_type_is_text(String contentType, boolean base64) {
        Headers client = contentType == null
                ? Headers.empty()
                : Headers.builder().add("Content-Type", contentType).build();

        JsonNode event = writeV2(request(client, null, utf8("hi")));

        assertThat(event.path("isBase64Encoded").booleanValue()).isEqualTo(base64);
        assertThat(event.path("body").textValue()).isEqualTo(base64 ? "aGk=" : "hi");
    }

    @Test
    void v1_names_its_version_and_the_contexts_path() {
        JsonNode event = writeV1(request());

        assertThat(event.path("version").textValue()).isEqualTo("1.0");
        assertThat(event.path("path").textValue()).isEqualTo("/pets/42");
    }

    // Payload 1.0's path is the request's, which keeps a custom domain's mapping key that rawPath lacks
    // (docs/behavior.md#custom-domains).
    @Test
    void v1_path_is_the_requests_path_and_rawpath_the_contexts() {
        ProxyRequest mapped = new ProxyRequest(
                "/v1/pets/42",
                Headers.empty(),
                null,
                Map.of(),
                Map.of(),
                new byte[0],
                false,
                TRACE,
                CONTEXT,
                CONTEXT.identity().sourceIp());

        assertThat(writeV1(mapped).path("path").textValue()).isEqualTo("/v1/pets/42");
        assertThat(writeV2(mapped).path("rawPath").textValue()).isEqualTo("/pets/42");
    }

    @Test
    void v1_lower_cases_header_names_and_keeps_the_cookie_header() {
        Headers client =
                Headers.builder().add("X-Tag", "a").add("Cookie", "a=1; b=2").build();

        JsonNode event = writeV1(request(client, null, new byte[0]));

        assertThat(event.path("headers").path("x-tag").textValue()).isEqualTo("a");
        assertThat(event.path("headers").path("cookie").textValue()).isEqualTo("a=1; b=2");
        assertThat(event.has("cookies")).isFalse();
    }

    @Test
    void v1_multi_value_headers_hold_every_value() {
        Headers client = Headers.builder().add("X-Tag", "a").add("X-Tag", "b").build();

        JsonNode event = writeV1(request(client, null, new byte[0]));

        assertThat(event.path("multiValueHeaders").path("x-tag")).isEqualTo(json("[\"a\", \"b\"]"));
    }

    @Test
    void v1_request_context_has_a_null_resource_id() {
        JsonNode event = writeV1(request());

        assertThat(event.path("requestContext").has("resourceId")).isTrue();
        assertThat(event.path("requestContext").path("resourceId").isNull()).isTrue();
    }

    @Test
    void v1_writes_null_where_payload_1_0_has_no_value() {
        JsonNode event = writeV1(request());

        assertThat(event.path("queryStringParameters").isNull()).isTrue();
        assertThat(event.path("multiValueQueryStringParameters").isNull()).isTrue();
        assertThat(event.path("pathParameters").isNull()).isTrue();
        assertThat(event.path("stageVariables").isNull()).isTrue();
        assertThat(event.path("body").isNull()).isTrue();
        assertThat(event.path("isBase64Encoded").booleanValue()).isFalse();
    }

    private static ProxyRequest request() {
        return request(Headers.empty(), null, new byte[0]);
    }

    // The path differs from the context's, which HTTP APIs write instead.
    private static ProxyRequest request(Headers headers, String rawQuery, byte[] body) {
        return new ProxyRequest(
                "/pets/42",
                headers,
                rawQuery,
                Map.of(),
                Map.of(),
                body,
                false,
                TRACE,
                CONTEXT,
                CONTEXT.identity().sourceIp());
    }

    private static JsonNode writeV2(ProxyRequest request) {
        return Json.tryRead(HttpApiEventWriter.writeV2(request)).orElseThrow();
    }

    private static JsonNode writeV1(ProxyRequest request) {
        return Json.tryRead(HttpApiEventWriter.writeV1(request)).orElseThrow();
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

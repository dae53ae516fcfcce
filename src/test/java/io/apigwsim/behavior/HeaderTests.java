package io.apigwsim.behavior;

import static io.apigwsim.behavior.TestJson.event;
import static io.apigwsim.behavior.TestJson.keys;
import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request headers in the REST proxy event: what API Gateway adds, drops, renames and how it folds duplicates, seen by
 * an echo function on ANY /probe. Tests of the builder's clock and region build their own gateway.
 */
@ApiGatewayTest
@Route(method = "ANY", path = "/probe", handler = EchoHandler.class)
class HeaderTests {

    private static final Instant NOW = Instant.parse("2026-07-10T19:19:04Z");

    // Host is the domain used, {apiId}.execute-api.{region}.amazonaws.com, also when the client sent another Host
    // (docs/behavior.md#rest-event-headers).
    @Test
    void host_is_the_execute_api_domain() {
        try (ApiGateway gateway = ApiGateway.builder()
                .region("us-west-2")
                .route("ANY /probe", new EchoHandler())
                .build()) {
            Exchange exchange =
                    gateway.get("/probe").header("Host", "localhost:8080").send();

            String apiId = event(exchange).at("/requestContext/apiId").asText();
            assertThat(exchange)
                    .lambdaEvent()
                    .hasHeader("Host", apiId + ".execute-api.us-west-2.amazonaws.com")
                    .hasMultiValueHeader("Host", apiId + ".execute-api.us-west-2.amazonaws.com");
        }
    }

    // X-Amzn-Trace-Id is Root=1-<8 hex epoch seconds>-<24 hex>, only a Root part when the client sent none
    // (docs/behavior.md#trace-header).
    @Test
    void trace_id_header_is_a_root_with_the_request_epoch_seconds() {
        try (ApiGateway gateway = ApiGateway.builder()
                .clock(Clock.fixed(NOW, ZoneId.systemDefault()))
                .route("ANY /probe", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.get("/probe").send();

            String traceId = event(exchange).at("/headers/X-Amzn-Trace-Id").asText();
            assertThat(traceId).matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24}");
            assertThat(traceId).startsWith("Root=1-" + Long.toHexString(NOW.getEpochSecond()) + "-");
        }
    }

    // X-Forwarded-For is the client IP, X-Forwarded-Port 443, X-Forwarded-Proto https, with canonical casing
    // (docs/behavior.md#rest-event-headers).
    @Test
    void forwarded_headers_name_the_client_port_and_protocol(ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe").sourceIp("203.0.113.9").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasHeader("X-Forwarded-For", "203.0.113.9")
                .hasHeader("X-Forwarded-Port", "443")
                .hasHeader("X-Forwarded-Proto", "https")
                .hasRequestContextField("identity.sourceIp", "203.0.113.9");
    }

    // A regional endpoint adds no CloudFront headers (docs/behavior.md#rest-event-headers).
    @Test
    void regional_endpoint_adds_no_cloudfront_headers(ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe").send();

        assertThat(keys(event(exchange).get("headers")))
                .containsExactlyInAnyOrder(
                        "Host", "X-Amzn-Trace-Id", "X-Forwarded-For", "X-Forwarded-Port", "X-Forwarded-Proto");
    }

    // These twelve headers never reach Lambda, even when the client sent them (docs/behavior.md#rest-event-headers).
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Connection",
                "Content-Length",
                "Content-MD5",
                "Expect",
                "Max-Forwards",
                "Proxy-Authenticate",
                "Server",
                "TE",
                "Trailer",
                "Transfer-Encoding",
                "Upgrade",
                "WWW-Authenticate"
            })
    void hop_by_hop_header_is_dropped(String name, ApiGateway gateway) {
        Exchange exchange = gateway.post("/probe").header(name, "x").body("{}").send();

        assertThat(exchange).lambdaEvent().doesNotHaveHeader(name);
    }

    // Other headers the client sent pass through (Age, Date, Pragma, Range, Referer, Warn, Via, Cookie)
    // (docs/behavior.md#rest-event-headers).
    @ParameterizedTest
    @ValueSource(strings = {"Age", "Date", "Pragma", "Range", "Referer", "Warn", "Via", "Cookie"})
    void ordinary_header_passes_through(String name, ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe").header(name, "v1").send();

        assertThat(exchange).lambdaEvent().hasHeader(name, "v1");
    }

    // The Cookie header stays one string, a=1; b=2, and REST events have no cookies key
    // (docs/behavior.md#rest-event-headers).
    @Test
    void cookie_header_stays_one_string(ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe").header("Cookie", "a=1; b=2").send();

        assertThat(exchange)
                .lambdaEvent()
                .hasMultiValueHeader("Cookie", "a=1; b=2")
                .doesNotHaveField("cookies");
    }

    // Client casing is kept for ordinary headers: tEsT-HEADeR arrives as tEsT-HEADeR, lower-case HTTP/2-style
    // names stay lower case (docs/behavior.md#rest-event-headers).
    @Test
    void ordinary_header_keeps_the_client_casing(ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe")
                .header("tEsT-HEADeR", "value")
                .header("accept", "*/*")
                .send();

        // header names are compared exactly
        assertThat(exchange).lambdaEvent().hasHeader("tEsT-HEADeR", "value").hasHeader("accept", "*/*");
    }

    // authorization is normalised to Authorization, user-Agent to User-Agent; identity.userAgent is its value
    // (docs/behavior.md#rest-event-headers, #rest-identity).
    @Test
    void authorization_and_user_agent_get_canonical_casing(ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe")
                .header("authorization", "Bearer token123")
                .header("user-Agent", "curl/8.0")
                .send();

        // header names are compared exactly
        assertThat(exchange)
                .lambdaEvent()
                .hasHeader("Authorization", "Bearer token123")
                .hasHeader("User-Agent", "curl/8.0")
                .doesNotHaveField("headers.authorization")
                .doesNotHaveField("headers.user-Agent")
                .hasMultiValueHeader("User-Agent", "curl/8.0")
                .hasRequestContextField("identity.userAgent", "curl/8.0");
    }

    // Without a User-Agent header identity.userAgent is null (docs/behavior.md#rest-identity: all identity fields but
    // sourceIp and userAgent are null, and userAgent is the request's value).
    @Test
    void missing_user_agent_gives_a_null_identity_user_agent(ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe").send();

        assertThat(exchange).lambdaEvent().hasNullField("requestContext.identity.userAgent");
    }

    // An Authorization header carrying a SigV4 signature is dropped (docs/behavior.md#rest-event-headers).
    @Test
    void sigv4_authorization_header_is_dropped(ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260710/us-west-2/execute-api")
                .send();

        assertThat(exchange).lambdaEvent().doesNotHaveHeader("Authorization");
    }

    // A header sent twice: headers holds the last value, multiValueHeaders both in order
    // (docs/behavior.md#rest-event-headers).
    @Test
    void repeated_header_keeps_the_last_value_and_all_values(ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe")
                .header("x-voker-probe", "first")
                .header("x-voker-probe", "second")
                .send();

        assertThat(exchange)
                .lambdaEvent()
                .hasHeader("x-voker-probe", "second")
                .hasMultiValueHeader("x-voker-probe", "first", "second");
    }

    // One header line with commas is not split (docs/behavior.md#rest-event-headers).
    @Test
    void comma_inside_one_header_value_is_not_split(ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe").header("x-list", "a,b, c").send();

        assertThat(exchange).lambdaEvent().hasMultiValueHeader("x-list", "a,b, c");
    }

    // Semicolons inside one header value are kept as one value: "Bearer token123;API key456"
    // (docs/behavior.md#rest-event-headers).
    @Test
    void semicolon_inside_one_header_value_is_kept(ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe")
                .header("Authorization", "Bearer token123;API key456")
                .send();

        assertThat(exchange).lambdaEvent().hasMultiValueHeader("Authorization", "Bearer token123;API key456");
    }

    // A client's X-Amzn-Trace-Id reaches the function as sent; API Gateway makes a Root only when the client sent
    // none (docs/behavior.md#trace-header).
    @Test
    void client_trace_id_reaches_the_function(ApiGateway gateway) {
        String trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

        Exchange exchange =
                gateway.get("/probe").header("X-Amzn-Trace-Id", trace).send();

        assertThat(exchange).lambdaEvent().hasMultiValueHeader("X-Amzn-Trace-Id", trace);
    }

    // X-HTTP-Method-Override: API Gateway overrides the method, but the effect on routing and httpMethod is not
    // recorded (docs/behavior.md#rest-method-override); pins the simulator, which ignores the header for routing and
    // passes it through [UNCERTAIN] (docs/behavior.md#uncertain-rest-routing).
    @Test
    void method_override_header_is_passed_through_without_changing_the_method(ApiGateway gateway) {
        Exchange exchange = gateway.post("/probe")
                .header("X-HTTP-Method-Override", "DELETE")
                .send();

        assertThat(exchange).lambdaEvent().hasHttpMethod("POST").hasHeader("X-HTTP-Method-Override", "DELETE");
    }

    // An X-Forwarded-For the client sent: only API Gateway's own value is recorded
    // (docs/behavior.md#rest-event-headers); pins the simulator, which appends the client's address as proxies do
    // [UNCERTAIN] (docs/behavior.md#uncertain-rest-proxy-event).
    @Test
    void client_forwarded_for_gets_the_client_address_appended(ApiGateway gateway) {
        Exchange exchange = gateway.get("/probe")
                .header("X-Forwarded-For", "10.0.0.1")
                .sourceIp("203.0.113.9")
                .send();

        assertThat(exchange).lambdaEvent().hasMultiValueHeader("X-Forwarded-For", "10.0.0.1, 203.0.113.9");
    }
}

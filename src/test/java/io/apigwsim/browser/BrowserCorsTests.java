package io.apigwsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.sun.net.httpserver.HttpServer;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.CorsConfiguration;
import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.MockIntegration;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * CORS judged by a real browser: headless Chromium loads a page from one loopback origin, and the page calls the API
 * served by {@link ApiGateway#start()} on another with {@code fetch()}. The browser decides what the page may read;
 * the gateway's served exchanges show what it answered (docs/behavior.md#rest-cors, #http-api-cors).
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} packages ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}); without them every test is skipped.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.SAME_THREAD) // one browser, one page: its tests take turns
class BrowserCorsTests {

    /**
     * Selenium looks for DevTools bindings of the browser's exact version, which this test does not use, and logs a
     * warning when the Chromium is newer than those it ships; held here so that the level stays set.
     */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final boolean BROWSER_INSTALLED = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);

    /** An origin no test page is served from. */
    private static final String OTHER_ORIGIN = "https://app.example.com";

    /**
     * The page: {@code probe(url, init)} fetches and resolves to what the page could see, the status, body and
     * headers, or the error the fetch rejected with.
     */
    private static final String PAGE = "<!doctype html><html><head><meta charset=\"utf-8\"><title>cors probe</title>"
            + "<script>\n"
            + "window.probe = async function (url, init) {\n"
            + "  try {\n"
            + "    const response = await fetch(url, init);\n"
            + "    const body = await response.text();\n"
            + "    const headers = {};\n"
            + "    response.headers.forEach(function (value, name) { headers[name] = value; });\n"
            + "    return {outcome: 'read', status: response.status, body: body, headers: headers};\n"
            + "  } catch (e) {\n"
            + "    return {outcome: 'rejected', error: e.name + ': ' + e.message};\n"
            + "  }\n"
            + "};\n"
            + "</script></head><body>cors probe</body></html>";

    private HttpServer pageServer;
    private ChromeDriver browser;
    private String pageOrigin;

    @BeforeAll
    void startBrowserOnThePage() throws IOException {
        DEVTOOLS_LOG.setLevel(Level.OFF);
        if (!BROWSER_INSTALLED) {
            return;
        }
        pageServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pageServer.createContext("/", exchange -> {
            byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        pageServer.start();
        pageOrigin = "http://127.0.0.1:" + pageServer.getAddress().getPort();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        browser.get(pageOrigin + "/");
    }

    /** Reported on each test rather than once on the class, so that the build's summary counts them as skipped. */
    @BeforeEach
    void assumeTheBrowserIsInstalled() {
        Assumptions.assumeTrue(
                BROWSER_INSTALLED,
                "Chromium and its driver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): install them"
                        + " with `apt-get install chromium chromium-driver` (Debian) to run the browser CORS tests");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (pageServer != null) {
            pageServer.stop(0);
        }
    }

    /** Calls {@code fetch(url, init)} in the page and returns what the page saw. */
    private Seen fetchFromThePage(URI url, Map<String, Object> init) {
        Object result = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " window.probe(arguments[0], arguments[1]).then(done);",
                url.toString(),
                init);
        return Seen.of(result);
    }

    private static Map<String, Object> init(String method, Map<String, String> headers) {
        Map<String, Object> init = new LinkedHashMap<>();
        init.put("method", method);
        init.put("headers", headers);
        return init;
    }

    private static List<String> servedMethods(ApiGateway gateway) {
        return gateway.servedExchanges().stream()
                .map(exchange -> exchange.request().method())
                .toList();
    }

    private static Exchange lastServed(ApiGateway gateway) {
        List<Exchange> served = gateway.servedExchanges();
        return served.get(served.size() - 1);
    }

    /** What the page saw of one fetch: the response it could read, or the rejection. */
    record Seen(String outcome, long status, String body, Map<String, String> headers, String error) {

        @SuppressWarnings("unchecked")
        static Seen of(Object scriptResult) {
            Map<String, Object> result = (Map<String, Object>) scriptResult;
            Object status = result.get("status");
            return new Seen(
                    (String) result.get("outcome"),
                    status == null ? -1 : ((Number) status).longValue(),
                    (String) result.get("body"),
                    (Map<String, String>) result.getOrDefault("headers", Map.of()),
                    (String) result.get("error"));
        }

        boolean read() {
            return "read".equals(outcome);
        }
    }

    /** A Lambda proxy function that answers 200 with a JSON body and the CORS header of the given origin. */
    static final class PetsFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        private final String allowOrigin;

        PetsFunction(String allowOrigin) {
            this.allowOrigin = allowOrigin;
        }

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return Map.of(
                    "statusCode",
                    200,
                    "headers",
                    Map.of("Content-Type", "application/json", "Access-Control-Allow-Origin", allowOrigin),
                    "body",
                    "{\"pets\":[\"rex\"]}");
        }
    }

    /** A TOKEN authorizer that allows the token {@code allow} and denies any other. */
    static final class TokenAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            String effect = "allow".equals(event.get("authorizationToken")) ? "Allow" : "Deny";
            Map<String, Object> statement = new LinkedHashMap<>();
            statement.put("Action", "execute-api:Invoke");
            statement.put("Effect", effect);
            statement.put("Resource", event.get("methodArn"));
            return Map.of(
                    "principalId",
                    "user",
                    "policyDocument",
                    Map.of("Version", "2012-10-17", "Statement", List.of(statement)));
        }
    }

    @Nested
    @Execution(ExecutionMode.SAME_THREAD)
    class RestApi {

        /** PUT /pets behind a token authorizer, with the OPTIONS method "Enable CORS" creates for the origin. */
        private ApiGateway.Builder guardedPets(String allowOrigin) {
            return guardedPets(allowOrigin, false);
        }

        private ApiGateway.Builder guardedPets(String allowOrigin, boolean allowCredentials) {
            MockIntegration.CorsPreflightBuilder preflight = Integration.corsPreflight(allowOrigin)
                    .allowHeaders("Content-Type", "Authorization", "X-Api-Version")
                    .allowMethods("OPTIONS", "PUT");
            if (allowCredentials) {
                preflight.allowCredentials();
            }
            return ApiGateway.builder()
                    .stage("prod")
                    .authorizer(AuthorizerDefinition.token("bearer", new TokenAuthorizer()))
                    .route(
                            "PUT /pets",
                            new PetsFunction(allowOrigin),
                            MethodRequest.builder().authorizer("bearer").build())
                    .route("OPTIONS /pets", preflight);
        }

        // A PUT with a non-simple header makes the browser send a preflight; the OPTIONS mock allows the page's
        // origin, the method and the headers, so the browser sends the PUT and the page reads its body
        // (docs/behavior.md#rest-cors).
        @Test
        void an_allowed_request_passes_its_preflight_and_the_page_reads_the_body() {
            try (ApiGateway gateway = guardedPets(pageOrigin).build()) {
                URI base = gateway.start();

                Seen seen = fetchFromThePage(
                        base.resolve("pets"), init("PUT", Map.of("Authorization", "allow", "X-Api-Version", "2")));

                assertThat(seen.read()).as("%s", seen).isTrue();
                assertThat(seen.status()).isEqualTo(200);
                assertThat(seen.body()).isEqualTo("{\"pets\":[\"rex\"]}");
                assertThat(servedMethods(gateway)).containsExactly("OPTIONS", "PUT");
                Exchange preflight = gateway.servedExchanges().get(0);
                assertThat(preflight.request().headers().first("Access-Control-Request-Method"))
                        .contains("PUT");
                assertThat(preflight).wasNotInvoked().response().hasStatus(200);
            }
        }

        // REST APIs send the configured origin to every origin; the browser refuses a simple GET whose answer names
        // another origin: fetch rejects with a TypeError although the function ran and answered 200
        // (docs/behavior.md#rest-cors).
        @Test
        void a_disallowed_origin_is_blocked_by_the_browser_although_the_gateway_answered() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .stage("prod")
                    .route("GET /pets", new PetsFunction(OTHER_ORIGIN))
                    .build()) {
                URI base = gateway.start();

                Seen seen = fetchFromThePage(base.resolve("pets"), init("GET", Map.of()));

                assertThat(seen.read()).as("%s", seen).isFalse();
                assertThat(seen.error()).startsWith("TypeError");
                assertThat(servedMethods(gateway)).containsExactly("GET");
                assertThat(lastServed(gateway)).wasInvoked().response().hasStatus(200);
            }
        }

        // A preflight whose Access-Control-Allow-Origin names another origin fails, and the browser never sends
        // the PUT (docs/behavior.md#rest-cors).
        @Test
        void a_preflight_for_another_origin_stops_the_request_before_it_is_sent() {
            try (ApiGateway gateway = guardedPets(OTHER_ORIGIN).build()) {
                URI base = gateway.start();

                Seen seen = fetchFromThePage(
                        base.resolve("pets"), init("PUT", Map.of("Authorization", "allow", "X-Api-Version", "2")));

                assertThat(seen.read()).as("%s", seen).isFalse();
                assertThat(seen.error()).startsWith("TypeError");
                assertThat(servedMethods(gateway)).containsExactly("OPTIONS");
            }
        }

        // Without a token the authorizer's 401 has no CORS header unless a gateway response adds one: with a
        // DEFAULT_4XX Access-Control-Allow-Origin the page reads the 401 and its body, without it fetch rejects
        // (docs/behavior.md#rest-cors, #gateway-response-customization).
        @Test
        void a_401_is_readable_only_with_a_default_4xx_cors_header() {
            Map<String, Object> noToken = init("PUT", Map.of("X-Api-Version", "2"));
            try (ApiGateway withHeader = guardedPets(pageOrigin)
                            .gatewayResponse(GatewayResponse.of(GatewayResponseType.DEFAULT_4XX)
                                    .header("Access-Control-Allow-Origin", "'*'")
                                    .build())
                            .build();
                    ApiGateway without = guardedPets(pageOrigin).build()) {
                URI readable = withHeader.start();
                URI blocked = without.start();

                Seen read = fetchFromThePage(readable.resolve("pets"), noToken);
                Seen rejected = fetchFromThePage(blocked.resolve("pets"), noToken);

                assertThat(read.read()).as("%s", read).isTrue();
                assertThat(read.status()).isEqualTo(401);
                assertThat(read.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
                assertThat(servedMethods(withHeader)).containsExactly("OPTIONS", "PUT");

                assertThat(rejected.read()).as("%s", rejected).isFalse();
                assertThat(rejected.error()).startsWith("TypeError");
                assertThat(servedMethods(without)).containsExactly("OPTIONS", "PUT");
                assertThat(lastServed(without)).response().hasStatus(401);
            }
        }

        // A credentialed fetch (credentials: 'include') is refused a 401 whose Access-Control-Allow-Origin is '*':
        // the browser wants the page's origin itself and Access-Control-Allow-Credentials: true, which a DEFAULT_4XX
        // gateway response can give from the request's Origin header (docs/behavior.md#rest-cors,
        // #gateway-response-customization).
        @Test
        void a_credentialed_401_needs_the_origin_itself_not_a_star() {
            Map<String, Object> credentialedNoToken = init("PUT", Map.of("X-Api-Version", "2"));
            credentialedNoToken.put("credentials", "include");
            try (ApiGateway star = guardedPets(pageOrigin, true)
                            .gatewayResponse(GatewayResponse.of(GatewayResponseType.DEFAULT_4XX)
                                    .header("Access-Control-Allow-Origin", "'*'")
                                    .header("Access-Control-Allow-Credentials", "'true'")
                                    .build())
                            .build();
                    ApiGateway echoed = guardedPets(pageOrigin, true)
                            .gatewayResponse(GatewayResponse.of(GatewayResponseType.DEFAULT_4XX)
                                    .header("Access-Control-Allow-Origin", "method.request.header.Origin")
                                    .header("Access-Control-Allow-Credentials", "'true'")
                                    .build())
                            .build()) {
                URI refused = star.start();
                URI readable = echoed.start();

                Seen rejected = fetchFromThePage(refused.resolve("pets"), credentialedNoToken);
                Seen read = fetchFromThePage(readable.resolve("pets"), credentialedNoToken);

                assertThat(rejected.read()).as("%s", rejected).isFalse();
                assertThat(rejected.error()).startsWith("TypeError");
                assertThat(servedMethods(star)).containsExactly("OPTIONS", "PUT");
                assertThat(lastServed(star)).response().hasStatus(401);

                assertThat(read.read()).as("%s", read).isTrue();
                assertThat(read.status()).isEqualTo(401);
                assertThat(read.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
                assertThat(lastServed(echoed)).response().hasHeaderValues("Access-Control-Allow-Origin", pageOrigin);
            }
        }

        // The authorizer's explicit deny is a 403 with the recorded body; the same DEFAULT_4XX header makes it
        // readable, and without it fetch rejects (docs/behavior.md#rest-cors, #gateway-response-customization).
        @Test
        void a_403_is_readable_only_with_a_default_4xx_cors_header() {
            Map<String, Object> deniedToken = init("PUT", Map.of("Authorization", "deny"));
            try (ApiGateway withHeader = guardedPets(pageOrigin)
                            .gatewayResponse(GatewayResponse.of(GatewayResponseType.DEFAULT_4XX)
                                    .header("Access-Control-Allow-Origin", "'*'")
                                    .build())
                            .build();
                    ApiGateway without = guardedPets(pageOrigin).build()) {
                URI readable = withHeader.start();
                URI blocked = without.start();

                Seen read = fetchFromThePage(readable.resolve("pets"), deniedToken);
                Seen rejected = fetchFromThePage(blocked.resolve("pets"), deniedToken);

                assertThat(read.read()).as("%s", read).isTrue();
                assertThat(read.status()).isEqualTo(403);
                assertThat(read.body())
                        .isEqualTo(lastServed(withHeader).response().bodyAsText());
                assertThat(read.body()).contains("not authorized");

                assertThat(rejected.read()).as("%s", rejected).isFalse();
                assertThat(rejected.error()).startsWith("TypeError");
                assertThat(lastServed(without)).response().hasStatus(403);
            }
        }
    }

    @Nested
    @Execution(ExecutionMode.SAME_THREAD)
    class HttpApi {

        private ApiGateway corsApi(String allowOrigin) {
            return ApiGateway.builder()
                    .httpApi()
                    .cors(CorsConfiguration.builder()
                            .allowOrigins(allowOrigin)
                            .allowMethods("GET", "PUT")
                            .allowHeaders("content-type", "x-api-version")
                            .exposeHeaders("x-request-cost")
                            .build())
                    .route("PUT /pets", new CostlyPetsFunction())
                    .build();
        }

        // Built-in CORS: the gateway answers the preflight itself (no OPTIONS route, no function), adds the
        // configured headers to the PUT's answer, and the page reads the body and the exposed header but not an
        // unexposed one (docs/behavior.md#http-api-cors).
        @Test
        void an_allowed_request_passes_the_gateways_own_preflight() {
            try (ApiGateway gateway = corsApi(pageOrigin)) {
                URI base = gateway.start();

                Seen seen = fetchFromThePage(
                        base.resolve("pets"),
                        init("PUT", Map.of("Content-Type", "application/json", "X-Api-Version", "2")));

                assertThat(seen.read()).as("%s", seen).isTrue();
                assertThat(seen.status()).isEqualTo(200);
                assertThat(seen.body()).isEqualTo("{\"pets\":[\"rex\"]}");
                assertThat(seen.headers()).containsEntry("x-request-cost", "3").doesNotContainKey("x-internal");
                assertThat(servedMethods(gateway)).containsExactly("OPTIONS", "PUT");
                assertThat(gateway.servedExchanges().get(0))
                        .wasNotInvoked()
                        .response()
                        .hasStatus(204);
            }
        }

        // With allowCredentials the gateway echoes the page's origin and adds access-control-allow-credentials: true
        // to the preflight and the response, so a credentialed fetch is read (docs/behavior.md#http-api-cors).
        @Test
        void a_credentialed_request_is_read_when_credentials_are_allowed() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .httpApi()
                    .cors(CorsConfiguration.builder()
                            .allowOrigins(pageOrigin)
                            .allowMethods("GET", "PUT")
                            .allowHeaders("content-type", "x-api-version")
                            .allowCredentials(true)
                            .build())
                    .route("PUT /pets", new CostlyPetsFunction())
                    .build()) {
                URI base = gateway.start();
                Map<String, Object> credentialed =
                        init("PUT", Map.of("Content-Type", "application/json", "X-Api-Version", "2"));
                credentialed.put("credentials", "include");

                Seen seen = fetchFromThePage(base.resolve("pets"), credentialed);

                assertThat(seen.read()).as("%s", seen).isTrue();
                assertThat(seen.status()).isEqualTo(200);
                assertThat(seen.body()).isEqualTo("{\"pets\":[\"rex\"]}");
                assertThat(servedMethods(gateway)).containsExactly("OPTIONS", "PUT");
            }
        }

        // An origin the configuration does not allow: the gateway answers the preflight without access-control
        // headers and without running the function, and the browser does not send the PUT
        // (docs/behavior.md#http-api-cors).
        @Test
        void a_disallowed_origin_is_blocked_at_the_preflight() {
            try (ApiGateway gateway = corsApi(OTHER_ORIGIN)) {
                URI base = gateway.start();

                Seen seen = fetchFromThePage(
                        base.resolve("pets"),
                        init("PUT", Map.of("Content-Type", "application/json", "X-Api-Version", "2")));

                assertThat(seen.read()).as("%s", seen).isFalse();
                assertThat(seen.error()).startsWith("TypeError");
                assertThat(servedMethods(gateway)).containsExactly("OPTIONS");
                assertThat(gateway.servedExchanges().get(0))
                        .wasNotInvoked()
                        .response()
                        .doesNotHaveHeader("access-control-allow-origin");
            }
        }
    }

    /** An HTTP API function that answers with a body, an exposed header and one left unexposed. */
    static final class CostlyPetsFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return Map.of(
                    "statusCode",
                    200,
                    "headers",
                    Map.of("content-type", "application/json", "x-request-cost", "3", "x-internal", "yes"),
                    "body",
                    "{\"pets\":[\"rex\"]}");
        }
    }
}

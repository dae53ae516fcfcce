package io.apigwsim.assertions;

import io.apigwsim.Exchange;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.json.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on the {@link HttpResponse} a client received.
 *
 * <p>Header names are compared without regard to case, as HTTP requires. When this assertion comes from
 * {@link ExchangeAssert#response()}, failure messages end with a description of the whole exchange
 * (request, Lambda event, Lambda result, response, execution log); otherwise with the response.
 *
 * <pre>{@code
 * assertThat(exchange).response()
 *         .hasStatus(200)
 *         .hasContentType("application/json")
 *         .hasJsonBody("{\"id\": 42}");
 * }</pre>
 *
 * @since 0.1
 */
public final class ClientResponseAssert extends AbstractAssert<ClientResponseAssert, HttpResponse> {

    private static final String CONTENT_TYPE = "Content-Type";

    private final Supplier<String> context;

    ClientResponseAssert(HttpResponse actual) {
        super(actual, ClientResponseAssert.class);
        this.context = () -> ExchangeDescription.of(actual);
    }

    ClientResponseAssert(HttpResponse actual, Exchange exchange) {
        super(actual, ClientResponseAssert.class);
        this.context = () -> ExchangeDescription.of(exchange);
    }

    /**
     * Verify that the response has the given status code.
     *
     * <p>The failure message shows the body, which often explains an unexpected status.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the client got 200 {"id":42}
     * assertThat(exchange).response().hasStatus(200);
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).response().hasStatus(404);
     * }</pre>
     *
     * @param expected the status code
     * @return this assertion
     * @since 0.1
     */
    public ClientResponseAssert hasStatus(int expected) {
        isNotNull();
        if (actual.status() != expected) {
            throw failureWithActualExpected(
                    actual.status(),
                    expected,
                    "%nExpecting response status:%n  %s%nbut was:%n  %s%nwith body:%n  %s%n%n%s",
                    expected,
                    actual.status(),
                    ExchangeDescription.body(actual.body()),
                    context.get());
        }
        return myself;
    }

    /**
     * Verify that the named header has the given value among its values; the name is compared without
     * regard to case.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the response has Content-Type: application/json
     * assertThat(exchange).response().hasHeader("content-type", "application/json");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).response().hasHeader("Content-Type", "text/plain");
     * }</pre>
     *
     * @param name the header name
     * @param value the value one of the header's lines must have
     * @return this assertion
     * @since 0.1
     */
    public ClientResponseAssert hasHeader(String name, String value) {
        isNotNull();
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        List<String> values = actual.headers().all(name);
        if (!values.contains(value)) {
            throw failure(
                    "%nExpecting response header %s to have value:%n  %s%n%s%nResponse header names:%n  %s%n%n%s",
                    name,
                    quoted(value),
                    headerValues(name, values),
                    actual.headers().names(),
                    context.get());
        }
        return myself;
    }

    /**
     * Verify that the named header has exactly the given values, in order, one per header line; the name is
     * compared without regard to case.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the response has Set-Cookie: a=1 and Set-Cookie: b=2
     * assertThat(exchange).response().hasHeaderValues("Set-Cookie", "a=1", "b=2");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).response().hasHeaderValues("Set-Cookie", "b=2", "a=1");
     * }</pre>
     *
     * @param name the header name
     * @param valuesInOrder every value the header must have, in the order of its lines
     * @return this assertion
     * @since 0.1
     */
    public ClientResponseAssert hasHeaderValues(String name, String... valuesInOrder) {
        isNotNull();
        Objects.requireNonNull(name, "name");
        List<String> expected = List.of(valuesInOrder);
        List<String> values = actual.headers().all(name);
        if (!values.equals(expected)) {
            throw failureWithActualExpected(
                    values,
                    expected,
                    "%nExpecting response header %s to have values, in order:%n  %s%n%s%nResponse header names:%n"
                            + "  %s%n%n%s",
                    name,
                    JsonLookup.text(expected),
                    headerValues(name, values),
                    actual.headers().names(),
                    context.get());
        }
        return myself;
    }

    /**
     * Verify that the response has no header of the given name, compared without regard to case.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the response has no Location header
     * assertThat(exchange).response().doesNotHaveHeader("Location");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).response().doesNotHaveHeader("Content-Type");
     * }</pre>
     *
     * @param name the header name
     * @return this assertion
     * @since 0.1
     */
    public ClientResponseAssert doesNotHaveHeader(String name) {
        isNotNull();
        Objects.requireNonNull(name, "name");
        List<String> values = actual.headers().all(name);
        if (!values.isEmpty()) {
            throw failure(
                    "%nExpecting the response to have no %s header, but it has:%n  %s%n%n%s",
                    name, JsonLookup.text(values), context.get());
        }
        return myself;
    }

    /**
     * Verify that the body, decoded as UTF-8, is exactly the given text.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // API Gateway answered a request that matches no route
     * assertThat(exchange).response().hasBody("{\"message\":\"Missing Authentication Token\"}");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the text differs in spacing; use hasJsonBody to ignore formatting
     * assertThat(exchange).response().hasBody("{\"message\": \"Missing Authentication Token\"}");
     * }</pre>
     *
     * @param expected the body text
     * @return this assertion
     * @since 0.1
     * @see #hasJsonBody(String)
     */
    public ClientResponseAssert hasBody(String expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        String body = actual.bodyAsText();
        if (!body.equals(expected)) {
            throw failureWithActualExpected(
                    body,
                    expected,
                    "%nExpecting response body:%n  %s%nbut was:%n  %s%n%n%s",
                    ExchangeDescription.truncated(expected),
                    ExchangeDescription.body(actual.body()),
                    context.get());
        }
        return myself;
    }

    /**
     * Verify that the body is JSON equal to the given JSON, ignoring formatting and the order of keys.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the body is {"id":42,"name":"Rex"}
     * assertThat(exchange).response().hasJsonBody("{\"name\": \"Rex\", \"id\": 42}");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).response().hasJsonBody("{\"name\": \"Rex\", \"id\": 43}");
     * }</pre>
     *
     * @param expectedJson the expected JSON text
     * @return this assertion
     * @throws IllegalArgumentException when {@code expectedJson} is not one JSON value
     * @since 0.1
     */
    public ClientResponseAssert hasJsonBody(String expectedJson) {
        isNotNull();
        JsonLookup.requireJson(expectedJson);
        String body = actual.bodyAsText();
        if (Json.tryRead(body).isEmpty()) {
            throw failure(
                    "%nExpecting response body to be JSON equal to:%n  %s%nbut it is not JSON:%n  %s%n%n%s",
                    ExchangeDescription.truncated(expectedJson),
                    ExchangeDescription.body(actual.body()),
                    context.get());
        }
        if (!Json.sameJson(body, expectedJson)) {
            throw failureWithActualExpected(
                    Json.pretty(body),
                    Json.pretty(expectedJson),
                    "%nExpecting response body to be JSON equal to:%n  %s%nbut was:%n  %s%n%n%s",
                    ExchangeDescription.truncated(expectedJson),
                    ExchangeDescription.body(actual.body()),
                    context.get());
        }
        return myself;
    }

    /**
     * Verify that the body is a JSON object with a field holding the given value, compared as JSON: a
     * {@code String} matches a JSON string, a number matches a JSON number of the same value, a {@code Boolean}
     * a JSON boolean, a {@code List} or {@code Map} an array or object with equal elements, and {@code null} a
     * field that is present and holds JSON null. The failure message tells an absent key from a JSON null.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the body is {"id":"42","owner":{"name":"Ann"}}
     * assertThat(exchange).response().hasJsonBodyField("owner.name", "Ann");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // id is a JSON string, not a number
     * assertThat(exchange).response().hasJsonBodyField("id", 42);
     * }</pre>
     *
     * @param dottedPath the path of the field, keys separated by dots, such as {@code owner.name}
     * @param expected the value, as a {@code String}, {@code Number}, {@code Boolean}, {@code List} or
     *     {@code Map}, or {@code null} for JSON null
     * @return this assertion
     * @since 0.2
     * @see LambdaEventAssert#hasField(String, Object)
     */
    public ClientResponseAssert hasJsonBodyField(String dottedPath, Object expected) {
        isNotNull();
        Objects.requireNonNull(dottedPath, "dottedPath");
        Map<String, Object> tree = Json.tryReadObject(actual.bodyAsText())
                .orElseThrow(() -> failure(
                        "%nExpecting the response body to be a JSON object with %s, but it is not one:%n  %s%n%n%s",
                        dottedPath, ExchangeDescription.body(actual.body()), context.get()));
        JsonLookup.Field field = new JsonLookup("the response body", tree).find(List.of(dottedPath.split("\\.", -1)));
        boolean holds = expected == null ? field.present() && field.value() == null : field.holds(expected);
        if (!holds) {
            String expectedText = JsonLookup.text(expected);
            String message = "%nExpecting response body field %s to be:%n  %s%n%s%n%n%s";
            if (field.present()) {
                throw failureWithActualExpected(
                        JsonLookup.text(field.value()),
                        expectedText,
                        message,
                        field.path(),
                        expectedText,
                        field.butWas(),
                        context.get());
            }
            throw failure(message, field.path(), expectedText, field.butWas(), context.get());
        }
        return myself;
    }

    /**
     * Verify that the response has no body.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the function returned {"statusCode": 204}
     * assertThat(exchange).response().hasEmptyBody();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the client got {"id":42}
     * assertThat(exchange).response().hasEmptyBody();
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public ClientResponseAssert hasEmptyBody() {
        isNotNull();
        byte[] body = actual.body();
        if (body.length != 0) {
            throw failure(
                    "%nExpecting an empty response body, but it has %s bytes:%n  %s%n%n%s",
                    body.length, ExchangeDescription.body(body), context.get());
        }
        return myself;
    }

    /**
     * Verify that the body is exactly the given bytes, as for a binary media type.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the function returned a base64-encoded PNG that API Gateway decoded
     * assertThat(exchange).response().hasBody(Files.readAllBytes(Path.of("pet.png")));
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the client got the base64 text rather than the decoded bytes
     * assertThat(exchange).response().hasBody(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
     * }</pre>
     *
     * @param expected the body bytes
     * @return this assertion
     * @since 0.1
     */
    public ClientResponseAssert hasBody(byte[] expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        byte[] body = actual.body();
        int difference = Arrays.mismatch(body, expected);
        if (difference >= 0) {
            throw failureWithActualExpected(
                    body,
                    expected,
                    "%nExpecting response body bytes:%n  %s%nbut was:%n  %s%nThe first difference is at byte %s."
                            + "%n%n%s",
                    bytes(expected),
                    bytes(body),
                    difference,
                    context.get());
        }
        return myself;
    }

    /**
     * Verify that the first {@code Content-Type} header of the response is exactly the given text.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // API Gateway answered with Content-Type: application/json
     * assertThat(exchange).response().hasContentType("application/json");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).response().hasContentType("application/json; charset=utf-8");
     * }</pre>
     *
     * @param expected the media type with any parameters, as sent
     * @return this assertion
     * @since 0.1
     */
    public ClientResponseAssert hasContentType(String expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        Optional<String> contentType = actual.headers().first(CONTENT_TYPE);
        if (contentType.isEmpty()) {
            throw failure(
                    "%nExpecting response Content-Type:%n  %s%nbut the response has no Content-Type header%n"
                            + "Response header names:%n  %s%n%n%s",
                    quoted(expected), actual.headers().names(), context.get());
        }
        if (!contentType.get().equals(expected)) {
            throw failureWithActualExpected(
                    contentType.get(),
                    expected,
                    "%nExpecting response Content-Type:%n  %s%nbut was:%n  %s%n%n%s",
                    quoted(expected),
                    quoted(contentType.get()),
                    context.get());
        }
        return myself;
    }

    /**
     * Verify that a browser lets a page at the given origin read this response, as the Fetch standard's CORS check
     * decides for a request without credentials: {@code Access-Control-Allow-Origin} is {@code *} or exactly the
     * origin, on one header line. The status does not matter: a page may read a 401 that passes the check, and
     * sees only a network error for one that fails it.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the response has Access-Control-Allow-Origin: *
     * assertThat(exchange).response().allowsOrigin("https://app.example.com");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // API Gateway's own 401, without a DEFAULT_4XX gateway response adding Access-Control-Allow-Origin
     * assertThat(exchange).response().allowsOrigin("https://app.example.com");
     * }</pre>
     *
     * @param origin the page's origin, a scheme and a host such as {@code https://app.example.com}
     * @return this assertion
     * @see <a href="https://fetch.spec.whatwg.org/#cors-check">Fetch standard: CORS check</a>
     * @since 0.2
     */
    public ClientResponseAssert allowsOrigin(String origin) {
        isNotNull();
        Objects.requireNonNull(origin, "origin");
        BrowserCors.check(actual, origin, false).ifPresent(reason -> {
            throw corsFailure(origin, "", reason);
        });
        return myself;
    }

    /**
     * Verify that a browser lets a page at the given origin read this response to a request with credentials
     * (cookies, {@code fetch(url, {credentials: "include"})}): {@code Access-Control-Allow-Origin} is exactly the
     * origin ({@code *} does not do) and {@code Access-Control-Allow-Credentials} is {@code true}.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // Access-Control-Allow-Origin: https://app.example.com and Access-Control-Allow-Credentials: true
     * assertThat(exchange).response().allowsCredentialedOrigin("https://app.example.com");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the response has Access-Control-Allow-Origin: *
     * assertThat(exchange).response().allowsCredentialedOrigin("https://app.example.com");
     * }</pre>
     *
     * @param origin the page's origin, a scheme and a host such as {@code https://app.example.com}
     * @return this assertion
     * @see <a href="https://fetch.spec.whatwg.org/#cors-check">Fetch standard: CORS check</a>
     * @since 0.2
     */
    public ClientResponseAssert allowsCredentialedOrigin(String origin) {
        isNotNull();
        Objects.requireNonNull(origin, "origin");
        BrowserCors.check(actual, origin, true).ifPresent(reason -> {
            throw corsFailure(origin, " with credentials", reason);
        });
        return myself;
    }

    /**
     * Verify that a browser accepts this response as the answer to its preflight ({@code OPTIONS}) request for a
     * request without credentials from the given origin, with the given method and request headers: the CORS check
     * of {@link #allowsOrigin(String)}, a status from 200 to 299, the method listed in
     * {@code Access-Control-Allow-Methods} (case-sensitively, or {@code *}; {@code GET}, {@code HEAD} and
     * {@code POST} need no listing), and each header listed in {@code Access-Control-Allow-Headers} (in any case, or
     * {@code *}, which does not cover {@code Authorization}).
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // 200 with Access-Control-Allow-Origin: *, Access-Control-Allow-Methods: OPTIONS,PUT and
     * // Access-Control-Allow-Headers: Content-Type,Authorization
     * assertThat(exchange).response().allowsPreflight("https://app.example.com", "PUT", "content-type", "authorization");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the same answer does not list DELETE
     * assertThat(exchange).response().allowsPreflight("https://app.example.com", "DELETE");
     * }</pre>
     *
     * @param origin the page's origin, a scheme and a host such as {@code https://app.example.com}
     * @param method the method of the request the browser asks about, as in {@code Access-Control-Request-Method}
     * @param requestHeaders the header names the browser lists in {@code Access-Control-Request-Headers}: the
     *     request's headers that are not CORS-safelisted, such as {@code Authorization}, or {@code Content-Type} with
     *     {@code application/json}
     * @return this assertion
     * @see <a href="https://fetch.spec.whatwg.org/#cors-preflight-fetch">Fetch standard: CORS-preflight fetch</a>
     * @since 0.2
     */
    public ClientResponseAssert allowsPreflight(String origin, String method, String... requestHeaders) {
        isNotNull();
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(method, "method");
        List<String> headers = List.of(requestHeaders);
        BrowserCors.preflight(actual, origin, method, headers).ifPresent(reason -> {
            throw corsFailure(
                    origin,
                    " as the answer to its preflight for " + method + (headers.isEmpty() ? "" : " with " + headers),
                    reason);
        });
        return myself;
    }

    /**
     * Start AssertJ string assertions on the body decoded as UTF-8.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the body is {"id":42,"name":"Rex"}
     * assertThat(exchange).response().body().contains("\"name\":\"Rex\"");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).response().body().startsWith("[");
     * }</pre>
     *
     * @return an AssertJ assertion on the body text
     * @since 0.1
     */
    public AbstractStringAssert<?> body() {
        isNotNull();
        return Assertions.assertThat(actual.bodyAsText()).as("response body");
    }

    private AssertionError corsFailure(String origin, String request, String reason) {
        return failure(
                "%nExpecting a browser at origin:%n  %s%nto accept the response%s,%nbut %s.%nAccess-Control-* headers"
                        + " of the response:%n  %s%n%n%s",
                quoted(origin), request, reason, corsHeaders(), context.get());
    }

    private String corsHeaders() {
        List<String> lines = actual.headers().entries().stream()
                .filter(header -> header.name().regionMatches(true, 0, "Access-Control-", 0, 15))
                .map(header -> header.name() + ": " + header.value())
                .toList();
        return lines.isEmpty() ? "(none)" : String.join(System.lineSeparator() + "  ", lines);
    }

    private static String headerValues(String name, List<String> values) {
        if (values.isEmpty()) {
            return "but the response has no " + name + " header";
        }
        return "but its values were:" + System.lineSeparator() + "  " + JsonLookup.text(values);
    }

    private static String quoted(String value) {
        return JsonLookup.text(value);
    }

    private static String bytes(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(bytes.length, 32);
        for (int i = 0; i < shown; i++) {
            text.append(String.format("%02x", bytes[i] & 0xff));
            if (i < shown - 1) {
                text.append(' ');
            }
        }
        if (bytes.length > shown) {
            text.append(" ...");
        }
        return text.append(" (").append(bytes.length).append(" bytes)").toString();
    }
}

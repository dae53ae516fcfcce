package io.apigwsim.assertions;

import io.apigwsim.LambdaPayload;
import io.apigwsim.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on the event a Lambda function received from API Gateway, read from its exact JSON text.
 *
 * <p>The assertions name the fields of the
 * <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format">
 * REST API proxy event (payload format 1.0)</a>. They keep apart what API Gateway keeps apart: a key
 * that is absent, a key that holds JSON {@code null} and a key that holds a value, and failure messages
 * say which one was found, for example:
 *
 * <pre>
 * Expecting pathParameters.id to be:
 *   "42"
 * but pathParameters is null
 * </pre>
 *
 * <p>Header names are compared exactly, because API Gateway delivers them spelled as the client sent
 * them; {@link #hasHeaderIgnoringCase(String, String)} ignores case.
 *
 * <pre>{@code
 * assertThat(exchange).lambdaEvent()
 *         .hasHttpMethod("GET")
 *         .hasResource("/pets/{id}")
 *         .hasPathParameter("id", "42")
 *         .hasNoBody();
 * }</pre>
 *
 * @since 0.1
 */
public final class LambdaEventAssert extends AbstractAssert<LambdaEventAssert, LambdaPayload> {

    private static final String HEADERS = "headers";
    private static final String MULTI_VALUE_HEADERS = "multiValueHeaders";
    private static final String QUERY = "queryStringParameters";
    private static final String MULTI_VALUE_QUERY = "multiValueQueryStringParameters";
    private static final String BODY = "body";

    private JsonLookup event;

    LambdaEventAssert(LambdaPayload actual) {
        super(actual, LambdaEventAssert.class);
    }

    /**
     * Verify that the event has the given path parameter, in {@code pathParameters}.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets/42 on route GET /pets/{id}
     * assertThat(exchange).lambdaEvent().hasPathParameter("id", "42");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasPathParameter("petId", "42");
     * }</pre>
     *
     * @param name the name of the path variable
     * @param value the value, as API Gateway delivers it
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasPathParameter(String name, String value) {
        return hasValue(List.of("pathParameters", name), value);
    }

    /**
     * Verify that the event has no path parameters: {@code pathParameters} is JSON {@code null}, as in a
     * REST API event for a resource without path variables, or absent, as in an HTTP API event.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets on route GET /pets
     * assertThat(exchange).lambdaEvent().hasNoPathParameters();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // GET /pets/42 on route GET /pets/{id}
     * assertThat(exchange).lambdaEvent().hasNoPathParameters();
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasNoPathParameters() {
        return hasNullOrAbsent("pathParameters");
    }

    /**
     * Verify that the event has the given query parameter in {@code queryStringParameters}, which holds the
     * last value of each parameter.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets?limit=10
     * assertThat(exchange).lambdaEvent().hasQueryParameter("limit", "10");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasQueryParameter("limit", "20");
     * }</pre>
     *
     * @param name the parameter name
     * @param value the value, as API Gateway delivers it
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasQueryParameter(String name, String value) {
        return hasValue(List.of(QUERY, name), value);
    }

    /**
     * Verify that the event has exactly the given values, in order, for a query parameter in
     * {@code multiValueQueryStringParameters}.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets?tag=a&tag=b
     * assertThat(exchange).lambdaEvent().hasMultiValueQueryParameter("tag", "a", "b");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasMultiValueQueryParameter("tag", "b", "a");
     * }</pre>
     *
     * @param name the parameter name
     * @param values every value, in the order the client sent them
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasMultiValueQueryParameter(String name, String... values) {
        return hasValue(List.of(MULTI_VALUE_QUERY, name), List.of(values));
    }

    /**
     * Verify that the event has no query parameters: {@code queryStringParameters} and
     * {@code multiValueQueryStringParameters} are each JSON {@code null}, as in a REST API event for a
     * request without a query string, or absent.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets
     * assertThat(exchange).lambdaEvent().hasNoQueryParameters();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // GET /pets?limit=10
     * assertThat(exchange).lambdaEvent().hasNoQueryParameters();
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasNoQueryParameters() {
        hasNullOrAbsent(QUERY);
        return hasNullOrAbsent(MULTI_VALUE_QUERY);
    }

    /**
     * Verify that the event has the given header in {@code headers}, which holds the last value of each
     * header; the name is compared exactly, as API Gateway delivers names spelled as the client sent them.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the client sent Accept: application/json
     * assertThat(exchange).lambdaEvent().hasHeader("Accept", "application/json");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the name differs in case; use hasHeaderIgnoringCase
     * assertThat(exchange).lambdaEvent().hasHeader("accept", "application/json");
     * }</pre>
     *
     * @param name the header name, spelled as delivered
     * @param value the value
     * @return this assertion
     * @since 0.1
     * @see #hasHeaderIgnoringCase(String, String)
     */
    public LambdaEventAssert hasHeader(String name, String value) {
        return hasHeaderValue(HEADERS, name, value);
    }

    /**
     * Verify that the event has the given header in {@code headers}, comparing the name without regard to
     * case.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the client sent Accept: application/json
     * assertThat(exchange).lambdaEvent().hasHeaderIgnoringCase("accept", "application/json");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasHeaderIgnoringCase("accept", "text/html");
     * }</pre>
     *
     * @param name the header name, in any case
     * @param value the value
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasHeaderIgnoringCase(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        JsonLookup.Field headers = event().find(List.of(HEADERS));
        if (!headers.present() || !(headers.value() instanceof Map)) {
            throw failure(
                    "%nExpecting header %s (in any case) to be:%n  %s%n%s",
                    name, JsonLookup.text(value), headers.butWas());
        }
        List<String> matching = namesIgnoringCase((Map<?, ?>) headers.value(), name);
        if (matching.isEmpty()) {
            throw failure(
                    "%nExpecting header %s (in any case) to be:%n  %s%nbut headers has no such name; its names are:"
                            + "%n  %s",
                    name, JsonLookup.text(value), ((Map<?, ?>) headers.value()).keySet());
        }
        Map<?, ?> values = (Map<?, ?>) headers.value();
        for (String match : matching) {
            if (value.equals(values.get(match))) {
                return myself;
            }
        }
        JsonLookup.Field found = event().find(List.of(HEADERS, matching.get(0)));
        throw failureWithActualExpected(
                JsonLookup.text(found.value()),
                JsonLookup.text(value),
                "%nExpecting header %s (in any case) to be:%n  %s%nbut %s was:%n  %s",
                name,
                JsonLookup.text(value),
                found.path(),
                JsonLookup.text(found.value()));
    }

    /**
     * Verify that the event has exactly the given values, in order, for a header in
     * {@code multiValueHeaders}; the name is compared exactly.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the client sent Accept: text/html and Accept: application/json
     * assertThat(exchange).lambdaEvent().hasMultiValueHeader("Accept", "text/html", "application/json");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasMultiValueHeader("Accept", "application/json");
     * }</pre>
     *
     * @param name the header name, spelled as delivered
     * @param values every value, in the order the client sent them
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasMultiValueHeader(String name, String... values) {
        return hasHeaderValue(MULTI_VALUE_HEADERS, name, List.of(values));
    }

    /**
     * Verify that the event has no header of the given name in {@code headers} or
     * {@code multiValueHeaders}, in any case.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the client sent no Authorization header
     * assertThat(exchange).lambdaEvent().doesNotHaveHeader("Authorization");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the client sent accept: application/json
     * assertThat(exchange).lambdaEvent().doesNotHaveHeader("Accept");
     * }</pre>
     *
     * @param name the header name, in any case
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert doesNotHaveHeader(String name) {
        Objects.requireNonNull(name, "name");
        for (String map : List.of(HEADERS, MULTI_VALUE_HEADERS)) {
            JsonLookup.Field headers = event().find(List.of(map));
            if (headers.present() && headers.value() instanceof Map) {
                List<String> matching = namesIgnoringCase((Map<?, ?>) headers.value(), name);
                if (!matching.isEmpty()) {
                    JsonLookup.Field found = event().find(List.of(map, matching.get(0)));
                    throw failure(
                            "%nExpecting the Lambda event to have no %s header in any case, but %s is:%n  %s",
                            name, found.path(), JsonLookup.text(found.value()));
                }
            }
        }
        return myself;
    }

    /**
     * Verify that the event's {@code body} is exactly the given text.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // POST /pets with body {"name":"Rex"}
     * assertThat(exchange).lambdaEvent().hasBody("{\"name\":\"Rex\"}");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the text differs in spacing; use hasJsonBody to ignore formatting
     * assertThat(exchange).lambdaEvent().hasBody("{\"name\": \"Rex\"}");
     * }</pre>
     *
     * @param expected the body text; for a base64-encoded body, the base64 text
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasBody(String expected) {
        return hasValue(List.of(BODY), expected);
    }

    /**
     * Verify that the event's {@code body} is JSON equal to the given JSON, ignoring formatting and the
     * order of keys.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // POST /pets with body {"name":"Rex","age":3}
     * assertThat(exchange).lambdaEvent().hasJsonBody("{\"age\": 3, \"name\": \"Rex\"}");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasJsonBody("{\"age\": 4, \"name\": \"Rex\"}");
     * }</pre>
     *
     * @param expectedJson the expected JSON text
     * @return this assertion
     * @throws IllegalArgumentException when {@code expectedJson} is not one JSON value
     * @since 0.1
     */
    public LambdaEventAssert hasJsonBody(String expectedJson) {
        JsonLookup.requireJson(expectedJson);
        JsonLookup.Field body = event().find(List.of(BODY));
        if (!body.present() || !(body.value() instanceof String)) {
            throw failure(
                    "%nExpecting body to be JSON equal to:%n  %s%n%s",
                    ExchangeDescription.truncated(expectedJson), body.butWas());
        }
        String text = (String) body.value();
        if (Json.tryRead(text).isEmpty()) {
            throw failure(
                    "%nExpecting body to be JSON equal to:%n  %s%nbut it is not JSON:%n  %s",
                    ExchangeDescription.truncated(expectedJson), ExchangeDescription.truncated(text));
        }
        if (!Json.sameJson(text, expectedJson)) {
            throw failureWithActualExpected(
                    Json.pretty(text),
                    Json.pretty(expectedJson),
                    "%nExpecting body to be JSON equal to:%n  %s%nbut was:%n  %s",
                    ExchangeDescription.truncated(expectedJson),
                    ExchangeDescription.truncated(text));
        }
        return myself;
    }

    /**
     * Verify that the event has no body: {@code body} is JSON {@code null}, as in a REST API event for a
     * request without a body, or absent, as in an HTTP API event.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets/42 without a body
     * assertThat(exchange).lambdaEvent().hasNoBody();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // POST /pets with body {"name":"Rex"}
     * assertThat(exchange).lambdaEvent().hasNoBody();
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasNoBody() {
        return hasNullOrAbsent(BODY);
    }

    /**
     * Verify that the event's {@code isBase64Encoded} is {@code true}, as for a body of a binary media type.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // POST /photos with Content-Type: image/png, a binary media type of the API
     * assertThat(exchange).lambdaEvent().isBase64Encoded();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // POST /pets with Content-Type: application/json
     * assertThat(exchange).lambdaEvent().isBase64Encoded();
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert isBase64Encoded() {
        return hasValue(List.of("isBase64Encoded"), Boolean.TRUE);
    }

    /**
     * Verify that the event's {@code isBase64Encoded} is {@code false}.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // POST /pets with Content-Type: application/json
     * assertThat(exchange).lambdaEvent().isNotBase64Encoded();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // POST /photos with Content-Type: image/png, a binary media type of the API
     * assertThat(exchange).lambdaEvent().isNotBase64Encoded();
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert isNotBase64Encoded() {
        return hasValue(List.of("isBase64Encoded"), Boolean.FALSE);
    }

    /**
     * Verify that the event's {@code resource} is the given resource path, as defined in the API.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets/42 on route GET /pets/{id}
     * assertThat(exchange).lambdaEvent().hasResource("/pets/{id}");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasResource("/pets/42");
     * }</pre>
     *
     * @param expected the resource path, with its path variables
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasResource(String expected) {
        return hasValue(List.of("resource"), expected);
    }

    /**
     * Verify that the event's {@code path} is the given request path.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets/42 on route GET /pets/{id}
     * assertThat(exchange).lambdaEvent().hasPath("/pets/42");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasPath("/pets/{id}");
     * }</pre>
     *
     * @param expected the request path
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasPath(String expected) {
        return hasValue(List.of("path"), expected);
    }

    /**
     * Verify that the event's {@code version} is the given payload format version; REST API events have
     * no {@code version} key, HTTP API events {@code "2.0"} or {@code "1.0"}.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // an HTTP API route with payload format 2.0
     * assertThat(exchange).lambdaEvent().hasVersion("2.0");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasVersion("1.0");
     * }</pre>
     *
     * @param expected the payload format version
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasVersion(String expected) {
        return hasValue(List.of("version"), expected);
    }

    /**
     * Verify that the payload 2.0 event's {@code routeKey} is the given route key.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets/42 on an HTTP API route GET /pets/{id}
     * assertThat(exchange).lambdaEvent().hasRouteKey("GET /pets/{id}");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasRouteKey("$default");
     * }</pre>
     *
     * @param expected the route key, such as {@code GET /pets/{id}} or {@code $default}
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasRouteKey(String expected) {
        return hasValue(List.of("routeKey"), expected);
    }

    /**
     * Verify that the payload 2.0 event's {@code rawPath} is the given decoded path, with a named stage's
     * prefix.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /files/my%20doc on an HTTP API's $default stage
     * assertThat(exchange).lambdaEvent().hasRawPath("/files/my doc");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasRawPath("/files/my%20doc");
     * }</pre>
     *
     * @param expected the path as the event shows it
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasRawPath(String expected) {
        return hasValue(List.of("rawPath"), expected);
    }

    /**
     * Verify that the payload 2.0 event's {@code rawQueryString} is the query string exactly as sent.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets?tag=a&tag=b on an HTTP API
     * assertThat(exchange).lambdaEvent().hasRawQueryString("tag=a&tag=b");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasRawQueryString("tag=a,b");
     * }</pre>
     *
     * @param expected the raw query string, {@code ""} for none
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasRawQueryString(String expected) {
        return hasValue(List.of("rawQueryString"), expected);
    }

    /**
     * Verify that the payload 2.0 event's {@code cookies} hold the given cookie pair.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // a request with Cookie: session=abc; theme=dark
     * assertThat(exchange).lambdaEvent().hasCookie("theme=dark");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasCookie("theme=light");
     * }</pre>
     *
     * @param cookie a cookie pair as the event lists it, such as {@code session=abc}
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasCookie(String cookie) {
        Objects.requireNonNull(cookie, "cookie");
        JsonLookup.Field field = event().find(List.of("cookies"));
        if (!(field.value() instanceof List<?> cookies) || !cookies.contains(cookie)) {
            throw failure("%nExpecting cookies to contain:%n  %s%n%s", cookie, field.butWas());
        }
        return myself;
    }

    /**
     * Verify that the payload 2.0 event has no {@code cookies} key, as when the request sent no cookie.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // a request without a Cookie header
     * assertThat(exchange).lambdaEvent().hasNoCookies();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // a request with Cookie: session=abc
     * assertThat(exchange).lambdaEvent().hasNoCookies();
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasNoCookies() {
        return hasNullOrAbsent("cookies");
    }

    /**
     * Verify that the event's {@code httpMethod} is the given method.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets/42
     * assertThat(exchange).lambdaEvent().hasHttpMethod("GET");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasHttpMethod("POST");
     * }</pre>
     *
     * @param expected the HTTP method, such as {@code GET}
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasHttpMethod(String expected) {
        return hasValue(List.of("httpMethod"), expected);
    }

    /**
     * Verify that the event has the given stage variable, in {@code stageVariables}.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the stage defines the variable table=pets-test
     * assertThat(exchange).lambdaEvent().hasStageVariable("table", "pets-test");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasStageVariable("table", "pets-prod");
     * }</pre>
     *
     * @param name the stage variable name
     * @param value the value
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasStageVariable(String name, String value) {
        return hasValue(List.of("stageVariables", name), value);
    }

    /**
     * Verify that a string field of the event's {@code requestContext} has the given value.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the request came from 203.0.113.7
     * assertThat(exchange).lambdaEvent().hasRequestContextField("identity.sourceIp", "203.0.113.7");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().hasRequestContextField("identity.sourceIp", "127.0.0.1");
     * }</pre>
     *
     * @param dottedPath the path of the field within {@code requestContext}, keys separated by dots, such as
     *     {@code identity.sourceIp} or {@code stage}
     * @param value the value, a JSON string
     * @return this assertion
     * @since 0.1
     * @see #hasField(String, Object)
     */
    public LambdaEventAssert hasRequestContextField(String dottedPath, String value) {
        Objects.requireNonNull(dottedPath, "dottedPath");
        return hasValue(keys("requestContext." + dottedPath), value);
    }

    /**
     * Verify that a field of the event holds the given value, compared as JSON: a {@code String} matches a
     * JSON string, a number matches a JSON number of the same value, a {@code Boolean} a JSON boolean, and a
     * {@code List} or {@code Map} an array or object with equal elements.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the request time is 1764028800000 milliseconds after the epoch
     * assertThat(exchange).lambdaEvent().hasField("requestContext.requestTimeEpoch", 1764028800000L);
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // requestTimeEpoch is a JSON number, not a string
     * assertThat(exchange).lambdaEvent().hasField("requestContext.requestTimeEpoch", "1764028800000");
     * }</pre>
     *
     * @param dottedPath the path of the field, keys separated by dots, such as {@code requestContext.stage}
     * @param expected the value, as a {@code String}, {@code Number}, {@code Boolean}, {@code List} or
     *     {@code Map}
     * @return this assertion
     * @since 0.1
     * @see #hasNullField(String)
     */
    public LambdaEventAssert hasField(String dottedPath, Object expected) {
        Objects.requireNonNull(dottedPath, "dottedPath");
        Objects.requireNonNull(expected, "expected; use hasNullField to expect JSON null");
        return hasValue(keys(dottedPath), expected);
    }

    /**
     * Verify that a field of the event is present and holds JSON {@code null}.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // a REST API event for GET /pets, a resource without path variables
     * assertThat(exchange).lambdaEvent().hasNullField("pathParameters");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the key is absent, not null
     * assertThat(exchange).lambdaEvent().hasNullField("rawPath");
     * }</pre>
     *
     * @param dottedPath the path of the field, keys separated by dots
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert hasNullField(String dottedPath) {
        Objects.requireNonNull(dottedPath, "dottedPath");
        JsonLookup.Field field = event().find(keys(dottedPath));
        if (!field.present() || field.value() != null) {
            throw failure("%nExpecting %s to be null%n%s", field.path(), field.butWas());
        }
        return myself;
    }

    /**
     * Verify that the event has no such field: its key, or the key of an object on its path, is absent.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // a REST API event has no rawPath
     * assertThat(exchange).lambdaEvent().doesNotHaveField("rawPath");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the key is present and holds null
     * assertThat(exchange).lambdaEvent().doesNotHaveField("pathParameters");
     * }</pre>
     *
     * @param dottedPath the path of the field, keys separated by dots
     * @return this assertion
     * @since 0.1
     */
    public LambdaEventAssert doesNotHaveField(String dottedPath) {
        Objects.requireNonNull(dottedPath, "dottedPath");
        JsonLookup.Field field = event().find(keys(dottedPath));
        if (field.present()) {
            throw failure("%nExpecting the Lambda event to have no %s, but it has:%n  %s", field.path(), text(field));
        }
        return myself;
    }

    /**
     * Verify that the whole event is JSON equal to the given JSON, ignoring formatting and the order of
     * keys.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the event is the one in the file, byte for byte or reformatted
     * assertThat(exchange).lambdaEvent().isEqualToJson(Files.readString(Path.of("get-pet-event.json")));
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent().isEqualToJson("{}");
     * }</pre>
     *
     * @param expectedJson the expected JSON text
     * @return this assertion
     * @throws IllegalArgumentException when {@code expectedJson} is not one JSON value
     * @since 0.1
     */
    public LambdaEventAssert isEqualToJson(String expectedJson) {
        isNotNull();
        JsonLookup.requireJson(expectedJson);
        if (!Json.sameJson(actual.raw(), expectedJson)) {
            throw failureWithActualExpected(
                    Json.pretty(actual.raw()),
                    Json.pretty(expectedJson),
                    "%nExpecting the Lambda event to be JSON equal to:%n  %s%nbut was:%n  %s",
                    ExchangeDescription.truncated(expectedJson),
                    ExchangeDescription.truncated(actual.raw()));
        }
        return myself;
    }

    /**
     * Read the event into a type the way the Java Lambda runtime does for a handler's input, then start
     * AssertJ assertions on the result.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent()
     *         .as(APIGatewayProxyRequestEvent.class)
     *         .extracting(APIGatewayProxyRequestEvent::getPath)
     *         .isEqualTo("/pets/42");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaEvent()
     *         .as(APIGatewayProxyRequestEvent.class)
     *         .extracting(APIGatewayProxyRequestEvent::getPath)
     *         .isEqualTo("/pets/{id}");
     * }</pre>
     *
     * @param type the type to read into
     * @param <T> the type
     * @return an AssertJ assertion on the event as that type
     * @since 0.1
     */
    public <T> ObjectAssert<T> as(Class<T> type) {
        isNotNull();
        Objects.requireNonNull(type, "type");
        T value;
        try {
            value = actual.as(type);
        } catch (IllegalArgumentException e) {
            throw failure(
                    "%nExpecting the Lambda event to read into %s, but it does not fit:%n  %s",
                    type.getName(), e.getMessage());
        }
        return Assertions.assertThatObject(value);
    }

    private LambdaEventAssert hasValue(List<String> keys, Object expected) {
        for (String key : keys) {
            Objects.requireNonNull(key, "name");
        }
        Objects.requireNonNull(expected, "value");
        JsonLookup.Field field = event().find(keys);
        if (!field.holds(expected)) {
            throw valueFailure(field, expected, "");
        }
        return myself;
    }

    private LambdaEventAssert hasHeaderValue(String map, String name, Object expected) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expected, "value");
        JsonLookup.Field field = event().find(List.of(map, name));
        if (field.holds(expected)) {
            return myself;
        }
        String hint = "";
        JsonLookup.Field headers = event().find(List.of(map));
        if (!field.present() && headers.present() && headers.value() instanceof Map) {
            List<String> matching = namesIgnoringCase((Map<?, ?>) headers.value(), name);
            if (!matching.isEmpty()) {
                hint = System.lineSeparator() + "The event has " + map + "." + matching.get(0)
                        + "; header names are compared exactly, as API Gateway delivers them spelled as the"
                        + " client sent them; use hasHeaderIgnoringCase to ignore case";
            }
        }
        throw valueFailure(field, expected, hint);
    }

    private AssertionError valueFailure(JsonLookup.Field field, Object expected, String hint) {
        String expectedText = JsonLookup.text(expected);
        if (field.present()) {
            return failureWithActualExpected(
                    text(field),
                    expectedText,
                    "%nExpecting %s to be:%n  %s%n%s%s",
                    field.path(),
                    expectedText,
                    field.butWas(),
                    hint);
        }
        return failure("%nExpecting %s to be:%n  %s%n%s%s", field.path(), expectedText, field.butWas(), hint);
    }

    private LambdaEventAssert hasNullOrAbsent(String key) {
        JsonLookup.Field field = event().find(List.of(key));
        if (!field.isAbsentOrNull()) {
            throw failure("%nExpecting %s to be null or absent, but was:%n  %s", key, text(field));
        }
        return myself;
    }

    private JsonLookup event() {
        isNotNull();
        if (event == null) {
            Map<String, Object> tree = Json.tryReadObject(actual.raw())
                    .orElseThrow(() -> failure(
                            "%nExpecting the Lambda event to be a JSON object, but was:%n  %s",
                            ExchangeDescription.truncated(actual.raw())));
            event = new JsonLookup("the Lambda event", tree);
        }
        return event;
    }

    private static String text(JsonLookup.Field field) {
        return ExchangeDescription.truncated(JsonLookup.text(field.value()));
    }

    private static List<String> keys(String dottedPath) {
        return List.of(dottedPath.split("\\.", -1));
    }

    private static List<String> namesIgnoringCase(Map<?, ?> map, String name) {
        List<String> names = new ArrayList<>(1);
        for (Object key : map.keySet()) {
            if (key instanceof String && ((String) key).equalsIgnoreCase(name)) {
                names.add((String) key);
            }
        }
        return names;
    }
}

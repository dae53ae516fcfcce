package io.apigwsim.assertions;

import io.apigwsim.AuthorizerCall;
import io.apigwsim.Exchange;
import io.apigwsim.LambdaPayload;
import io.apigwsim.internal.snapshot.SnapshotCheck;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on an {@link Exchange}: whether and how the request reached the Lambda function, and
 * navigation to focused assertions on the client response, the Lambda event, the Lambda result and the
 * execution log.
 *
 * <pre>{@code
 * Exchange exchange = gateway.get("/pets/42").send();
 *
 * assertThat(exchange).hasRouteKey("GET /pets/{id}");
 * assertThat(exchange).lambdaEvent().hasPathParameter("id", "42");
 * assertThat(exchange).response().hasStatus(200).hasJsonBody("{\"id\": 42}");
 * }</pre>
 *
 * <p>Failure messages on the response end with a description of the whole exchange; call {@link #debug()}
 * to print it while writing a test.
 *
 * @since 0.1
 */
public final class ExchangeAssert extends AbstractAssert<ExchangeAssert, Exchange> {

    ExchangeAssert(Exchange actual) {
        super(actual, ExchangeAssert.class);
    }

    /**
     * Start assertions on the response the client received, whether the function produced it or API Gateway
     * answered the request itself (combine with {@link #wasNotInvoked()} to say which).
     *
     * <p>Failure messages of the returned assertion end with a description of the whole exchange.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets/42 was answered with 200
     * assertThat(exchange).response().hasStatus(200);
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).response().hasStatus(404);
     * }</pre>
     *
     * @return an assertion on the client response
     * @since 0.1
     */
    public ClientResponseAssert response() {
        isNotNull();
        return new ClientResponseAssert(actual.response(), actual);
    }

    /**
     * Verify that the request reached the Lambda function, then start assertions on the event it received.
     *
     * <p>When API Gateway answered the request itself, for example because no route matches, the failure
     * message shows its answer and the execution log, which explains why.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets/42 reached the function of route GET /pets/{id}
     * assertThat(exchange).lambdaEvent().hasPathParameter("id", "42");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // GET /pet/42 matches no route: API Gateway answered 403 Missing Authentication Token
     * assertThat(exchange).lambdaEvent();
     * }</pre>
     *
     * @return an assertion on the Lambda event
     * @since 0.1
     */
    public LambdaEventAssert lambdaEvent() {
        wasInvoked();
        return new LambdaEventAssert(actual.lambdaEvent());
    }

    /**
     * Verify that the route's authorizer function was invoked for this request, then start assertions on the event
     * it received.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets with Authorization: Bearer abc, behind a TOKEN authorizer
     * assertThat(exchange).authorizerEvent().hasField("authorizationToken", "Bearer abc");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the authorizer's answer came from API Gateway's cache, so the function did not run
     * assertThat(exchange).authorizerEvent();
     * }</pre>
     *
     * @return an assertion on the authorizer's event
     * @since 0.2
     */
    public LambdaEventAssert authorizerEvent() {
        isNotNull();
        if (actual.authorizer().isEmpty()) {
            throw failure(
                    "%nExpecting the route's authorizer to have been invoked, but the request reached no authorizer;"
                            + " the client got:%n  %s%s",
                    statusAndBody(), logLines());
        }
        AuthorizerCall call = actual.authorizer().get();
        if (!call.invoked()) {
            throw failure(
                    "%nExpecting authorizer %s to have been invoked, but %s; the client got:%n  %s%s",
                    call.authorizerName(),
                    call.fromCache()
                            ? "its cached answer was used"
                            : "API Gateway decided " + call.decision() + " first",
                    statusAndBody(),
                    logLines());
        }
        return new LambdaEventAssert(call.event());
    }

    /**
     * Verify that the Lambda function was invoked and returned a result, then start assertions on that
     * result: what the function returned, or Lambda's error object when it failed.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the function returned {"statusCode": 200, "body": "{\"id\":42}"}
     * assertThat(exchange).lambdaResult().isEqualToJson("{\"statusCode\": 200, \"body\": \"{\\\"id\\\":42}\"}");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the request matched no route, so no function ran
     * assertThat(exchange).lambdaResult();
     * }</pre>
     *
     * @return an assertion on the Lambda result
     * @since 0.1
     */
    public LambdaResultAssert lambdaResult() {
        wasInvoked();
        Optional<LambdaPayload> result = ExchangeDescription.lambdaResult(actual);
        if (result.isEmpty()) {
            throw failure(
                    "%nExpecting a Lambda result, but the function returned none; the client got:%n  %s%s",
                    statusAndBody(), logLines());
        }
        return new LambdaResultAssert(result.get(), actual.functionError());
    }

    /**
     * Verify that the request reached a Lambda function.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets/42 matches route GET /pets/{id}
     * assertThat(exchange).wasInvoked();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // GET /pet/42 matches no route
     * assertThat(exchange).wasInvoked();
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public ExchangeAssert wasInvoked() {
        isNotNull();
        if (!actual.invoked()) {
            throw failure(
                    "%nExpecting the request to reach a Lambda handler, but API Gateway answered it:%n  %s%s",
                    statusAndBody(), logLines());
        }
        return myself;
    }

    /**
     * Verify that API Gateway answered the request itself, without invoking a Lambda function.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pet/42 matches no route
     * assertThat(exchange).wasNotInvoked();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // GET /pets/42 matches route GET /pets/{id}
     * assertThat(exchange).wasNotInvoked();
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public ExchangeAssert wasNotInvoked() {
        isNotNull();
        if (actual.invoked()) {
            throw failure(
                    "%nExpecting API Gateway to answer the request itself, but it invoked the Lambda function of"
                            + " route %s; the client got:%n  %s",
                    actual.routeKey().orElse("(none)"), statusAndBody());
        }
        return myself;
    }

    /**
     * Verify that the request was served by the given route.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets/42 matches route GET /pets/{id}
     * assertThat(exchange).hasRouteKey("GET /pets/{id}");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).hasRouteKey("GET /pets");
     * }</pre>
     *
     * @param expected the route key, such as {@code GET /pets/{id}} or {@code $default}
     * @return this assertion
     * @since 0.1
     */
    public ExchangeAssert hasRouteKey(String expected) {
        isNotNull();
        Optional<String> routeKey = actual.routeKey();
        if (routeKey.isEmpty()) {
            throw failure(
                    "%nExpecting route key:%n  %s%nbut no route matched; API Gateway answered:%n  %s%s",
                    expected, statusAndBody(), logLines());
        }
        if (!routeKey.get().equals(expected)) {
            throw failureWithActualExpected(
                    routeKey.get(), expected, "%nExpecting route key:%n  %s%nbut was:%n  %s", expected, routeKey.get());
        }
        return myself;
    }

    /**
     * Verify that the exchange matches the test's snapshot file, or write that file when there is none yet.
     *
     * <p>The file holds the client request, the authorizer's event and answer, the Lambda event, the function's result
     * and the client response as pretty-printed JSON, in
     * {@code src/test/resources/__snapshots__/<TestClass>/<test-method>.json}; a test's second unnamed snapshot is
     * {@code <test-method>.2.json}, and each invocation of a parameterized or repeated test gets its own file, such as
     * {@code <test-method>[1].json}. Request ids, trace ids and times become placeholders such as
     * {@code "<requestId-1>"}: the same value the same placeholder, so the response's {@code x-amzn-RequestId} is
     * still checked against the event's {@code requestContext.requestId}.
     *
     * <p>A missing file is written and the assertion passes, except when the {@code CI} environment variable is set,
     * where it fails. {@code -Dapigwsim.snapshots=update} rewrites files that differ. A mismatch fails with the JSON
     * paths that differ, the expected and actual values, the file and how to update it.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pets/42 gives the same event, result and response as when the snapshot was written
     * assertThat(exchange).matchesSnapshot();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the function now answers 404 where the snapshot says 200
     * assertThat(exchange).matchesSnapshot();
     * }</pre>
     *
     * @return this assertion
     * @since 0.2
     */
    public ExchangeAssert matchesSnapshot() {
        return matchesSnapshot(Snapshot.defaults());
    }

    /**
     * Verify that the exchange matches the test's snapshot of this name, kept in {@code <test-method>.<name>.json},
     * or write it when there is none yet; see {@link #matchesSnapshot()}.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the POST /pets exchange is the same as in <test-method>.created.json
     * assertThat(exchange).matchesSnapshot("created");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the name is already taken by another snapshot of the same test
     * assertThat(other).matchesSnapshot("created");
     * }</pre>
     *
     * @param name letters, digits, {@code -} and {@code _}; not only digits
     * @return this assertion
     * @throws IllegalArgumentException when the name has other characters
     * @since 0.2
     */
    public ExchangeAssert matchesSnapshot(String name) {
        return matchesSnapshot(Snapshot.named(name));
    }

    /**
     * Verify that the exchange matches the test's snapshot, with a name, ignored fields, fields matched by a regular
     * expression or without placeholders; see {@link #matchesSnapshot()}.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the created pet's id is a new UUID on every run
     * assertThat(exchange).matchesSnapshot(Snapshot.named("created").matching("$.response.body.id", "[0-9a-f-]{36}"));
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the response body differs from the snapshot in a field that is not ignored
     * assertThat(exchange).matchesSnapshot(Snapshot.defaults().ignoring("$.response.headers.ETag"));
     * }</pre>
     *
     * @param snapshot the snapshot's name and rules
     * @return this assertion
     * @since 0.2
     */
    public ExchangeAssert matchesSnapshot(Snapshot snapshot) {
        isNotNull();
        Objects.requireNonNull(snapshot, "snapshot");
        Optional<String> failure = SnapshotCheck.check(actual, snapshot.rules());
        if (failure.isPresent()) {
            throw failure("%n%s", failure.get());
        }
        return myself;
    }

    /**
     * Start assertions on the execution log, one element per line.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // GET /pet/42 matches no route
     * assertThat(exchange).log().anyMatch(line -> line.startsWith("No route matches GET /pet/42"));
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).log().isEmpty();
     * }</pre>
     *
     * @return an AssertJ assertion on the execution log lines
     * @since 0.1
     */
    public ListAssert<String> log() {
        isNotNull();
        return Assertions.assertThat(actual.executionLog()).as("execution log");
    }

    /**
     * Print the whole exchange to {@code System.out}: the request, the Lambda event, the Lambda result, the
     * response and the execution log.
     *
     * <pre>{@code
     * assertThat(exchange).debug().response().hasStatus(200);
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public ExchangeAssert debug() {
        return debug(System.out);
    }

    ExchangeAssert debug(PrintStream out) {
        isNotNull();
        out.println(ExchangeDescription.of(actual));
        return myself;
    }

    private String statusAndBody() {
        return actual.response().status() + " "
                + ExchangeDescription.body(actual.response().body());
    }

    private String logLines() {
        List<String> lines = actual.executionLog();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(System.lineSeparator()).append(line);
        }
        return text.toString();
    }
}

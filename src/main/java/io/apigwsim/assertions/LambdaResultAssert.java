package io.apigwsim.assertions;

import io.apigwsim.LambdaPayload;
import io.apigwsim.internal.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on what a Lambda function returned to API Gateway: the serialized result, or, when the
 * function failed, Lambda's error object with {@code errorMessage}, {@code errorType} and
 * {@code stackTrace}, marked by the {@code X-Amz-Function-Error} header.
 *
 * <pre>{@code
 * // the handler threw new IllegalStateException("no pets today")
 * assertThat(exchange).lambdaResult()
 *         .hasFunctionError()
 *         .hasErrorType("java.lang.IllegalStateException")
 *         .hasErrorMessage("no pets today");
 * }</pre>
 *
 * @since 0.1
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/java-exceptions.html">Lambda function errors
 *     in Java</a>
 */
public final class LambdaResultAssert extends AbstractAssert<LambdaResultAssert, LambdaPayload> {

    private static final String UNHANDLED = "Unhandled";

    private final Optional<String> functionError;

    LambdaResultAssert(LambdaPayload actual, Optional<String> functionError) {
        super(actual, LambdaResultAssert.class);
        this.functionError = functionError;
    }

    /**
     * Verify that the result is JSON equal to the given JSON, ignoring formatting and the order of keys.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the handler returned a proxy response with status 200 and body {"id":42}
     * assertThat(exchange).lambdaResult()
     *         .isEqualToJson("{\"statusCode\": 200, \"body\": \"{\\\"id\\\":42}\"}");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaResult().isEqualToJson("{\"statusCode\": 404}");
     * }</pre>
     *
     * @param expectedJson the expected JSON text
     * @return this assertion
     * @throws IllegalArgumentException when {@code expectedJson} is not one JSON value
     * @since 0.1
     */
    public LambdaResultAssert isEqualToJson(String expectedJson) {
        isNotNull();
        JsonLookup.requireJson(expectedJson);
        if (!Json.sameJson(actual.raw(), expectedJson)) {
            throw failureWithActualExpected(
                    Json.pretty(actual.raw()),
                    Json.pretty(expectedJson),
                    "%nExpecting the Lambda result to be JSON equal to:%n  %s%nbut was:%n  %s",
                    ExchangeDescription.truncated(expectedJson),
                    ExchangeDescription.truncated(actual.raw()));
        }
        return myself;
    }

    /**
     * Verify that the function failed: Lambda marked its result with {@code X-Amz-Function-Error: Unhandled},
     * as it does when a Java handler throws.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the handler threw
     * assertThat(exchange).lambdaResult().hasFunctionError();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the handler returned normally
     * assertThat(exchange).lambdaResult().hasFunctionError();
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public LambdaResultAssert hasFunctionError() {
        isNotNull();
        if (functionError.isEmpty()) {
            throw failure(
                    "%nExpecting the function to fail (X-Amz-Function-Error: Unhandled), but it returned:%n  %s",
                    ExchangeDescription.truncated(actual.raw()));
        }
        if (!functionError.get().equals(UNHANDLED)) {
            throw failureWithActualExpected(
                    functionError.get(),
                    UNHANDLED,
                    "%nExpecting X-Amz-Function-Error:%n  %s%nbut was:%n  %s",
                    UNHANDLED,
                    functionError.get());
        }
        return myself;
    }

    /**
     * Verify that the function returned normally, without a function error.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the handler returned normally
     * assertThat(exchange).lambdaResult().hasNoFunctionError();
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the handler threw
     * assertThat(exchange).lambdaResult().hasNoFunctionError();
     * }</pre>
     *
     * @return this assertion
     * @since 0.1
     */
    public LambdaResultAssert hasNoFunctionError() {
        isNotNull();
        if (functionError.isPresent()) {
            throw failure(
                    "%nExpecting the function to return normally, but it failed (X-Amz-Function-Error: %s):%n  %s",
                    functionError.get(), ExchangeDescription.truncated(actual.raw()));
        }
        return myself;
    }

    /**
     * Verify that the result is Lambda's error object with the given {@code errorType}, for a Java handler
     * the fully qualified name of the exception class.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the handler threw new IllegalStateException("no pets today")
     * assertThat(exchange).lambdaResult().hasErrorType("java.lang.IllegalStateException");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaResult().hasErrorType("IllegalStateException");
     * }</pre>
     *
     * @param expected the error type
     * @return this assertion
     * @since 0.1
     */
    public LambdaResultAssert hasErrorType(String expected) {
        return hasErrorField("errorType", expected);
    }

    /**
     * Verify that the result is Lambda's error object with the given {@code errorMessage}, for a Java
     * handler the message of the exception.
     *
     * <p>Assertion succeeds:
     *
     * <pre>{@code
     * // the handler threw new IllegalStateException("no pets today")
     * assertThat(exchange).lambdaResult().hasErrorMessage("no pets today");
     * }</pre>
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * assertThat(exchange).lambdaResult().hasErrorMessage("no pets");
     * }</pre>
     *
     * @param expected the error message
     * @return this assertion
     * @since 0.1
     */
    public LambdaResultAssert hasErrorMessage(String expected) {
        return hasErrorField("errorMessage", expected);
    }

    private LambdaResultAssert hasErrorField(String key, String expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        Optional<Map<String, Object>> tree = Json.tryReadObject(actual.raw());
        if (tree.isEmpty()) {
            throw failure(
                    "%nExpecting the Lambda result to be an error object with %s:%n  %s%nbut it is not a JSON object:"
                            + "%n  %s",
                    key, JsonLookup.text(expected), ExchangeDescription.truncated(actual.raw()));
        }
        JsonLookup.Field field = new JsonLookup("the Lambda result", tree.get()).find(List.of(key));
        if (!field.holds(expected)) {
            String note = functionError.isEmpty()
                    ? System.lineSeparator() + "The function returned normally (no X-Amz-Function-Error)."
                    : "";
            String expectedText = JsonLookup.text(expected);
            String format = "%nExpecting %s of the Lambda result to be:%n  %s%n%s%s";
            if (field.present()) {
                throw failureWithActualExpected(
                        JsonLookup.text(field.value()), expectedText, format, key, expectedText, field.butWas(), note);
            }
            throw failure(format, key, expectedText, field.butWas(), note);
        }
        return myself;
    }
}

package io.apigwsim.junit;

import io.apigwsim.Exchange;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a {@link RequestCase} expects of its exchange, as its table writes it: whether the function ran, the response
 * status, headers and body, and fields of the response body and of the Lambda event.
 *
 * <pre>{@code
 * entry.expectations().verify(entry.sendTo(gateway));
 * }</pre>
 *
 * <p>Each expectation is checked with the assertion of {@code io.apigwsim.assertions} that says the same thing
 * ({@code hasStatus}, {@code hasHeader}, {@code hasJsonBody}, {@code lambdaEvent().hasField}, ...), and its failure
 * message starts with the file, line, entry and expectation, such as
 * {@code [requests/pets.yaml line 9, entry "finds a pet", expect.status]}, followed by the expected and the actual
 * value. The expectations are checked in the order {@code invoked}, {@code status}, {@code headers}, {@code body} or
 * {@code json}, {@code bodyFields}, {@code eventFields}; the first that fails ends the test.
 *
 * @since 0.2
 */
public final class RequestExpectations {

    private final List<Check> checks;

    RequestExpectations(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * Verify every expectation against an exchange.
     *
     * @param exchange the exchange of this entry's request
     * @throws AssertionError naming the file, line, entry and expectation that failed, with the expected and the
     *     actual value
     * @since 0.2
     */
    public void verify(Exchange exchange) {
        Objects.requireNonNull(exchange, "exchange");
        for (Check check : checks) {
            check.verify().accept(exchange);
        }
    }

    /**
     * Tell whether there is nothing to verify, as for every request of an {@code .http} file.
     *
     * @return true when the entry has no expectations
     * @since 0.2
     */
    public boolean isEmpty() {
        return checks.isEmpty();
    }

    /**
     * The expectations as their table writes them, one per line, such as {@code expect.status: 200}.
     *
     * @return the text
     * @since 0.2
     */
    @Override
    public String toString() {
        if (checks.isEmpty()) {
            return "(no expectations)";
        }
        return String.join(
                System.lineSeparator(), checks.stream().map(Check::text).toList());
    }

    /**
     * One expectation.
     *
     * @param text what it expects, as the table writes it
     * @param verify the assertion, which throws when the exchange does not meet it
     */
    record Check(String text, Consumer<Exchange> verify) {

        Check {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(verify, "verify");
        }
    }
}

package io.apigwsim.assertions;

import io.apigwsim.Replay;
import io.apigwsim.Replay.Difference;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Replay}: whether the event the gateway generated for a captured request matches the captured
 * event.
 *
 * <pre>{@code
 * assertThat(gateway.replay(capturedEventJson)).matchesCapturedEvent();
 * assertThat(gateway.replay(edgeCapture)).ignoring("headers.CloudFront-*", "multiValueHeaders.CloudFront-*")
 *         .matchesCapturedEvent();
 * }</pre>
 *
 * <p>A failure message is the replay's {@linkplain Replay#report() report}: every differing path with both values.
 *
 * @since 0.3
 */
public final class ReplayAssert extends AbstractAssert<ReplayAssert, Replay> {

    ReplayAssert(Replay actual) {
        super(actual, ReplayAssert.class);
    }

    /**
     * Verify that the request rebuilt from the capture reached the function and that the event it received differs
     * from the captured one only where values change with every request, where they name the captured API instead of
     * this gateway, or at paths {@linkplain #ignoring(String...) ignored}.
     *
     * <p>Assertion fails:
     *
     * <pre>{@code
     * // the capture came through an edge-optimized API: CloudFront's headers are not generated
     * assertThat(gateway.replay(edgeCapture)).matchesCapturedEvent();
     * }</pre>
     *
     * @return this assertion
     * @since 0.3
     */
    public ReplayAssert matchesCapturedEvent() {
        isNotNull();
        if (!actual.matches()) {
            String nl = System.lineSeparator();
            String exchange = actual.exchange().invoked()
                    ? ""
                    : nl + nl + "The exchange:" + nl + ExchangeDescription.of(actual.exchange());
            failWithMessage(
                    "%s",
                    "Expecting the generated event to match the captured one, but:" + nl + actual.report() + exchange);
        }
        return this;
    }

    /**
     * Verify that the generated event has a difference that counts at this path or below it, as when a test pins a
     * known gap of the simulator or a capture that was edited.
     *
     * @param path a path as the report writes it; {@code *} stands for any characters within one key
     * @return this assertion
     * @since 0.3
     */
    public ReplayAssert hasMismatchAt(String path) {
        isNotNull();
        Replay probe = actual.ignoring(path);
        if (probe.mismatches().size() == actual.mismatches().size()) {
            failWithMessage(
                    "%s",
                    "Expecting a difference at " + path + ", but there is none:" + System.lineSeparator()
                            + actual.report());
        }
        return this;
    }

    /**
     * Ignore mismatches at these paths (and below them) from now on; they stay in the report, under their own heading.
     *
     * @param paths paths as the report writes them, such as {@code requestContext.identity.clientCert} or
     *     {@code headers.CloudFront-*}
     * @return an assertion on the replay with those paths ignored
     * @see Replay#ignoring(String...)
     * @since 0.3
     */
    public ReplayAssert ignoring(String... paths) {
        isNotNull();
        return new ReplayAssert(actual.ignoring(paths)).as(info.description());
    }

    /**
     * Start assertions on the replay's exchange: its response, its event, its log.
     *
     * @return an assertion on the exchange
     * @since 0.3
     */
    public ExchangeAssert exchange() {
        isNotNull();
        return new ExchangeAssert(actual.exchange());
    }

    /**
     * Return the differences that count, for assertions of your own.
     *
     * @return the mismatches
     * @since 0.3
     */
    public List<Difference> mismatches() {
        isNotNull();
        return actual.mismatches();
    }
}

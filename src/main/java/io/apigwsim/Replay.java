package io.apigwsim;

import io.apigwsim.assertions.ApiGatewayAssertions;
import io.apigwsim.assertions.ReplayAssert;
import io.apigwsim.internal.replay.PathPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AssertProvider;

/**
 * A captured API Gateway event sent again through the gateway ({@link ApiGateway#replay(String)}): the client request
 * rebuilt from the capture, the exchange it gave, and every path where the event the simulator generated differs from
 * the captured one.
 *
 * <p>Each {@link Difference} has a {@link Difference.Cause}: a {@linkplain Difference.Cause#MISMATCH mismatch} counts
 * against the replay; values that change with every request (request ids, times, the trace id), values that name the
 * captured API rather than this gateway (API id, account, region, domain, stage, deployment and resource ids) and the
 * paths the test chose to {@linkplain #ignoring(String...) ignore} are listed but do not count. A replay is an AssertJ
 * {@link AssertProvider}:
 *
 * <pre>{@code
 * assertThat(gateway.replay(capturedEventJson)).matchesCapturedEvent();
 * }</pre>
 *
 * <p>Replays are immutable.
 *
 * @since 0.3
 */
public final class Replay implements AssertProvider<ReplayAssert> {

    private static final int MAX_VALUE_CHARS = 300;

    private final String capturedEvent;
    private final String capturedFormat;
    private final Exchange exchange;
    private final List<Difference> differences;
    private final List<String> ignoredPaths;

    Replay(
            String capturedEvent,
            String capturedFormat,
            Exchange exchange,
            List<Difference> differences,
            List<String> ignoredPaths) {
        this.capturedEvent = capturedEvent;
        this.capturedFormat = capturedFormat;
        this.exchange = exchange;
        this.differences = List.copyOf(differences);
        this.ignoredPaths = List.copyOf(ignoredPaths);
    }

    /**
     * Return the captured event as it was given.
     *
     * @return the captured event's JSON text
     * @since 0.3
     */
    public String capturedEvent() {
        return capturedEvent;
    }

    /**
     * Return which payload the captured event is.
     *
     * @return {@code REST API payload 1.0}, {@code HTTP API payload 1.0} or {@code HTTP API payload 2.0}
     * @since 0.3
     */
    public String capturedFormat() {
        return capturedFormat;
    }

    /**
     * Return the exchange of the rebuilt request: its {@link Exchange#lambdaEvent()} is the event compared.
     *
     * @return the exchange
     * @since 0.3
     */
    public Exchange exchange() {
        return exchange;
    }

    /**
     * Return every path where the generated event differs from the captured one, whatever the cause, in the order of
     * the captured event's keys.
     *
     * @return the differences; empty when the function was not invoked (see {@link #matches()})
     * @since 0.3
     */
    public List<Difference> allDifferences() {
        return differences;
    }

    /**
     * Return the differences that count: those of cause {@link Difference.Cause#MISMATCH}.
     *
     * @return the mismatches
     * @since 0.3
     */
    public List<Difference> mismatches() {
        return differences.stream()
                .filter(difference -> difference.cause() == Difference.Cause.MISMATCH)
                .toList();
    }

    /**
     * Tell whether the replay reached the function and the generated event has no mismatch.
     *
     * @return whether the simulator and the routes reproduce the captured event
     * @since 0.3
     */
    public boolean matches() {
        return exchange.invoked() && mismatches().isEmpty();
    }

    /**
     * Return this replay with more paths ignored: a mismatch at such a path, or below it, becomes
     * {@link Difference.Cause#IGNORED}. A path is written as the report writes it ({@code requestContext.identity},
     * {@code headers.X-Amz-Cf-Id}, {@code multiValueHeaders.Via}); {@code *} stands for any characters within one key
     * ({@code headers.CloudFront-*}); letters match in either case.
     *
     * @param paths the paths to ignore
     * @return a replay with the same exchange and those mismatches ignored
     * @throws IllegalArgumentException when a path is blank
     * @since 0.3
     */
    public Replay ignoring(String... paths) {
        List<PathPattern> patterns = new ArrayList<>();
        List<String> allIgnored = new ArrayList<>(ignoredPaths);
        for (String path : paths) {
            patterns.add(PathPattern.of(path));
            allIgnored.add(path.strip());
        }
        List<Difference> reclassified = new ArrayList<>();
        for (Difference difference : differences) {
            boolean ignore = difference.cause() == Difference.Cause.MISMATCH
                    && patterns.stream().anyMatch(pattern -> pattern.matches(difference.path()));
            reclassified.add(ignore ? difference.because(Difference.Cause.IGNORED) : difference);
        }
        return new Replay(capturedEvent, capturedFormat, exchange, reclassified, allIgnored);
    }

    /**
     * Return the report: what was replayed and through which route, then the mismatches, the differences of identity,
     * those of every request and those ignored, one path per line.
     *
     * @return the report as text
     * @since 0.3
     */
    public String report() {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append("Replayed a captured ")
                .append(capturedFormat)
                .append(" event as ")
                .append(exchange.request().method())
                .append(' ')
                .append(exchange.request().target());
        text.append(exchange.routeKey().map(route -> " through route " + route).orElse(", which matched no route"));
        text.append(nl);
        if (!exchange.invoked()) {
            text.append("The function was not invoked: API Gateway answered ")
                    .append(exchange.response().status())
                    .append(' ')
                    .append(truncated(exchange.response().bodyAsText()))
                    .append(nl);
            text.append("Execution log:").append(nl);
            exchange.executionLog()
                    .forEach(line -> text.append("  ").append(line).append(nl));
            return text.toString().stripTrailing();
        }
        List<Difference> mismatches = mismatches();
        text.append(
                        mismatches.isEmpty()
                                ? "The generated event matches the captured one"
                                : mismatches.size() + (mismatches.size() == 1 ? " difference" : " differences")
                                        + " between the captured event and the generated one")
                .append(nl);
        section(text, "Differences:", mismatches);
        section(
                text,
                "Differ because this gateway is not the captured API (API id, account, region, domain, stage):",
                only(Difference.Cause.IDENTITY));
        section(text, "Differ on every request (not compared):", only(Difference.Cause.PER_REQUEST));
        section(text, "Ignored as asked (" + String.join(", ", ignoredPaths) + "):", only(Difference.Cause.IGNORED));
        return text.toString().stripTrailing();
    }

    private List<Difference> only(Difference.Cause cause) {
        return differences.stream()
                .filter(difference -> difference.cause() == cause)
                .toList();
    }

    private static void section(StringBuilder text, String heading, List<Difference> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String nl = System.lineSeparator();
        text.append(heading).append(nl);
        for (Difference difference : entries) {
            text.append("  ").append(difference).append(nl);
        }
    }

    private static String truncated(String value) {
        return value.length() <= MAX_VALUE_CHARS
                ? value
                : value.substring(0, MAX_VALUE_CHARS) + "... (" + value.length() + " characters)";
    }

    /**
     * Start AssertJ assertions on this replay.
     *
     * @return an assertion on this replay
     * @since 0.3
     */
    @Override
    public ReplayAssert assertThat() {
        return ApiGatewayAssertions.assertThat(this);
    }

    @Override
    public String toString() {
        return report();
    }

    /**
     * One path where the generated event differs from the captured one.
     *
     * @param path where, as {@code requestContext.identity.sourceIp}, {@code multiValueHeaders.Via[0]}; a key that is
     *     not a plain name is quoted, {@code headers["my.header"]}
     * @param kind whether the path is missing from the generated event, extra in it, or holds another value
     * @param captured the captured value as JSON text, empty when the capture has no such path
     * @param generated the generated value as JSON text, empty when the generated event has no such path
     * @param cause why the values differ, and whether that counts
     * @since 0.3
     */
    public record Difference(
            String path, Kind kind, Optional<String> captured, Optional<String> generated, Cause cause) {

        /**
         * Check the parts.
         *
         * @param path the path
         * @param kind the kind
         * @param captured the captured value
         * @param generated the generated value
         * @param cause the cause
         */
        public Difference {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(captured, "captured");
            Objects.requireNonNull(generated, "generated");
            Objects.requireNonNull(cause, "cause");
        }

        Difference because(Cause newCause) {
            return new Difference(path, kind, captured, generated, newCause);
        }

        @Override
        public String toString() {
            return switch (kind) {
                case MISSING -> path + ": captured " + truncated(captured.orElse("")) + ", not in the generated event";
                case EXTRA -> path + ": generated " + truncated(generated.orElse("")) + ", not in the captured event";
                case CHANGED ->
                    path + ": captured " + truncated(captured.orElse("")) + ", generated "
                            + truncated(generated.orElse(""));
            };
        }

        /**
         * How a path differs.
         *
         * @since 0.3
         */
        public enum Kind {
            /** The captured event has the path, the generated one does not. */
            MISSING,
            /** The generated event has the path, the captured one does not. */
            EXTRA,
            /** Both have the path, with different values. */
            CHANGED
        }

        /**
         * Why a path differs, and whether that counts.
         *
         * @since 0.3
         */
        public enum Cause {
            /** A difference that counts: the simulator, or the test's routes, do not reproduce the captured event. */
            MISMATCH,
            /** A value that changes with every request: request ids, request times, the trace id. */
            PER_REQUEST,
            /**
             * A value that names the captured API rather than this gateway, and is the same once the API id, account,
             * region, domain, stage, deployment and resource ids are swapped.
             */
            IDENTITY,
            /** A mismatch at a path the test chose to ignore. */
            IGNORED
        }
    }
}

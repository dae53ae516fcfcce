package io.apigwsim.internal.server;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiType;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.internal.request.RequestPaths;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What happens to a request read from the wire before and after the stage: the stage segment is taken off the path, a
 * request outside the stage gets the answer of a missing stage, and every other request goes through
 * {@link ApiGateway#request(String, String)}, exactly as a test would send it, with the peer's address as source IP.
 */
final class StageFront {

    private final ApiGateway gateway;
    private final ApiType type;
    private final String stagePrefix;
    private final ServerAnswers answers;
    private final ServedListener served;

    /** The requests inside {@link #answer}; the sign bit set once the front is retired. */
    private final AtomicInteger inside = new AtomicInteger();

    private final CompletableFuture<Void> drained = new CompletableFuture<>();

    StageFront(ApiGateway gateway, ServerAnswers answers, ServedListener served) {
        this.gateway = gateway;
        ApiDefinition definition = gateway.definition();
        this.type = definition.type();
        // Every REST stage and an HTTP API's named stage are the URL's first segment; $default has none
        // (docs/behavior.md#rest-stage-and-url, #http-api-stages).
        this.stagePrefix = definition.stage().equals(ApiDefinition.HTTP_DEFAULT_STAGE) ? "" : "/" + definition.stage();
        this.answers = answers;
        this.served = served;
    }

    /** The path of the stage's base URL: {@code /prod/} for stage {@code prod}, {@code /} for {@code $default}. */
    String basePath() {
        return stagePrefix + "/";
    }

    /**
     * Let one more request in, unless the front is retired.
     *
     * @return whether the request may be answered here; when it may, {@link #leave()} must follow
     */
    boolean enter() {
        while (true) {
            int count = inside.get();
            if (count < 0) {
                return false;
            }
            if (inside.compareAndSet(count, count + 1)) {
                return true;
            }
        }
    }

    /** A request let in by {@link #enter()} has been answered. */
    void leave() {
        if (inside.decrementAndGet() == Integer.MIN_VALUE) {
            drained.complete(null);
        }
    }

    /**
     * Let no more requests in.
     *
     * @return completed once every request let in before has been answered
     */
    CompletableFuture<Void> retire() {
        int before = inside.getAndUpdate(count -> count | Integer.MIN_VALUE);
        if (before == 0) {
            drained.complete(null);
        }
        return drained;
    }

    /**
     * Answer one request: through the gateway, which records the exchange and hands it to the listener before the
     * response is written, or from the server itself when the stage never sees the request.
     *
     * @throws IllegalStateException when the gateway has been closed
     */
    Answer answer(WireRequest request) {
        long started = System.nanoTime();
        String target = originForm(request.target());
        if (type == ApiType.REST) {
            // Slashes before a REST stage collapse: //prod/pets reaches stage prod's /pets
            // (docs/behavior.md#serving-requests-outside-the-stage).
            target = RequestPaths.collapseLeadingSlashes(target);
        }
        if (!stagePrefix.isEmpty()) {
            // The stage segment is compared as sent, so /Prod is not stage prod
            // (docs/behavior.md#serving-requests-outside-the-stage).
            if (target.equals(stagePrefix) || target.startsWith(stagePrefix + "?")) {
                return Answer.of(type == ApiType.REST ? answers.missingAuthenticationToken() : answers.notFound());
            }
            if (!target.startsWith(stagePrefix + "/")) {
                return Answer.of(type == ApiType.REST ? answers.forbidden() : answers.notFound());
            }
            target = target.substring(stagePrefix.length());
        }
        ApiGateway.RequestBuilder builder;
        try {
            builder = gateway.request(request.method(), target);
            for (Header header : request.headers().entries()) {
                builder.header(header.name(), header.value());
            }
        } catch (IllegalArgumentException e) {
            // The checks a test's request gets: what they refuse, no client following the RFCs sends
            // (docs/behavior.md#serving-malformed-requests).
            return Answer.refused(answers.badRequest(e.getMessage()));
        }
        Exchange exchange =
                builder.body(request.body()).sourceIp(request.sourceIp()).send();
        served.served(exchange, Duration.ofNanos(System.nanoTime() - started));
        return Answer.of(exchange.response());
    }

    // RFC 9112 (section 3.2.2) has servers accept a request-target in absolute form, as proxies send it; the stage
    // sees its path and query. The authority is the server's own (docs/behavior.md#serving-malformed-requests).
    private static String originForm(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        int start = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
        if (start < 0) {
            return target;
        }
        for (int i = start; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '/') {
                return target.substring(i);
            }
            if (c == '?') {
                return "/" + target.substring(i);
            }
        }
        return "/";
    }
}

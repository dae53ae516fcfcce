package io.apigwsim.junit;

import io.apigwsim.Exchange;
import io.apigwsim.assertions.ApiGatewayAssertions;
import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Puts a test's exchanges into JUnit's reports: after a failing test (or after every test, with
 * {@code apigwsim.report=all}) each exchange becomes a report entry with short keys and, on JUnit 5.12 and later, a
 * text file attached to the test. The extension records the exchanges of the gateway it builds; a gateway the test
 * builds itself is not recorded.
 */
final class ExchangeReports {

    /** The configuration parameter (or system property) that says which tests publish their exchanges. */
    static final String MODE = "apigwsim.report";

    /** The most exchanges a test publishes: its last ones. */
    static final int MAX_EXCHANGES = 20;

    static final int MAX_ENTRY_CHARS = 8_000;

    private static final Namespace NAMESPACE = Namespace.create(ExchangeReports.class);

    private static final Optional<FilePublisher> FILES = FilePublisher.find();

    private ExchangeReports() {}

    /** Return a listener that records each exchange of the gateway built for this test. */
    static Consumer<Exchange> recorder(ExtensionContext testContext) {
        Recorded recorded = testContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Recorded.class, key -> new Recorded(), Recorded.class);
        return recorded::add;
    }

    /** Publish the recorded exchanges if the test failed, or always when asked. */
    static void publish(ExtensionContext testContext) {
        Recorded recorded = testContext.getStore(NAMESPACE).get(Recorded.class, Recorded.class);
        if (recorded == null) {
            return;
        }
        String mode = testContext
                .getConfigurationParameter(MODE)
                .orElse("failed")
                .strip()
                .toLowerCase(Locale.ROOT);
        boolean publish = switch (mode) {
            case "all" -> true;
            case "failed" -> testContext.getExecutionException().isPresent();
            case "none" -> false;
            default ->
                throw new ExtensionConfigurationException(MODE + " is \"" + mode
                        + "\"; set it to failed (the default: the exchanges of failing tests), all or none");
        };
        if (!publish) {
            return;
        }
        Recorded.Snapshot snapshot = recorded.snapshot();
        if (snapshot.dropped() > 0) {
            testContext.publishReportEntry(
                    "apigwsim",
                    snapshot.dropped() + " earlier exchanges not reported; the last " + MAX_EXCHANGES + " follow");
        }
        for (Recorded.Numbered numbered : snapshot.exchanges()) {
            testContext.publishReportEntry(entries(numbered.number(), numbered.exchange()));
            FILES.ifPresent(files -> files.publish(
                    testContext,
                    "apigwsim-exchange-" + numbered.number() + ".txt",
                    ApiGatewayAssertions.describe(numbered.exchange())));
        }
    }

    /** The entries of one exchange: a summary line, then its parts under short keys. */
    static Map<String, String> entries(int number, Exchange exchange) {
        String key = "exchange " + number;
        Map<String, String> entries = new LinkedHashMap<>();
        HttpResponse response = exchange.response();
        entries.put(
                key,
                exchange.request().method() + " " + exchange.request().target() + " -> " + response.status()
                        + exchange.routeKey()
                                .map(route -> " (route " + route + ")")
                                .orElse(" (no route)"));
        entries.put(key + " request", requestText(exchange));
        if (exchange.invoked()) {
            entries.put(key + " event", cut(exchange.lambdaEvent().raw()));
            String result;
            try {
                result = exchange.lambdaResult().raw();
            } catch (IllegalStateException e) {
                result = "(the function returned no result)";
            }
            entries.put(
                    key + " result",
                    cut(exchange.functionError()
                                    .map(error -> "X-Amz-Function-Error: " + error + "\n")
                                    .orElse("")
                            + result));
        } else {
            entries.put(key + " event", "(the function was not invoked)");
        }
        entries.put(
                key + " response",
                cut(response.status() + "\n" + headersText(response.headers()) + response.bodyAsText()));
        entries.put(key + " log", cut(String.join("\n", exchange.executionLog())));
        return entries;
    }

    private static String requestText(Exchange exchange) {
        return cut(exchange.request().method() + " " + exchange.request().target() + "\n"
                + headersText(exchange.request().headers()) + exchange.request().bodyAsText());
    }

    private static String headersText(Headers headers) {
        StringBuilder text = new StringBuilder();
        for (Headers.Header header : headers.entries()) {
            text.append(header).append('\n');
        }
        return text.toString();
    }

    private static String cut(String text) {
        return text.length() <= MAX_ENTRY_CHARS
                ? text
                : text.substring(0, MAX_ENTRY_CHARS) + "... (" + text.length() + " characters in all)";
    }

    /** The exchanges of one test, in the order they were answered; requests may be sent from several threads. */
    private static final class Recorded {

        record Numbered(int number, Exchange exchange) {}

        record Snapshot(List<Numbered> exchanges, int dropped) {}

        private final List<Numbered> last = new ArrayList<>();
        private int count;

        synchronized void add(Exchange exchange) {
            count++;
            last.add(new Numbered(count, exchange));
            if (last.size() > MAX_EXCHANGES) {
                last.remove(0);
            }
        }

        synchronized Snapshot snapshot() {
            return new Snapshot(List.copyOf(last), count - last.size());
        }
    }

    /**
     * {@code ExtensionContext.publishFile}, which JUnit 5.12 added and 5.14 moved to another {@code MediaType}: looked
     * up at run time, so that the extension runs on JUnit 5.10 and 5.11, which have no file attachments.
     */
    private record FilePublisher(Method publishFile, Object textPlain) {

        static Optional<FilePublisher> find() {
            for (String mediaType :
                    List.of("org.junit.jupiter.api.MediaType", "org.junit.jupiter.api.extension.MediaType")) {
                try {
                    Class<?> type = Class.forName(mediaType, false, ExtensionContext.class.getClassLoader());
                    Method method =
                            ExtensionContext.class.getMethod("publishFile", String.class, type, ThrowingConsumer.class);
                    return Optional.of(new FilePublisher(
                            method, type.getField("TEXT_PLAIN_UTF_8").get(null)));
                } catch (ReflectiveOperationException | LinkageError e) {
                    // this JUnit has no such method: try the older media type, then publish entries only
                }
            }
            return Optional.empty();
        }

        void publish(ExtensionContext context, String name, String text) {
            ThrowingConsumer<Path> write = path -> Files.writeString(path, text, StandardCharsets.UTF_8);
            try {
                publishFile.invoke(context, name, textPlain, write);
            } catch (InvocationTargetException | IllegalAccessException e) {
                Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
                context.publishReportEntry("apigwsim", "could not attach " + name + ": " + cause);
            }
        }
    }
}

package io.apigwsim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.apigwsim.ApiGateway;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.OutputDirectoryProvider;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The exchanges of a test in JUnit's reports: report entries, and files on JUnit 5.12 and later. */
class ExchangeReportsTests {

    @TempDir
    Path reports;

    private EngineExecutionResults run(Class<?> testCase, String mode) {
        EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testCase))
                .outputDirectoryProvider(new OutputDirectoryProvider() {
                    @Override
                    public Path getRootDirectory() {
                        return reports;
                    }

                    @Override
                    public Path createOutputDirectory(TestDescriptor testDescriptor) throws IOException {
                        return Files.createDirectories(reports.resolve(
                                testDescriptor.getUniqueId().toString().replaceAll("[^A-Za-z0-9.-]", "_")));
                    }
                });
        if (mode != null) {
            builder.configurationParameter("apigwsim.report", mode);
        }
        return builder.execute();
    }

    private static List<Map<String, String>> entries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .toList();
    }

    private static List<FileEntry> files(EngineExecutionResults results) {
        return results.allEvents().fileEntryPublished().stream()
                .map(event -> event.getRequiredPayload(FileEntry.class))
                .toList();
    }

    // A failing test publishes each exchange: a summary under "exchange N", then the request, the event, the
    // function's result, the response and the log under short keys, and the whole exchange as a text file.
    @Test
    void a_failing_test_publishes_each_exchange_as_entries_and_a_file() throws IOException {
        EngineExecutionResults results = run(FailingTestCase.class, null);

        List<Map<String, String>> entries = entries(results);
        assertThat(entries).hasSize(2);
        Map<String, String> first = entries.get(0);
        assertThat(first.keySet())
                .containsExactly(
                        "exchange 1",
                        "exchange 1 request",
                        "exchange 1 event",
                        "exchange 1 result",
                        "exchange 1 response",
                        "exchange 1 log");
        assertThat(first.get("exchange 1")).isEqualTo("GET /pets/42 -> 200 (route GET /pets/{id})");
        assertThat(first.get("exchange 1 request")).startsWith("GET /pets/42\nAccept: application/json");
        assertThat(first.get("exchange 1 event")).contains("\"path\":\"/pets/42\"");
        assertThat(first.get("exchange 1 result")).contains("\"statusCode\":200");
        assertThat(first.get("exchange 1 response")).startsWith("200\n");
        assertThat(first.get("exchange 1 log")).contains("Starting execution for request");
        assertThat(entries.get(1))
                .containsEntry("exchange 2", "GET /cats -> 403 (no route)")
                .containsEntry("exchange 2 event", "(the function was not invoked)");

        List<FileEntry> files = files(results);
        assertThat(files)
                .extracting(file -> file.getPath().getFileName().toString())
                .containsExactly("apigwsim-exchange-1.txt", "apigwsim-exchange-2.txt");
        assertThat(files.get(0).getMediaType()).contains("text/plain; charset=UTF-8");
        String file = Files.readString(files.get(0).getPath(), StandardCharsets.UTF_8);
        assertThat(file)
                .startsWith("Request:\n  GET /pets/42")
                .contains("Lambda event:", "Lambda result:", "Response:", "Execution log:");
    }

    // A passing test publishes nothing unless apigwsim.report=all asks for every test's exchanges.
    @Test
    void a_passing_test_publishes_only_when_all_are_asked_for() {
        assertThat(entries(run(PassingTestCase.class, null))).isEmpty();
        assertThat(entries(run(PassingTestCase.class, "all")))
                .singleElement()
                .satisfies(entry ->
                        assertThat(entry).containsEntry("exchange 1", "GET /pets/7 -> 200 (route GET /pets/{id})"));
    }

    // apigwsim.report=none keeps even a failing test's exchanges out of the report.
    @Test
    void none_publishes_nothing() {
        EngineExecutionResults results = run(FailingTestCase.class, "none");

        assertThat(entries(results)).isEmpty();
        assertThat(files(results)).isEmpty();
    }

    // A test that sends many requests publishes its last twenty, and says how many came before.
    @Test
    void only_the_last_twenty_exchanges_are_published() {
        List<Map<String, String>> entries = entries(run(ManyRequestsTestCase.class, null));

        assertThat(entries).hasSize(21);
        assertThat(entries.get(0)).containsEntry("apigwsim", "5 earlier exchanges not reported; the last 20 follow");
        assertThat(entries.get(1)).containsKey("exchange 6");
        assertThat(entries.get(20)).containsKey("exchange 25");
    }

    @Test
    void an_unknown_mode_fails_the_test_naming_the_values() {
        run(PassingTestCase.class, "sometimes")
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class),
                                message("apigwsim.report is \"sometimes\"; set it to failed (the default: the exchanges"
                                        + " of failing tests), all or none"))));
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    static class FailingTestCase {
        @Test
        void fails(ApiGateway gateway) {
            gateway.get("/pets/42").header("Accept", "application/json").send();
            gateway.get("/cats").send();
            throw new AssertionError("the test failed");
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    static class PassingTestCase {
        @Test
        void passes(ApiGateway gateway) {
            gateway.get("/pets/7").send();
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    static class ManyRequestsTestCase {
        @Test
        void fails(ApiGateway gateway) {
            for (int i = 1; i <= 25; i++) {
                gateway.get("/pets/" + i).send();
            }
            throw new AssertionError("the test failed");
        }
    }
}

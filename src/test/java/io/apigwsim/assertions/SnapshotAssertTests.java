package io.apigwsim.assertions;

import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.apigwsim.ApiGateway;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.EchoHandler;
import io.apigwsim.junit.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * matchesSnapshot() through the JUnit engine: which file each test and invocation gets, the comparison on a later run
 * and its failure message. Isolated, because the fixtures read the snapshot directory and mode from system properties.
 */
@Isolated
class SnapshotAssertTests {

    @TempDir
    Path directory;

    private Events run(Class<?> testCase, String mode) {
        String previousDirectory = System.getProperty("apigwsim.snapshots.dir");
        String previousMode = System.getProperty("apigwsim.snapshots");
        System.setProperty("apigwsim.snapshots.dir", directory.toString());
        System.setProperty("apigwsim.snapshots", mode);
        try {
            return EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(testCase))
                    .execute()
                    .testEvents();
        } finally {
            restore("apigwsim.snapshots.dir", previousDirectory);
            restore("apigwsim.snapshots", previousMode);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> directory.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    // One directory per test class, one file per test; a second unnamed snapshot is numbered, a named one carries its
    // name, and each invocation of a parameterized test has its own.
    @Test
    void each_test_snapshot_and_invocation_gets_its_own_file() throws IOException {
        run(PetsTestCase.class, "update")
                .assertStatistics(stats -> stats.succeeded(3).failed(0));

        assertThat(files())
                .containsExactly(
                        "SnapshotAssertTests.PetsTestCase/gets_a_pet.2.json",
                        "SnapshotAssertTests.PetsTestCase/gets_a_pet.json",
                        "SnapshotAssertTests.PetsTestCase/gets_a_pet.missing.json",
                        "SnapshotAssertTests.PetsTestCase/gets_each_pet[1].json",
                        "SnapshotAssertTests.PetsTestCase/gets_each_pet[2].json");
    }

    @Test
    void a_later_run_compares_with_the_files() {
        run(PetsTestCase.class, "update");

        run(PetsTestCase.class, "verify")
                .assertStatistics(stats -> stats.succeeded(3).failed(0));
    }

    // A changed exchange fails with the changed path, the file and how to update it.
    @Test
    void a_changed_exchange_fails_with_the_diff() throws IOException {
        run(PetsTestCase.class, "update");
        Path file = directory.resolve("SnapshotAssertTests.PetsTestCase/gets_each_pet[2].json");
        Files.writeString(file, Files.readString(file).replace("/pets/2", "/pets/3"));

        Events events = run(PetsTestCase.class, "verify");

        events.assertStatistics(stats -> stats.succeeded(2).failed(1));
        Throwable failure = events.failed().stream()
                .findFirst()
                .orElseThrow()
                .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                .getThrowable()
                .orElseThrow();
        assertThat(failure)
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("\nThe exchange does not match snapshot " + file + " (5 differences):\n"
                        + "  $.request.target\n"
                        + "    expected: \"/pets/3\"\n"
                        + "    actual:   \"/pets/2\"\n")
                .hasMessageContaining("  $.response.body\n"
                        + "    expected: \"echo EchoHandler /pets/3\"\n"
                        + "    actual:   \"echo EchoHandler /pets/2\"\n")
                .hasMessageEndingWith("run the test again with -Dapigwsim.snapshots=update (for example mvn test"
                        + " -Dapigwsim.snapshots=update -Dtest=<TestClass>) and review the changed file before"
                        + " committing it.");
    }

    // Without the extension, the calling test method is found on the stack.
    @Test
    void outside_the_extension_the_test_is_found_on_the_stack() throws IOException {
        run(PlainTestCase.class, "update")
                .assertStatistics(stats -> stats.succeeded(1).failed(0));

        assertThat(files()).containsExactly("SnapshotAssertTests.PlainTestCase/takes_a_snapshot.json");
    }

    @Test
    void a_name_taken_twice_in_one_test_fails() {
        Events events = run(TwiceTestCase.class, "update");

        events.assertStatistics(stats -> stats.failed(1));
        assertThat(events.failed().stream()
                        .findFirst()
                        .orElseThrow()
                        .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow())
                .hasMessage("\nTest SnapshotAssertTests.TwiceTestCase.names_twice already took a snapshot named"
                        + " \"pet\"; give each snapshot of a test its own name");
    }

    // Found on the stack, a parameterized test's invocations look alike: an unnamed snapshot says how to name it.
    @Test
    void outside_the_extension_a_parameterized_test_must_name_its_snapshots() {
        Events events = run(PlainParameterizedTestCase.class, "update");

        events.assertStatistics(stats -> stats.failed(1));
        assertThat(events.failed().stream()
                        .findFirst()
                        .orElseThrow()
                        .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow())
                .hasMessage("\nTest SnapshotAssertTests.PlainParameterizedTestCase.gets_each_pet runs several times,"
                        + " and outside @ApiGatewayTest its invocations cannot be told apart: name the snapshot after"
                        + " the invocation's arguments, as in matchesSnapshot(\"dog\"), or register the extension"
                        + " with @ApiGatewayTest");
    }

    @Test
    void a_name_with_a_slash_is_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Snapshot.named("pets/1"))
                .withMessage("Snapshot name \"pets/1\" must be letters, digits, \"-\" and \"_\" (not only digits,"
                        + " which number a test's unnamed snapshots), for example \"created\"");
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    static class PetsTestCase {

        @Test
        void gets_a_pet(ApiGateway gateway) {
            assertThat(gateway.get("/pets/1").send()).matchesSnapshot();
            assertThat(gateway.get("/pets/2").send()).matchesSnapshot();
            assertThat(gateway.get("/missing").send()).matchesSnapshot("missing");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "2"})
        void gets_each_pet(String id, ApiGateway gateway) {
            assertThat(gateway.get("/pets/" + id).send()).matchesSnapshot();
        }
    }

    static class PlainTestCase {

        @Test
        void takes_a_snapshot() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route("GET /pets/{id}", new EchoHandler())
                    .build()) {
                assertThat(gateway.get("/pets/1").send()).matchesSnapshot();
            }
        }
    }

    static class PlainParameterizedTestCase {

        @ParameterizedTest
        @ValueSource(strings = "1")
        void gets_each_pet(String id) {
            try (ApiGateway gateway = ApiGateway.builder()
                    .route("GET /pets/{id}", new EchoHandler())
                    .build()) {
                assertThat(gateway.get("/pets/" + id).send()).matchesSnapshot();
            }
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    static class TwiceTestCase {

        @Test
        void names_twice(ApiGateway gateway) {
            assertThat(gateway.get("/pets/1").send()).matchesSnapshot("pet");
            assertThat(gateway.get("/pets/1").send()).matchesSnapshot("pet");
        }
    }
}

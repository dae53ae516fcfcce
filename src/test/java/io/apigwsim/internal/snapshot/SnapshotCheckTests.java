package io.apigwsim.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.snapshot.Exchanges.Kind;
import io.apigwsim.junit.EchoHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Snapshot files: what they hold, the placeholders, the rules, the modes, the CI guard and the diff. */
class SnapshotCheckTests {

    @TempDir
    Path directory;

    private static final SnapshotSettings LOCAL = SnapshotSettings.of(null, null, "unused");
    private static final SnapshotSettings ON_CI = SnapshotSettings.of(null, "true", "unused");
    private static final SnapshotSettings UPDATE = SnapshotSettings.of("update", null, "unused");

    private static String normalized(Exchange exchange, SnapshotRules rules) {
        return Json.prettyFile(Normalization.apply(SnapshotDocument.of(exchange), rules, exchange.requestId())
                .document());
    }

    @Nested
    class Placeholders {

        // Two gateways with random seeds and the system clock give different ids and times; with placeholders their
        // snapshots are the same, for every kind of exchange.
        @ParameterizedTest
        @EnumSource(Kind.class)
        void two_unseeded_runs_give_the_same_snapshot(Kind kind) {
            Exchange first = Exchanges.send(kind, false);
            Exchange second = Exchanges.send(kind, false);

            assertThat(first.requestId()).isNotEqualTo(second.requestId());
            assertThat(normalized(first, SnapshotRules.defaults()))
                    .isEqualTo(normalized(second, SnapshotRules.defaults()));
        }

        // The same value gets the same placeholder wherever it appears, so the response's x-amzn-RequestId is still
        // tied to the event's requestContext.requestId.
        @Test
        void the_same_value_gets_the_same_placeholder_everywhere() {
            Exchange exchange = Exchanges.send(Kind.REST_TOKEN_AUTHORIZER, false);

            String text = normalized(exchange, SnapshotRules.defaults());

            assertThat(text)
                    .contains("\"requestId\": \"<requestId-1>\"")
                    .contains("\"x-amzn-RequestId\": \"<requestId-1>\"")
                    .contains("\"requestTime\": \"<requestTime-1>\"")
                    .contains("\"requestTimeEpoch\": \"<epochMillis-1>\"")
                    .contains("\"Date\": \"<date-1>\"")
                    .contains("\"x-amz-apigw-id\": \"<extendedRequestId-1>\"")
                    .contains("\"integrationLatency\": \"<latency-1>\"")
                    .doesNotContain(exchange.requestId());
        }

        // An edge-optimized API's CloudFront headers and address change on every run too.
        @Test
        void cloudfront_ids_and_address_are_placeholders() {
            Exchange exchange = Exchanges.send(Kind.REST_EDGE_OPTIMIZED, false);

            String text = normalized(exchange, SnapshotRules.defaults());

            assertThat(text)
                    .contains("\"X-Amz-Cf-Id\": \"<cloudFrontId-1>\"")
                    .contains("\"Via\": \"<via-1>\"")
                    .contains("\"X-Forwarded-For\": \"198.51.100.1, <cloudFrontIp-1>\"")
                    .doesNotContainPattern("130\\.176\\.");
        }

        // The API id is stable (apigwsim01 unless set), and so are the deployment and resource ids: kept as they are.
        @Test
        void the_stable_api_identity_is_kept() {
            String text = normalized(Exchanges.send(Kind.REST, false), SnapshotRules.defaults());

            assertThat(text)
                    .contains("\"Host\": \"apigwsim01.execute-api.us-east-1.amazonaws.com\"")
                    .contains("\"apiId\": \"apigwsim01\"");
        }

        // A mapping template's $context.requestTime is a placeholder too, though no requestContext carries it.
        @Test
        void a_request_time_rendered_by_a_template_is_a_placeholder() {
            Exchange exchange = Exchanges.send(Kind.CUSTOM, false);

            String text = normalized(exchange, SnapshotRules.defaults());

            assertThat(text).contains("\"time\": \"<requestTime-1>\"").contains("\"requestId\": \"<requestId-1>\"");
        }

        // Seeded and clocked, every value repeats: the snapshot without placeholders is byte for byte the same.
        @ParameterizedTest
        @EnumSource(Kind.class)
        void a_seeded_and_clocked_gateway_needs_no_placeholders(Kind kind) {
            SnapshotRules exact = new SnapshotRules(Optional.empty(), List.of(), Map.of(), false);

            String first = normalized(Exchanges.send(kind, true), exact);
            String second = normalized(Exchanges.send(kind, true), exact);

            assertThat(first).isEqualTo(second).doesNotContain("<");
        }
    }

    @Nested
    class Rules {

        @Test
        void ignored_paths_hold_ignored_and_patterns_hold_the_expression() {
            SnapshotRules rules = new SnapshotRules(
                    Optional.empty(),
                    List.of("$..multiValueHeaders", "$.response.headers.Content-Length"),
                    Map.of("$.response.body.id", "\\d+"),
                    true);

            String text = normalized(Exchanges.send(Kind.REST, false), rules);

            assertThat(text)
                    .contains("\"multiValueHeaders\": \"<ignored>\"")
                    .contains("\"Content-Length\": \"<ignored>\"")
                    .contains("\"id\": \"<matches \\\\d+>\"");
        }

        @Test
        void a_value_that_does_not_fit_its_pattern_fails_even_when_updating() throws IOException {
            SnapshotRules rules =
                    new SnapshotRules(Optional.empty(), List.of(), Map.of("$.response.body.name", "[a-z]+"), true);
            Path file = directory.resolve("pets.json");

            Optional<String> failure = SnapshotCheck.check(Exchanges.send(Kind.REST, false), rules, file, UPDATE);

            assertThat(failure)
                    .hasValue("Values of the exchange do not match the patterns given for snapshot " + file + ":\n"
                            + "  $.response.body.name\n"
                            + "    pattern: [a-z]+\n"
                            + "    actual:  \"Rex\"");
            assertThat(file).doesNotExist();
        }

        @Test
        void a_malformed_path_is_rejected_with_its_position() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SnapshotRules.checkPath("response.body"))
                    .withMessageStartingWith("Invalid path \"response.body\" at position 0: a path starts with \"$\"");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SnapshotRules.checkPath("$.a[x]"))
                    .withMessageStartingWith("Invalid path \"$.a[x]\" at position 4: inside [] write an index");
        }

        @Test
        void paths_match_names_indexes_wildcards_and_any_depth() {
            List<Object> location = List.of("event", "multiValueHeaders", "Accept", 0);

            assertThat(JsonPath.parse("$.event.multiValueHeaders.Accept[0]").matches(location))
                    .isTrue();
            assertThat(JsonPath.parse("$.event['multiValueHeaders'].*[*]").matches(location))
                    .isTrue();
            assertThat(JsonPath.parse("$..Accept[0]").matches(location)).isTrue();
            assertThat(JsonPath.parse("$..Accept").matches(location)).isFalse();
            assertThat(JsonPath.parse("$.event.multiValueHeaders.Accept[1]").matches(location))
                    .isFalse();
            assertThat(JsonPath.render(List.of("event", "headers", "a.b", 2))).isEqualTo("$.event.headers['a.b'][2]");
        }
    }

    @Nested
    class Document {

        // A body is JSON when it is an object or array, text when it is UTF-8, base64 otherwise; repeated headers are
        // an array of their values in order.
        @Test
        void bodies_are_json_text_or_base64_and_repeated_headers_an_array() {
            try (ApiGateway gateway =
                    ApiGateway.builder().route("POST /pets", new EchoHandler()).build()) {
                Exchange exchange = gateway.post("/pets")
                        .header("X-Tag", "a")
                        .header("X-Tag", "b")
                        .body(new byte[] {(byte) 0xff, 0x00, 0x41})
                        .send();

                JsonNode document = SnapshotDocument.of(exchange);

                assertThat(document.at("/request/bodyBase64").asText()).isEqualTo("/wBB");
                assertThat(document.at("/request/headers/X-Tag").toString()).isEqualTo("[\"a\",\"b\"]");
                assertThat(document.at("/response/body").asText()).isEqualTo("echo EchoHandler /pets");
                assertThat(document.at("/result/statusCode").asInt()).isEqualTo(200);
            }
        }
    }

    @Nested
    class Diff {

        @Test
        void arrays_compare_element_by_element_and_report_extra_and_missing_ones() {
            JsonNode expected =
                    Json.tryRead("{\"a\": [1, 2, 3], \"b\": {\"c\": true}}").orElseThrow();
            JsonNode actual = Json.tryRead("{\"a\": [1, 5], \"b\": {\"c\": true, \"d\": null}}")
                    .orElseThrow();

            String text = JsonDiff.describe(JsonDiff.between(expected, actual));

            assertThat(text)
                    .isEqualTo("  $.a[1]\n    expected: 2\n    actual:   5\n"
                            + "  $.a[2]\n    expected: 3\n    actual:   (missing)\n"
                            + "  $.b.d\n    expected: (missing)\n    actual:   null\n");
        }

        @Test
        void key_order_and_number_form_do_not_count() {
            JsonNode expected = Json.tryRead("{\"a\": 1, \"b\": 2.0}").orElseThrow();
            JsonNode actual = Json.tryRead("{\"b\": 2, \"a\": 1}").orElseThrow();

            assertThat(JsonDiff.between(expected, actual)).isEmpty();
        }
    }

    @Nested
    class Files_ {

        // Pretty-printed, one member per line, "\n" line ends and a final newline: a file that diffs well.
        @Test
        void a_missing_snapshot_is_written_locally_as_readable_json() throws IOException {
            Path file = directory.resolve("PetsTests/gets_a_pet.json");

            Optional<String> failure =
                    SnapshotCheck.check(Exchanges.send(Kind.HTTP_2_0, true), rulesWithoutPlaceholders(), file, LOCAL);

            assertThat(failure).isEmpty();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text)
                    .startsWith(
                            "{\n  \"request\": {\n    \"method\": \"GET\",\n    \"target\": \"/pets/42?limit=1\",\n")
                    .endsWith("}\n")
                    .doesNotContain("\r");
        }

        // With CI set, a missing snapshot fails instead of being written.
        @Test
        void on_ci_a_missing_snapshot_fails_and_is_not_written() {
            Path file = directory.resolve("gets_a_pet.json");

            Optional<String> failure =
                    SnapshotCheck.check(Exchanges.send(Kind.REST, false), SnapshotRules.defaults(), file, ON_CI);

            assertThat(failure)
                    .hasValue("No snapshot " + file + " to compare the exchange with, and the CI environment variable"
                            + " is set, so it is not written there. Run the test locally (or with"
                            + " -Dapigwsim.snapshots=update) to write it, review it and commit it.");
            assertThat(file).doesNotExist();
        }

        @Test
        void verify_mode_fails_on_a_missing_snapshot() {
            Path file = directory.resolve("gets_a_pet.json");

            Optional<String> failure = SnapshotCheck.check(
                    Exchanges.send(Kind.REST, false),
                    SnapshotRules.defaults(),
                    file,
                    SnapshotSettings.of("verify", null, "unused"));

            assertThat(failure).get().asString().contains("-Dapigwsim.snapshots=verify forbids writing it");
            assertThat(file).doesNotExist();
        }

        @Test
        void on_ci_a_matching_snapshot_passes() {
            Path file = directory.resolve("gets_a_pet.json");
            SnapshotCheck.check(Exchanges.send(Kind.REST, false), SnapshotRules.defaults(), file, LOCAL);

            Optional<String> failure =
                    SnapshotCheck.check(Exchanges.send(Kind.REST, false), SnapshotRules.defaults(), file, ON_CI);

            assertThat(failure).isEmpty();
        }

        // A mismatch lists only the changed paths, expected and actual, then the file and how to update it.
        @Test
        void a_mismatch_fails_with_the_changed_paths_only() throws IOException {
            Path file = directory.resolve("gets_a_pet.json");
            SnapshotCheck.check(Exchanges.send(Kind.REST, true), rulesWithoutPlaceholders(), file, LOCAL);
            Files.writeString(
                    file,
                    Files.readString(file)
                            .replace("\"name\": \"Rex\"", "\"name\": \"Tom\"")
                            .replace("\"status\": 200", "\"status\": 201")
                            .replace("      \"Connection\": \"keep-alive\",\n", ""));

            Optional<String> failure =
                    SnapshotCheck.check(Exchanges.send(Kind.REST, true), rulesWithoutPlaceholders(), file, LOCAL);

            assertThat(failure)
                    .hasValue("The exchange does not match snapshot " + file + " (3 differences):\n"
                            + "  $.response.status\n"
                            + "    expected: 201\n"
                            + "    actual:   200\n"
                            + "  $.response.headers.Connection\n"
                            + "    expected: (missing)\n"
                            + "    actual:   \"keep-alive\"\n"
                            + "  $.response.body.name\n"
                            + "    expected: \"Tom\"\n"
                            + "    actual:   \"Rex\"\n"
                            + "To accept the new exchange, run the test again with -Dapigwsim.snapshots=update (for"
                            + " example mvn test -Dapigwsim.snapshots=update -Dtest=<TestClass>) and review the"
                            + " changed file before committing it.");
        }

        // Update mode rewrites a snapshot that differs, and leaves one that matches untouched.
        @Test
        void update_mode_rewrites_a_differing_snapshot() throws IOException {
            Path file = directory.resolve("gets_a_pet.json");
            SnapshotCheck.check(Exchanges.send(Kind.REST, true), rulesWithoutPlaceholders(), file, LOCAL);
            String original = Files.readString(file);
            Files.writeString(file, original.replace("\"name\": \"Rex\"", "\"name\": \"Tom\""));

            Optional<String> failure =
                    SnapshotCheck.check(Exchanges.send(Kind.REST, true), rulesWithoutPlaceholders(), file, UPDATE);

            assertThat(failure).isEmpty();
            assertThat(file).hasContent(original);
        }

        @Test
        void update_mode_keeps_a_matching_file_as_it_is() throws IOException {
            Path file = directory.resolve("gets_a_pet.json");
            SnapshotCheck.check(Exchanges.send(Kind.REST, true), rulesWithoutPlaceholders(), file, LOCAL);
            // Same content, another key order: equal as JSON, so not rewritten.
            String reordered = Files.readString(file)
                    .replace(
                            "\"method\": \"GET\",\n    \"target\": \"/pets/42?limit=1\"",
                            "\"target\": \"/pets/42?limit=1\",\n    \"method\": \"GET\"");
            Files.writeString(file, reordered);

            SnapshotCheck.check(Exchanges.send(Kind.REST, true), rulesWithoutPlaceholders(), file, UPDATE);

            assertThat(file).hasContent(reordered);
        }

        @Test
        void an_unknown_mode_is_rejected() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> SnapshotSettings.of("overwrite", null, "x"))
                    .withMessage("-Dapigwsim.snapshots=overwrite is not a snapshot mode: use \"update\" to rewrite"
                            + " snapshots, \"verify\" to compare only, or leave it unset");
        }

        @Test
        void a_working_directory_without_src_test_is_reported_with_the_way_out() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> SnapshotSettings.of(null, null, null, directory))
                    .withMessage("Snapshots live in src/test/resources/__snapshots__, but the working directory "
                            + directory.toAbsolutePath() + " has no src/test: run the tests from the module's directory"
                            + " (as Maven and Gradle do) or set -Dapigwsim.snapshots.dir=<directory>");
        }

        @Test
        void the_default_directory_is_under_src_test_resources() throws IOException {
            Files.createDirectories(directory.resolve("src/test"));

            SnapshotSettings settings = SnapshotSettings.of(null, null, null, directory);

            assertThat(settings.directory()).isEqualTo(directory.resolve("src/test/resources/__snapshots__"));
        }

        @Test
        void ci_false_is_not_ci() {
            assertThat(SnapshotSettings.of(null, "false", "x").ci()).isFalse();
            assertThat(SnapshotSettings.of(null, "", "x").ci()).isFalse();
            assertThat(SnapshotSettings.of(null, "1", "x").ci()).isTrue();
        }
    }

    private static SnapshotRules rulesWithoutPlaceholders() {
        return new SnapshotRules(Optional.empty(), List.of(), Map.of(), false);
    }
}

package io.apigwsim.internal.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.Exchange;
import io.apigwsim.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Compares an exchange with its snapshot file, writing the file when it is missing (not on CI) or when updating, and
 * says what differs.
 */
public final class SnapshotCheck {

    private static final String UPDATE_HINT = "To accept the new exchange, run the test again with -D"
            + SnapshotSettings.MODE_PROPERTY + "=update (for example mvn test -D" + SnapshotSettings.MODE_PROPERTY
            + "=update -Dtest=<TestClass>) and review the changed file before committing it.";

    private SnapshotCheck() {}

    /**
     * Check an exchange against the snapshot of the calling test.
     *
     * @param exchange the exchange
     * @param rules the snapshot's name and rules
     * @return the failure message, or empty when the exchange matches (or its snapshot was written)
     */
    public static Optional<String> check(Exchange exchange, SnapshotRules rules) {
        SnapshotSettings settings;
        Path file;
        try {
            settings = SnapshotSettings.fromEnvironment();
            file = file(settings, rules);
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
        return check(exchange, rules, file, settings);
    }

    private static Path file(SnapshotSettings settings, SnapshotRules rules) {
        Optional<CurrentTest> test = CurrentTest.find();
        if (test.isEmpty()) {
            if (rules.name().isPresent()) {
                return settings.directory().resolve(rules.name().get() + ".json");
            }
            throw new IllegalStateException("matchesSnapshot() cannot tell which test is running: call it on the"
                    + " thread of a test method (of a class with @ApiGatewayTest, or found on the stack), or name the"
                    + " snapshot, as in matchesSnapshot(\"pet-created\"), to keep it in "
                    + settings.directory().resolve("pet-created.json"));
        }
        return settings.directory()
                .resolve(test.get().directory())
                .resolve(test.get().nextFileName(rules.name()));
    }

    static Optional<String> check(Exchange exchange, SnapshotRules rules, Path file, SnapshotSettings settings) {
        Normalization.Result normalized =
                Normalization.apply(SnapshotDocument.of(exchange), rules, exchange.requestId());
        // Through text and back, so numbers and strings compare as they will after the file is read.
        String text = Json.prettyFile(normalized.document());
        JsonNode actual = Json.tryRead(text).orElseThrow();
        if (!normalized.mismatches().isEmpty()) {
            return Optional.of(patternMismatches(normalized.mismatches(), file));
        }
        if (!Files.exists(file)) {
            if (settings.mode() == SnapshotSettings.Mode.VERIFY
                    || (settings.mode() == SnapshotSettings.Mode.AUTO && settings.ci())) {
                return Optional.of("No snapshot " + file + " to compare the exchange with, and "
                        + (settings.ci()
                                ? "the CI environment variable is set, so it is not written there"
                                : "-D" + SnapshotSettings.MODE_PROPERTY + "=verify forbids writing it")
                        + ". Run the test locally (or with -D" + SnapshotSettings.MODE_PROPERTY + "=update) to write"
                        + " it, review it and commit it.");
            }
            return write(file, text);
        }
        String stored;
        try {
            stored = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.of("Cannot read snapshot " + file + ": " + e);
        }
        Optional<JsonNode> expected = Json.tryRead(stored);
        if (expected.isEmpty()) {
            return settings.mode() == SnapshotSettings.Mode.UPDATE
                    ? write(file, text)
                    : Optional.of("Snapshot " + file + " is not JSON (a merge conflict?). Fix it, or delete it to"
                            + " write it anew. " + UPDATE_HINT);
        }
        List<JsonDiff.Difference> differences = JsonDiff.between(expected.get(), actual);
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        if (settings.mode() == SnapshotSettings.Mode.UPDATE) {
            return write(file, text);
        }
        return Optional.of("The exchange does not match snapshot " + file + " (" + differences.size()
                + (differences.size() == 1 ? " difference" : " differences") + "):\n"
                + JsonDiff.describe(differences) + UPDATE_HINT);
    }

    private static String patternMismatches(List<Normalization.PatternMismatch> mismatches, Path file) {
        StringBuilder text = new StringBuilder("Values of the exchange do not match the patterns given for snapshot ")
                .append(file)
                .append(":\n");
        for (Normalization.PatternMismatch mismatch : mismatches) {
            text.append("  ").append(mismatch.path()).append('\n');
            text.append("    pattern: ").append(mismatch.regex()).append('\n');
            text.append("    actual:  ")
                    .append(JsonDiff.value(Optional.of(mismatch.actual())))
                    .append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static Optional<String> write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Cannot write snapshot " + file + ": " + e + ". Check that the directory is writable,"
                    + " or choose another with -D" + SnapshotSettings.DIR_PROPERTY + "=<directory>");
        }
    }
}

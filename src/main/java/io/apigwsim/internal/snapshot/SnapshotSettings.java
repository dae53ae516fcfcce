package io.apigwsim.internal.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where snapshot files live and whether they may be written: the {@value #MODE_PROPERTY} and {@value #DIR_PROPERTY}
 * system properties and the {@code CI} environment variable.
 *
 * @param mode whether files are compared only, written when missing, or rewritten
 * @param ci whether a continuous-integration build is running, where a missing snapshot is never written
 * @param directory the directory holding one subdirectory per test class
 */
record SnapshotSettings(Mode mode, boolean ci, Path directory) {

    static final String MODE_PROPERTY = "apigwsim.snapshots";
    static final String DIR_PROPERTY = "apigwsim.snapshots.dir";
    static final Path DEFAULT_DIRECTORY = Path.of("src", "test", "resources", "__snapshots__");

    /** How snapshot files are treated. */
    enum Mode {
        /** Compare; write a missing snapshot unless on CI. */
        AUTO,
        /** Compare; a missing snapshot fails. */
        VERIFY,
        /** Write every snapshot that is missing or differs. */
        UPDATE
    }

    SnapshotSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(directory, "directory");
    }

    /**
     * Read the settings from the system properties and the environment.
     *
     * @throws IllegalStateException when a property has an unknown value or the default directory cannot be found
     */
    static SnapshotSettings fromEnvironment() {
        return of(System.getProperty(MODE_PROPERTY), System.getenv("CI"), System.getProperty(DIR_PROPERTY));
    }

    static SnapshotSettings of(String modeValue, String ciValue, String directoryValue) {
        return of(modeValue, ciValue, directoryValue, Path.of(""));
    }

    /** The settings, with the default directory looked for under {@code workingDirectory}. */
    static SnapshotSettings of(String modeValue, String ciValue, String directoryValue, Path workingDirectory) {
        Mode mode = mode(modeValue);
        boolean ci = ciValue != null && !ciValue.isBlank() && !ciValue.trim().equalsIgnoreCase("false");
        Path directory;
        if (directoryValue != null && !directoryValue.isBlank()) {
            directory = Path.of(directoryValue.trim());
        } else {
            if (!Files.isDirectory(workingDirectory.resolve("src").resolve("test"))) {
                throw new IllegalStateException("Snapshots live in " + DEFAULT_DIRECTORY
                        + ", but the working directory "
                        + workingDirectory.toAbsolutePath() + " has no src/test: run the tests from the module's"
                        + " directory (as Maven and Gradle do) or set -D" + DIR_PROPERTY + "=<directory>");
            }
            directory = workingDirectory.resolve(DEFAULT_DIRECTORY);
        }
        return new SnapshotSettings(mode, ci, directory);
    }

    private static Mode mode(String value) {
        if (value == null || value.isBlank()) {
            return Mode.AUTO;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "update" -> Mode.UPDATE;
            case "verify" -> Mode.VERIFY;
            case "auto" -> Mode.AUTO;
            default ->
                throw new IllegalStateException("-D" + MODE_PROPERTY + "=" + value + " is not a snapshot mode:"
                        + " use \"update\" to rewrite snapshots, \"verify\" to compare only, or leave it unset");
        };
    }
}

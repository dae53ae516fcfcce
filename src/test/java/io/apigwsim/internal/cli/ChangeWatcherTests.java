package io.apigwsim.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeWatcherTests {

    @TempDir
    Path directory;

    private final List<Set<Path>> bursts = new CopyOnWriteArrayList<>();

    private Set<Path> reported() {
        return bursts.stream().flatMap(Set::stream).collect(Collectors.toSet());
    }

    private void awaitReported(Path... files) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + 20_000;
        while (!reported().containsAll(List.of(files))) {
            if (System.currentTimeMillis() > giveUp) {
                throw new AssertionError("Not reported: " + List.of(files) + "; reported " + bursts);
            }
            Thread.sleep(20);
        }
    }

    // A build writes many files in a row: they are reported together, not one reload per file.
    @Test
    void a_burst_of_class_files_is_reported_in_fewer_bursts_than_files() throws Exception {
        Path classes = Files.createDirectories(directory.resolve("classes/com/example"));
        Path template = Files.writeString(directory.resolve("template.yaml"), "");
        ChangeWatcher watcher = ChangeWatcher.start(template, List.of(directory.resolve("classes")), bursts::add);
        try {
            Path[] written = IntStream.range(0, 20)
                    .mapToObj(i -> classes.resolve("Handler" + i + ".class"))
                    .toArray(Path[]::new);

            for (Path file : written) {
                Files.write(file, new byte[] {1});
            }

            awaitReported(written);
            assertThat(bursts).hasSizeLessThan(written.length);
        } finally {
            watcher.close();
        }
    }

    // The definition's folder: its definition files count, other files there do not.
    @Test
    void in_the_definitions_folder_only_definition_files_count() throws Exception {
        Path template = Files.writeString(directory.resolve("template.yaml"), "");
        ChangeWatcher watcher = ChangeWatcher.start(template, List.of(), bursts::add);
        try {
            Files.writeString(directory.resolve("README.md"), "notes");
            Path openApi = Files.writeString(directory.resolve("openapi.json"), "{}");

            Files.writeString(template, "changed");

            awaitReported(template, openApi);
            assertThat(reported()).doesNotContain(directory.resolve("README.md"));
        } finally {
            watcher.close();
        }
    }

    // mvn clean compile deletes the class directory and writes it again: the new one is watched.
    @Test
    void a_class_directory_deleted_and_written_again_is_watched_again() throws Exception {
        Path classes = Files.createDirectories(directory.resolve("target/classes"));
        Path template = Files.writeString(directory.resolve("template.yaml"), "");
        ChangeWatcher watcher = ChangeWatcher.start(template, List.of(classes), bursts::add);
        try {
            Files.delete(classes);
            Files.delete(classes.getParent());
            Path handler =
                    Files.createDirectories(classes.resolve("com/example")).resolve("Handler.class");
            Files.write(handler, new byte[] {1});
            awaitReported(handler);
            Path later = classes.resolve("com/example/Later.class");

            Files.write(later, new byte[] {2});

            awaitReported(later);
        } finally {
            watcher.close();
        }
    }
}

package io.apigwsim.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDirectoriesTests {

    @TempDir
    Path directory;

    // Directories are reloaded; jars, missing entries and apigw-sim's own classes stay with the starting class loader.
    @Test
    void the_directories_of_a_url_class_loader_without_jars_missing_entries_or_apigw_sims_own() throws Exception {
        Path classes = Files.createDirectory(directory.resolve("classes"));
        Path jar = Files.write(directory.resolve("lib.jar"), new byte[0]);
        Path own = Path.of(ApiGateway.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        URL[] urls = {
            own.toUri().toURL(),
            jar.toUri().toURL(),
            directory.resolve("missing").toUri().toURL(),
            classes.toUri().toURL()
        };

        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            assertThat(ClassDirectories.of(loader).directories()).containsExactly(classes);
        }
    }

    // Resources of a class directory are read as they are on disk now, not through the parent's copy.
    @Test
    void the_new_loader_reads_a_directorys_resource_before_the_parents() throws Exception {
        Path classes = Files.createDirectory(directory.resolve("classes"));
        Files.writeString(classes.resolve("greeting.txt"), "now");
        Path older = Files.createDirectory(directory.resolve("older"));
        Files.writeString(older.resolve("greeting.txt"), "before");

        try (URLClassLoader parent = new URLClassLoader(new URL[] {older.toUri().toURL()}, null);
                URLClassLoader loader = new ClassDirectories(List.of(classes)).newLoader(parent)) {
            assertThat(loader.getResource("greeting.txt"))
                    .isEqualTo(classes.resolve("greeting.txt").toUri().toURL());
        }
    }
}

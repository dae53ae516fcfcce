package io.apigwsim.internal.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a definition file's folder and class directories, and reports the files that changed once a burst of changes
 * has settled: a build writes many files in a row, and the gateway is rebuilt once for all of them.
 *
 * <p>In the definition's folder only definition files count ({@code .yaml}, {@code .yml}, {@code .json}, the
 * definition itself), so that a SAM template's {@code DefinitionUri} document next to it is watched too. In a class
 * directory every file counts, in every subfolder, and a class directory deleted and written again (as by
 * {@code mvn clean compile}) is watched again once it exists.
 */
final class ChangeWatcher implements AutoCloseable {

    /** How long no file may change before the changes so far are reported. */
    static final long QUIET_MILLIS = 300;

    /** How often a class directory that does not exist is looked for. */
    private static final long LOOK_AGAIN_MILLIS = 500;

    private final Path definition;
    private final Path definitionFolder;
    private final List<Path> classDirectories;
    private final Consumer<Set<Path>> changed;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    private ChangeWatcher(Path definition, List<Path> classDirectories, Consumer<Set<Path>> changed)
            throws IOException {
        this.definition = definition.toAbsolutePath().normalize();
        this.definitionFolder = this.definition.getParent();
        this.classDirectories = List.copyOf(classDirectories);
        this.changed = changed;
        this.service = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::watch, "apigw-sim-serve-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Start watching.
     *
     * @param definition the definition file
     * @param classDirectories the class directories, watched with their subfolders
     * @param changed told the files that changed (absolute paths) after each burst, on the watching thread
     * @return the running watcher
     * @throws UncheckedIOException when the file system cannot watch the folders
     */
    static ChangeWatcher start(Path definition, List<Path> classDirectories, Consumer<Set<Path>> changed) {
        try {
            ChangeWatcher watcher = new ChangeWatcher(definition, classDirectories, changed);
            try {
                watcher.register(watcher.definitionFolder);
                for (Path directory : watcher.classDirectories) {
                    watcher.registerTree(directory);
                }
            } catch (IOException | RuntimeException e) {
                watcher.service.close();
                throw e;
            }
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void watch() {
        Set<Path> pending = new TreeSet<>();
        long lastChange = 0;
        long lastLook = System.nanoTime();
        try {
            while (true) {
                long now = System.nanoTime();
                long wait = pending.isEmpty()
                        ? LOOK_AGAIN_MILLIS
                        : Math.max(1, QUIET_MILLIS - TimeUnit.NANOSECONDS.toMillis(now - lastChange));
                WatchKey key = service.poll(wait, TimeUnit.MILLISECONDS);
                if (key != null) {
                    if (read(key, pending)) {
                        lastChange = System.nanoTime();
                    }
                }
                now = System.nanoTime();
                if (now - lastLook > TimeUnit.MILLISECONDS.toNanos(LOOK_AGAIN_MILLIS)) {
                    lastLook = now;
                    if (lookForMissingDirectories(pending)) {
                        lastChange = now;
                    }
                }
                if (!pending.isEmpty() && now - lastChange >= TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
                    Set<Path> burst = Set.copyOf(pending);
                    pending.clear();
                    changed.accept(burst);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Read a folder's events into the pending changes; true when one of them counts. */
    private boolean read(WatchKey key, Set<Path> pending) {
        Path folder = folders.get(key);
        boolean counted = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                // Events were lost: some file changed, which one is unknown.
                pending.add(folder);
                counted = true;
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            boolean inClasses = underClassDirectory(file);
            if (inClasses && event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                // A new package folder: its files may have been written before it was registered.
                registerTreeQuietly(file);
                addFiles(file, pending);
            }
            if (inClasses || isDefinitionFile(file)) {
                pending.add(file);
                counted = true;
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return counted;
    }

    private boolean lookForMissingDirectories(Set<Path> pending) {
        boolean found = false;
        for (Path directory : classDirectories) {
            if (!folders.containsValue(directory) && Files.isDirectory(directory)) {
                registerTreeQuietly(directory);
                pending.add(directory);
                addFiles(directory, pending);
                found = true;
            }
        }
        return found;
    }

    private static void addFiles(Path directory, Set<Path> pending) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile).forEach(pending::add);
        } catch (IOException | UncheckedIOException e) {
            // gone again; its deletion is an event of its own
        }
    }

    private boolean underClassDirectory(Path file) {
        for (Path directory : classDirectories) {
            if (file.startsWith(directory)) {
                return true;
            }
        }
        return false;
    }

    private boolean isDefinitionFile(Path file) {
        if (file.equals(definition)) {
            return true;
        }
        if (!definitionFolder.equals(file.getParent())) {
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private void registerTreeQuietly(Path directory) {
        try {
            registerTree(directory);
        } catch (IOException | UncheckedIOException e) {
            // deleted while being walked; looked for again later
        }
    }

    private void registerTree(Path directory) throws IOException {
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path folder : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                register(folder);
            }
        }
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
    }

    /** Stop watching; the callback is not called any more once this returns. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to free
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

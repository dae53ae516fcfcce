package io.apigwsim.internal.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The directories of compiled classes on the class path the serve command runs with ({@code target/classes} and the
 * like, not jars), from which each reload loads the handlers' classes afresh in a class loader of its own. Jars stay
 * with the class loader the command was started with, and so do apigw-sim's own classes.
 *
 * @param directories the directories, in class-path order
 */
record ClassDirectories(List<Path> directories) {

    ClassDirectories {
        directories = List.copyOf(directories);
    }

    /**
     * The class directories of a class loader: the URLs of a {@link URLClassLoader} (as {@code exec:java}'s), or
     * {@code java.class.path} for the application class loader ({@code java -cp}). Its parents are not searched.
     *
     * @param loader the class loader handlers come from
     * @return the directories that exist, apigw-sim's own excluded
     */
    static ClassDirectories of(ClassLoader loader) {
        List<Path> entries = new ArrayList<>();
        if (loader instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                path(url).ifPresent(entries::add);
            }
        } else if (loader == ClassLoader.getSystemClassLoader()) {
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    entries.add(Path.of(entry));
                }
            }
        }
        Optional<Path> own = ownLocation();
        Set<Path> directories = new LinkedHashSet<>();
        for (Path entry : entries) {
            Path absolute = entry.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute) && !own.map(absolute::equals).orElse(false)) {
                directories.add(absolute);
            }
        }
        return new ClassDirectories(new ArrayList<>(directories));
    }

    private static Optional<Path> path(URL url) {
        if (!url.getProtocol().equals("file")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // apigw-sim's classes must stay those the command runs with: a second copy would be a different ApiGateway type.
    private static Optional<Path> ownLocation() {
        CodeSource source = ClassDirectories.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        return path(source.getLocation()).map(path -> path.toAbsolutePath().normalize());
    }

    /**
     * A new class loader that loads the classes and resources of these directories itself, as they are now on disk,
     * and everything else from the parent.
     *
     * @param parent the class loader the command was started with
     * @return the class loader, to close once no gateway uses it
     */
    URLClassLoader newLoader(ClassLoader parent) {
        URL[] urls = new URL[directories.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = directories.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(new IOException("Cannot read " + directories.get(i), e));
            }
        }
        return new ChildFirst(urls, parent);
    }

    /**
     * Loads a class from its directories before asking the parent, which holds the same directories with the classes
     * of an earlier build.
     */
    private static final class ChildFirst extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        ChildFirst(URL[] urls, ClassLoader parent) {
            super("apigw-sim-reloaded-classes", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("java.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException notInTheDirectories) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}

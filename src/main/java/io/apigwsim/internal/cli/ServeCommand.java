package io.apigwsim.internal.cli;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.LambdaCustomIntegration;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.internal.loader.FunctionConfig;
import io.apigwsim.internal.loader.HandlerClasses;
import io.apigwsim.internal.server.LocalServer;
import io.apigwsim.internal.server.ServedListener;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The serve command: builds the gateway a definition file declares, serves it on a port, prints its routes, then one
 * line per request. With {@code --watch} it rebuilds the gateway when the definition or a class directory changes and
 * serves the new one on the same port; a rebuild that fails is reported and the previous gateway keeps serving.
 * Closing it stops serving and closes the gateways.
 */
public final class ServeCommand implements AutoCloseable {

    /** How long a failed reload waits for a further change before it is reported. */
    static final long FAILURE_GRACE_MILLIS = 2_000;

    private final ServeOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final ClassLoader startLoader;
    private final ClassDirectories classDirectories;
    private final Object lock = new Object();
    private final Set<Generation> open = new LinkedHashSet<>();
    private LocalServer server;
    private ChangeWatcher watcher;
    private ScheduledExecutorService reloads;
    /** A failed reload's message, printed unless another change comes first; used on the reload thread only. */
    private Future<?> failure;

    private boolean closed;
    /** The generation being served; used on the reload thread only, once watching has started. */
    private Generation serving;

    /**
     * One build of the definition: its gateway, the class loader its handlers came from when reloading, and the
     * function behind each route key, for the request lines.
     */
    private record Generation(ApiGateway gateway, Optional<URLClassLoader> loader, Map<String, String> functions) {

        void close() {
            gateway.close();
            loader.ifPresent(ServeCommand::closeQuietly);
        }
    }

    private ServeCommand(ServeOptions options, PrintStream out, PrintStream err, ClassLoader startLoader) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.startLoader = startLoader;
        this.classDirectories = options.watch() ? ClassDirectories.of(startLoader) : new ClassDirectories(List.of());
    }

    /**
     * Build the gateway and serve it, and with {@code --watch} start watching for changes.
     *
     * @param options what to serve and where
     * @param out where the routes, the request lines and the reloads go
     * @param err where a reload that failed is reported
     * @return the running command
     * @throws UsageException when the definition cannot be loaded, a handler cannot be instantiated or the address
     *     cannot be bound, with the loader's or the server's message
     */
    public static ServeCommand start(ServeOptions options, PrintStream out, PrintStream err) {
        if (!Files.isRegularFile(options.definition())) {
            throw new UsageException("No file " + options.definition().toAbsolutePath() + "; give the path of the "
                    + (options.sam() ? "SAM template" : "OpenAPI document")
                    + " relative to the working directory or absolute");
        }
        InetSocketAddress address = options.host().isEmpty()
                ? LocalServer.loopback(options.port())
                : new InetSocketAddress(options.host(), options.port());
        if (address.isUnresolved()) {
            throw new UsageException("--host " + options.host() + " is not an address of this machine; the default is "
                    + ServeOptions.DEFAULT_HOST);
        }
        ServeCommand command =
                new ServeCommand(options, out, err, Thread.currentThread().getContextClassLoader());
        // Netty's start-up (a third of a second of class loading and initialisation) overlaps the gateway's build,
        // which runs on this thread; requests that arrive before the gateway is built wait for it.
        CompletableFuture<LocalServer> binding = new CompletableFuture<>();
        Thread binder = new Thread(
                () -> {
                    try {
                        binding.complete(LocalServer.bind(address));
                    } catch (RuntimeException | Error e) {
                        binding.completeExceptionally(e);
                    }
                },
                "apigw-sim-serve-bind");
        binder.setDaemon(true);
        binder.start();
        Generation first;
        try {
            first = command.build();
        } catch (RuntimeException | Error e) {
            closeWhenBound(binding);
            throw e;
        }
        try {
            command.server = binding.join();
        } catch (CompletionException e) {
            first.close();
            throw new UsageException(e.getCause().getMessage());
        }
        command.server.replace(first.gateway(), command.listener(first));
        command.open.add(first);
        out.println("Serving " + options.definition() + " at " + command.server.baseUri());
        if (!address.getAddress().isLoopbackAddress()) {
            out.println("Listening on " + options.host() + ", not only loopback: other machines can call these routes");
        }
        for (RouteDefinition route : first.gateway().definition().routes()) {
            out.println("  " + route.routeKey() + " -> " + functionOf(route.integration()));
        }
        if (options.watch()) {
            command.watch(first);
        }
        out.flush();
        return command;
    }

    private static void closeWhenBound(CompletableFuture<LocalServer> binding) {
        try {
            binding.join().close();
        } catch (CompletionException e) {
            // not bound: nothing to close
        }
    }

    private void watch(Generation first) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "apigw-sim-serve-reload");
            thread.setDaemon(true);
            return thread;
        });
        // A failure waiting to be reported when the command stops is not reported.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        reloads = executor;
        serving = first;
        try {
            watcher = ChangeWatcher.start(
                    options.definition(), classDirectories.directories(), changes -> execute(() -> reload(changes)));
        } catch (UncheckedIOException e) {
            err.println("apigw-sim: cannot watch for changes, so serving without reloading: " + e.getMessage());
            err.flush();
            reloads.shutdown();
            return;
        }
        out.println("Watching " + options.definition()
                + (classDirectories.directories().isEmpty()
                        ? " for changes (no class directory on the class path)"
                        : " and "
                                + String.join(
                                        ", ",
                                        classDirectories.directories().stream()
                                                .map(Path::toString)
                                                .toList())
                                + " for changes"));
    }

    private void execute(Runnable task) {
        try {
            reloads.execute(task);
        } catch (RejectedExecutionException closing) {
            // the command is closing, and closes every gateway itself
        }
    }

    /** Build the changed definition and serve it in place of the current generation, or report why it cannot. */
    private void reload(Set<Path> changes) {
        long started = System.nanoTime();
        if (failure != null) {
            failure.cancel(false);
            failure = null;
        }
        Generation current = serving;
        Generation next;
        try {
            next = build();
        } catch (RuntimeException | LinkageError e) {
            String message = "apigw-sim: reload failed, still serving the previous version: "
                    + (e instanceof UsageException ? e.getMessage() : e.toString());
            // A build deletes class files before it writes the new ones, often with a pause between: a class missing
            // then is reported only if no further change follows.
            try {
                failure = reloads.schedule(
                        () -> {
                            err.println(message);
                            err.flush();
                        },
                        FAILURE_GRACE_MILLIS,
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                // the command is closing
            }
            return;
        }
        CompletableFuture<Void> drained;
        synchronized (lock) {
            if (closed) {
                next.close();
                return;
            }
            open.add(next);
            drained = server.replace(next.gateway(), listener(next));
        }
        serving = next;
        drained.thenRunAsync(() -> retire(current), this::execute);
        out.println(String.format(
                Locale.ROOT,
                "Reloaded in %d ms after %s: %s at %s%s",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                describe(changes),
                routes(next.gateway().definition().routes().size()),
                server.baseUri(),
                routeChanges(current, next)));
        out.flush();
    }

    private static String routes(int count) {
        return count == 1 ? "1 route" : count + " routes";
    }

    private void retire(Generation generation) {
        synchronized (lock) {
            if (!open.remove(generation)) {
                return;
            }
        }
        generation.close();
    }

    /** The changes in a few words: definition files by name, and how many files changed in each class directory. */
    private String describe(Set<Path> changes) {
        List<String> files = new ArrayList<>();
        Map<Path, Integer> inDirectories = new LinkedHashMap<>();
        for (Path change : changes) {
            Optional<Path> directory = classDirectories.directories().stream()
                    .filter(change::startsWith)
                    .findFirst();
            if (directory.isPresent()) {
                inDirectories.merge(directory.get(), 1, Integer::sum);
            } else {
                files.add(relative(change));
            }
        }
        Collections.sort(files);
        inDirectories.forEach((directory, count) ->
                files.add(count + (count == 1 ? " file in " : " files in ") + relative(directory)));
        return "changes to " + String.join(", ", files);
    }

    private String relative(Path change) {
        Path base = Path.of("").toAbsolutePath();
        return change.startsWith(base) ? base.relativize(change).toString() : change.toString();
    }

    private static String routeChanges(Generation before, Generation after) {
        Set<String> old = before.functions().keySet();
        Set<String> now = after.functions().keySet();
        List<String> added = now.stream().filter(route -> !old.contains(route)).toList();
        List<String> removed =
                old.stream().filter(route -> !now.contains(route)).toList();
        return (added.isEmpty() ? "" : "; added " + String.join(", ", added))
                + (removed.isEmpty() ? "" : "; removed " + String.join(", ", removed));
    }

    private ServedListener listener(Generation generation) {
        Map<String, String> functions = generation.functions();
        return (exchange, latency) -> out.println(requestLine(exchange, latency, functions));
    }

    /**
     * Build the gateway of the definition as it is now; when watching, with the handlers' classes loaded from the class
     * directories as they are now.
     *
     * @throws UsageException with the loader's message when the definition or a handler cannot be loaded
     */
    private Generation build() {
        Optional<URLClassLoader> loader =
                options.watch() ? Optional.of(classDirectories.newLoader(startLoader)) : Optional.empty();
        ClassLoader handlers = loader.map(ClassLoader.class::cast).orElse(startLoader);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // The loader reads handler classes from the context class loader of the thread that names the definition.
        thread.setContextClassLoader(handlers);
        try {
            ApiGateway gateway = builder(options, handlers).build();
            return new Generation(gateway, loader, functionsByRoute(gateway));
        } catch (ApiDefinitionException e) {
            loader.ifPresent(ServeCommand::closeQuietly);
            throw new UsageException(e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            loader.ifPresent(ServeCommand::closeQuietly);
            throw e;
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static ApiGateway.Builder builder(ServeOptions options, ClassLoader classLoader) {
        ApiGateway.Builder builder = ApiGateway.builder();
        if (options.sam()) {
            builder.samTemplate(options.definition());
        } else {
            builder.openApi(options.definition());
        }
        options.stage().ifPresent(builder::stage);
        options.samApi().ifPresent(builder::samApi);
        options.parameters().forEach(builder::templateParameter);
        options.functions()
                .forEach((name, handlerClass) -> builder.function(
                        name,
                        HandlerClasses.instantiate(
                                new FunctionConfig(
                                        name,
                                        Optional.of(handlerClass),
                                        Optional.empty(),
                                        OptionalInt.empty(),
                                        "--function " + name + "=" + handlerClass),
                                classLoader)));
        return builder;
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // its files stay open until it is collected
        }
    }

    /** The function behind each route key, for the request lines. */
    private static Map<String, String> functionsByRoute(ApiGateway gateway) {
        Map<String, String> functions = new LinkedHashMap<>();
        for (RouteDefinition route : gateway.definition().routes()) {
            functions.put(route.routeKey(), functionOf(route.integration()));
        }
        return Map.copyOf(functions);
    }

    private static String functionOf(Integration integration) {
        if (integration instanceof LambdaProxyIntegration proxy) {
            return proxy.functionName().orElse("(handler)");
        }
        if (integration instanceof LambdaCustomIntegration custom) {
            return custom.functionName().orElse("(handler)");
        }
        return "(mock)";
    }

    /**
     * One request's line: method, path, route, status, latency and the function that ran ({@code -} when none did).
     *
     * @param exchange the exchange
     * @param latency how long the server took to answer
     * @param functions the function behind each route key
     * @return the line
     */
    static String requestLine(Exchange exchange, Duration latency, Map<String, String> functions) {
        String route = exchange.routeKey().orElse("(no route)");
        String function = exchange.invoked() ? functions.getOrDefault(route, "?") : "-";
        // Concatenation, not String.format: this runs once per request, and a formatter costs more than the rest.
        long tenths = (latency.toNanos() + 50_000) / 100_000;
        return exchange.request().method() + " " + exchange.request().target() + " -> " + route + " "
                + exchange.response().status() + " " + tenths / 10 + "." + tenths % 10 + " ms " + function;
    }

    /**
     * Return the stage's base URL, such as {@code http://127.0.0.1:3000/prod/}.
     *
     * @return the base URL
     */
    public URI baseUri() {
        return server.baseUri();
    }

    /** Stop watching and serving, free the port and close the gateways. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (reloads != null) {
            reloads.shutdown();
            awaitQuietly(reloads);
        }
        List<Generation> left;
        synchronized (lock) {
            closed = true;
            left = List.copyOf(open);
            open.clear();
        }
        server.close();
        left.forEach(Generation::close);
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.apigwsim.cli;

import io.apigwsim.internal.cli.ServeCommand;
import io.apigwsim.internal.cli.ServeOptions;
import io.apigwsim.internal.cli.UsageException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Serves a SAM template or an OpenAPI document on a local port, with the functions' handlers instantiated from the
 * class path, until the process is stopped (Ctrl-C). In a Maven project, with the test class path:
 *
 * <pre>{@code
 * mvn exec:java -Dexec.mainClass=io.apigwsim.cli.Serve -Dexec.classpathScope=test -Dexec.args="--sam template.yaml"
 * }</pre>
 *
 * <p>It prints the base URL and the routes, then one line per request: method, path, route, status, latency and the
 * function that ran. It listens on {@code 127.0.0.1:3000} unless {@code --host} and {@code --port} say otherwise
 * ({@code --port 0}: any free port, printed in the URL). Arguments it cannot use, and definitions the loader refuses,
 * end it with the reason and exit status 2. Netty ({@code io.netty:netty-codec-http}) must be on the class path.
 *
 * <p>With {@code --watch} it reloads when the definition file or a directory of compiled classes on the class path
 * changes ({@code mvn compile} in another terminal): the gateway is built again, with the handler classes of those
 * directories loaded afresh, and serves the next requests on the same port; a change that does not build is reported
 * on standard error and the previous version keeps serving.
 *
 * @since 0.2
 */
public final class Serve {

    /** The exit status of a command line or definition that cannot be served. */
    public static final int USAGE_ERROR = 2;

    private Serve() {}

    /**
     * Serve until the process is stopped; see the class description and {@code --help} for the arguments.
     *
     * @param args the arguments, such as {@code --sam template.yaml --port 3000}
     * @since 0.2
     */
    public static void main(String[] args) {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stop.countDown();
                    awaitQuietly(stopped);
                },
                "apigw-sim-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int status = run(args, System.out, System.err, stop);
        stopped.countDown();
        if (status != 0) {
            Runtime.getRuntime().removeShutdownHook(hook);
            System.exit(status);
        }
    }

    /**
     * Serve until {@code stop} is counted down, then stop serving and return.
     *
     * @return 0, or {@link #USAGE_ERROR} when the arguments or the definition cannot be served
     */
    static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) {
        ServeCommand command;
        try {
            Optional<ServeOptions> options = ServeOptions.parse(List.of(args));
            if (options.isEmpty()) {
                out.println(ServeOptions.USAGE);
                out.flush();
                return 0;
            }
            command = ServeCommand.start(options.get(), out, err);
        } catch (UsageException e) {
            err.println("apigw-sim: " + e.getMessage());
            err.flush();
            return USAGE_ERROR;
        }
        try (command) {
            out.println("Serving until stopped (Ctrl-C)");
            out.flush();
            awaitQuietly(stop);
        }
        out.println("Stopped");
        out.flush();
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

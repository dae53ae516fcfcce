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
        ServeCommand command;
        try {
            Optional<ServeOptions> options = ServeOptions.parse(List.of(args));
            if (options.isEmpty()) {
                System.out.println(ServeOptions.USAGE);
                return;
            }
            command = ServeCommand.start(options.get(), System.out);
        } catch (UsageException e) {
            fail(System.err, e.getMessage());
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            command.close();
                            System.out.println("Stopped");
                            stopped.countDown();
                        },
                        "apigw-sim-serve-shutdown"));
        System.out.println("Press Ctrl-C to stop");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            command.close();
            Thread.currentThread().interrupt();
        }
    }

    private static void fail(PrintStream err, String message) {
        err.println("apigw-sim: " + message);
        err.flush();
        System.exit(USAGE_ERROR);
    }
}

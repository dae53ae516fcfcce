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
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The serve command: builds the gateway a definition file declares, serves it on a port, prints its routes, then one
 * line per request. Closing it stops serving and closes the gateway.
 */
public final class ServeCommand implements AutoCloseable {

    private final ApiGateway gateway;
    private final LocalServer server;

    private ServeCommand(ApiGateway gateway, LocalServer server) {
        this.gateway = gateway;
        this.server = server;
    }

    /**
     * Build the gateway and serve it.
     *
     * @param options what to serve and where
     * @param out where the routes and the request lines go
     * @return the running command
     * @throws UsageException when the definition cannot be loaded, a handler cannot be instantiated or the address
     *     cannot be bound, with the loader's or the server's message
     */
    public static ServeCommand start(ServeOptions options, PrintStream out) {
        if (!Files.isRegularFile(options.definition())) {
            throw new UsageException("No file " + options.definition().toAbsolutePath() + "; give the path of the "
                    + (options.sam() ? "SAM template" : "OpenAPI document")
                    + " relative to the working directory or absolute");
        }
        ApiGateway gateway;
        try {
            gateway = builder(options).build();
        } catch (ApiDefinitionException e) {
            throw new UsageException(e.getMessage());
        }
        InetSocketAddress address = options.host().isEmpty()
                ? LocalServer.loopback(options.port())
                : new InetSocketAddress(options.host(), options.port());
        if (address.isUnresolved()) {
            gateway.close();
            throw new UsageException("--host " + options.host() + " is not an address of this machine; the default is "
                    + ServeOptions.DEFAULT_HOST);
        }
        Map<String, String> functions = functionsByRoute(gateway);
        LocalServer server;
        try {
            server = LocalServer.start(
                    gateway, address, (exchange, latency) -> out.println(requestLine(exchange, latency, functions)));
        } catch (IllegalStateException e) {
            gateway.close();
            throw new UsageException(e.getMessage());
        }
        out.println("Serving " + options.definition() + " at " + server.baseUri());
        if (!address.getAddress().isLoopbackAddress()) {
            out.println("Listening on " + options.host() + ", not only loopback: other machines can call these routes");
        }
        for (RouteDefinition route : gateway.definition().routes()) {
            out.println("  " + route.routeKey() + " -> " + functionOf(route.integration()));
        }
        out.flush();
        return new ServeCommand(gateway, server);
    }

    private static ApiGateway.Builder builder(ServeOptions options) {
        ApiGateway.Builder builder = ApiGateway.builder();
        if (options.sam()) {
            builder.samTemplate(options.definition());
        } else {
            builder.openApi(options.definition());
        }
        options.stage().ifPresent(builder::stage);
        options.samApi().ifPresent(builder::samApi);
        options.parameters().forEach(builder::templateParameter);
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
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
        return String.format(
                Locale.ROOT,
                "%s %s -> %s %d %.1f ms %s",
                exchange.request().method(),
                exchange.request().target(),
                route,
                exchange.response().status(),
                latency.toNanos() / 1_000_000.0,
                function);
    }

    /**
     * Return the stage's base URL, such as {@code http://127.0.0.1:3000/prod/}.
     *
     * @return the base URL
     */
    public URI baseUri() {
        return server.baseUri();
    }

    /** Stop serving, free the port and close the gateway. */
    @Override
    public void close() {
        server.close();
        gateway.close();
    }
}

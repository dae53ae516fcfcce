package io.apigwsim.internal.server;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Serves a built {@link ApiGateway} on a TCP port over HTTP/1.1: each request read from the wire goes through the
 * gateway as an in-process request would, and the exchange's response is written back byte for byte. Requests are
 * answered concurrently, each on its own thread; a connection's requests are answered in order.
 *
 * <pre>{@code
 * try (LocalServer server = LocalServer.start(gateway, LocalServer.loopback(0), exchange -> {})) {
 *     URI base = server.baseUri();   // http://127.0.0.1:PORT/prod/
 * }
 * }</pre>
 *
 * <p>Netty is an optional dependency of apigw-sim; {@link #start} checks for it before it touches a Netty class.
 */
public final class LocalServer implements AutoCloseable {

    private final Transport transport;
    private final ServedStage stage;
    private final ServerAnswers answers;
    private final String host;

    private LocalServer(Transport transport, ServedStage stage, ServerAnswers answers, String host) {
        this.transport = transport;
        this.stage = stage;
        this.answers = answers;
        this.host = host;
    }

    /**
     * The loopback address {@code 127.0.0.1} with the given port.
     *
     * @param port the port, or 0 for any free one
     * @return the address
     */
    public static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    /**
     * Serve the gateway on an address.
     *
     * @param gateway the gateway; closing it is the caller's business, and requests fail once it is closed
     * @param address where to listen, such as {@link #loopback(int) loopback(0)}
     * @param served called with each exchange the gateway produced for a request from the wire, on the request's thread,
     *     before its response is written
     * @return the running server
     * @throws IllegalStateException when Netty is missing or too old, or the address cannot be bound, naming the fix
     */
    public static LocalServer start(ApiGateway gateway, InetSocketAddress address, Consumer<Exchange> served) {
        Objects.requireNonNull(served, "served");
        return start(gateway, address, (exchange, latency) -> served.accept(exchange));
    }

    /**
     * Serve the gateway on an address, telling the listener how long each request took.
     *
     * @param gateway the gateway; closing it is the caller's business, and requests fail once it is closed
     * @param address where to listen, such as {@link #loopback(int) loopback(0)}
     * @param served called with each exchange the gateway produced for a request from the wire and the time the server
     *     took to answer it, on the request's thread, before its response is written
     * @return the running server
     * @throws IllegalStateException when Netty is missing or too old, or the address cannot be bound, naming the fix
     */
    public static LocalServer start(ApiGateway gateway, InetSocketAddress address, ServedListener served) {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(served, "served");
        LocalServer server = bind(address);
        server.replace(gateway, served);
        try {
            server.baseUri();
        } catch (IllegalStateException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Listen on an address before the gateway is built, so that building it and starting the server overlap; requests
     * that arrive before the first {@link #replace} wait for it.
     *
     * @param address where to listen
     * @return the bound server, without a gateway yet
     * @throws IllegalStateException when Netty is missing or too old, or the address cannot be bound, naming the fix
     */
    public static LocalServer bind(InetSocketAddress address) {
        Objects.requireNonNull(address, "address");
        NettyRequirement.check(LocalServer.class.getClassLoader());
        ServerAnswers answers = new ServerAnswers(Clock.systemUTC());
        ServedStage stage = new ServedStage();
        Transport transport = NettyTransport.bind(address, stage, answers);
        String host = address.getAddress() == null
                ? address.getHostString()
                : address.getAddress().getHostAddress();
        return new LocalServer(transport, stage, answers, host);
    }

    /**
     * Answer the following requests with another gateway, on the same port and connections (or with the first gateway
     * of a server {@linkplain #bind bound} without one). A request is answered wholly by one gateway: those the
     * previous gateway is answering finish there.
     *
     * @param gateway the gateway that answers from now on
     * @param served told about each request the new gateway answers, as the listener given to {@code start}
     * @return completed once the previous gateway has answered its last request, after which the caller may close it
     */
    public CompletableFuture<Void> replace(ApiGateway gateway, ServedListener served) {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(served, "served");
        return stage.replace(new StageFront(gateway, answers, served));
    }

    /**
     * Return the stage's base URL: {@code http://127.0.0.1:PORT/prod/} for a stage {@code prod}, and
     * {@code http://127.0.0.1:PORT/} for an HTTP API's {@code $default} stage. It ends with {@code /}, so that
     * {@code baseUri().resolve("pets/42")} is the URL of {@code /pets/42} in the stage.
     *
     * @return the base URL
     */
    public URI baseUri() {
        StageFront front = stage.current()
                .orElseThrow(() -> new IllegalStateException("The server has no gateway yet; replace() gives it one"));
        try {
            return new URI("http", null, host, transport.port(), front.basePath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot write the URL of " + host + ": " + e.getMessage(), e);
        }
    }

    /**
     * Return the address the server listens on, with the port it was given.
     *
     * @return the address
     */
    public InetSocketAddress address() {
        return new InetSocketAddress(host, transport.port());
    }

    /** Stop serving: close the listening socket and every connection; the port is free when this returns. */
    @Override
    public void close() {
        stage.close();
        transport.close();
    }

    @Override
    public String toString() {
        return "LocalServer(" + (stage.current().isPresent() ? baseUri() : address() + ", no gateway yet") + ")";
    }
}

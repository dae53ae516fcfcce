package io.apigwsim.internal.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Netty side of the server: a NIO listening socket, a few event-loop threads that read and write bytes, and the
 * request threads that wait for the gateway. Netty's request decoder keeps header names as spelled and repeated headers
 * as separate lines, and leaves the request-target undecoded; no other Netty handler touches a request.
 */
final class NettyTransport implements Transport {

    private static final int IO_THREADS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final EventLoopGroup loops;
    private final ExecutorService requestThreads;
    private final Channel listener;
    private final Set<Channel> connections;

    private NettyTransport(
            EventLoopGroup loops, ExecutorService requestThreads, Channel listener, Set<Channel> connections) {
        this.loops = loops;
        this.requestThreads = requestThreads;
        this.listener = listener;
        this.connections = connections;
    }

    /**
     * Bind the address and serve every connection through the served stage.
     *
     * @throws IllegalStateException when the address cannot be bound, naming it
     */
    static NettyTransport bind(InetSocketAddress address, ServedStage stage, ServerAnswers answers) {
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(
                IO_THREADS, new DefaultThreadFactory("apigw-sim-server-io", true), NioIoHandler.newFactory());
        ExecutorService requestThreads = requestThreads();
        Set<Channel> connections = ConcurrentHashMap.newKeySet();
        HttpDecoderConfig decoding = new HttpDecoderConfig()
                .setMaxInitialLineLength(WireLimits.MAX_REQUEST_LINE)
                .setMaxHeaderSize(WireLimits.MAX_HEADER_SECTION)
                .setStrictLineParsing(true);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loops)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        connections.add(channel);
                        channel.closeFuture().addListener((ChannelFutureListener) f -> connections.remove(channel));
                        channel.pipeline()
                                .addLast(new HttpRequestDecoder(decoding))
                                .addLast(new WireConnection(stage, answers, requestThreads));
                    }
                });
        try {
            Channel listener = bootstrap.bind(address).syncUninterruptibly().channel();
            return new NettyTransport(loops, requestThreads, listener, connections);
        } catch (Exception e) { // Netty rethrows the bind's checked BindException without declaring it
            loops.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            requestThreads.shutdown();
            throw new IllegalStateException(
                    "ApiGateway cannot listen on " + address + ": " + e.getMessage()
                            + "; choose another port, or stop what holds this one",
                    e);
        }
    }

    // One thread per request being answered, since each waits for its handler; idle ones end after 10 s, like the
    // gateway's function threads.
    private static ExecutorService requestThreads() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "apigw-sim-server-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
    }

    @Override
    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        connections.forEach(Channel::close);
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        requestThreads.shutdown();
    }
}

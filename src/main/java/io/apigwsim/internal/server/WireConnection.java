package io.apigwsim.internal.server;

import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpResponse;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One client connection: collects each request's head and body as the decoder reads them, hands whole requests to the
 * request threads one at a time, and writes the answers back in the order the requests came (HTTP/1.1 keep-alive and
 * pipelining). Every field is used on the connection's event loop only; the gateway never runs there, since a handler
 * may block for as long as its integration timeout.
 */
final class WireConnection extends ChannelInboundHandlerAdapter {

    private final ServedStage stage;
    private final ServerAnswers answers;
    private final Executor requestThreads;
    private final Queue<Pending> waiting = new ArrayDeque<>();
    private HttpRequest head;
    private RequestBody body;
    private boolean answering;
    private boolean refused;

    WireConnection(ServedStage stage, ServerAnswers answers, Executor requestThreads) {
        this.stage = stage;
        this.answers = answers;
        this.requestThreads = requestThreads;
    }

    /** A request waiting for its turn, or a refusal the server writes when its turn comes. */
    private sealed interface Pending permits Whole, Refusal {}

    private record Whole(WireRequest request) implements Pending {}

    private record Refusal(HttpResponse response) implements Pending {}

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        try {
            if (!refused && message instanceof HttpObject object) {
                read(ctx, object);
            }
        } finally {
            ReferenceCountUtil.release(message);
        }
    }

    private void read(ChannelHandlerContext ctx, HttpObject object) {
        DecoderResult result = object.decoderResult();
        if (result.isFailure()) {
            refused = true;
            head = null;
            body = null;
            enqueue(ctx, new Refusal(refusal(result.cause())));
            return;
        }
        if (object instanceof HttpRequest request) {
            if (answering) {
                // Reading pauses while the gateway answers an earlier request of this connection, so a client that
                // sends faster than the function answers waits, and a connection holds at most one request more.
                ctx.channel().config().setAutoRead(false);
            }
            head = request;
            body = new RequestBody();
            if (HttpUtil.is100ContinueExpected(request)) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(WireResponse.CONTINUE));
            }
        }
        if (object instanceof HttpContent content && head != null) {
            body.append(ByteBufUtil.getBytes(content.content()));
            if (content instanceof LastHttpContent) {
                enqueue(ctx, new Whole(wireRequest(ctx, head, body)));
                head = null;
                body = null;
            }
        }
    }

    private HttpResponse refusal(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return answers.uriTooLong();
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return answers.headersTooLarge();
        }
        return answers.badRequest("the request is not HTTP/1.1 the server can read ("
                + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")");
    }

    private static WireRequest wireRequest(ChannelHandlerContext ctx, HttpRequest request, RequestBody body) {
        Headers.Builder headers = Headers.builder();
        Iterator<Map.Entry<CharSequence, CharSequence>> lines =
                request.headers().iteratorCharSequence();
        while (lines.hasNext()) {
            Map.Entry<CharSequence, CharSequence> line = lines.next();
            headers.add(line.getKey().toString(), text(line.getValue()));
        }
        return new WireRequest(
                request.method().name(),
                request.uri(),
                headers.build(),
                body.bytes(),
                peerAddress(ctx.channel().remoteAddress()),
                HttpUtil.isKeepAlive(request));
    }

    // The decoder reads each byte of a field value as one character; bytes beyond ASCII are taken as UTF-8
    // (docs/behavior.md#uncertain-serving-on-a-port).
    private static String text(CharSequence value) {
        String latin1 = value.toString();
        for (int i = 0; i < latin1.length(); i++) {
            if (latin1.charAt(i) > 0x7F) {
                return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return latin1;
    }

    private static String peerAddress(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress()
                : String.valueOf(address);
    }

    private void enqueue(ChannelHandlerContext ctx, Pending pending) {
        if (answering) {
            waiting.add(pending);
        } else {
            start(ctx, pending);
        }
    }

    private void start(ChannelHandlerContext ctx, Pending pending) {
        if (pending instanceof Refusal refusal) {
            write(ctx, refusal.response(), false, true);
            return;
        }
        WireRequest request = ((Whole) pending).request();
        answering = true;
        try {
            requestThreads.execute(() -> {
                Answer answer;
                try {
                    answer = stage.answer(request);
                } catch (RuntimeException e) {
                    // The gateway was closed while the request waited: the server is stopping.
                    ctx.close();
                    return;
                }
                ctx.executor().execute(() -> answered(ctx, request, answer));
            });
        } catch (RejectedExecutionException e) {
            ctx.close();
        }
    }

    private void answered(ChannelHandlerContext ctx, WireRequest request, Answer answer) {
        answering = false;
        boolean close = !request.keepAlive() || answer.refusal() || WireResponse.asksToClose(answer.response());
        write(ctx, answer.response(), request.isHead(), close);
        if (close) {
            return;
        }
        Pending next = waiting.poll();
        if (next != null) {
            start(ctx, next);
        } else if (!ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    private void write(ChannelHandlerContext ctx, HttpResponse response, boolean toHead, boolean close) {
        byte[] head = WireResponse.head(response, toHead, close);
        byte[] body = toHead ? new byte[0] : response.body();
        // One buffer for head and body: one write, without a composite buffer's bookkeeping.
        ByteBuf bytes =
                ctx.alloc().buffer(head.length + body.length).writeBytes(head).writeBytes(body);
        if (close) {
            waiting.clear();
            refused = true;
            ctx.writeAndFlush(bytes).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.writeAndFlush(bytes);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A connection reset by the client, or an I/O failure: nothing can be answered on it any more.
        ctx.close();
    }
}

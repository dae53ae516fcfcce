package io.apigwsim.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpRequestDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a connection reads while the gateway answers: what keeps a fast client from piling up requests. */
class WireConnectionTests {

    /** Answers 200. */
    static final class Ok implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return Map.of("statusCode", 200);
        }
    }

    private static final String GET = "GET /test/pets HTTP/1.1\r\nHost: localhost\r\n\r\n";

    private final ApiGateway gateway =
            ApiGateway.builder().route("GET /pets", new Ok()).build();
    private final Queue<Runnable> requestThreads = new ArrayDeque<>();
    private final EmbeddedChannel channel = channel();

    private EmbeddedChannel channel() {
        ServerAnswers answers = new ServerAnswers(Clock.systemUTC());
        ServedStage stage = new ServedStage();
        stage.replace(new StageFront(gateway, answers, (exchange, latency) -> {}));
        return new EmbeddedChannel(new HttpRequestDecoder(), new WireConnection(stage, answers, requestThreads::add));
    }

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
        gateway.close();
    }

    /** Let the request thread answer the request it was handed, and the event loop write the answer. */
    private void answerNext() {
        requestThreads.remove().run();
        channel.runPendingTasks();
    }

    private int responsesWritten() {
        int count = 0;
        ByteBuf written;
        while ((written = channel.readOutbound()) != null) {
            count += written.toString(StandardCharsets.US_ASCII).split("HTTP/1.1 200 OK", -1).length - 1;
            written.release();
        }
        return count;
    }

    // A client that waits for each response: reading is never paused, so no read-interest change per request.
    @Test
    void a_request_being_answered_alone_leaves_reading_on() {
        channel.writeInbound(Unpooled.copiedBuffer(GET, StandardCharsets.US_ASCII));

        assertThat(requestThreads).hasSize(1);
        assertThat(channel.config().isAutoRead()).isTrue();
    }

    // A pipelined request while another is answered pauses reading until the connection has answered both.
    @Test
    void a_pipelined_request_pauses_reading_until_the_connection_has_caught_up() {
        channel.writeInbound(Unpooled.copiedBuffer(GET + GET, StandardCharsets.US_ASCII));
        assertThat(channel.config().isAutoRead()).isFalse();

        answerNext();
        assertThat(channel.config().isAutoRead()).isFalse();
        answerNext();

        assertThat(channel.config().isAutoRead()).isTrue();
        assertThat(responsesWritten()).isEqualTo(2);
    }
}

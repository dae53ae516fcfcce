package io.apigwsim.internal.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stage front the server answers with, which a reload replaces while the server keeps its port: a request is
 * answered wholly by the front it entered, and the previous front is told when its last request has been answered.
 */
final class ServedStage {

    private final AtomicReference<StageFront> current;

    ServedStage(StageFront first) {
        this.current = new AtomicReference<>(first);
    }

    /** The front that answers the next request. */
    StageFront current() {
        return current.get();
    }

    /**
     * Answer a request with the current front.
     *
     * @throws IllegalStateException when the front's gateway has been closed
     */
    Answer answer(WireRequest request) {
        StageFront front = current.get();
        // A front retired between the read and the entry lets no one in; its successor is already current.
        while (!front.enter()) {
            front = current.get();
        }
        try {
            return front.answer(request);
        } finally {
            front.leave();
        }
    }

    /**
     * Answer the following requests with another front.
     *
     * @return completed once every request the previous front was answering has been answered
     */
    CompletableFuture<Void> replace(StageFront next) {
        return current.getAndSet(next).retire();
    }
}

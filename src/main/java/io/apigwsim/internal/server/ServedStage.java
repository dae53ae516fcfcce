package io.apigwsim.internal.server;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stage front the server answers with, which a reload replaces while the server keeps its port: a request is
 * answered wholly by the front it entered, and the previous front is told when its last request has been answered. A
 * server bound before its first gateway is built holds the requests that arrive meanwhile until it is.
 */
final class ServedStage {

    private final AtomicReference<StageFront> current = new AtomicReference<>();
    private final CompletableFuture<Void> first = new CompletableFuture<>();

    /** The front that answers the next request, if there is one yet. */
    Optional<StageFront> current() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Answer a request with the current front, waiting for the first one if the server was bound before its gateway
     * was built.
     *
     * @throws IllegalStateException when the front's gateway has been closed, or the server closed before it had one
     */
    Answer answer(WireRequest request) {
        StageFront front = current.get();
        if (front == null) {
            try {
                first.join();
            } catch (CompletionException e) {
                throw new IllegalStateException("The server stopped before it had a gateway", e);
            }
            front = current.get();
        }
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
        StageFront previous = current.getAndSet(next);
        first.complete(null);
        return previous == null ? CompletableFuture.completedFuture(null) : previous.retire();
    }

    /** Requests still waiting for a first front wait no more: the server is stopping. */
    void close() {
        first.completeExceptionally(new IllegalStateException("closed"));
    }
}

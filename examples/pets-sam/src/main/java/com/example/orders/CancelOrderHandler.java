package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.NoSuchElementException;

/**
 * {@code CancelOrderFunction}: {@code POST /orders/{orderId}/cancellation} behind a Lambda custom integration. The
 * request template builds the {@link Request}; the exceptions' messages select 404 and 409 integration responses.
 */
public final class CancelOrderHandler
        implements RequestHandler<CancelOrderHandler.Request, CancelOrderHandler.Cancellation> {

    private final OrderBook book;

    /** The constructor Lambda calls. */
    public CancelOrderHandler() {
        this(OrderBook.sample());
    }

    public CancelOrderHandler(OrderBook book) {
        this.book = book;
    }

    /** What the request template renders. */
    public static final class Request {
        public String orderId;
        public String customer;
        public String reason;
    }

    /** What the function returns; the response template picks from it. */
    public record Cancellation(String orderId, String status, String reason) {}

    @Override
    public Cancellation handleRequest(Request request, Context context) {
        Order order = book.find(request.customer, request.orderId)
                .orElseThrow(() -> new NoSuchElementException("Not found: order " + request.orderId));
        if (order.status().equals(Order.SHIPPED)) {
            throw new IllegalStateException("Conflict: order " + order.id() + " has shipped");
        }
        book.remove(order.id());
        return new Cancellation(order.id(), "CANCELLED", request.reason == null ? "" : request.reason);
    }
}

package com.example.orders;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The orders, in memory; the deployed functions would share the {@code OrdersTable} of the template. Each function
 * instance starts from the same sample orders, so a test knows what it finds.
 */
public final class OrderBook {

    private final Map<String, Order> orders = new ConcurrentSkipListMap<>();
    private final AtomicInteger nextId = new AtomicInteger(100);

    /** Ann's open order {@code o-1} (2 books) and shipped {@code o-2} (a lamp), and Bob's open {@code o-3}. */
    public static OrderBook sample() {
        OrderBook book = new OrderBook();
        book.put(new Order("o-1", "ann", "book", 2, Order.OPEN));
        book.put(new Order("o-2", "ann", "lamp", 1, Order.SHIPPED));
        book.put(new Order("o-3", "bob", "pen", 5, Order.OPEN));
        return book;
    }

    private void put(Order order) {
        orders.put(order.id(), order);
    }

    /** The customer's order of this id; another customer's order is not found. */
    public Optional<Order> find(String customer, String id) {
        return Optional.ofNullable(orders.get(id)).filter(order -> order.customer().equals(customer));
    }

    public List<Order> of(String customer) {
        return orders.values().stream()
                .filter(order -> order.customer().equals(customer))
                .toList();
    }

    public Order place(String customer, String item, int quantity) {
        Order order = new Order("o-" + nextId.getAndIncrement(), customer, item, quantity, Order.OPEN);
        put(order);
        return order;
    }

    public void remove(String id) {
        orders.remove(id);
    }
}

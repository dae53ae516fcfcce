package com.example.orders;

/** An order: some quantity of one item, for a customer. */
public record Order(String id, String customer, String item, int quantity, String status) {

    public static final String OPEN = "OPEN";
    public static final String SHIPPED = "SHIPPED";
}

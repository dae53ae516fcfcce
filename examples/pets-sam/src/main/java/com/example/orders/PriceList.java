package com.example.orders;

import java.util.Map;
import java.util.OptionalLong;

/** Unit prices in cents, per currency; each stage of the API sells in the currency of its stage variable. */
public final class PriceList {

    private static final Map<String, Map<String, Long>> PRICES = Map.of(
            "EUR", Map.of("book", 1200L, "lamp", 4500L, "pen", 150L),
            "USD", Map.of("book", 1300L, "lamp", 4900L, "pen", 160L),
            "GBP", Map.of("book", 1050L, "lamp", 3900L, "pen", 130L));

    private PriceList() {}

    public static OptionalLong unitPrice(String currency, String item) {
        Long cents = PRICES.getOrDefault(currency, Map.of()).get(item);
        return cents == null ? OptionalLong.empty() : OptionalLong.of(cents);
    }

    /** {@code 2400, "EUR"} is {@code "24.00 EUR"}. */
    public static String format(long cents, String currency) {
        return String.format("%d.%02d %s", cents / 100, cents % 100, currency);
    }
}

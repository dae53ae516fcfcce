package com.example.pets;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /names/{species}} behind an HTTP API. It reads the event as a plain map, so the same
 * handler works with payload format 2.0 and 1.0; only the keys it finds differ.
 */
public final class PetNamesHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Map<String, List<String>> NAMES =
            Map.of("dog", List.of("Rex", "Fido"), "cat", List.of("Tom", "Felix"));

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Map<String, String> path = (Map<String, String>) event.get("pathParameters");
        List<String> names = NAMES.getOrDefault(path.get("species"), List.of());
        return Map.of(
                "statusCode", names.isEmpty() ? 404 : 200,
                "headers", Map.of("content-type", "text/plain"),
                "body", String.join(",", names));
    }
}

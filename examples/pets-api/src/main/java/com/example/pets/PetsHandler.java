package com.example.pets;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;

/**
 * One Lambda function behind the routes of the pets API:
 * {@code GET /pets}, {@code POST /pets}, {@code GET /pets/{id}} and {@code DELETE /pets/{id}}.
 */
public final class PetsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> JSON_CONTENT = Map.of("Content-Type", "application/json");

    private final PetStore store;

    /** The constructor Lambda calls. */
    public PetsHandler() {
        this(new PetStore());
    }

    public PetsHandler(PetStore store) {
        this.store = store;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        String route = request.getHttpMethod() + " " + request.getResource();
        context.getLogger().log("route " + route);
        return switch (route) {
            case "GET /pets" -> list(request);
            case "POST /pets" -> create(request);
            case "GET /pets/{id}" -> get(request.getPathParameters().get("id"));
            case "DELETE /pets/{id}" -> delete(request.getPathParameters().get("id"));
            default -> respond(405, Map.of("message", "Method not allowed: " + route));
        };
    }

    private APIGatewayProxyResponseEvent list(APIGatewayProxyRequestEvent request) {
        Map<String, String> query = Optional.ofNullable(request.getQueryStringParameters()).orElse(Map.of());
        int limit = Integer.parseInt(query.getOrDefault("limit", "20"));
        return respond(200, store.list(query.get("species"), limit));
    }

    private APIGatewayProxyResponseEvent create(APIGatewayProxyRequestEvent request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.getBody() == null ? "" : request.getBody());
        } catch (JsonProcessingException e) {
            return respond(400, Map.of("message", "The body is not JSON"));
        }
        if (body == null || !body.path("name").isTextual() || !body.path("species").isTextual()) {
            return respond(400, Map.of("message", "A pet needs a name and a species"));
        }
        Pet pet = store.add(body.get("name").asText(), body.get("species").asText());
        return respond(201, pet).withHeaders(Map.of("Content-Type", "application/json", "Location", location(request, pet)));
    }

    // An absolute URL as clients called this API: the host they used and the path as they requested it, which holds
    // the stage on the execute-api host and the base path on a custom domain.
    private static String location(APIGatewayProxyRequestEvent request, Pet pet) {
        String host = Optional.ofNullable(request.getHeaders()).map(headers -> headers.get("Host")).orElse("localhost");
        String path = Optional.ofNullable(request.getRequestContext())
                .map(APIGatewayProxyRequestEvent.ProxyRequestContext::getPath)
                .orElse(request.getPath());
        return "https://" + host + path + "/" + pet.id();
    }

    private APIGatewayProxyResponseEvent get(String id) {
        return store.find(id)
                .map(pet -> respond(200, pet))
                .orElseGet(() -> respond(404, Map.of("message", "No pet " + id)));
    }

    private APIGatewayProxyResponseEvent delete(String id) {
        return store.remove(id) ? new APIGatewayProxyResponseEvent().withStatusCode(204) : respond(404, Map.of("message", "No pet " + id));
    }

    private static APIGatewayProxyResponseEvent respond(int status, Object body) {
        try {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(status)
                    .withHeaders(JSON_CONTENT)
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + body, e);
        }
    }
}

package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code OrdersFunction}: {@code GET /orders}, {@code GET /orders/{orderId}} and {@code POST /orders} behind Lambda
 * proxy integrations. The caller is the authorizer's principal; prices are in the stage's {@code currency}.
 */
public final class OrdersHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrderBook book;

    /** The constructor Lambda calls. */
    public OrdersHandler() {
        this(OrderBook.sample());
    }

    public OrdersHandler(OrderBook book) {
        this.book = book;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        String customer = (String) request.getRequestContext().getAuthorizer().get("principalId");
        String currency = Optional.ofNullable(request.getStageVariables())
                .map(variables -> variables.get("currency"))
                .orElse("EUR");
        String route = request.getHttpMethod() + " " + request.getResource();
        context.getLogger().log(route + " for " + customer);
        return switch (route) {
            case "GET /orders" -> respond(200, book.of(customer).stream().map(order -> view(order, currency)).toList());
            case "GET /orders/{orderId}" -> book.find(customer, request.getPathParameters().get("orderId"))
                    .map(order -> respond(200, view(order, currency)))
                    .orElseGet(() -> respond(404, Map.of("message", "No such order")));
            case "POST /orders" -> place(customer, currency, request.getBody());
            default -> respond(404, Map.of("message", "No route " + route));
        };
    }

    private APIGatewayProxyResponseEvent place(String customer, String currency, String body) {
        JsonNode order;
        try {
            order = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return respond(400, Map.of("message", "The body is not JSON"));
        }
        String item = order.path("item").asText();
        if (PriceList.unitPrice(currency, item).isEmpty()) {
            return respond(400, Map.of("message", "We do not sell " + item + " in " + currency));
        }
        Order placed = book.place(customer, item, order.path("quantity").asInt());
        return respond(201, view(placed, currency)).withHeaders(Map.of(
                "Content-Type", "application/json", "Location", "/orders/" + placed.id()));
    }

    private static Map<String, Object> view(Order order, String currency) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", order.id());
        view.put("item", order.item());
        view.put("quantity", order.quantity());
        long unitPrice = PriceList.unitPrice(currency, order.item()).orElseThrow();
        view.put("total", PriceList.format(unitPrice * order.quantity(), currency));
        view.put("status", order.status());
        return view;
    }

    private static APIGatewayProxyResponseEvent respond(int status, Object body) {
        try {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(status)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + body, e);
        }
    }
}

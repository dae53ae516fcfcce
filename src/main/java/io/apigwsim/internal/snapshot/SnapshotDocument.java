package io.apigwsim.internal.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.apigwsim.AuthorizerCall;
import io.apigwsim.Exchange;
import io.apigwsim.LambdaPayload;
import io.apigwsim.http.Headers;
import io.apigwsim.internal.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON document a snapshot file holds for one exchange: the client request, the authorizer's event and answer,
 * the Lambda event, the function's result and the client response, in that order.
 */
final class SnapshotDocument {

    private SnapshotDocument() {}

    static ObjectNode of(Exchange exchange) {
        ObjectNode document = Json.mapper().createObjectNode();
        ObjectNode request = document.putObject("request");
        request.put("method", exchange.request().method());
        request.put("target", exchange.request().target());
        putHeaders(request, exchange.request().headers());
        putBody(request, exchange.request().body());
        exchange.authorizer().ifPresent(call -> document.set("authorizer", authorizer(call)));
        if (exchange.invoked()) {
            document.set("event", payload(exchange.lambdaEvent()));
            result(exchange).ifPresent(result -> document.set("result", payload(result)));
            exchange.functionError().ifPresent(error -> document.put("functionError", error));
        }
        ObjectNode response = document.putObject("response");
        response.put("status", exchange.response().status());
        putHeaders(response, exchange.response().headers());
        putBody(response, exchange.response().body());
        return document;
    }

    private static ObjectNode authorizer(AuthorizerCall call) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("name", call.authorizerName());
        node.put("decision", call.decision().name());
        node.put("fromCache", call.fromCache());
        if (call.invoked()) {
            node.set("event", payload(call.event()));
        }
        try {
            node.set("result", payload(call.result()));
        } catch (IllegalStateException e) {
            // Neither a fresh nor a cached answer: API Gateway decided before asking the function.
        }
        return node;
    }

    private static Optional<LambdaPayload> result(Exchange exchange) {
        try {
            return Optional.of(exchange.lambdaResult());
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A payload as the JSON it is, or as text when it is not JSON (a custom integration's rendered template). */
    private static JsonNode payload(LambdaPayload payload) {
        String raw = payload.raw();
        return Json.tryRead(raw).orElseGet(() -> TextNode.valueOf(raw));
    }

    /** Headers as an object in the order names first appear: one value as a string, repeated ones as an array. */
    private static void putHeaders(ObjectNode parent, Headers headers) {
        if (headers.isEmpty()) {
            return;
        }
        Map<String, ArrayNode> byName = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (Headers.Header header : headers.entries()) {
            String key = header.name().toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(key, header.name());
            byName.computeIfAbsent(key, k -> Json.mapper().createArrayNode()).add(header.value());
        }
        ObjectNode node = parent.putObject("headers");
        byName.forEach((key, values) -> node.set(spelling.get(key), values.size() == 1 ? values.get(0) : values));
    }

    /** A body as JSON when it is a JSON object or array, as text when it is UTF-8, else as base64. */
    private static void putBody(ObjectNode parent, byte[] body) {
        if (body.length == 0) {
            return;
        }
        Optional<String> text = utf8(body);
        if (text.isEmpty()) {
            parent.put("bodyBase64", Base64.getEncoder().encodeToString(body));
            return;
        }
        Optional<JsonNode> json = Json.tryRead(text.get()).filter(JsonNode::isContainerNode);
        parent.set("body", json.orElseGet(() -> TextNode.valueOf(text.get())));
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

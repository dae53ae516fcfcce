package io.apigwsim.internal.table;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.http.Headers;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.loader.node.DefinitionReader;
import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.NodeJson;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a YAML (or JSON) request table: a list of entries, each with a {@code request} and an optional
 * {@code expect}.
 *
 * <pre>
 * - name: finds a pet
 *   request:
 *     method: GET
 *     target: /pets/42
 *     headers: {Accept: application/json}
 *   expect:
 *     status: 200
 *     headers: {Content-Type: application/json}
 *     bodyFields: {$.name: Rex}
 *     eventFields: {$.pathParameters.id: "42"}
 * </pre>
 */
final class YamlTable {

    private static final List<String> ENTRY_FIELDS = List.of("name", "request", "expect");
    private static final List<String> REQUEST_FIELDS = List.of("method", "target", "headers", "body", "json");
    private static final List<String> EXPECT_FIELDS =
            List.of("invoked", "status", "headers", "body", "json", "bodyFields", "eventFields");

    private YamlTable() {}

    static List<TableEntry> read(String file, String text) {
        if (text.isBlank()) {
            throw new ApiDefinitionException(
                    file + ": the table is empty; write a list of entries, each with a request");
        }
        Node root = DefinitionReader.read(file, text);
        ListNode entries = root.asList("a request table (the file)");
        if (entries.elements().isEmpty()) {
            throw root.location().error("the table has no entries; write a list of entries, each with a request");
        }
        List<TableEntry> table = new ArrayList<>();
        for (Node element : entries.elements()) {
            table.add(entry(file, element.asMap("an entry of the table")));
        }
        return table;
    }

    private static TableEntry entry(String file, MapNode entry) {
        entry.checkFields("an entry of the table", ENTRY_FIELDS);
        MapNode request = entry.require("request", "the entry").asMap("request");
        request.checkFields("request", REQUEST_FIELDS);
        String method = method(request.require("method", "request"));
        String target = target(request.require("target", "request"));
        Headers headers = requestHeaders(request.get("headers"));
        if (request.has("body") && request.has("json")) {
            throw request.location().error("request has both body and json; give the body once");
        }
        Optional<String> body = request.get("body")
                .map(node -> node.asText("request.body"))
                .or(() -> request.get("json").map(node -> Json.text(plain(node))));
        Optional<String> name = entry.get("name").map(node -> node.asText("name"));
        List<Expectation> expectations = entry.get("expect")
                .map(node -> expectations(node.asMap("expect")))
                .orElse(List.of());
        return new TableEntry(
                name.orElse(method + " " + target),
                file,
                entry.location().line(),
                method,
                target,
                headers,
                body,
                expectations);
    }

    private static String method(Node node) {
        String method = node.asText("request.method");
        if (method.isEmpty() || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw node.location()
                    .error("request.method must be an upper-case HTTP method such as GET, not \"" + method + "\"");
        }
        return method;
    }

    private static String target(Node node) {
        String target = node.asText("request.target");
        if (!target.startsWith("/")) {
            throw node.location()
                    .error("request.target is the path after the stage and must start with \"/\", for example"
                            + " \"/pets/42?limit=10\", not \"" + target + "\"");
        }
        return target;
    }

    private static Headers requestHeaders(Optional<Node> node) {
        Headers.Builder headers = Headers.builder();
        if (node.isEmpty()) {
            return headers.build();
        }
        for (Map.Entry<String, Node> header :
                node.get().asMap("request.headers").fields().entrySet()) {
            String what = "request.headers." + header.getKey();
            if (header.getValue() instanceof ListNode values) {
                values.texts(what).forEach(value -> headers.add(header.getKey(), value));
            } else {
                headers.add(header.getKey(), header.getValue().asText(what));
            }
        }
        return headers.build();
    }

    private static List<Expectation> expectations(MapNode expect) {
        expect.checkFields("expect", EXPECT_FIELDS);
        List<Expectation> expectations = new ArrayList<>();
        // Checked in this order: the first that fails is the one the test reports.
        expect.get("invoked")
                .ifPresent(node -> expectations.add(new Expectation.Invoked(
                        line(node),
                        "expect.invoked",
                        scalar(node, "expect.invoked").asBoolean("expect.invoked"))));
        expect.get("status")
                .ifPresent(node -> expectations.add(new Expectation.Status(line(node), "expect.status", (int)
                        scalar(node, "expect.status").asInteger("expect.status", 100, 599))));
        expect.get("headers").ifPresent(node -> expectations.addAll(responseHeaders(node.asMap("expect.headers"))));
        if (expect.has("body") && expect.has("json")) {
            throw expect.location().error("expect has both body and json; keep one (json compares as JSON)");
        }
        expect.get("body")
                .ifPresent(node ->
                        expectations.add(new Expectation.Body(line(node), "expect.body", node.asText("expect.body"))));
        expect.get("json")
                .ifPresent(node ->
                        expectations.add(new Expectation.JsonBody(line(node), "expect.json", Json.text(plain(node)))));
        expect.get("bodyFields").ifPresent(node -> expectations.addAll(fields(node, "expect.bodyFields", false)));
        expect.get("eventFields").ifPresent(node -> expectations.addAll(fields(node, "expect.eventFields", true)));
        return expectations;
    }

    private static List<Expectation> responseHeaders(MapNode headers) {
        List<Expectation> expectations = new ArrayList<>();
        for (Map.Entry<String, Node> header : headers.fields().entrySet()) {
            String label = "expect.headers." + header.getKey();
            Node value = header.getValue();
            if (value instanceof ListNode list) {
                if (list.elements().isEmpty()) {
                    throw value.location()
                            .error(label + " is an empty list; write null to expect the header to be absent");
                }
                expectations.add(new Expectation.Header(line(value), label, header.getKey(), list.texts(label), true));
            } else if (value instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.NULL) {
                expectations.add(new Expectation.Header(line(value), label, header.getKey(), List.of(), false));
            } else {
                expectations.add(new Expectation.Header(
                        line(value), label, header.getKey(), List.of(value.asText(label)), false));
            }
        }
        return expectations;
    }

    private static List<Expectation> fields(Node node, String what, boolean inEvent) {
        List<Expectation> expectations = new ArrayList<>();
        for (Map.Entry<String, Node> field : node.asMap(what).fields().entrySet()) {
            Node value = field.getValue();
            String label = what + "[\"" + field.getKey() + "\"]";
            String dottedPath = JsonKeyPath.dotted(field.getKey())
                    .orElseThrow(() -> value.location().error(JsonKeyPath.problem(what, field.getKey())));
            expectations.add(
                    new Expectation.Field(line(value), label, inEvent, dottedPath, Optional.ofNullable(plain(value))));
        }
        return expectations;
    }

    private static ScalarNode scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar;
        }
        throw node.location().error(what + " must be a single value, not " + node.kind());
    }

    // A YAML value as the plain Java values JSON comparisons take: Map, List, String, Number, Boolean, null.
    private static Object plain(Node node) {
        return Json.mapper().convertValue(NodeJson.toJson(node), Object.class);
    }

    private static int line(Node node) {
        return node.location().line();
    }
}

package io.apigwsim.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.Replay.Difference;
import io.apigwsim.Replay.Difference.Cause;
import io.apigwsim.Replay.Difference.Kind;
import io.apigwsim.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a captured event with the one the gateway generated for the rebuilt request, path by path, and tells apart
 * what differs on every request and what names another API from what counts
 * (docs/behavior.md#replaying-captured-events).
 */
public final class EventComparison {

    // Values API Gateway makes afresh for every request (docs/behavior.md#rest-request-context,
    // #http-api-payload-20-event, #trace-header).
    private static final List<PathPattern> PER_REQUEST = List.of(
            PathPattern.of("requestContext.requestId"),
            PathPattern.of("requestContext.extendedRequestId"),
            PathPattern.of("requestContext.requestTime"),
            PathPattern.of("requestContext.requestTimeEpoch"),
            PathPattern.of("requestContext.time"),
            PathPattern.of("requestContext.timeEpoch"),
            PathPattern.of("requestContext.authorizer.integrationLatency"),
            PathPattern.of("headers.X-Amzn-Trace-Id"),
            PathPattern.of("multiValueHeaders.X-Amzn-Trace-Id"));

    // Ids of the deployment and the resource: another API has others.
    private static final List<PathPattern> IDENTITY =
            List.of(PathPattern.of("requestContext.deploymentId"), PathPattern.of("requestContext.resourceId"));

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$-]+");
    private static final Pattern REGION = Pattern.compile("\\.execute-api\\.([a-z0-9-]+)\\.amazonaws\\.com");

    private final Identity captured;
    private final Identity generated;
    private final List<Difference> differences = new ArrayList<>();

    private EventComparison(JsonNode capturedEvent, JsonNode generatedEvent) {
        this.captured = Identity.of(capturedEvent);
        this.generated = Identity.of(generatedEvent);
    }

    /**
     * Compare two events.
     *
     * @param capturedEvent the captured event
     * @param generatedEvent the event the gateway generated
     * @return every path that differs, in the captured event's key order, then the generated event's extra keys
     */
    public static List<Difference> compare(JsonNode capturedEvent, JsonNode generatedEvent) {
        EventComparison comparison = new EventComparison(capturedEvent, generatedEvent);
        comparison.compare("", capturedEvent, generatedEvent);
        return List.copyOf(comparison.differences);
    }

    /** Read the generated event's JSON text. */
    public static JsonNode tree(String json) {
        return Json.tryRead(json).orElseGet(() -> Json.mapper().getNodeFactory().textNode(json));
    }

    private void compare(String path, JsonNode capturedValue, JsonNode generatedValue) {
        if (capturedValue.isObject() && generatedValue.isObject()) {
            for (Map.Entry<String, JsonNode> field : capturedValue.properties()) {
                String childPath = child(path, field.getKey());
                JsonNode other = generatedValue.get(field.getKey());
                if (other == null) {
                    add(childPath, Kind.MISSING, field.getValue(), null);
                } else {
                    compare(childPath, field.getValue(), other);
                }
            }
            Iterator<String> names = generatedValue.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!capturedValue.has(name)) {
                    add(child(path, name), Kind.EXTRA, null, generatedValue.get(name));
                }
            }
        } else if (capturedValue.isArray() && generatedValue.isArray()) {
            int common = Math.min(capturedValue.size(), generatedValue.size());
            for (int i = 0; i < common; i++) {
                compare(path + "[" + i + "]", capturedValue.get(i), generatedValue.get(i));
            }
            for (int i = common; i < capturedValue.size(); i++) {
                add(path + "[" + i + "]", Kind.MISSING, capturedValue.get(i), null);
            }
            for (int i = common; i < generatedValue.size(); i++) {
                add(path + "[" + i + "]", Kind.EXTRA, null, generatedValue.get(i));
            }
        } else if (!capturedValue.equals(generatedValue)) {
            add(path, Kind.CHANGED, capturedValue, generatedValue);
        }
    }

    private void add(String path, Kind kind, JsonNode capturedValue, JsonNode generatedValue) {
        Cause cause = Cause.MISMATCH;
        if (kind == Kind.CHANGED) {
            if (PathPattern.any(PER_REQUEST, path)) {
                cause = Cause.PER_REQUEST;
            } else if (PathPattern.any(IDENTITY, path)
                    || capturedValue.isTextual()
                            && generatedValue.isTextual()
                            && captured.normalize(capturedValue.asText())
                                    .equals(generated.normalize(generatedValue.asText()))) {
                cause = Cause.IDENTITY;
            }
        }
        differences.add(new Difference(path, kind, text(capturedValue), text(generatedValue), cause));
    }

    private static Optional<String> text(JsonNode value) {
        return value == null ? Optional.empty() : Optional.of(new String(Json.write(value), StandardCharsets.UTF_8));
    }

    private static String child(String path, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return path.isEmpty() ? key : path + "." + key;
        }
        return path + "[" + Json.text(key) + "]";
    }

    /** The values that name an API: they are replaced by placeholders before two strings are compared. */
    private record Identity(Map<String, String> tokens, String stage) {

        static Identity of(JsonNode event) {
            JsonNode context = event.path("requestContext");
            Map<String, String> tokens = new LinkedHashMap<>();
            String domain = context.path("domainName").asText("");
            String host = domain.isEmpty() ? host(event) : domain;
            put(tokens, context.path("apiId").asText(""), "<apiId>");
            put(tokens, context.path("domainPrefix").asText(""), "<apiId>");
            Matcher region = REGION.matcher(host);
            if (region.find()) {
                put(tokens, "." + region.group(1) + ".", ".<region>.");
            }
            put(tokens, context.path("accountId").asText(""), "<accountId>");
            // Last, so that an execute-api host becomes the same text on both sides and a custom domain does not.
            put(tokens, domain, "<domainName>");
            return new Identity(tokens, context.path("stage").asText("$default"));
        }

        private static String host(JsonNode event) {
            for (Map.Entry<String, JsonNode> header : event.path("headers").properties()) {
                if (header.getKey().equalsIgnoreCase("host")) {
                    return header.getValue().asText("");
                }
            }
            return "";
        }

        private static void put(Map<String, String> tokens, String value, String placeholder) {
            if (value.length() >= 2 && !tokens.containsKey(value)) {
                tokens.put(value, placeholder);
            }
        }

        String normalize(String value) {
            if (value.equals(stage)) {
                return "<stage>";
            }
            String result = value;
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                result = result.replace(token.getKey(), token.getValue());
            }
            if (!stage.equals("$default")) {
                // The stage's path segment, as in requestContext.path, rawPath and ARNs.
                result = result.replace("/" + stage + "/", "/");
                if (result.equals("/" + stage)) {
                    result = "/";
                }
            }
            return result;
        }
    }
}

package io.apigwsim.internal.integration.proxy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.internal.request.QueryString;
import io.apigwsim.internal.request.RequestContext;
import io.apigwsim.internal.request.RestEventHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes the REST API Lambda proxy event, payload format 1.0, key by key as AWS sends it
 * (docs/behavior.md#rest-proxy-event-payload-10): {@code null} where AWS sends {@code null}, and exactly the
 * sixteen {@code requestContext} keys of a method without authorizer or API key.
 */
public final class RestProxyEventWriter {

    private RestProxyEventWriter() {}

    public static byte[] write(ProxyRequest request) {
        RequestContext context = request.context();
        List<Header> headers = eventHeaders(request);
        return EventJson.object(request.body().length, json -> {
            json.writeStringField("resource", context.resourcePath());
            json.writeStringField("path", request.path());
            json.writeStringField("httpMethod", context.httpMethod());
            // headers: the last value per name; multiValueHeaders: every value in order
            // (docs/behavior.md#rest-event-headers).
            EventJson.writeHeaders(json, EventJson.group(headers));
            // The single-value map keeps the last value (docs/behavior.md#rest-query-strings).
            EventJson.writeQuery(json, QueryString.parse(request.rawQuery()), false);
            EventJson.writeMapOrNull(json, "pathParameters", request.pathParameters());
            EventJson.writeMapOrNull(json, "stageVariables", request.stageVariables());
            writeRequestContext(json, context);
            writeBody(json, request);
        });
    }

    /**
     * Write the event of a {@code REQUEST} Lambda authorizer (docs/behavior.md#rest-request-authorizer-event): the
     * proxy event's request keys after {@code type} and {@code methodArn}, without a body, with empty objects where
     * the proxy event has {@code null}.
     */
    public static byte[] writeRequestAuthorizerEvent(ProxyRequest request, String methodArn) {
        RequestContext context = request.context();
        List<Header> headers = eventHeaders(request);
        return EventJson.object(0, json -> {
            json.writeStringField("type", "REQUEST");
            json.writeStringField("methodArn", methodArn);
            json.writeStringField("resource", context.resourcePath());
            json.writeStringField("path", request.path());
            json.writeStringField("httpMethod", context.httpMethod());
            EventJson.writeHeaders(json, EventJson.group(headers));
            EventJson.writeQueryOrEmpty(json, QueryString.parse(request.rawQuery()), false);
            EventJson.writeMap(json, "pathParameters", request.pathParameters());
            EventJson.writeMap(json, "stageVariables", request.stageVariables());
            writeRequestContext(json, context);
        });
    }

    // The headers the function sees: the client's, with those API Gateway adds and drops
    // (docs/behavior.md#rest-event-headers).
    private static List<Header> eventHeaders(ProxyRequest request) {
        RequestContext context = request.context();
        return RestEventHeaders.forEvent(
                request.clientHeaders(), context.domainName(), request.traceHeader(), request.connectingIp());
    }

    private static void writeRequestContext(JsonGenerator json, RequestContext context) throws IOException {
        json.writeObjectFieldStart("requestContext");
        for (String key : RequestContext.REST_KEYS) {
            Object value = context.restValue(key);
            if (key.equals("resourceId") && context.authorizer() != null) {
                // The authorizer's output follows resourceId (docs/behavior.md#rest-authorizer-output-in-events).
                json.writeStringField(key, (String) value);
                writeAuthorizer(json, context.authorizer());
                continue;
            }
            if (value instanceof RequestContext.Identity identity) {
                writeIdentity(json, identity);
            } else if (value instanceof Long number) {
                json.writeNumberField(key, number);
            } else {
                json.writeStringField(key, (String) value);
            }
        }
        json.writeEndObject();
    }

    private static void writeAuthorizer(JsonGenerator json, Map<String, Object> authorizer) throws IOException {
        json.writeFieldName("authorizer");
        EventJson.writeValue(json, authorizer);
    }

    // Twelve keys (fourteen with an API key), all null but sourceIp and userAgent, without IAM or Cognito auth
    // (docs/behavior.md#rest-identity).
    private static void writeIdentity(JsonGenerator json, RequestContext.Identity identity) throws IOException {
        json.writeObjectFieldStart("identity");
        for (Map.Entry<String, String> field : identity.restFields().entrySet()) {
            json.writeStringField(field.getKey(), field.getValue());
        }
        json.writeEndObject();
    }

    // No body gives null; a body whose Content-Type matches a binary media type goes base64
    // (docs/behavior.md#rest-binary-request-bodies).
    private static void writeBody(JsonGenerator json, ProxyRequest request) throws IOException {
        byte[] body = request.body();
        if (body.length == 0) {
            json.writeNullField("body");
        } else if (request.binaryBody()) {
            json.writeStringField("body", Base64.getEncoder().encodeToString(body));
        } else {
            json.writeStringField("body", new String(body, StandardCharsets.UTF_8));
        }
        json.writeBooleanField("isBase64Encoded", request.binaryBody() && body.length > 0);
    }
}

package io.apigwsim.internal.integration.proxy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.request.QueryString;
import io.apigwsim.internal.request.RequestContext;
import io.apigwsim.internal.request.RestEventHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the REST API Lambda proxy event, payload format 1.0, key by key as AWS sends it
 * (proxy-integration sheet, 2.1 to 2.8): {@code null} where AWS sends {@code null}, and exactly the
 * sixteen {@code requestContext} keys of a method without authorizer or API key.
 */
public final class RestProxyEventWriter {

    private RestProxyEventWriter() {}

    public static byte[] write(ProxyRequest request) {
        RequestContext context = request.context();
        List<Header> headers = RestEventHeaders.forEvent(
                request.clientHeaders(),
                context.domainName(),
                request.traceHeader(),
                context.identity().sourceIp());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + request.body().length * 4 / 3);
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("resource", context.resourcePath());
            json.writeStringField("path", request.path());
            json.writeStringField("httpMethod", context.httpMethod());
            writeHeaders(json, headers);
            writeQuery(json, QueryString.parse(request.rawQuery()));
            EventJson.writeMapOrNull(json, "pathParameters", request.pathParameters());
            EventJson.writeMapOrNull(json, "stageVariables", request.stageVariables());
            writeRequestContext(json, context);
            writeBody(json, request);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // headers: the last value per name; multiValueHeaders: every value in order (recorded, VOKER).
    private static void writeHeaders(JsonGenerator json, List<Header> headers) throws IOException {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (Header header : headers) {
            grouped.computeIfAbsent(header.name(), name -> new ArrayList<>(1)).add(header.value());
        }
        json.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> entry : grouped.entrySet()) {
            List<String> values = entry.getValue();
            json.writeStringField(entry.getKey(), values.get(values.size() - 1));
        }
        json.writeEndObject();
        EventJson.writeMultiValueMap(json, "multiValueHeaders", grouped);
    }

    // No query string gives null in both maps; the single-value map keeps the last value (recorded).
    private static void writeQuery(JsonGenerator json, Map<String, List<String>> query) throws IOException {
        if (query.isEmpty()) {
            json.writeNullField("queryStringParameters");
            json.writeNullField("multiValueQueryStringParameters");
            return;
        }
        json.writeObjectFieldStart("queryStringParameters");
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            List<String> values = entry.getValue();
            json.writeStringField(entry.getKey(), values.get(values.size() - 1));
        }
        json.writeEndObject();
        EventJson.writeMultiValueMap(json, "multiValueQueryStringParameters", query);
    }

    private static void writeRequestContext(JsonGenerator json, RequestContext context) throws IOException {
        json.writeObjectFieldStart("requestContext");
        json.writeStringField("resourceId", context.resourceId());
        json.writeStringField("resourcePath", context.resourcePath());
        json.writeStringField("httpMethod", context.httpMethod());
        json.writeStringField("extendedRequestId", context.extendedRequestId());
        json.writeStringField("requestTime", context.requestTime());
        json.writeStringField("path", context.path());
        json.writeStringField("accountId", context.accountId());
        json.writeStringField("protocol", RequestContext.PROTOCOL);
        json.writeStringField("stage", context.stage());
        json.writeStringField("domainPrefix", context.domainPrefix());
        json.writeNumberField("requestTimeEpoch", context.requestTimeEpoch());
        json.writeStringField("requestId", context.requestId());
        writeIdentity(json, context.identity());
        json.writeStringField("domainName", context.domainName());
        json.writeStringField("deploymentId", context.deploymentId());
        json.writeStringField("apiId", context.apiId());
        json.writeEndObject();
    }

    // Exactly twelve keys, all null but sourceIp and userAgent, without IAM or Cognito auth
    // (docs/behavior.md#rest-request-context-identity).
    private static void writeIdentity(JsonGenerator json, RequestContext.Identity identity) throws IOException {
        json.writeObjectFieldStart("identity");
        json.writeNullField("cognitoIdentityPoolId");
        json.writeNullField("accountId");
        json.writeNullField("cognitoIdentityId");
        json.writeNullField("caller");
        json.writeStringField("sourceIp", identity.sourceIp());
        json.writeNullField("principalOrgId");
        json.writeNullField("accessKey");
        json.writeNullField("cognitoAuthenticationType");
        json.writeNullField("cognitoAuthenticationProvider");
        json.writeNullField("userArn");
        json.writeStringField("userAgent", identity.userAgent());
        json.writeNullField("user");
        json.writeEndObject();
    }

    // No body gives null; a body whose Content-Type matches a binary media type goes base64 (sheet 2.8).
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

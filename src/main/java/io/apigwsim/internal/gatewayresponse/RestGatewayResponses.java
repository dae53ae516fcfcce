package io.apigwsim.internal.gatewayresponse;

import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** A REST API's gateway responses (docs/behavior.md#rest-gateway-errors). */
final class RestGatewayResponses implements GatewayResponses {

    static final RestGatewayResponses DEFAULTS = new RestGatewayResponses();

    private final Map<GatewayResponseType, Entry> entries = new EnumMap<>(GatewayResponseType.class);

    private RestGatewayResponses() {
        // No space after the colon, as recorded (docs/behavior.md#rest-no-matching-route).
        entries.put(
                GatewayResponseType.MISSING_AUTHENTICATION_TOKEN,
                new Entry(
                        403, "{\"message\":\"Missing Authentication Token\"}", "MissingAuthenticationTokenException"));
        // 36 bytes, a space after the colon, as recorded.
        entries.put(
                GatewayResponseType.INTEGRATION_FAILURE,
                new Entry(502, "{\"message\": \"Internal server error\"}", "InternalServerErrorException"));
        entries.put(
                GatewayResponseType.INTEGRATION_TIMEOUT,
                new Entry(504, "{\"message\": \"Endpoint request timed out\"}", "InternalServerErrorException"));
        entries.put(
                GatewayResponseType.API_CONFIGURATION_ERROR,
                new Entry(500, "{\"message\": \"Internal server error\"}", "InternalServerErrorException"));
        // Status and message documented; spacing and error type inferred (docs/behavior.md#passthrough-behaviors).
        entries.put(
                GatewayResponseType.UNSUPPORTED_MEDIA_TYPE,
                new Entry(415, "{\"message\":\"Unsupported Media Type\"}", "BadRequestException"));
        entries.put(
                GatewayResponseType.REQUEST_TOO_LARGE,
                new Entry(413, "{\"message\": \"Request Too Long\"}", "BadRequestException"));
    }

    @Override
    public HttpResponse render(GatewayResponseType type, Stamp stamp) {
        if (type == GatewayResponseType.BODY_TOO_LARGE) {
            return bodyTooLarge(stamp.httpDate());
        }
        Entry entry = entries.get(type);
        if (entry == null) {
            throw new IllegalArgumentException("A REST API has no gateway response for " + type);
        }
        byte[] body = entry.body().getBytes(StandardCharsets.UTF_8);
        Headers headers = Headers.builder()
                .add("Date", stamp.httpDate())
                .add("Content-Type", "application/json")
                .add("Content-Length", Integer.toString(body.length))
                .add("Connection", "keep-alive")
                .add("x-amzn-RequestId", stamp.requestId())
                .add("x-amzn-ErrorType", entry.errorType())
                .add("x-amz-apigw-id", stamp.extendedRequestId())
                .build();
        return new HttpResponse(entry.status(), headers, body);
    }

    // A plain-text 413 that cannot be customized and carries no x-amzn-RequestId (docs/behavior.md#limits).
    private static HttpResponse bodyTooLarge(String httpDate) {
        byte[] body = ("HTTP content length exceeded " + MAX_REQUEST_PAYLOAD_BYTES + " bytes.")
                .getBytes(StandardCharsets.UTF_8);
        Headers headers = Headers.builder()
                .add("Date", httpDate)
                .add("Content-Type", "text; charset=utf-8")
                .add("Content-Length", Integer.toString(body.length))
                .add("Connection", "keep-alive")
                .build();
        return new HttpResponse(413, headers, body);
    }

    private record Entry(int status, String body, String errorType) {}
}

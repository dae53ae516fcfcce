package io.apigwsim.behavior;

import static io.apigwsim.behavior.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.Integration;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The handler shapes the Java runtime can call, each behind a REST route (docs/behavior.md#lambda-context-object,
 * #java-handlers-and-serialization).
 */
class HandlerTypeTests {

    // Only its generic type is used: the declared type of a Mockito mock, as a @Mock field would carry it.
    @SuppressWarnings("unused")
    private static RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> typedHandlerField;

    private static Type typedHandlerType() throws NoSuchFieldException {
        return HandlerTypeTests.class.getDeclaredField("typedHandlerField").getGenericType();
    }

    static final class EventClassHandler
            implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

        @Override
        public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(201)
                    .withHeaders(Map.of("Content-Type", "text/plain"))
                    .withMultiValueHeaders(Map.of("x-tag", List.of("a", "b")))
                    .withBody("pet " + event.getPathParameters().get("id"));
        }
    }

    static final class MapHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            @SuppressWarnings("unchecked")
            Map<String, Object> pathParameters = (Map<String, Object>) event.get("pathParameters");
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("statusCode", 202);
            response.put("body", "map " + pathParameters.get("id") + " " + event.get("httpMethod"));
            return response;
        }
    }

    /** A user class with fields for some of the event's keys; the others are ignored. */
    public static final class PetRequest {

        private String path;
        private Map<String, String> pathParameters;

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public Map<String, String> getPathParameters() {
            return pathParameters;
        }

        public void setPathParameters(Map<String, String> pathParameters) {
            this.pathParameters = pathParameters;
        }
    }

    /**
     * A user class shaped like a proxy response; null fields are left out of the JSON
     * (docs/behavior.md#java-handlers-and-serialization, NON_NULL).
     */
    public static final class PetResponse {

        private final int statusCode;
        private final String body;
        private final Map<String, String> headers;

        PetResponse(int statusCode, String body) {
            this.statusCode = statusCode;
            this.body = body;
            this.headers = null;
        }

        public int getStatusCode() {
            return statusCode;
        }

        public String getBody() {
            return body;
        }

        public Map<String, String> getHeaders() {
            return headers;
        }
    }

    static final class PojoHandler implements RequestHandler<PetRequest, PetResponse> {

        @Override
        public PetResponse handleRequest(PetRequest event, Context context) {
            return new PetResponse(203, "pojo " + event.getPathParameters().get("id") + " at " + event.getPath());
        }
    }

    static final class VoidHandler implements RequestHandler<Map<String, Object>, Void> {

        @Override
        public Void handleRequest(Map<String, Object> event, Context context) {
            return null;
        }
    }

    // RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>: the event reads into the event
    // class and the response class's status, headers, multiValueHeaders and body reach the client
    // (docs/behavior.md#java-handlers-and-serialization).
    @Test
    void event_class_handler_gets_the_event_and_its_response_is_served() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("GET /events/{id}", new EventClassHandler())
                .build()) {
            Exchange exchange = gateway.get("/events/42").send();

            assertThat(exchange)
                    .response()
                    .hasStatus(201)
                    .hasBody("pet 42")
                    .hasHeaderValues("Content-Type", "text/plain")
                    .hasHeaderValues("x-tag", "a", "b");
        }
    }

    // Null fields of APIGatewayProxyResponseEvent are left out of the result (NON_NULL), so isBase64Encoded
    // unset is not sent (docs/behavior.md#java-handlers-and-serialization).
    @Test
    void event_class_response_leaves_out_null_fields() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("GET /events/{id}", new EventClassHandler())
                .build()) {
            Exchange exchange = gateway.get("/events/42").send();

            assertThat(json(exchange.lambdaResult().raw()).has("isBase64Encoded"))
                    .isFalse();
        }
    }

    // Map<String, Object> in and out (docs/behavior.md#java-handlers-and-serialization).
    @Test
    void map_handler_gets_the_event_as_a_map_and_its_map_is_served() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /maps/{id}", new MapHandler()).build()) {
            Exchange exchange = gateway.get("/maps/7").send();

            assertThat(exchange).response().hasStatus(202).hasBody("map 7 GET");
        }
    }

    // A user class in and out: unknown event keys are ignored, null output fields omitted
    // (docs/behavior.md#java-handlers-and-serialization).
    @Test
    void pojo_handler_gets_its_fields_and_its_result_is_served() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /pojos/{id}", new PojoHandler()).build()) {
            Exchange exchange = gateway.get("/pojos/9").send();

            assertThat(exchange).response().hasStatus(203).hasBody("pojo 9 at /pojos/9");
            assertThat(exchange).lambdaResult().isEqualToJson("{\"statusCode\":203,\"body\":\"pojo 9 at /pojos/9\"}");
        }
    }

    // A RequestStreamHandler gets the event bytes exactly as API Gateway sent them
    // (docs/behavior.md#java-handlers-and-serialization).
    @Test
    void stream_handler_gets_the_exact_event_bytes() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /stream", new EchoHandler()).build()) {
            Exchange exchange = gateway.get("/stream").send();

            assertThat(exchange).response().hasBody(exchange.lambdaEvent().raw());
        }
    }

    // A handler whose output type is Void returns JSON null, which is not a proxy response: 502
    // (docs/behavior.md#rest-proxy-response-object; the Java runtime writes null).
    @Test
    void void_handler_gets_502() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /void", new VoidHandler()).build()) {
            Exchange exchange = gateway.get("/void").send();

            assertThat(exchange.lambdaResult().raw()).isEqualTo("null");
            assertThat(exchange).response().hasStatus(502).hasBody("{\"message\": \"Internal server error\"}");
        }
    }

    // A Mockito mock declared with its generic type is called with the event read into APIGatewayProxyRequestEvent
    // and its stubbed response is served (docs/behavior.md#java-handlers-and-serialization; CONTRIBUTING.md#tests on
    // mocks).
    @Test
    void mocked_handler_is_called_with_the_event_class() throws NoSuchFieldException {
        @SuppressWarnings("unchecked")
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler = mock(RequestHandler.class);
        when(handler.handleRequest(any(), any())).thenReturn(new APIGatewayProxyResponseEvent().withStatusCode(204));
        try (ApiGateway mocked = ApiGateway.builder()
                .route(
                        "DELETE /pets/{id}",
                        Integration.lambdaProxy(handler)
                                .handlerType(typedHandlerType())
                                .build())
                .build()) {

            Exchange exchange = mocked.delete("/pets/5?force=true").send();

            ArgumentCaptor<APIGatewayProxyRequestEvent> event =
                    ArgumentCaptor.forClass(APIGatewayProxyRequestEvent.class);
            verify(handler).handleRequest(event.capture(), any(Context.class));
            assertThat(event.getValue().getHttpMethod()).isEqualTo("DELETE");
            assertThat(event.getValue().getPathParameters()).containsExactly(Map.entry("id", "5"));
            assertThat(event.getValue().getQueryStringParameters()).containsExactly(Map.entry("force", "true"));
            assertThat(exchange).response().hasStatus(204);
        }
    }
}

package io.apigwsim.internal.snapshot;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.EndpointType;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.MethodRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One exchange of each kind a snapshot holds, from gateways that may be seeded and clocked. */
final class Exchanges {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    /** The kinds of exchange, by the event the function receives. */
    enum Kind {
        REST,
        REST_EDGE_OPTIMIZED,
        HTTP_1_0,
        HTTP_2_0,
        CUSTOM,
        MOCK,
        REST_TOKEN_AUTHORIZER,
        REST_REQUEST_AUTHORIZER,
        HTTP_AUTHORIZER
    }

    private Exchanges() {}

    /** Send GET /pets/42 through a gateway of the kind; seeded and clocked when {@code fixed}. */
    static Exchange send(Kind kind, boolean fixed) {
        ApiGateway.Builder builder = ApiGateway.builder();
        if (fixed) {
            builder.seed(7).clock(Clock.fixed(NOW, ZoneOffset.UTC));
        }
        MethodRequest token = MethodRequest.builder().authorizer("auth").build();
        switch (kind) {
            case REST -> builder.route("GET /pets/{id}", new Pets());
            case REST_EDGE_OPTIMIZED -> builder.endpointType(EndpointType.EDGE).route("GET /pets/{id}", new Pets());
            case HTTP_1_0 ->
                builder.httpApi()
                        .route(
                                "GET /pets/{id}",
                                Integration.lambdaProxy(new Pets()).payloadFormatVersion("1.0"));
            case HTTP_2_0 -> builder.httpApi().route("GET /pets/{id}", new Pets());
            case CUSTOM ->
                builder.route(
                        "GET /pets/{id}",
                        Integration.lambdaCustom(new Echo())
                                .requestTemplate(
                                        "application/json",
                                        "{\"id\": \"$input.params('id')\", \"requestId\": \"$context.requestId\","
                                                + " \"time\": \"$context.requestTime\"}"));
            case MOCK ->
                builder.route(
                        "GET /pets/{id}",
                        Integration.mock()
                                .requestTemplate("application/json", "{\"statusCode\": 200}")
                                .responseTemplate("application/json", "{\"id\": \"$input.params('id')\"}"));
            case REST_TOKEN_AUTHORIZER ->
                builder.authorizer(AuthorizerDefinition.token("auth", new Allow()))
                        .route("GET /pets/{id}", new Pets(), token);
            case REST_REQUEST_AUTHORIZER ->
                builder.authorizer(AuthorizerDefinition.request("auth", new Allow())
                                .identitySource("method.request.header.Authorization"))
                        .route("GET /pets/{id}", new Pets(), token);
            case HTTP_AUTHORIZER ->
                builder.httpApi()
                        .authorizer(AuthorizerDefinition.request("auth", new Allow())
                                .payloadFormatVersion("2.0")
                                .enableSimpleResponses(true)
                                .identitySource("$request.header.Authorization"))
                        .route("GET /pets/{id}", new Pets(), token);
        }
        try (ApiGateway gateway = builder.build()) {
            return gateway.get("/pets/42?limit=1")
                    .header("Authorization", "Bearer abc")
                    .header("Accept", "application/json")
                    .send();
        }
    }

    static void each(Consumer<Kind> test) {
        List.of(Kind.values()).forEach(test);
    }

    /** Answers 200 with the pet as JSON. */
    static final class Pets implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("statusCode", 200);
            response.put("headers", Map.of("Content-Type", "application/json"));
            response.put("body", "{\"id\":\"42\",\"name\":\"Rex\"}");
            return response;
        }
    }

    /** Returns its input. */
    static final class Echo implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return event;
        }
    }

    /** Allows every request, as an IAM policy or a simple response. */
    static final class Allow implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            if (event.containsKey("version")) {
                return Map.of("isAuthorized", true);
            }
            return Map.of(
                    "principalId",
                    "user-1",
                    "policyDocument",
                    Map.of(
                            "Version",
                            "2012-10-17",
                            "Statement",
                            List.of(Map.of("Action", "execute-api:Invoke", "Effect", "Allow", "Resource", "*"))));
        }
    }
}

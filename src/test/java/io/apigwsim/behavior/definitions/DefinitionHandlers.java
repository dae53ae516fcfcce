package io.apigwsim.behavior.definitions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/** Handlers that the definition tests bind, and that SAM templates name by class. */
public final class DefinitionHandlers {

    private DefinitionHandlers() {}

    /** Answers 200 with the function name, path and the path parameters it received. */
    public static final class PetsHandler
            implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
        @Override
        public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withBody(context.getFunctionName() + " " + event.getResource() + " " + event.getPathParameters()
                            + " " + context.getMemoryLimitInMB() + "MB");
        }
    }

    /** Answers an HTTP API 2.0 event with its route key. */
    public static final class RouteKeyHandler
            implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
        @Override
        public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200)
                    .withBody(context.getFunctionName() + " " + event.getRouteKey())
                    .build();
        }
    }

    /** A Lambda custom integration's function: returns the input it got, or fails when it holds "fail". */
    public static final class CustomHandler implements RequestHandler<Map<String, Object>, Object> {
        @Override
        public Object handleRequest(Map<String, Object> input, Context context) {
            if (input.containsKey("fail")) {
                throw new IllegalStateException("NotFound: pet " + input.get("fail"));
            }
            return input;
        }
    }

    /** A handler class without a public no-argument constructor, which the runtime cannot instantiate. */
    public static final class NoDefaultConstructor implements RequestHandler<Map<String, Object>, Object> {
        /** @param ignored anything */
        public NoDefaultConstructor(String ignored) {}

        @Override
        public Object handleRequest(Map<String, Object> input, Context context) {
            return input;
        }
    }

    /** A Lambda authorizer that allows the method it is asked about for the token "allow", and denies otherwise. */
    public static final class TokenAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            String effect = "allow".equals(event.get("authorizationToken")) ? "Allow" : "Deny";
            return Map.of(
                    "principalId",
                    "user",
                    "policyDocument",
                    Map.of(
                            "Version",
                            "2012-10-17",
                            "Statement",
                            java.util.List.of(Map.of(
                                    "Action",
                                    "execute-api:Invoke",
                                    "Effect",
                                    effect,
                                    "Resource",
                                    event.get("methodArn")))));
        }
    }
}

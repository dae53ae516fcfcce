package io.apigwsim.behavior.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponse;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.AuthorizerType;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Authorizer;
import io.apigwsim.junit.LambdaFunction;
import io.apigwsim.junit.Route;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Authorizers declared with {@code @Authorizer} and named by {@code @Route(authorizer = ...)}. */
@ApiGatewayTest(stage = "prod")
@ExtendWith(MockitoExtension.class)
@Authorizer(
        name = "bearer",
        handler = AuthorizerAnnotationTests.TypedAuthorizer.class,
        validationExpression = "Bearer .+")
@Authorizer(
        name = "mocked",
        type = AuthorizerType.REQUEST,
        function = "mockAuthorizer",
        identitySource = "method.request.header.X-Key")
@Route(method = "GET", path = "/pets", handler = EchoHandler.class, authorizer = "bearer")
@Route(method = "GET", path = "/admin", handler = EchoHandler.class, authorizer = "mocked")
class AuthorizerAnnotationTests {

    @Mock
    @LambdaFunction("mockAuthorizer")
    RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponse> mockAuthorizer;

    /** An authorizer typed with the aws-lambda-java-events classes, as Java authorizers usually are. */
    static final class TypedAuthorizer implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponse> {

        @Override
        public IamPolicyResponse handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
            return allow("alice", event.getMethodArn());
        }
    }

    static IamPolicyResponse allow(String principal, String resource) {
        return IamPolicyResponse.builder()
                .withPrincipalId(principal)
                .withPolicyDocument(IamPolicyResponse.PolicyDocument.builder()
                        .withVersion(IamPolicyResponse.VERSION_2012_10_17)
                        .withStatement(List.of(IamPolicyResponse.allowStatement(resource)))
                        .build())
                .withContext(Map.of("plan", "gold"))
                .build();
    }

    // The events library's IamPolicyResponse serializes into the policy API Gateway reads; the function sees the
    // principal and context (docs/behavior.md#rest-authorizer-output-in-events).
    @Test
    void typed_authorizer_allows_with_its_iam_policy_response(ApiGateway gateway) {
        Exchange exchange =
                gateway.get("/pets").header("Authorization", "Bearer abc").send();

        assertThat(exchange).response().hasStatus(200);
        assertThat(exchange).lambdaEvent().hasRequestContextField("authorizer.principalId", "alice");
        assertThat(exchange).lambdaEvent().hasRequestContextField("authorizer.plan", "gold");
        assertThat(exchange)
                .authorizerEvent()
                .hasField(
                        "methodArn",
                        exchange.authorizer()
                                .orElseThrow()
                                .event()
                                .as(APIGatewayCustomAuthorizerEvent.class)
                                .getMethodArn());
    }

    // The validation expression declared on the annotation gates the token.
    @Test
    void validation_expression_from_the_annotation_applies(ApiGateway gateway) {
        assertThat(gateway.get("/pets").header("Authorization", "Basic abc").send())
                .response()
                .hasStatus(401);
    }

    // A Mockito mock serves a REQUEST authorizer; the cache means it runs once for two requests with the same key,
    // which the test verifies (docs/behavior.md#rest-authorizer-caching).
    @Test
    void mocked_authorizer_runs_once_for_two_requests_with_the_same_identity(ApiGateway gateway) {
        when(mockAuthorizer.handleRequest(any(), any())).thenReturn(allow("bob", "*"));

        Exchange first = gateway.get("/admin").header("X-Key", "k1").send();
        Exchange second = gateway.get("/admin").header("X-Key", "k1").send();

        assertThat(first).response().hasStatus(200);
        assertThat(second).response().hasStatus(200);
        assertThat(second.authorizer().orElseThrow().fromCache()).isTrue();
        verify(mockAuthorizer, times(1)).handleRequest(any(), any());
        assertThat(first).authorizerEvent().hasField("type", "REQUEST").hasHeader("X-Key", "k1");
    }
}

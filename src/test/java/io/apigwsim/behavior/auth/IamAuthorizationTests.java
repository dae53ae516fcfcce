package io.apigwsim.behavior.auth;

import static io.apigwsim.behavior.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.IamPrincipal;
import io.apigwsim.definition.MethodRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code AWS_IAM} methods and signed requests (docs/behavior.md#rest-iam-authorization). */
class IamAuthorizationTests {

    private static final String ALICE_KEY = "AKIAIOSFODNN7EXAMPLE";

    private final ApiGateway gateway = ApiGateway.builder()
            .clock(Clock.fixed(Instant.parse("2026-12-02T10:15:30Z"), ZoneOffset.UTC))
            .iamPrincipal(IamPrincipal.user(ALICE_KEY, "arn:aws:iam::210987654321:user/alice", "AIDAEXAMPLEALICE"))
            .route(
                    "GET /reports",
                    new EchoHandler(),
                    MethodRequest.builder().iamAuthorization().build())
            .route("GET /open", new EchoHandler())
            .build();

    // A signed request of a declared principal passes; identity carries accountId, caller, accessKey, user and
    // userArn as AWS fills them (docs/behavior.md#rest-iam-authorization, #rest-identity).
    @Test
    void signed_request_fills_the_identity() {
        Exchange exchange = gateway.get("/reports").signedBy(ALICE_KEY).send();

        assertThat(exchange).response().hasStatus(200);
        JsonNode identity = json(exchange.lambdaEvent().raw()).at("/requestContext/identity");
        assertThat(identity.get("accountId").asText()).isEqualTo("210987654321");
        assertThat(identity.get("caller").asText()).isEqualTo("AIDAEXAMPLEALICE");
        assertThat(identity.get("user").asText()).isEqualTo("AIDAEXAMPLEALICE");
        assertThat(identity.get("accessKey").asText()).isEqualTo(ALICE_KEY);
        assertThat(identity.get("userArn").asText()).isEqualTo("arn:aws:iam::210987654321:user/alice");
        assertThat(identity.get("cognitoIdentityId").isNull()).isTrue();
        assertThat(exchange.request().headers().first("Authorization").orElseThrow())
                .startsWith(
                        "AWS4-HMAC-SHA256 Credential=" + ALICE_KEY + "/20261202/us-east-1/execute-api/aws4_request");
        assertThat(exchange.request().headers().first("X-Amz-Date")).contains("20261202T101530Z");
    }

    // An unsigned request gets 403 Missing Authentication Token, the answer of an unknown route
    // (docs/behavior.md#rest-iam-authorization).
    @Test
    void unsigned_request_gets_403_missing_authentication_token() {
        Exchange exchange = gateway.get("/reports").send();

        assertThat(exchange)
                .response()
                .hasStatus(403)
                .hasBody("{\"message\":\"Missing Authentication Token\"}")
                .hasHeaderValues("x-amzn-ErrorType", "MissingAuthenticationTokenException");
        assertThat(exchange).wasNotInvoked();
    }

    // A bearer token is not a signature: API Gateway says why it cannot read it
    // (docs/behavior.md#rest-iam-authorization).
    @Test
    void bearer_token_gets_the_signature_parse_error() {
        Exchange exchange =
                gateway.get("/reports").header("Authorization", "Bearer abc").send();

        assertThat(exchange)
                .response()
                .hasStatus(403)
                .hasBody("{\"message\":\"'abc' not a valid key=value pair (missing equal-sign) in Authorization"
                        + " header: 'Bearer abc'.\"}");
    }

    // An unknown access key is refused (docs/behavior.md#uncertain-iam-authorization).
    @Test
    void unknown_access_key_is_refused() {
        Exchange exchange =
                gateway.get("/reports").signedBy("AKIAUNKNOWNKEY000000").send();

        assertThat(exchange)
                .response()
                .hasStatus(403)
                .hasBody("{\"message\":\"The security token included in the request is invalid.\"}");
    }

    // An unknown route with a header that is no signature gets the parse error instead of Missing Authentication
    // Token (docs/behavior.md#rest-no-matching-route).
    @Test
    void unknown_route_with_a_non_signature_authorization_header_names_the_parse_error() {
        Exchange exchange =
                gateway.get("/nowhere").header("Authorization", "token").send();

        assertThat(exchange)
                .response()
                .hasStatus(403)
                .hasBody("{\"message\":\"Authorization header requires 'Credential' parameter. Authorization header"
                        + " requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
                        + " Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
                        + " Authorization=token\"}");
    }

    // A method has one authorization type.
    @Test
    void iam_and_an_authorizer_on_one_method_fail_at_build() {
        assertThatThrownBy(() -> MethodRequest.builder()
                        .iamAuthorization()
                        .authorizer("bearer")
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("one authorization type");
    }
}

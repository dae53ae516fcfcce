package io.apigwsim.replay;

import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.Replay;
import io.apigwsim.Replay.Difference;
import io.apigwsim.Replay.Difference.Cause;
import io.apigwsim.Replay.Difference.Kind;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

// docs/behavior.md#replaying-captured-events
class ReplayTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ApiGateway restGateway(String stage) {
        return ApiGateway.builder()
                .stage(stage)
                .route("ANY /{proxy+}", new EchoHandler())
                .build();
    }

    private static ApiGateway httpGateway() {
        return ApiGateway.builder()
                .httpApi()
                .route("$default", new EchoHandler())
                .build();
    }

    private static List<String> paths(List<Difference> differences) {
        return differences.stream().map(Difference::path).toList();
    }

    private static List<String> paths(Replay replay, Cause cause) {
        return paths(replay.allDifferences().stream()
                .filter(difference -> difference.cause() == cause)
                .toList());
    }

    @Nested
    class RestCapture {

        // The live capture, replayed on its own stage, differs only where its Go logger wrote "" for null and added
        // keys API Gateway did not send (clientCert, apiKey, operationName, authorizer null) or left out one it did
        // (deploymentId): the path, query, headers, cookie, body and source IP all come out as captured.
        @Test
        void differs_only_where_the_capture_was_logged_through_typed_structs() {
            try (ApiGateway gateway = restGateway("live")) {
                Replay replay = gateway.replay(Captures.read(Captures.VOKER_REST));

                assertThat(paths(replay.mismatches()))
                        .containsExactly(
                                "requestContext.authorizer",
                                "requestContext.identity.accessKey",
                                "requestContext.identity.accountId",
                                "requestContext.identity.apiKey",
                                "requestContext.identity.apiKeyId",
                                "requestContext.identity.caller",
                                "requestContext.identity.cognitoAuthenticationProvider",
                                "requestContext.identity.cognitoAuthenticationType",
                                "requestContext.identity.cognitoIdentityId",
                                "requestContext.identity.cognitoIdentityPoolId",
                                "requestContext.identity.principalOrgId",
                                "requestContext.identity.user",
                                "requestContext.identity.userArn",
                                "requestContext.identity.clientCert",
                                "requestContext.operationName",
                                "requestContext.deploymentId");
                assertThat(replay.mismatches().get(1))
                        .isEqualTo(new Difference(
                                "requestContext.identity.accessKey",
                                Kind.CHANGED,
                                Optional.of("\"\""),
                                Optional.of("null"),
                                Cause.MISMATCH));
                assertThat(replay)
                        .ignoring(
                                "requestContext.identity",
                                "requestContext.authorizer",
                                "requestContext.operationName",
                                "requestContext.deploymentId")
                        .matchesCapturedEvent();
            }
        }

        // The request is rebuilt from what the client sent: not Host, X-Forwarded-* or the trace header, which API
        // Gateway adds; a header sent twice is sent twice; the query is encoded again from the decoded values.
        @Test
        void rebuilds_the_client_request() {
            try (ApiGateway gateway = restGateway("live")) {
                Exchange exchange =
                        gateway.replay(Captures.read(Captures.VOKER_REST)).exchange();

                assertThat(exchange.request().method()).isEqualTo("POST");
                assertThat(exchange.request().target())
                        .isEqualTo("/capture/space%20value?empty=&encodedPlus=a%2Bb&literalPlus=a+b"
                                + "&redirect=https%3A%2F%2Fexample.com%2Fa%2Fb&repeat=one&repeat=two");
                assertThat(exchange.request().headers().names())
                        .containsExactly("User-Agent", "accept", "content-type", "cookie", "x-voker-probe");
                assertThat(exchange.request().headers().all("x-voker-probe")).containsExactly("first", "second");
                assertThat(exchange.request().sourceIp()).isEqualTo("68.8.83.18");
                assertThat(exchange.request().bodyAsText())
                        .isEqualTo("{\"message\":\"hello from the public internet\",\"unicode\":\"lambda-λ\"}");
            }
        }

        // Values that change per request are listed apart; so are those naming the captured API, stage included.
        @Test
        void sets_per_request_values_and_the_captured_apis_identity_apart() {
            try (ApiGateway gateway = restGateway("test")) {
                Replay replay = gateway.replay(Captures.read(Captures.VOKER_REST));

                assertThat(paths(replay, Cause.PER_REQUEST))
                        .containsExactlyInAnyOrder(
                                "headers.X-Amzn-Trace-Id",
                                "multiValueHeaders.X-Amzn-Trace-Id[0]",
                                "requestContext.extendedRequestId",
                                "requestContext.requestId",
                                "requestContext.requestTime",
                                "requestContext.requestTimeEpoch");
                assertThat(paths(replay, Cause.IDENTITY))
                        .containsExactlyInAnyOrder(
                                "headers.Host",
                                "multiValueHeaders.Host[0]",
                                "requestContext.accountId",
                                "requestContext.apiId",
                                "requestContext.domainName",
                                "requestContext.domainPrefix",
                                "requestContext.resourceId",
                                "requestContext.path",
                                "requestContext.stage");
                assertThat(replay.report())
                        .contains("Differ because this gateway is not the captured API")
                        .contains("requestContext.path: captured \"/live/capture/space%20value\", generated"
                                + " \"/test/capture/space%20value\"");
            }
        }
    }

    @Nested
    class HttpApiCapture {

        // The live HTTP API capture: rawPath (decoded in the event, encoded again for the request), rawQueryString,
        // cookies, comma-joined headers, content-length and the body all come out as captured; only the typed
        // logger's null and empty keys differ.
        @Test
        void differs_only_where_the_capture_was_logged_through_typed_structs() {
            try (ApiGateway gateway = httpGateway()) {
                Replay replay = gateway.replay(Captures.read(Captures.VOKER_HTTP));

                assertThat(replay.capturedFormat()).isEqualTo("HTTP API payload 2.0");
                assertThat(replay.exchange().request().target()).startsWith("/capture/space%20value?repeat=one");
                assertThat(paths(replay.mismatches()))
                        .containsExactly(
                                "pathParameters",
                                "stageVariables",
                                "requestContext.authentication",
                                "requestContext.authorizer");
                assertThat(replay.mismatches())
                        .allSatisfy(difference -> assertThat(difference.kind()).isEqualTo(Kind.MISSING));
                assertThat(replay)
                        .ignoring("pathParameters", "stageVariables", "requestContext.authentication")
                        .ignoring("requestContext.authorizer")
                        .matchesCapturedEvent();
            }
        }
    }

    @Nested
    class Mismatches {

        // The SAM CLI's sample event comes from an edge-optimized API: CloudFront's headers, Via, X-Amz-Cf-Id and the
        // two-address X-Forwarded-For are not simulated (docs/behavior.md#not-simulated), and the sample was written by
        // hand (a proxy value with a leading slash, no multiValueHeaders). Each shows, with both values.
        @Test
        void an_edge_optimized_sample_fails_naming_every_path() {
            try (ApiGateway gateway = restGateway("prod")) {
                Replay replay = gateway.replay(Captures.read(Captures.SAM_EDGE_SAMPLE));

                assertThatExceptionOfType(AssertionError.class)
                        .isThrownBy(() -> assertThat(replay).matchesCapturedEvent())
                        .withMessageContaining("Expecting the generated event to match the captured one, but:")
                        .withMessageContaining("Replayed a captured REST API payload 1.0 event as POST"
                                + " /path/to/resource?foo=bar through route ANY /{proxy+}")
                        .withMessageContaining(
                                "pathParameters.proxy: captured \"/path/to/resource\", generated \"path/to/resource\"")
                        .withMessageContaining(
                                "headers.CloudFront-Viewer-Country: captured \"US\", not in the" + " generated event")
                        .withMessageContaining("headers.X-Forwarded-For: captured \"127.0.0.1, 127.0.0.2\", generated"
                                + " \"127.0.0.1\"")
                        .withMessageContaining("multiValueHeaders: generated {");
                assertThat(replay)
                        .hasMismatchAt("headers.X-Amz-Cf-Id")
                        .hasMismatchAt("headers.via")
                        .hasMismatchAt("stageVariables");
                assertThat(replay.exchange().request().headers().names())
                        .doesNotContain("Via", "X-Amz-Cf-Id", "CloudFront-Viewer-Country", "Host");
            }
        }

        // Ignoring the CloudFront headers by pattern moves them to their own heading and leaves the rest.
        @Test
        void ignored_paths_stay_in_the_report_under_their_own_heading() {
            try (ApiGateway gateway = restGateway("prod")) {
                Replay replay = gateway.replay(Captures.read(Captures.SAM_EDGE_SAMPLE))
                        .ignoring("headers.CloudFront-*", "headers.Via", "headers.X-Amz-Cf-Id");

                assertThat(paths(replay, Cause.IGNORED)).hasSize(8).allMatch(path -> path.startsWith("headers."));
                assertThat(replay.report())
                        .contains("Ignored as asked (headers.CloudFront-*, headers.Via, headers.X-Amz-Cf-Id):")
                        .contains("  headers.CloudFront-Is-Mobile-Viewer: captured \"false\", not in the generated"
                                + " event");
                assertThat(replay).hasMismatchAt("pathParameters.proxy");
                assertThatExceptionOfType(AssertionError.class)
                        .isThrownBy(() -> assertThat(replay).hasMismatchAt("headers.CloudFront-Is-Mobile-Viewer"))
                        .withMessageStartingWith("Expecting a difference at headers.CloudFront-Is-Mobile-Viewer");
            }
        }

        // A capture edited by hand (one query value changed): the one path that no longer agrees is reported.
        @Test
        void an_edited_capture_fails_at_the_edited_path() throws Exception {
            ObjectNode capture = (ObjectNode) JSON.readTree(Captures.read(Captures.VOKER_HTTP));
            ((ObjectNode) capture.get("queryStringParameters")).put("repeat", "one");
            try (ApiGateway gateway = httpGateway()) {
                Replay replay = gateway.replay(capture.toString())
                        .ignoring(
                                "pathParameters",
                                "stageVariables",
                                "requestContext.authentication",
                                "requestContext.authorizer");

                assertThat(replay.mismatches())
                        .containsExactly(new Difference(
                                "queryStringParameters.repeat",
                                Kind.CHANGED,
                                Optional.of("\"one\""),
                                Optional.of("\"one,two\""),
                                Cause.MISMATCH));
                assertThatExceptionOfType(AssertionError.class)
                        .isThrownBy(() -> Assertions.assertThat(replay).matchesCapturedEvent())
                        .withMessageContaining("1 difference between the captured event and the generated one")
                        .withMessageContaining("queryStringParameters.repeat: captured \"one\", generated \"one,two\"");
            }
        }

        // A capture whose request matches none of the test's routes never reaches the function: the replay says so
        // and shows API Gateway's answer.
        @Test
        void a_capture_no_route_serves_fails_with_the_gateways_answer() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .stage("live")
                    .route("GET /pets", new EchoHandler())
                    .build()) {
                Replay replay = gateway.replay(Captures.read(Captures.VOKER_REST));

                assertThat(replay.matches()).isFalse();
                assertThat(replay.allDifferences()).isEmpty();
                assertThatExceptionOfType(AssertionError.class)
                        .isThrownBy(() -> assertThat(replay).matchesCapturedEvent())
                        .withMessageContaining("/capture/space%20value?empty=")
                        .withMessageContaining(", which matched no route")
                        .withMessageContaining("The function was not invoked: API Gateway answered 403"
                                + " {\"message\":\"Missing Authentication Token\"}")
                        .withMessageContaining("The exchange:");
            }
        }
    }

    @Nested
    class RoundTrips {

        // An event the simulator generated, replayed on a gateway of another stage, region and account, matches: the
        // stage segment is taken off the path of an HTTP API payload 1.0 and 2.0 event
        // (docs/behavior.md#http-api-stages).
        @Test
        void http_api_events_of_a_named_stage_replay_on_another_gateway() {
            for (String version : List.of("1.0", "2.0")) {
                try (ApiGateway source = ApiGateway.builder()
                                .httpApi()
                                .stage("dev")
                                .route(
                                        "POST /files/{name}",
                                        io.apigwsim.definition.Integration.lambdaProxy(new EchoHandler())
                                                .payloadFormatVersion(version))
                                .build();
                        ApiGateway target = ApiGateway.builder()
                                .httpApi()
                                .stage("prod")
                                .region("eu-west-1")
                                .accountId("210987654321")
                                .route(
                                        "POST /files/{name}",
                                        io.apigwsim.definition.Integration.lambdaProxy(new EchoHandler())
                                                .payloadFormatVersion(version))
                                .build()) {
                    Exchange original = source.post("/files/a%20b?x=1&x=2")
                            .header("Cookie", "a=1; b=2")
                            .header("X-Tenant", "blue")
                            .body("{\"n\":1}")
                            .sourceIp("203.0.113.9")
                            .send();

                    Replay replay = target.replay(original.lambdaEvent().raw());

                    assertThat(replay.exchange().request().target()).startsWith("/files/a%20b?x=");
                    assertThat(replay).as("payload %s", version).matchesCapturedEvent();
                    assertThat(paths(replay, Cause.IDENTITY)).contains("requestContext.stage");
                }
            }
        }

        // A binary body the REST API base64-encoded is decoded again, so the replayed event carries the same bytes.
        @Test
        void a_base64_body_replays_as_the_same_bytes() {
            try (ApiGateway gateway = ApiGateway.builder()
                    .binaryMediaTypes("image/png")
                    .route("PUT /photos/{id}", new EchoHandler())
                    .build()) {
                Exchange original = gateway.put("/photos/7")
                        .header("Content-Type", "image/png")
                        .body(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF})
                        .send();

                Replay replay = gateway.replay(original.lambdaEvent().raw());

                assertThat(replay.exchange().request().body())
                        .isEqualTo(original.request().body());
                assertThat(replay).matchesCapturedEvent();
            }
        }
    }

    @Nested
    class NotAnEvent {

        @Test
        void text_that_is_not_json_is_refused_with_its_position() {
            try (ApiGateway gateway = restGateway("live")) {
                assertThatIllegalArgumentException()
                        .isThrownBy(() -> gateway.replay("{\"httpMethod\": GET}"))
                        .withMessageStartingWith("The captured event is not JSON: ")
                        .withMessageContaining("(line 1, column");
            }
        }

        @Test
        void an_object_without_request_context_is_refused() {
            try (ApiGateway gateway = restGateway("live")) {
                assertThatIllegalArgumentException()
                        .isThrownBy(() -> gateway.replay("{\"Records\": []}"))
                        .withMessageStartingWith("The captured event has no requestContext object, so it is not an"
                                + " API Gateway proxy event");
            }
        }

        @Test
        void a_rest_event_without_http_method_is_refused_naming_it() {
            try (ApiGateway gateway = restGateway("live")) {
                assertThatIllegalArgumentException()
                        .isThrownBy(() -> gateway.replay("{\"path\": \"/a\", \"requestContext\": {}}"))
                        .withMessageStartingWith(
                                "The captured event reads as REST API payload 1.0 but has no" + " httpMethod;");
            }
        }

        @Test
        void a_version_2_event_without_its_http_method_is_refused_naming_it() {
            try (ApiGateway gateway = httpGateway()) {
                assertThatIllegalArgumentException()
                        .isThrownBy(() -> gateway.replay(
                                "{\"version\": \"2.0\", \"rawPath\": \"/\", \"requestContext\": {\"http\": {}}}"))
                        .withMessageStartingWith(
                                "The captured event has version \"2.0\" but no" + " requestContext.http.method");
            }
        }

        // The documentation's HTTP API payload 1.0 sample says isBase64Encoded true over a text body.
        @Test
        void a_body_marked_base64_that_is_not_is_refused() {
            try (ApiGateway gateway = httpGateway()) {
                assertThatIllegalArgumentException()
                        .isThrownBy(() -> gateway.replay("{\"version\": \"1.0\", \"httpMethod\": \"POST\", \"path\":"
                                + " \"/\", \"requestContext\": {}, \"body\": \"Hello from Lambda!\","
                                + " \"isBase64Encoded\": true}"))
                        .withMessageStartingWith(
                                "The captured event has isBase64Encoded true but its body is not" + " base64");
            }
        }
    }
}

package io.apigwsim.behavior;

import static io.apigwsim.behavior.TestJson.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.EndpointType;
import io.apigwsim.definition.Integration;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edge-optimized and regional REST APIs: what CloudFront adds to the request and the response, and which type an API
 * has by default (docs/behavior.md#endpoint-types).
 */
class EndpointTypeTests {

    private static final String[] CLOUDFRONT_REQUEST_HEADERS = {
        "CloudFront-Forwarded-Proto",
        "CloudFront-Is-Desktop-Viewer",
        "CloudFront-Is-Mobile-Viewer",
        "CloudFront-Is-SmartTV-Viewer",
        "CloudFront-Is-Tablet-Viewer",
        "CloudFront-Viewer-ASN",
        "CloudFront-Viewer-Country",
        "Via",
        "X-Amz-Cf-Id"
    };

    private static ApiGateway gateway(EndpointType type) {
        ApiGateway.Builder builder = ApiGateway.builder().route("ANY /pets/{id}", new EchoHandler());
        if (type != null) {
            builder.endpointType(type);
        }
        return builder.build();
    }

    @Test
    void a_declared_api_is_regional_by_default_with_no_cloudfront_headers() {
        try (ApiGateway gateway = gateway(null)) {
            Exchange exchange = gateway.get("/pets/7").sourceIp("198.51.100.23").send();

            assertThat(gateway.definition().endpointType()).isEqualTo(EndpointType.REGIONAL);
            JsonNode headers = event(exchange).get("headers");
            for (String name : CLOUDFRONT_REQUEST_HEADERS) {
                assertThat(headers.has(name)).as(name).isFalse();
            }
            assertThat(headers.get("X-Forwarded-For").asText()).isEqualTo("198.51.100.23");
            assertThat(exchange.response().headers().first("X-Cache")).isEmpty();
            assertThat(exchange.response().headers().first("Via")).isEmpty();
        }
    }

    @Test
    void an_edge_optimized_api_adds_cloudfronts_request_headers() {
        try (ApiGateway gateway = gateway(EndpointType.EDGE)) {
            Exchange exchange = gateway.get("/pets/7").sourceIp("198.51.100.23").send();

            JsonNode event = event(exchange);
            JsonNode headers = event.get("headers");
            assertThat(headers.get("CloudFront-Forwarded-Proto").asText()).isEqualTo("https");
            assertThat(headers.get("CloudFront-Is-Desktop-Viewer").asText()).isEqualTo("true");
            assertThat(headers.get("CloudFront-Is-Mobile-Viewer").asText()).isEqualTo("false");
            assertThat(headers.get("CloudFront-Is-SmartTV-Viewer").asText()).isEqualTo("false");
            assertThat(headers.get("CloudFront-Is-Tablet-Viewer").asText()).isEqualTo("false");
            assertThat(headers.get("CloudFront-Viewer-ASN").asText()).isEqualTo("16509");
            assertThat(headers.get("CloudFront-Viewer-Country").asText()).isEqualTo("US");
            assertThat(headers.get("Via").asText()).matches("1\\.1 [0-9a-f]{32}\\.cloudfront\\.net \\(CloudFront\\)");
            String cloudFrontId = headers.get("X-Amz-Cf-Id").asText();
            assertThat(cloudFrontId).hasSize(56).endsWith("=");
            assertThat(Base64.getUrlDecoder().decode(cloudFrontId)).hasSize(40);
            assertThat(headers.get("X-Forwarded-For").asText())
                    .matches("198\\.51\\.100\\.23, 130\\.176\\.[0-9]{1,3}\\.[0-9]{1,3}");
            assertThat(event.get("requestContext")
                            .get("identity")
                            .get("sourceIp")
                            .asText())
                    .isEqualTo("198.51.100.23");
            for (String name : CLOUDFRONT_REQUEST_HEADERS) {
                assertThat(event.get("multiValueHeaders").get(name).get(0).asText())
                        .as(name)
                        .isEqualTo(headers.get(name).asText());
            }
        }
    }

    @Test
    void an_edge_optimized_api_adds_cloudfronts_response_headers_with_the_requests_id() {
        try (ApiGateway gateway = gateway(EndpointType.EDGE)) {
            Exchange exchange = gateway.get("/pets/7").send();
            Exchange miss = gateway.get("/nowhere").send();

            String cloudFrontId =
                    event(exchange).get("headers").get("X-Amz-Cf-Id").asText();
            assertThat(exchange.response().headers().first("X-Cache")).hasValue("Miss from cloudfront");
            assertThat(exchange.response().headers().first("X-Amz-Cf-Id")).hasValue(cloudFrontId);
            assertThat(exchange.response().headers().first("X-Amz-Cf-Pop")).hasValue("IAD89-C3");
            assertThat(exchange.response().headers().first("Via"))
                    .hasValue(event(exchange).get("headers").get("Via").asText());
            assertThat(miss.response().status()).isEqualTo(403);
            assertThat(miss.response().headers().first("X-Cache")).hasValue("Error from cloudfront");
            assertThat(miss.response().headers().first("X-Amz-Cf-Id"))
                    .isPresent()
                    .isNotEqualTo(cloudFrontId);
        }
    }

    // CloudFront sets its own CloudFront-* headers and X-Amz-Cf-Id; the client's X-Forwarded-For and Via come first.
    @Test
    void cloudfront_replaces_the_clients_cloudfront_headers_and_appends_to_its_forwarding_headers() {
        try (ApiGateway gateway = gateway(EndpointType.EDGE)) {
            Exchange exchange = gateway.get("/pets/7")
                    .sourceIp("198.51.100.23")
                    .header("CloudFront-Viewer-Country", "FR")
                    .header("X-Amz-Cf-Id", "forged")
                    .header("X-Forwarded-For", "203.0.113.9")
                    .header("Via", "1.1 corporate-proxy")
                    .send();

            JsonNode multi = event(exchange).get("multiValueHeaders");
            assertThat(multi.get("CloudFront-Viewer-Country")).hasSize(1);
            assertThat(multi.get("CloudFront-Viewer-Country").get(0).asText()).isEqualTo("US");
            assertThat(multi.get("X-Amz-Cf-Id").get(0).asText()).isNotEqualTo("forged");
            assertThat(multi.get("X-Forwarded-For").get(0).asText()).startsWith("203.0.113.9, 198.51.100.23, 130.176.");
            assertThat(multi.get("Via").get(0).asText()).startsWith("1.1 corporate-proxy, 1.1 ");
        }
    }

    // Mapping templates read the request API Gateway received, CloudFront's headers included.
    @Test
    void a_mapping_template_sees_the_cloudfront_headers() {
        try (ApiGateway gateway = ApiGateway.builder()
                .endpointType(EndpointType.EDGE)
                .route(
                        "GET /country",
                        Integration.lambdaCustom(new EchoHandler())
                                .requestTemplate(
                                        "application/json",
                                        "{\"country\": \"$input.params('CloudFront-Viewer-Country')\","
                                                + " \"ip\": \"$context.identity.sourceIp\"}"))
                .build()) {
            Exchange exchange =
                    gateway.get("/country").sourceIp("198.51.100.23").send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"country\": \"US\", \"ip\": \"198.51.100.23\"}");
        }
    }

    @Test
    void an_http_api_is_always_regional() {
        assertThatThrownBy(() -> ApiGateway.builder()
                        .httpApi()
                        .endpointType(EndpointType.EDGE)
                        .route("GET /pets", new EchoHandler())
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("Endpoint type EDGE is a REST API setting; an HTTP API is always regional");
    }

    @Test
    void a_private_endpoint_is_refused_as_not_simulated() {
        assertThatThrownBy(() -> gateway(EndpointType.PRIVATE))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageStartingWith("Private endpoints are not simulated yet");
    }

    @Nested
    class Templates {

        @TempDir
        Path folder;

        private Path template(String apiProperties) throws IOException {
            return Files.writeString(folder.resolve("template.yaml"), """
                    Transform: AWS::Serverless-2016-10-31
                    Resources:
                      PetsApi:
                        Type: AWS::Serverless::Api
                        Properties:
                          StageName: prod
                    %s
                      PetsFunction:
                        Type: AWS::Serverless::Function
                        Properties:
                          Handler: io.apigwsim.behavior.BehaviorHandlers$EchoHandler::handleRequest
                          Events:
                            Get:
                              Type: Api
                              Properties:
                                RestApiId: !Ref PetsApi
                                Path: /pets/{id}
                                Method: get
                    """.formatted(apiProperties));
        }

        private EndpointType loaded(Path template, EndpointType override) {
            ApiGateway.Builder builder = ApiGateway.builder().samTemplate(template);
            if (override != null) {
                builder.endpointType(override);
            }
            try (ApiGateway gateway = builder.build()) {
                boolean edge =
                        event(gateway.get("/pets/7").send()).get("headers").has("X-Amz-Cf-Id");
                assertThat(edge).isEqualTo(gateway.definition().endpointType() == EndpointType.EDGE);
                return gateway.definition().endpointType();
            }
        }

        @Test
        void a_sam_api_without_endpoint_configuration_is_edge_optimized_as_aws_deploys_it() throws IOException {
            assertThat(loaded(template(""), null)).isEqualTo(EndpointType.EDGE);
        }

        @Test
        void a_sam_endpoint_configuration_as_a_type_or_a_map() throws IOException {
            assertThat(loaded(template("      EndpointConfiguration: REGIONAL"), null))
                    .isEqualTo(EndpointType.REGIONAL);
            assertThat(loaded(template("      EndpointConfiguration:\n        Type: EDGE"), null))
                    .isEqualTo(EndpointType.EDGE);
        }

        @Test
        void the_test_overrides_the_templates_endpoint_type() throws IOException {
            assertThat(loaded(template(""), EndpointType.REGIONAL)).isEqualTo(EndpointType.REGIONAL);
        }

        @Test
        void a_private_endpoint_in_a_template_is_refused_with_its_line() throws IOException {
            Path template = template("      EndpointConfiguration:\n        Type: PRIVATE");

            assertThatThrownBy(() -> ApiGateway.builder().samTemplate(template).build())
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageEndingWith("template.yaml line 8, at Resources.PetsApi.Properties.EndpointConfiguration"
                            + ".Type: endpoint type PRIVATE is not simulated yet: no recorded event of a private REST"
                            + " API shows what reaches the function (docs/behavior.md#endpoint-types); test with"
                            + " .endpointType(EndpointType.REGIONAL) or EDGE");
        }
    }

    @Nested
    @ApiGatewayTest(endpointType = EndpointType.EDGE)
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    class Annotated {

        @Test
        void the_annotation_chooses_an_edge_optimized_endpoint(ApiGateway gateway) {
            Exchange exchange = gateway.get("/pets/7").send();

            assertThat(gateway.definition().endpointType()).isEqualTo(EndpointType.EDGE);
            assertThat(event(exchange)
                            .get("headers")
                            .get("CloudFront-Viewer-Country")
                            .asText())
                    .isEqualTo("US");
        }
    }
}

package io.apigwsim.behavior;

import static io.apigwsim.behavior.TestJson.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.Integration;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Requests that reach a stage through a custom domain's base path mapping: the host the function sees, and where the
 * base path and the stage appear in its event (docs/behavior.md#custom-domains).
 */
class CustomDomainTests {

    @Test
    void a_rest_event_through_a_base_path_has_it_in_path_but_not_in_resource() {
        try (ApiGateway gateway = ApiGateway.builder()
                .stage("prod")
                .customDomain("api.example.com", "v1")
                .route("GET /pets/{id}", new EchoHandler())
                .build()) {
            JsonNode event = event(gateway.get("/pets/42").send());

            assertThat(event.get("path").asText()).isEqualTo("/v1/pets/42");
            assertThat(event.get("resource").asText()).isEqualTo("/pets/{id}");
            JsonNode context = event.get("requestContext");
            assertThat(context.get("path").asText()).isEqualTo("/v1/pets/42");
            assertThat(context.get("stage").asText()).isEqualTo("prod");
            assertThat(context.get("domainName").asText()).isEqualTo("api.example.com");
            assertThat(context.get("domainPrefix").asText()).isEqualTo("api");
            assertThat(context.get("apiId").asText()).isEqualTo(ApiGateway.DEFAULT_API_ID);
            assertThat(event.get("headers").get("Host").asText()).isEqualTo("api.example.com");
        }
    }

    @Test
    void a_rest_event_through_the_domains_root_has_neither_base_path_nor_stage() {
        try (ApiGateway gateway = ApiGateway.builder()
                .stage("prod")
                .customDomain("shop.example.org")
                .route("GET /pets/{id}", new EchoHandler())
                .build()) {
            JsonNode event = event(gateway.get("/pets/42").send());

            assertThat(event.get("path").asText()).isEqualTo("/pets/42");
            assertThat(event.get("requestContext").get("path").asText()).isEqualTo("/pets/42");
            assertThat(event.get("requestContext").get("domainPrefix").asText()).isEqualTo("shop");
        }
    }

    // $context.path and $context.domainName follow the domain in mapping templates too.
    @Test
    void mapping_templates_see_the_domain_and_the_base_path() {
        try (ApiGateway gateway = ApiGateway.builder()
                .customDomain("api.example.com", "v1/orders")
                .route(
                        "GET /items",
                        Integration.lambdaCustom(new EchoHandler())
                                .requestTemplate(
                                        "application/json",
                                        "[\"$context.domainName\", \"$context.domainPrefix\", \"$context.path\","
                                                + " \"$context.resourcePath\"]"))
                .build()) {
            Exchange exchange = gateway.get("/items").send();

            assertThat(exchange.lambdaEvent().raw())
                    .isEqualTo("[\"api.example.com\", \"api\", \"/v1/orders/items\", \"/items\"]");
        }
    }

    // An HTTP API's rawPath has neither the mapping key nor the stage; payload 1.0's path has the key.
    @Test
    void an_http_api_through_a_mapping_key() {
        try (ApiGateway gateway = ApiGateway.builder()
                .httpApi()
                .stage("dev")
                .customDomain("api.example.com", "v1")
                .route("GET /pets/{id}", new EchoHandler())
                .route(
                        "GET /owners/{id}",
                        Integration.lambdaProxy(new EchoHandler()).payloadFormatVersion("1.0"))
                .build()) {
            JsonNode v2 = event(gateway.get("/pets/42").send());
            JsonNode v1 = event(gateway.get("/owners/7").send());

            assertThat(v2.get("rawPath").asText()).isEqualTo("/pets/42");
            assertThat(v2.get("requestContext").get("http").get("path").asText())
                    .isEqualTo("/pets/42");
            assertThat(v2.get("requestContext").get("domainName").asText()).isEqualTo("api.example.com");
            assertThat(v2.get("headers").get("host").asText()).isEqualTo("api.example.com");
            assertThat(v1.get("path").asText()).isEqualTo("/v1/owners/7");
        }
    }

    @Test
    void a_client_host_header_is_replaced_and_the_log_says_so() {
        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /pets", new EchoHandler()).build()) {
            Exchange exchange =
                    gateway.get("/pets").header("Host", "localhost:8080").send();

            assertThat(event(exchange).get("headers").get("Host").asText())
                    .isEqualTo(ApiGateway.DEFAULT_API_ID + ".execute-api.us-east-1.amazonaws.com");
            assertThat(exchange.executionLog())
                    .contains("Host header \"localhost:8080\" replaced by \"" + ApiGateway.DEFAULT_API_ID
                            + ".execute-api.us-east-1.amazonaws.com\": API Gateway sets Host to the domain the"
                            + " request reached; a custom domain is declared with customDomain(...)"
                            + " (docs/behavior.md#custom-domains)");
        }
    }

    @Test
    void names_api_gateway_would_not_accept_are_refused() {
        assertThatThrownBy(() -> ApiGateway.builder().customDomain("https://api.example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"https://api.example.com\" is not a domain name such as \"api.example.com\"");
        assertThatThrownBy(() -> ApiGateway.builder().customDomain("api.example.com", "/v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"/v1\" is not a base path");
    }

    @Nested
    @ApiGatewayTest(stage = "prod", customDomain = "api.example.com", basePath = "v1")
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    class Annotated {

        @Test
        void the_annotation_declares_the_domain_and_base_path(ApiGateway gateway) {
            JsonNode event = event(gateway.get("/pets/42").send());

            assertThat(event.get("path").asText()).isEqualTo("/v1/pets/42");
            assertThat(event.get("requestContext").get("domainName").asText()).isEqualTo("api.example.com");
        }
    }
}

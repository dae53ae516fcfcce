package io.apigwsim.behavior.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.RawEchoHandler;
import io.apigwsim.definition.Integration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Integration request parameters of a Lambda custom integration (docs/behavior.md#request-parameter-mapping). */
class RequestParameterMappingTests {

    // Mapped headers, query strings and path parameters go to the Lambda Invoke endpoint, not into the event: the
    // function receives only the rendered template (docs/behavior.md#request-parameter-mapping; ignored parameters
    // inferred).
    @Test
    void mapped_parameters_do_not_appear_in_the_event() {
        try (ApiGateway gateway = ApiGateway.builder()
                .stageVariable("alias", "live")
                .route(
                        "POST /pets/{id}",
                        Integration.lambdaCustom(new RawEchoHandler())
                                .requestTemplate("application/json", "{\"id\": \"$input.params('id')\"}")
                                .requestParameter("integration.request.header.X-Tenant", "method.request.header.tenant")
                                .requestParameter("integration.request.querystring.q", "method.request.querystring.q")
                                .requestParameter("integration.request.path.id", "method.request.path.id")
                                .requestParameter("integration.request.header.X-Alias", "stageVariables.alias")
                                .requestParameter("integration.request.header.X-Resource", "context.resourceId")
                                .requestParameter("integration.request.header.X-Static", "'static'")
                                .requestParameter("integration.request.header.X-Name", "method.request.body.name")
                                .build())
                .build()) {
            Exchange exchange = gateway.post("/pets/7?q=dogs")
                    .header("tenant", "acme")
                    .header("Content-Type", "application/json")
                    .body("{\"name\": \"Rex\"}")
                    .send();

            assertThat(exchange).response().hasStatus(200);
            // the rendered template, whitespace included, is the whole event
            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"id\": \"7\"}");
        }
    }

    // Mapping one of Content-Length, Transfer-Encoding, Authorization, Connection, Expect, Proxy-Authenticate, TE
    // as an integration request header makes every call fail: 500 {"message": "Internal server error"} (36 bytes),
    // x-amzn-ErrorType InternalServerErrorException, function not called (docs/behavior.md#request-parameter-mapping,
    // #worked-examples).
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Content-Length",
                "Transfer-Encoding",
                "Authorization",
                "Connection",
                "Expect",
                "Proxy-Authenticate",
                "TE"
            })
    void forbidden_integration_header_fails_every_call(String header) {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /forbidden",
                        Integration.lambdaCustom(new RawEchoHandler())
                                .requestParameter("integration.request.header." + header, "'x'")
                                .build())
                .build()) {
            Exchange exchange = gateway.get("/forbidden").send();

            assertThat(exchange)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(500)
                    .hasBody("{\"message\": \"Internal server error\"}")
                    .hasHeaderValues("Content-Length", "36")
                    .hasHeaderValues("x-amzn-ErrorType", "InternalServerErrorException");
        }
    }

    // The execution log names the forbidden header (docs/behavior.md#request-parameter-mapping).
    @Test
    void log_names_the_forbidden_header() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route(
                        "GET /forbidden",
                        Integration.lambdaCustom(new RawEchoHandler())
                                .requestParameter("integration.request.header.TE", "'x'")
                                .build())
                .build()) {
            Exchange exchange = gateway.get("/forbidden").send();

            assertThat(exchange)
                    .log()
                    .anyMatch(line ->
                            line.contains("Execution failed due to configuration error") && line.contains("TE"));
        }
    }
}

package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiType;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Cors;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.Test;

/**
 * One handler behind an HTTP API, with two routes to it: payload format 2.0 (the default) and 1.0. The
 * same request produces two differently shaped events.
 */
@ApiGatewayTest(type = ApiType.HTTP, stage = "dev")
@Cors(allowOrigins = "https://pets.example.com", allowMethods = "GET")
@Route(method = "GET", path = "/names/{species}", handler = PetNamesHandler.class)
@Route(method = "GET", path = "/v1/names/{species}", handler = PetNamesHandler.class, payloadFormatVersion = "1.0")
class PetNamesHttpApiTests {

    @Test
    void payload_2_0_has_a_raw_path_with_the_stage_cookies_and_joined_headers(ApiGateway gateway) {
        Exchange exchange = gateway.get("/names/dog?tag=a&tag=b")
                .header("Cookie", "session=abc; theme=dark")
                .header("X-Tenant", "red")
                .header("X-Tenant", "blue")
                .send();

        assertThat(exchange).lambdaEvent()
                .hasVersion("2.0")
                .hasRouteKey("GET /names/{species}")
                .hasRawPath("/dev/names/dog")
                .hasRawQueryString("tag=a&tag=b")
                .hasQueryParameter("tag", "a,b")
                .hasCookie("theme=dark")
                .hasHeader("x-tenant", "red,blue");
        APIGatewayV2HTTPEvent event = exchange.lambdaEvent().as(APIGatewayV2HTTPEvent.class);
        assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("GET");
        assertThat(exchange).response().hasStatus(200).hasBody("Rex,Fido").hasHeader("content-type", "text/plain");
    }

    @Test
    void payload_1_0_keeps_the_rest_shape_with_lower_case_headers(ApiGateway gateway) {
        Exchange exchange = gateway.get("/v1/names/dog?tag=a&tag=b")
                .header("Cookie", "session=abc; theme=dark")
                .header("X-Tenant", "red")
                .header("X-Tenant", "blue")
                .send();

        assertThat(exchange).lambdaEvent()
                .hasVersion("1.0")
                .hasPath("/dev/v1/names/dog")
                .hasMultiValueQueryParameter("tag", "a", "b")
                .hasMultiValueHeader("x-tenant", "red", "blue")
                .hasHeader("cookie", "session=abc; theme=dark");
        APIGatewayProxyRequestEvent event = exchange.lambdaEvent().as(APIGatewayProxyRequestEvent.class);
        assertThat(event.getRequestContext().getStage()).isEqualTo("dev");
        assertThat(exchange).response().hasStatus(200).hasBody("Rex,Fido");
    }

    @Test
    void an_unknown_route_is_404_not_found(ApiGateway gateway) {
        Exchange exchange = gateway.get("/names").send();

        assertThat(exchange).wasNotInvoked();
        assertThat(exchange).response().hasStatus(404).hasBody("{\"message\":\"Not Found\"}");
    }

    @Test
    void the_gateway_answers_a_cors_preflight_itself(ApiGateway gateway) {
        Exchange exchange = gateway.options("/names/cat")
                .header("Origin", "https://pets.example.com")
                .header("Access-Control-Request-Method", "GET")
                .send();

        assertThat(exchange).wasNotInvoked();
        assertThat(exchange).response()
                .hasStatus(204)
                .hasHeader("access-control-allow-origin", "https://pets.example.com")
                .hasHeader("access-control-allow-methods", "GET");
    }
}

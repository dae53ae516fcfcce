package com.example.pets;

import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.EndpointType;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.LambdaFunction;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The pets API as its clients reach it in production: through the custom domain {@code pets.example.com}, whose base
 * path {@code v1} maps to the stage, and through an edge-optimized endpoint. The Location header the handler builds
 * from the event must name the URL the client can call.
 */
class PetsBehindTheirDomainTests {

    @Nested
    @ApiGatewayTest(stage = "prod", customDomain = "pets.example.com", basePath = "v1")
    @Route(method = "POST", path = "/pets", function = "pets")
    class ThroughTheCustomDomain {

        @LambdaFunction("pets")
        PetsHandler pets = new PetsHandler(new PetStore());

        @Test
        void the_new_pets_location_is_on_the_domain_under_the_base_path(ApiGateway gateway) {
            Exchange exchange = gateway.post("/pets")
                    .header("Content-Type", "application/json")
                    .body("{\"name\": \"Nemo\", \"species\": \"fish\"}")
                    .send();

            assertThat(exchange).response().hasStatus(201).hasHeader("Location", "https://pets.example.com/v1/pets/1");
            assertThat(exchange)
                    .lambdaEvent()
                    .hasPath("/v1/pets")
                    .hasHeader("Host", "pets.example.com")
                    .hasRequestContextField("domainPrefix", "pets");
        }
    }

    @Nested
    @ApiGatewayTest(stage = "prod", endpointType = EndpointType.EDGE)
    @Route(method = "POST", path = "/pets", function = "pets")
    class ThroughCloudFront {

        @LambdaFunction("pets")
        PetsHandler pets = new PetsHandler(new PetStore());

        @Test
        void the_handler_sees_cloudfronts_headers_and_the_client_gets_its_own(ApiGateway gateway) {
            Exchange exchange = gateway.post("/pets")
                    .header("Content-Type", "application/json")
                    .body("{\"name\": \"Nemo\", \"species\": \"fish\"}")
                    .send();

            assertThat(exchange)
                    .response()
                    .hasStatus(201)
                    .hasHeader("Location", "https://apigwsim01.execute-api.us-east-1.amazonaws.com/prod/pets/1")
                    .hasHeader("X-Cache", "Miss from cloudfront");
            assertThat(exchange).lambdaEvent().hasHeader("CloudFront-Viewer-Country", "US");
        }
    }
}

package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.IntegrationType;
import io.apigwsim.junit.LambdaFunction;
import io.apigwsim.junit.RequestTemplate;
import io.apigwsim.junit.ResponseTemplate;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The adoption route of {@link AdoptPetCustomIntegrationTests} after someone adds {@code *}{@code /*} to the API's
 * binary media types so that a photo route works in browsers: on AWS every body then counts as binary, no mapping
 * template can read it, and the adoption fails with 500 (contentHandling {@code CONVERT_TO_TEXT} would hand the
 * template base64, not JSON). Listing the photo's own type keeps JSON text.
 */
class AdoptPetUnderStarStarTests {

    private final PetStore store = new PetStore();

    @LambdaFunction("adoptPet")
    AdoptPetHandler adoptPet = new AdoptPetHandler(store);

    @Nested
    @ApiGatewayTest(binaryMediaTypes = "*/*")
    @Route(
            method = "POST",
            path = "/pets/{id}/adoptions",
            function = "adoptPet",
            integration = IntegrationType.CUSTOM,
            requestTemplates = @RequestTemplate(resource = "templates/adopt-pet.vtl"),
            responseTemplates = @ResponseTemplate("{\"pet\": $input.json('$.petId')}"))
    class WithoutContentHandling {

        @Test
        void the_request_template_cannot_read_a_binary_body(ApiGateway gateway) {
            Pet rex = store.add("Rex", "dog");

            Exchange exchange = gateway.post("/pets/" + rex.id() + "/adoptions").body("{\"adopter\": \"Ann\"}").send();

            assertThat(exchange).wasNotInvoked().response().hasStatus(500);
            assertThat(exchange.executionLog())
                    .anyMatch(line -> line.startsWith("Execution failed due to configuration error: Unable to transform request"));
        }
    }

    @Nested
    @ApiGatewayTest(binaryMediaTypes = "image/png")
    @Route(
            method = "POST",
            path = "/pets/{id}/adoptions",
            function = "adoptPet",
            integration = IntegrationType.CUSTOM,
            requestTemplates = @RequestTemplate(resource = "templates/adopt-pet.vtl"),
            responseTemplates = @ResponseTemplate("{\"pet\": $input.json('$.petId')}"))
    class WithTheImageTypeOnly {

        @Test
        void json_stays_text_and_the_templates_work(ApiGateway gateway) {
            Pet rex = store.add("Rex", "dog");

            Exchange exchange = gateway.post("/pets/" + rex.id() + "/adoptions")
                    .header("Accept", "application/json")
                    .body("{\"adopter\": \"Ann\"}")
                    .send();

            assertThat(exchange).lambdaEvent().hasField("adopter", "Ann");
            assertThat(exchange).response().hasStatus(200).hasJsonBody("{\"pet\": \"" + rex.id() + "\"}");
        }
    }
}

package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.IntegrationResponse;
import io.apigwsim.junit.IntegrationType;
import io.apigwsim.junit.LambdaFunction;
import io.apigwsim.junit.RequestTemplate;
import io.apigwsim.junit.ResponseTemplate;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.Test;

/**
 * A Lambda custom integration: API Gateway maps the request with a template, maps the function's result
 * with another, and turns its exceptions into 400 and 404 by matching their messages.
 */
@ApiGatewayTest
@Route(
        method = "POST",
        path = "/pets/{id}/adoptions",
        function = "adoptPet",
        integration = IntegrationType.CUSTOM,
        requestTemplates = @RequestTemplate(resource = "templates/adopt-pet.vtl"),
        responseTemplates = @ResponseTemplate("{\"adoption\": \"$input.path('$.id')\", \"pet\": $input.json('$.petId')}"),
        responseParameters = "method.response.header.Location='/adoptions'",
        integrationResponses = {
            @IntegrationResponse(
                    status = 400,
                    selectionPattern = "Invalid.*",
                    templates = @ResponseTemplate("{\"message\": \"$input.path('$.errorMessage')\"}")),
            @IntegrationResponse(status = 404, selectionPattern = "Not found.*")
        })
class AdoptPetCustomIntegrationTests {

    private final PetStore store = new PetStore();

    @LambdaFunction("adoptPet")
    AdoptPetHandler adoptPet = new AdoptPetHandler(store);

    @Test
    void the_request_template_builds_the_functions_input(ApiGateway gateway) {
        Pet rex = store.add("Rex", "dog");

        Exchange exchange = gateway.post("/pets/" + rex.id() + "/adoptions").body("{\"adopter\": \"Ann\"}").send();

        assertThat(exchange).lambdaEvent()
                .hasField("petId", rex.id())
                .hasField("adopter", "Ann")
                .hasField("requestId", exchange.requestId());
        assertThat(exchange).response()
                .hasStatus(200)
                .hasHeader("Location", "/adoptions")
                .hasJsonBody("{\"adoption\": \"adoption-" + exchange.requestId() + "\", \"pet\": \"" + rex.id() + "\"}");
    }

    @Test
    void an_exception_whose_message_matches_invalid_becomes_400(ApiGateway gateway) {
        Pet rex = store.add("Rex", "dog");

        Exchange exchange = gateway.post("/pets/" + rex.id() + "/adoptions").body("{\"adopter\": \"\"}").send();

        assertThat(exchange).lambdaResult().hasErrorType("java.lang.IllegalArgumentException");
        assertThat(exchange).response()
                .hasStatus(400)
                .hasJsonBody("{\"message\": \"Invalid adoption: an adopter is required\"}");
    }

    @Test
    void an_exception_whose_message_matches_not_found_becomes_404_with_the_error_as_body(ApiGateway gateway) {
        Exchange exchange = gateway.post("/pets/9/adoptions").body("{\"adopter\": \"Ann\"}").send();

        assertThat(exchange).response().hasStatus(404);
        assertThat(exchange).response().body().contains("\"errorMessage\":\"Not found: pet 9\"");
    }
}

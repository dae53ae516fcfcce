package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.LambdaFunction;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pets API as its clients use it: one Lambda function behind four routes of a REST API. */
@ApiGatewayTest(stage = "prod")
@Route(method = "GET", path = "/pets", function = "pets")
@Route(method = "POST", path = "/pets", function = "pets")
@Route(method = "GET", path = "/pets/{id}", function = "pets")
@Route(method = "DELETE", path = "/pets/{id}", function = "pets")
class PetsApiTests {

    private final PetStore store = new PetStore();

    @LambdaFunction("pets")
    PetsHandler pets = new PetsHandler(store);

    @BeforeEach
    void stock() {
        store.add("Rex", "dog");
        store.add("Tom", "cat");
        store.add("Fido", "dog");
    }

    @Test
    void lists_pets_filtered_by_a_query_parameter(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets?species=dog&limit=1").send();

        assertThat(exchange).lambdaEvent().hasQueryParameter("species", "dog").hasQueryParameter("limit", "1");
        assertThat(exchange).response()
                .hasStatus(200)
                .hasContentType("application/json")
                .hasJsonBody("[{\"id\": \"1\", \"name\": \"Rex\", \"species\": \"dog\"}]");
    }

    @Test
    void gets_a_pet_by_its_path_parameter(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets/2").header("Accept", "application/json").send();

        assertThat(exchange).lambdaEvent()
                .hasResource("/pets/{id}")
                .hasPath("/pets/2")
                .hasPathParameter("id", "2")
                .hasHeader("Accept", "application/json");
        assertThat(exchange).response().hasStatus(200).hasJsonBody("{\"id\":\"2\",\"name\":\"Tom\",\"species\":\"cat\"}");
    }

    @Test
    void answers_404_from_the_handler_for_an_unknown_pet(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets/99").send();

        assertThat(exchange).response().hasStatus(404).hasJsonBody("{\"message\":\"No pet 99\"}");
    }

    @Test
    void creates_a_pet_from_a_json_body(ApiGateway gateway) {
        Exchange exchange = gateway.post("/pets")
                .header("Content-Type", "application/json")
                .body("{\"name\":\"Nemo\",\"species\":\"fish\"}")
                .send();

        assertThat(exchange).lambdaEvent().hasJsonBody("{\"name\": \"Nemo\", \"species\": \"fish\"}");
        assertThat(exchange).response().hasStatus(201).hasHeader(
                        "Location", "https://apigwsim01.execute-api.us-east-1.amazonaws.com/prod/pets/4");
        assertThat(store.find("4")).contains(new Pet("4", "Nemo", "fish"));
    }

    @Test
    void rejects_a_body_that_is_not_json(ApiGateway gateway) {
        Exchange exchange = gateway.post("/pets").body("name=Nemo").send();

        assertThat(exchange).response().hasStatus(400).hasJsonBody("{\"message\":\"The body is not JSON\"}");
    }

    @Test
    void deletes_a_pet(ApiGateway gateway) {
        Exchange exchange = gateway.delete("/pets/1").send();

        assertThat(exchange).response().hasStatus(204).hasEmptyBody();
        assertThat(store.find("1")).isEmpty();
    }

    @Test
    void a_method_the_api_does_not_declare_never_reaches_the_function(ApiGateway gateway) {
        Exchange exchange = gateway.put("/pets/1").body("{}").send();

        // API Gateway answers a method no resource declares itself, with 403 (not 405).
        assertThat(exchange).wasNotInvoked();
        assertThat(exchange).response()
                .hasStatus(403)
                .hasHeader("x-amzn-ErrorType", "MissingAuthenticationTokenException")
                .hasBody("{\"message\":\"Missing Authentication Token\"}");
    }
}

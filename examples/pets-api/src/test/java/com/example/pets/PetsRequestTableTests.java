package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.junit.ApiGatewayRequests;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.LambdaFunction;
import io.apigwsim.junit.RequestCase;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The pets API's requests as tables: {@code requests/pets.yaml} holds requests with their expectations, and
 * {@code requests/pets.http} the requests the team runs from the IDE. Each entry is one test in the report.
 */
@ApiGatewayTest(stage = "prod")
@Route(method = "GET", path = "/pets", function = "pets")
@Route(method = "POST", path = "/pets", function = "pets")
@Route(method = "GET", path = "/pets/{id}", function = "pets")
@Route(method = "DELETE", path = "/pets/{id}", function = "pets")
class PetsRequestTableTests {

    private final PetStore store = new PetStore();

    @LambdaFunction("pets")
    PetsHandler pets = new PetsHandler(store);

    @BeforeEach
    void stock() {
        store.add("Rex", "dog");
        store.add("Tom", "cat");
        store.add("Fido", "dog");
    }

    @ParameterizedTest
    @ApiGatewayRequests("requests/pets.yaml")
    void answers_as_the_table_says(RequestCase entry, ApiGateway gateway) {
        Exchange exchange = entry.sendTo(gateway);

        entry.expectations().verify(exchange);
    }

    // .http requests carry no expectations: the test states what every one of them must do.
    @ParameterizedTest
    @ApiGatewayRequests("requests/pets.http")
    void the_ide_requests_succeed(RequestCase entry, ApiGateway gateway) {
        Exchange exchange = entry.sendTo(gateway);

        assertThat(exchange).wasInvoked();
        assertThat(exchange).response().hasContentType("application/json");
        assertThat(exchange.response().status()).isBetween(200, 299);
    }
}

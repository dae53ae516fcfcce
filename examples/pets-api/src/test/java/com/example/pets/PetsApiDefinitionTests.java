package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.RouteDefinition;
import org.junit.jupiter.api.Test;

/**
 * The pets API described once, as a deployment would describe it, with its function named rather than built:
 * each test binds the handler it wants behind the name.
 */
class PetsApiDefinitionTests {

    static final ApiDefinition PETS_API = ApiDefinition.builder()
            .stage("prod")
            .route(RouteDefinition.parse("GET /pets", Integration.lambdaProxy("PetsFunction").build()))
            .route(RouteDefinition.parse("GET /pets/{id}", Integration.lambdaProxy("PetsFunction").build()))
            .build();

    @Test
    void serves_the_definition_with_the_real_handler() {
        PetStore store = new PetStore();
        store.add("Rex", "dog");
        try (ApiGateway gateway = ApiGateway.builder()
                .definition(PETS_API)
                .function("PetsFunction", new PetsHandler(store))
                .build()) {

            Exchange exchange = gateway.get("/pets/1").send();

            assertThat(exchange).response().hasStatus(200).hasJsonBody(
                    "{\"id\": \"1\", \"name\": \"Rex\", \"species\": \"dog\"}");
        }
    }

    @Test
    void a_path_the_definition_lacks_never_reaches_the_function() {
        PetsHandler handler = mock(PetsHandler.class);
        try (ApiGateway gateway = ApiGateway.builder()
                .definition(PETS_API)
                .function("PetsFunction", handler)
                .build()) {

            Exchange exchange = gateway.delete("/pets/1").send();

            assertThat(exchange).response().hasStatus(403).hasJsonBody("{\"message\":\"Missing Authentication Token\"}");
            verifyNoInteractions(handler);
        }
    }
}

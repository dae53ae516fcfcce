package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.assertions.Snapshot;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.LambdaFunction;
import io.apigwsim.junit.Route;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pets API kept as snapshots: each test's whole exchange (request, Lambda event, result, response) lives in
 * src/test/resources/__snapshots__/PetsSnapshotTests/. Run with -Dapigwsim.snapshots=update after a deliberate change,
 * and review the files in the diff.
 */
@ApiGatewayTest(stage = "prod")
@Route(method = "GET", path = "/pets/{id}", function = "pets")
@Route(method = "POST", path = "/pets", function = "pets")
class PetsSnapshotTests {

    private final PetStore store = new PetStore();

    @LambdaFunction("pets")
    PetsHandler pets = new PetsHandler(store);

    @BeforeEach
    void stock() {
        store.add("Rex", "dog");
        store.add("Tom", "cat");
    }

    // Request ids, trace ids, times and the API id are placeholders in the file (<requestId-1> and so on).
    @Test
    void gets_a_pet(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets/2").header("Accept", "application/json").send();

        assertThat(exchange).matchesSnapshot();
    }

    // Two snapshots in one test, each with a name; the response's Location header is matched by a pattern.
    @Test
    void creates_a_pet_then_gets_it(ApiGateway gateway) {
        Exchange created = gateway.post("/pets")
                .header("Content-Type", "application/json")
                .body("{\"name\":\"Nemo\",\"species\":\"fish\"}")
                .send();
        Exchange fetched = gateway.get("/pets/3").send();

        assertThat(created).matchesSnapshot(
                Snapshot.named("created").matching("$.response.headers.Location", "https://.+/prod/pets/\\d+"));
        assertThat(fetched).matchesSnapshot("fetched");
    }

    // A gateway with a seed and a fixed clock repeats every id and time: its snapshot needs no placeholders.
    @Test
    void a_seeded_gateway_gives_an_exact_snapshot() {
        try (ApiGateway gateway = ApiGateway.builder()
                .stage("prod")
                .seed(42)
                .clock(Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC))
                .route("GET /pets/{id}", new PetsHandler(store))
                .build()) {
            Exchange exchange = gateway.get("/pets/1").send();

            assertThat(exchange).matchesSnapshot(Snapshot.defaults().withoutPlaceholders());
        }
    }
}

package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import org.junit.jupiter.api.Test;

/** A binary response, and what clients see when the function throws. */
@ApiGatewayTest(binaryMediaTypes = "image/png")
@Route(method = "GET", path = "/pets/{id}/photo", handler = PetPhotoHandler.class)
class PetPhotoTests {

    @Test
    void a_client_that_accepts_png_gets_the_decoded_bytes(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets/1/photo").header("Accept", "image/png").send();

        assertThat(exchange).response().hasStatus(200).hasContentType("image/png").hasBody(PetPhotoHandler.PNG);
    }

    @Test
    void a_client_that_accepts_anything_gets_the_base64_text(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets/1/photo").header("Accept", "*/*").send();

        // Only an Accept whose first type matches a binary media type gets bytes.
        assertThat(exchange).response().hasStatus(200).hasBody("iVBORw0KGgo=");
    }

    @Test
    void a_function_that_throws_gives_the_client_502_and_the_log_the_cause(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets/rex/photo").send();

        assertThat(exchange).response().hasStatus(502).hasBody("{\"message\": \"Internal server error\"}");
        assertThat(exchange).lambdaResult()
                .hasFunctionError()
                .hasErrorType("java.lang.IllegalArgumentException")
                .hasErrorMessage("Photo id must be numeric: rex");
    }
}

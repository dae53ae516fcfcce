package com.example.pets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.example.pets.PartnerAuthorizer.Partner;
import io.apigwsim.ApiGateway;
import io.apigwsim.ApiGateway.RequestBuilder;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.LambdaFunction;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The partner API served from the OpenAPI document it is deployed with ({@code openapi.yaml} in this module): routes,
 * the TOKEN authorizer, the request validators and models, and the Lambda custom integration all come from the
 * file; the test only binds the functions its ARNs name.
 */
@ApiGatewayTest(openApi = "openapi.yaml", stage = "prod")
@ExtendWith(MockitoExtension.class)
class PetsOpenApiTests {

    private final PetStore store = new PetStore();

    @LambdaFunction("PetsFunction")
    PetsHandler pets = new PetsHandler(store);

    @LambdaFunction("PartnerAuthorizer")
    PartnerAuthorizer partnerAuthorizer = new PartnerAuthorizer(Map.of(
            "acme-token", new Partner("acme", "gold", "acmeKey0123456789abcdef", false),
            "blocked-token", new Partner("shady", "none", "shadyKey0123456789abcdef", true)));

    @Mock
    @LambdaFunction("AdoptPetFunction")
    AdoptPetHandler adoptPet;

    @BeforeEach
    void stock() {
        store.add("Rex", "dog");
        store.add("Tom", "cat");
    }

    private static RequestBuilder asAcme(RequestBuilder request) {
        return request.header("Authorization", "Bearer acme-token");
    }

    @Test
    void a_partner_lists_pets_and_the_function_sees_the_route_and_the_partner(ApiGateway gateway) {
        Exchange exchange = asAcme(gateway.get("/pets?species=dog")).send();

        assertThat(exchange).lambdaEvent()
                .hasResource("/pets")
                .hasPath("/pets")
                .hasQueryParameter("species", "dog")
                .hasRequestContextField("stage", "prod")
                .hasRequestContextField("authorizer.principalId", "acme")
                .hasRequestContextField("authorizer.tier", "gold");
        assertThat(exchange).authorizerEvent().hasField("authorizationToken", "Bearer acme-token");
        assertThat(exchange).response()
                .hasStatus(200)
                .hasJsonBody("[{\"id\": \"1\", \"name\": \"Rex\", \"species\": \"dog\"}]");
    }

    @Test
    void an_unknown_token_is_unauthorized_and_a_blocked_partner_is_denied(ApiGateway gateway) {
        Exchange unknown = gateway.get("/pets/1").header("Authorization", "Bearer stranger").send();
        Exchange blocked = gateway.get("/pets/1").header("Authorization", "Bearer blocked-token").send();

        assertThat(unknown).wasNotInvoked();
        assertThat(unknown).response()
                .hasStatus(401)
                .hasHeader("x-amzn-ErrorType", "UnauthorizedException")
                .hasBody("{\"message\":\"Unauthorized\"}");
        assertThat(blocked).wasNotInvoked();
        assertThat(blocked).response()
                .hasStatus(403)
                .hasHeader("x-amzn-ErrorType", "AccessDeniedException")
                .hasBody("{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}");
    }

    @Test
    void a_token_failing_the_documents_validation_expression_never_reaches_the_authorizer(ApiGateway gateway) {
        Exchange exchange = gateway.get("/pets").header("Authorization", "Basic YWNtZQ==").send();

        assertThat(exchange.authorizer().orElseThrow().authorizerName()).isEqualTo("PartnerAuth");
        assertThat(exchange.authorizer().orElseThrow().invoked()).isFalse();
        assertThat(exchange).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
    }

    @Test
    void a_new_pet_matching_the_model_is_created(ApiGateway gateway) {
        Exchange exchange = asAcme(gateway.post("/pets"))
                .header("Content-Type", "application/json")
                .body("{\"name\": \"Felix\", \"species\": \"cat\"}")
                .send();

        assertThat(exchange).lambdaEvent()
                .hasResource("/pets")
                .hasJsonBody("{\"name\": \"Felix\", \"species\": \"cat\"}");
        assertThat(exchange).response().hasStatus(201).hasHeader(
                        "Location", "https://apigwsim01.execute-api.us-east-1.amazonaws.com/prod/pets/3");
    }

    @Test
    void a_new_pet_of_a_species_the_model_does_not_list_is_refused_before_the_function_runs(ApiGateway gateway) {
        Exchange exchange = asAcme(gateway.post("/pets"))
                .header("Content-Type", "application/json")
                .body("{\"name\": \"Nemo\", \"species\": \"fish\"}")
                .send();

        assertThat(exchange).wasNotInvoked();
        assertThat(exchange).response()
                .hasStatus(400)
                .hasHeader("x-amzn-ErrorType", "BadRequestException")
                .hasBody("{\"message\": \"Invalid request body\"}");
        assertThat(store.list(null, 10)).hasSize(2);
    }

    @Test
    void an_adoption_without_the_required_partner_reference_header_is_refused(ApiGateway gateway) {
        Exchange exchange = asAcme(gateway.post("/pets/1/adoptions"))
                .header("Content-Type", "application/json")
                .body("{\"adopter\": \"Ann\"}")
                .send();

        assertThat(exchange).response()
                .hasStatus(400)
                .hasBody("{\"message\": \"Missing required request parameters: [X-Partner-Reference]\"}");
        verifyNoInteractions(adoptPet);
    }

    @Test
    void an_adoption_goes_through_the_request_and_response_templates(ApiGateway gateway) {
        when(adoptPet.handleRequest(any(), any())).thenReturn(new AdoptPetHandler.Adoption("adoption-7", "1", "Ann"));

        Exchange exchange = asAcme(gateway.post("/pets/1/adoptions"))
                .header("Content-Type", "application/json")
                .header("X-Partner-Reference", "acme-42")
                .body("{\"adopter\": \"Ann \\\"the cat lady\\\"\"}")
                .send();

        // The function gets what the request template rendered, not the client's body.
        ArgumentCaptor<AdoptPetHandler.Request> input = ArgumentCaptor.forClass(AdoptPetHandler.Request.class);
        verify(adoptPet).handleRequest(input.capture(), any());
        assertThat(input.getValue().petId).isEqualTo("1");
        assertThat(input.getValue().adopter).isEqualTo("Ann \"the cat lady\"");
        assertThat(input.getValue().requestId).isEqualTo(exchange.requestId());
        assertThat(exchange).lambdaEvent().hasField("petId", "1").hasField("adopter", "Ann \"the cat lady\"");
        // The default integration response: its status, a header mapped from the result, and the response template.
        assertThat(exchange).response()
                .hasStatus(201)
                .hasHeader("X-Adoption-Id", "adoption-7")
                .hasJsonBody("{\"adoption\": \"adoption-7\", \"pet\": \"1\"}");
    }

    @Test
    void a_function_error_is_mapped_to_404_by_its_message(ApiGateway gateway) {
        when(adoptPet.handleRequest(any(), any())).thenThrow(new NoSuchElementException("Not found: pet 9"));

        Exchange exchange = asAcme(gateway.post("/pets/9/adoptions"))
                .header("Content-Type", "application/json")
                .header("X-Partner-Reference", "acme-43")
                .body("{\"adopter\": \"Ann\"}")
                .send();

        assertThat(exchange).lambdaResult()
                .hasFunctionError()
                .hasErrorType("java.util.NoSuchElementException")
                .hasErrorMessage("Not found: pet 9");
        assertThat(exchange).response()
                .hasStatus(404)
                .hasBody("{\"message\": \"No such pet\", \"requestId\": \"" + exchange.requestId() + "\"}");
    }

    @Test
    void a_function_error_matching_invalid_becomes_400_with_its_message(ApiGateway gateway) {
        when(adoptPet.handleRequest(any(), any()))
                .thenThrow(new IllegalArgumentException("Invalid adoption: an adopter is required"));

        Exchange exchange = asAcme(gateway.post("/pets/1/adoptions"))
                .header("Content-Type", "application/json")
                .header("X-Partner-Reference", "acme-44")
                .body("{\"adopter\": \"\"}")
                .send();

        assertThat(exchange).lambdaEvent().hasField("adopter", "");
        assertThat(exchange).response()
                .hasStatus(400)
                .hasBody("{\"message\": \"Invalid adoption: an adopter is required\"}");
    }

    @Test
    void a_mistake_in_the_document_fails_the_build_naming_file_line_and_path() {
        // src/test/resources/broken-openapi.yaml maps errors to 404 but forgot the operation's 404 response.
        assertThatExceptionOfType(ApiDefinitionException.class)
                .isThrownBy(() -> ApiGateway.builder()
                        .openApi("broken-openapi.yaml")
                        .function("AdoptPetFunction", new AdoptPetHandler())
                        .build())
                .withMessage("broken-openapi.yaml line 27, at"
                        + " paths./pets/{id}/adoptions.post.x-amazon-apigateway-integration.responses['Not found.*']"
                        + ".statusCode: the integration response has status 404, which the operation's responses do not"
                        + " declare; API Gateway refuses an integration response without its method response. Add \"404\""
                        + " to the operation's responses");
    }
}

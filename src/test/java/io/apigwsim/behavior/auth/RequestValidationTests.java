package io.apigwsim.behavior.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.RequestValidator;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Model;
import io.apigwsim.junit.Route;
import io.apigwsim.junit.Validator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * REST request validation in the pipeline: required parameters, then the body's model, before the integration
 * (docs/behavior.md#request-validators, #required-request-parameters, #request-body-models).
 */
class RequestValidationTests {

    private static final String PET = "{\"type\":\"object\",\"required\":[\"name\"],"
            + "\"properties\":{\"name\":{\"type\":\"string\"},\"age\":{\"type\":\"integer\"}}}";

    private static ApiGateway api(RequestValidator validator) {
        return ApiGateway.builder()
                .requestValidator(validator)
                .model("Pet", PET)
                .route(
                        "POST /owners/{owner}/pets",
                        new EchoHandler(),
                        MethodRequest.builder()
                                .requestValidator(validator.name())
                                .requiredParameters("method.request.header.x-tenant", "method.request.querystring.q")
                                .requestModel("application/json", "Pet")
                                .build())
                .build();
    }

    // A missing parameter gets 400 with the names in API Gateway's order, before the body is looked at, and the
    // function is not invoked
    // (docs/behavior.md#required-request-parameters).
    @Test
    void missing_parameters_get_400_before_the_body_is_checked() {
        Exchange exchange = api(RequestValidator.of("all", true, true))
                .post("/owners/1/pets")
                .header("Content-Type", "application/json")
                .body("not json")
                .send();

        assertThat(exchange)
                .response()
                .hasStatus(400)
                .hasBody("{\"message\": \"Missing required request parameters: [q, x-tenant]\"}")
                .hasHeaderValues("x-amzn-ErrorType", "BadRequestException");
        assertThat(exchange).wasNotInvoked();
    }

    // A body that breaks its model gets 400 Invalid request body; a valid one passes
    // (docs/behavior.md#request-body-models).
    @Test
    void body_that_breaks_its_model_gets_400() {
        ApiGateway gateway = api(RequestValidator.of("all", true, true));

        Exchange invalid = gateway.post("/owners/1/pets?q=x")
                .header("x-tenant", "t")
                .header("Content-Type", "application/json")
                .body("{\"age\": \"old\"}")
                .send();
        Exchange valid = gateway.post("/owners/1/pets?q=x")
                .header("x-tenant", "t")
                .header("Content-Type", "application/json; charset=utf-8")
                .body("{\"name\": \"Rex\", \"age\": 3}")
                .send();

        assertThat(invalid).response().hasStatus(400).hasBody("{\"message\": \"Invalid request body\"}");
        assertThat(valid).response().hasStatus(200);
    }

    // A validator that checks only parameters lets an invalid body through
    // (docs/behavior.md#request-validators).
    @Test
    void parameters_only_validator_does_not_check_the_body() {
        Exchange exchange = api(RequestValidator.of("params", false, true))
                .post("/owners/1/pets?q=x")
                .header("x-tenant", "t")
                .header("Content-Type", "application/json")
                .body("{}")
                .send();

        assertThat(exchange).response().hasStatus(200);
    }

    // The schema violation reaches gateway response templates as $context.error.validationErrorString
    // (docs/behavior.md#request-validation-error-details).
    @Test
    void validation_error_string_reaches_a_gateway_response_template() {
        Exchange exchange = ApiGateway.builder()
                .requestValidator(RequestValidator.of("body", true, false))
                .model("Pet", PET)
                .gatewayResponse(GatewayResponse.of(GatewayResponseType.BAD_REQUEST_BODY)
                        .template(
                                "application/json",
                                "{\"message\": $context.error.messageString, \"detail\":"
                                        + " \"$context.error.validationErrorString\"}"))
                .route(
                        "POST /pets",
                        new EchoHandler(),
                        MethodRequest.builder()
                                .requestValidator("body")
                                .requestModel("application/json", "Pet")
                                .build())
                .build()
                .post("/pets")
                .header("Content-Type", "application/json")
                .body("{}")
                .send();

        assertThat(exchange)
                .response()
                .hasStatus(400)
                .body()
                .startsWith("{\"message\": \"Invalid request body\", \"detail\": \"[object has missing required"
                        + " properties");
    }

    // Unknown validators and models, schemas that are not draft 4, and validation on an HTTP API fail at build.
    @Test
    void invalid_validation_declarations_fail_at_build() {
        assertThatThrownBy(() -> ApiGateway.builder()
                        .route(
                                "POST /pets",
                                new EchoHandler(),
                                MethodRequest.builder().requestValidator("all").build())
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("request validator \"all\"");
        assertThatThrownBy(() -> ApiGateway.builder()
                        .requestValidator(RequestValidator.of("all", true, true))
                        .model("Pet", "{\"type\": 42}")
                        .route(
                                "POST /pets",
                                new EchoHandler(),
                                MethodRequest.builder()
                                        .requestValidator("all")
                                        .requestModel("application/json", "Pet")
                                        .build())
                        .build())
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("POST /pets");
    }

    /** The same validation declared with annotations. */
    @Nested
    @ApiGatewayTest
    @Validator(name = "all")
    @Model(name = "Pet", schema = PET)
    @Route(
            method = "POST",
            path = "/pets",
            handler = EchoHandler.class,
            requestValidator = "all",
            requiredParameters = "method.request.header.x-tenant",
            requestModels = "application/json=Pet")
    class Declared {

        @Test
        void annotated_validator_checks_parameters_and_body(ApiGateway gateway) {
            assertThat(gateway.post("/pets").body("{\"name\":\"Rex\"}").send())
                    .response()
                    .hasStatus(400);
            assertThat(gateway.post("/pets").header("x-tenant", "t").body("{}").send())
                    .response()
                    .hasStatus(400)
                    .hasBody("{\"message\": \"Invalid request body\"}");
            assertThat(gateway.post("/pets")
                            .header("x-tenant", "t")
                            .body("{\"name\":\"Rex\"}")
                            .send())
                    .response()
                    .hasStatus(200);
        }
    }
}

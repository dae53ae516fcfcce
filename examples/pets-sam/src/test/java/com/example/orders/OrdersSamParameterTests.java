package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.junit.ApiGatewayTest;
import org.junit.jupiter.api.Test;

/**
 * The same template deployed with other parameter values, as {@code sam deploy --parameter-overrides "Stage=dev
 * Currency=USD"} would deploy it: the stage name and the stage variable follow.
 */
@ApiGatewayTest(samTemplate = "template.yaml", templateParameters = {"Stage=dev", "Currency=USD"})
class OrdersSamParameterTests {

    @Test
    void overridden_parameters_rename_the_stage_and_change_the_currency(ApiGateway gateway) {
        Exchange exchange =
                gateway.get("/orders/o-1").header("Authorization", "Bearer cust-ann").send();

        assertThat(exchange).lambdaEvent()
                .hasRequestContextField("stage", "dev")
                .hasRequestContextField("path", "/dev/orders/o-1");
        assertThat(exchange.lambdaEvent().raw()).contains("\"stageVariables\":{\"currency\":\"USD\"}");
        assertThat(exchange).response()
                .hasStatus(200)
                .hasJsonBody("{\"id\": \"o-1\", \"item\": \"book\", \"quantity\": 2, \"total\": \"26.00 USD\","
                        + " \"status\": \"OPEN\"}");
    }

    @Test
    void a_value_the_parameter_does_not_allow_fails_as_cloudformation_fails_it() {
        ApiDefinitionException failure = catchThrowableOfType(
                ApiDefinitionException.class,
                () -> ApiGateway.builder()
                        .samTemplate("template.yaml")
                        .templateParameter("Currency", "JPY")
                        .build());

        assertThat(failure)
                .hasMessage("template.yaml line 13, at Parameters.Currency: the value of parameter Currency (set by the"
                        + " test) breaks a constraint: \"JPY\" is not one of its AllowedValues [EUR, USD, GBP];"
                        + " CloudFormation refuses to deploy (\"Parameter Currency must be a currency the price list"
                        + " has (EUR, USD or GBP)\")");
    }
}

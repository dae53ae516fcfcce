package io.apigwsim.junit;

import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import org.junit.jupiter.api.Test;

/**
 * {@code @ApiGatewayTest(samTemplate = ...)}: the template's function is made from its Handler class, and template
 * parameters set by the test reach the stage and its variables.
 */
@ApiGatewayTest(samTemplate = "io/apigwsim/junit/echo-template.yaml", templateParameters = "StageName=prod")
class SamTemplateExtensionTests {

    @Test
    void the_templates_route_reaches_the_handler_class_it_names(ApiGateway gateway) {
        Exchange exchange = gateway.get("/echo/hello").send();

        assertThat(exchange).response().hasStatus(200);
        assertThat(exchange).lambdaEvent().hasPathParameter("word", "hello");
        assertThat(exchange).lambdaEvent().hasStageVariable("table", "pets-prod");
        assertThat(exchange).lambdaEvent().hasRequestContextField("stage", "prod");
        assertThat(exchange).response().hasBody("echo EchoFunction /echo/hello");
    }
}

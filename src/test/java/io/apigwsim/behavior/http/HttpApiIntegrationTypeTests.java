package io.apigwsim.behavior.http;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.apigwsim.ApiGateway;
import io.apigwsim.behavior.http.HttpHandlers.OkHandler;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.Integration;
import org.junit.jupiter.api.Test;

/** HTTP APIs integrate with Lambda only through proxy integrations (docs/behavior.md#http-api-integrations). */
class HttpApiIntegrationTypeTests {

    @Test
    void a_custom_integration_on_an_http_api_is_rejected_naming_what_http_apis_offer() {
        ApiGateway.Builder builder = ApiGateway.builder()
                .httpApi()
                .route("POST /pets", Integration.lambdaCustom(new OkHandler()).build());

        assertThatExceptionOfType(ApiDefinitionException.class)
                .isThrownBy(builder::build)
                .withMessage("route \"POST /pets\" has a Lambda custom integration, which HTTP APIs do not have: an"
                        + " HTTP API sends Lambda a proxy event (payload format 2.0 or 1.0) and has no mapping"
                        + " templates; use Integration.lambdaProxy(handler), or declare a REST API to keep the"
                        + " mapping templates");
    }
}

package io.apigwsim.behavior.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.behavior.BehaviorHandlers.EchoHandler;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.definition.QuotaPeriod;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.ApiKey;
import io.apigwsim.junit.GatewayResponse;
import io.apigwsim.junit.ResponseTemplate;
import io.apigwsim.junit.Route;
import io.apigwsim.junit.UsagePlan;
import org.junit.jupiter.api.Test;

/** API keys, usage plans and gateway responses declared with annotations (docs/behavior.md#api-keys). */
@ApiGatewayTest
@ApiKey(name = "partner", value = AccessAnnotationTests.PARTNER_KEY)
@ApiKey(name = "retired", value = "retiredKey0123456789abc", enabled = false)
@UsagePlan(
        name = "partners",
        apiKeys = {"partner", "retired"},
        quotaLimit = 1,
        quotaPeriod = QuotaPeriod.MONTH)
@GatewayResponse(type = GatewayResponseType.DEFAULT_4XX, headers = "Access-Control-Allow-Origin='*'")
@GatewayResponse(
        type = GatewayResponseType.QUOTA_EXCEEDED,
        statusCode = 402,
        templates = @ResponseTemplate("{\"error\": $context.error.messageString}"))
@Route(method = "GET", path = "/pets", handler = EchoHandler.class, apiKeyRequired = true)
class AccessAnnotationTests {

    static final String PARTNER_KEY = "partnerKey0123456789abcd";

    @Test
    void declared_key_passes_once_then_its_quota_answers_with_the_customized_response(ApiGateway gateway) {
        assertThat(gateway.get("/pets").header("X-API-Key", PARTNER_KEY).send())
                .response()
                .hasStatus(200);
        assertThat(gateway.get("/pets").header("X-API-Key", PARTNER_KEY).send())
                .response()
                .hasStatus(402)
                .hasBody("{\"error\": \"Limit Exceeded\"}")
                // customized itself, QUOTA_EXCEEDED does not take DEFAULT_4XX's header
                // (docs/behavior.md#gateway-response-customization)
                .doesNotHaveHeader("Access-Control-Allow-Origin");
    }

    @Test
    void disabled_key_gets_403_with_the_default_4xx_header(ApiGateway gateway) {
        assertThat(gateway.get("/pets")
                        .header("X-API-Key", "retiredKey0123456789abc")
                        .send())
                .response()
                .hasStatus(403)
                .hasBody("{\"message\":\"Forbidden\"}")
                .hasHeaderValues("Access-Control-Allow-Origin", "*");
    }
}

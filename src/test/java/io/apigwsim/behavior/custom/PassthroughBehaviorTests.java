package io.apigwsim.behavior.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.ApiGateway.RequestBuilder;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.custom.CustomHandlers.RawEchoHandler;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.LambdaCustomIntegration;
import io.apigwsim.definition.PassthroughBehavior;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What happens to a body no request template matches: pass through, transform or 415, by passthroughBehavior
 * (docs/behavior.md#passthrough-behaviors, the documented matrix).
 */
class PassthroughBehaviorTests {

    private static final String BODY = "{\"raw\": \"body\"}";
    private static final String JSON_TEMPLATE = "{\"transformed\": \"json\"}";
    private static final String XML_TEMPLATE = "{\"transformed\": \"xml\"}";

    /** A custom integration to an echo function with the given behaviour and templates: json-only, xml-only or none. */
    private static LambdaCustomIntegration integration(PassthroughBehavior behavior, String templates) {
        LambdaCustomIntegration.Builder integration =
                Integration.lambdaCustom(new RawEchoHandler()).passthroughBehavior(behavior);
        if (templates.equals("json-only")) {
            integration.requestTemplate("application/json", JSON_TEMPLATE);
        } else if (templates.equals("xml-only")) {
            integration.requestTemplate("application/xml", XML_TEMPLATE);
        }
        return integration.build();
    }

    /** POST the body, with the given Content-Type or, for "none", without one. */
    private static Exchange send(ApiGateway gateway, String contentType) {
        RequestBuilder request = gateway.post("/pets").body(BODY);
        if (!contentType.equals("none")) {
            request.header("Content-Type", contentType);
        }
        return request.send();
    }

    // The passthrough matrix, every row and behavior: "transform" renders the template, "pass" sends the body as
    // is, "415" answers Unsupported Media Type (docs/behavior.md#passthrough-behaviors; last row inferred from the
    // definitions).
    @ParameterizedTest(name = "{0} templates, Content-Type {1}, {2}: {3}")
    @CsvSource(textBlock = """
            json-only, none,             when_no_match,     json
            json-only, none,             when_no_templates, json
            json-only, none,             never,             json
            json-only, application/json, when_no_match,     json
            json-only, application/json, when_no_templates, json
            json-only, application/json, never,             json
            json-only, application/xml,  when_no_match,     pass
            json-only, application/xml,  when_no_templates, 415
            json-only, application/xml,  never,             415
            xml-only,  none,             when_no_match,     pass
            xml-only,  none,             when_no_templates, 415
            xml-only,  none,             never,             415
            xml-only,  application/json, when_no_match,     pass
            xml-only,  application/json, when_no_templates, 415
            xml-only,  application/json, never,             415
            xml-only,  application/xml,  when_no_match,     xml
            xml-only,  application/xml,  when_no_templates, xml
            xml-only,  application/xml,  never,             xml
            none,      application/xml,  when_no_match,     pass
            none,      application/xml,  when_no_templates, pass
            none,      application/xml,  never,             415
            none,      none,             never,             415
            """)
    void passthrough_matrix(String templates, String contentType, String behavior, String outcome) {
        PassthroughBehavior passthrough = PassthroughBehavior.valueOf(behavior.toUpperCase(Locale.ROOT));
        try (ApiGateway gateway = ApiGateway.builder()
                .route("POST /pets", integration(passthrough, templates))
                .build()) {
            Exchange exchange = send(gateway, contentType);

            String observed = exchange.response().status() == 415
                    ? "415"
                    : exchange.lambdaEvent().raw().equals(BODY)
                            ? "pass"
                            : exchange.lambdaEvent().raw().equals(JSON_TEMPLATE)
                                    ? "json"
                                    : exchange.lambdaEvent().raw().equals(XML_TEMPLATE)
                                            ? "xml"
                                            : exchange.lambdaEvent().raw();
            assertThat(observed).isEqualTo(outcome);
        }
    }

    // The 415: {"message":"Unsupported Media Type"}, Content-Type application/json, an x-amzn-ErrorType header
    // (BadRequestException [inferred] from LocalStack; the exact spacing is not recorded,
    // docs/behavior.md#uncertain-custom-integrations), and the function is never invoked
    // (docs/behavior.md#passthrough-behaviors).
    @Test
    void unsupported_media_type_response() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("POST /pets", integration(PassthroughBehavior.NEVER, "json-only"))
                .build()) {
            Exchange exchange = send(gateway, "application/xml");

            assertThat(exchange)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(415)
                    .hasBody("{\"message\":\"Unsupported Media Type\"}")
                    .hasContentType("application/json")
                    .hasHeaderValues("x-amzn-ErrorType", "BadRequestException");
        }
    }

    // The passed-through event is the body bytes, unmodified: no proxy keys such as httpMethod, headers or
    // requestContext are added (docs/behavior.md#passthrough-behaviors).
    @Test
    void passed_through_event_is_the_body_byte_for_byte() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("POST /pets", integration(PassthroughBehavior.WHEN_NO_MATCH, "none"))
                .build()) {
            Exchange exchange = gateway.post("/pets")
                    .header("Content-Type", "application/json")
                    .body("{ \"spacing\" :  \"kept\" ,\n \"n\": 1.50 }")
                    .send();

            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{ \"spacing\" :  \"kept\" ,\n \"n\": 1.50 }");
        }
    }

    // The execution log says why the body passed through (docs/behavior.md#passthrough-behaviors).
    @Test
    void log_names_the_passthrough() {
        try (ApiGateway gateway = ApiGateway.builder()
                .route("POST /pets", integration(PassthroughBehavior.WHEN_NO_MATCH, "json-only"))
                .build()) {
            Exchange exchange = send(gateway, "application/xml");

            assertThat(exchange)
                    .log()
                    .contains("Request body passed through (no template for application/xml, passthrough behavior"
                            + " WHEN_NO_MATCH)");
        }
    }
}

package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A REST API's SAM {@code GatewayResponses}: each type's status, headers and templates, which SAM writes into the
 * definition with its header values as given (docs/behavior.md#sam-gateway-responses).
 */
final class SamGatewayResponses {

    private static final List<String> FIELDS = List.of("ResponseParameters", "ResponseTemplates", "StatusCode");
    private static final List<String> PARAMETER_FIELDS = List.of("Headers", "Paths", "QueryStrings");

    private SamGatewayResponses() {}

    /**
     * Read the {@code GatewayResponses} property into the API being built.
     *
     * @param responses the resolved property
     * @param builder the API being built
     */
    static void read(MapNode responses, ApiDefinition.Builder builder) {
        responses.fields().forEach((typeName, node) -> {
            String what = "GatewayResponses." + typeName;
            GatewayResponseType type = type(typeName, node);
            MapNode response = SamFields.map(node, what).checkFields(what, FIELDS);
            GatewayResponse.Builder customization = GatewayResponse.of(type);
            response.get("StatusCode").ifPresent(status -> {
                int code = (int) SamFields.integer(status, what + ".StatusCode", 100, 599);
                customization.statusCode(code);
            });
            response.get("ResponseParameters").ifPresent(parameters -> {
                MapNode declared = SamFields.map(parameters, what + ".ResponseParameters")
                        .checkFields(what + ".ResponseParameters", PARAMETER_FIELDS);
                declared.get("Headers")
                        .ifPresent(headers -> SamFields.map(headers, what + ".ResponseParameters.Headers")
                                .fields()
                                .forEach((name, value) -> {
                                    String source = SamFields.text(value, what + ".ResponseParameters.Headers." + name);
                                    SamFields.at(value.location(), () -> customization.header(name, source));
                                }));
                // A gateway response has no path or query string for these to set: no effect on the answer
                // (docs/behavior.md#sam-gateway-responses).
                for (String field : List.of("Paths", "QueryStrings")) {
                    declared.get(field)
                            .ifPresent(values -> SamFields.map(values, what + ".ResponseParameters." + field)
                                    .fields()
                                    .forEach((name, value) ->
                                            SamFields.text(value, what + ".ResponseParameters." + field + "." + name)));
                }
            });
            response.get("ResponseTemplates").ifPresent(templates -> {
                for (Map.Entry<String, Node> template : SamFields.map(templates, what + ".ResponseTemplates")
                        .fields()
                        .entrySet()) {
                    String body = SamFields.text(template.getValue(), what + ".ResponseTemplates." + template.getKey());
                    SamFields.at(template.getValue().location(), () -> customization.template(template.getKey(), body));
                }
            });
            SamFields.at(response.location(), () -> builder.gatewayResponse(customization.build()));
        });
    }

    private static GatewayResponseType type(String name, Node node) {
        try {
            return GatewayResponseType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw node.location()
                    .error("GatewayResponses names the type \"" + name + "\", which API Gateway does not have; its"
                            + " types are "
                            + Arrays.stream(GatewayResponseType.values())
                                    .map(Enum::name)
                                    .toList());
        }
    }
}

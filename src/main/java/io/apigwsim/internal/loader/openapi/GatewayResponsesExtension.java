package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code x-amazon-apigateway-gateway-responses}: the REST API's customized gateway responses by response type
 * (docs/behavior.md#openapi-gateway-responses).
 */
final class GatewayResponsesExtension {

    static final String EXTENSION = "x-amazon-apigateway-gateway-responses";

    private static final List<String> TYPES =
            Arrays.stream(GatewayResponseType.values()).map(Enum::name).toList();
    private static final List<String> FIELDS = List.of("statusCode", "responseParameters", "responseTemplates");
    private static final String HEADER = "gatewayresponse.header.";

    private GatewayResponsesExtension() {}

    /**
     * Add the customized gateway responses to the API.
     *
     * @param extension the extension's value
     * @param api the API being built
     */
    static void read(Node extension, ApiDefinition.Builder api) {
        MapNode responses = extension.asMap(EXTENSION).checkFields(EXTENSION, TYPES);
        for (Map.Entry<String, Node> entry : responses.fields().entrySet()) {
            GatewayResponseType type = GatewayResponseType.valueOf(entry.getKey());
            String what = "gateway response " + type;
            MapNode response = entry.getValue().asMap(what).checkFields(what, FIELDS);
            GatewayResponse.Builder builder = GatewayResponse.of(type);
            response.get("statusCode")
                    .ifPresent(status -> Placed.at(
                            status.location(),
                            () -> builder.statusCode((int) Placed.integer(status, "statusCode", 100, 599))));
            response.get("responseParameters").ifPresent(parameters -> {
                for (Map.Entry<String, Node> parameter :
                        parameters.asMap("responseParameters").fields().entrySet()) {
                    String key = parameter.getKey();
                    Node value = parameter.getValue();
                    if (!key.startsWith(HEADER) || key.length() == HEADER.length()) {
                        throw value.location()
                                .error("response parameter \"" + key + "\" is not a header: a gateway response sets"
                                        + " headers, written gatewayresponse.header.<name>, such as"
                                        + " gatewayresponse.header.Access-Control-Allow-Origin");
                    }
                    Placed.at(
                            value.location(), () -> builder.header(key.substring(HEADER.length()), value.asText(key)));
                }
            });
            response.get("responseTemplates").ifPresent(templates -> {
                for (Map.Entry<String, Node> template :
                        templates.asMap("responseTemplates").fields().entrySet()) {
                    Placed.at(
                            template.getValue().location(),
                            () -> builder.template(
                                    template.getKey(), template.getValue().asText(template.getKey())));
                }
            });
            Placed.at(response.location(), () -> api.gatewayResponse(builder.build()));
        }
    }
}

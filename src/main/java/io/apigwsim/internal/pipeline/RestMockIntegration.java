package io.apigwsim.internal.pipeline;

import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.integration.custom.CustomIntegrationMapping;
import io.apigwsim.internal.integration.custom.CustomRequestResult;
import io.apigwsim.internal.integration.custom.CustomResponse;
import io.apigwsim.internal.integration.custom.TemplateRequest;
import io.apigwsim.internal.lambda.Invocation;

/**
 * A REST API's mock integration: the request template's statusCode selects the integration response, which makes
 * the method response; no function is invoked (docs/behavior.md#mock-integrations). The mapping is the custom
 * integration package's.
 */
final class RestMockIntegration implements RouteIntegration {

    private final CustomIntegrationMapping mapping;

    RestMockIntegration(CustomIntegrationMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public IntegrationRequest request(RequestScope scope) {
        TemplateRequest templates = CustomIntegration.templateRequest(scope);
        CustomRequestResult mapped = mapping.mapRequest(templates);
        if (mapped instanceof CustomRequestResult.UnsupportedMediaType unsupported) {
            scope.log(unsupported.reason());
            return new IntegrationRequest.Refuse(GatewayError.UNSUPPORTED_MEDIA_TYPE);
        }
        if (!(mapped instanceof CustomRequestResult.Invoke sent)) {
            scope.log(((CustomRequestResult.ConfigurationError) mapped).reason());
            return new IntegrationRequest.Refuse(GatewayError.API_CONFIGURATION_ERROR);
        }
        scope.log(sent.description());
        scope.log("Endpoint request body after transformations: ", sent.payload(), sent.binary());
        CustomResponse response = mapping.mapMockResponse(templates, sent);
        if (response instanceof CustomResponse.ConfigurationError error) {
            scope.log(error.reason());
            return new IntegrationRequest.Refuse(GatewayError.API_CONFIGURATION_ERROR);
        }
        CustomResponse.Mapped method = (CustomResponse.Mapped) response;
        scope.log(method.description());
        scope.log("Method response body after transformations: ", method.body(), method.binary());
        return new IntegrationRequest.Answer(
                MethodResponse.mock(scope, method.status(), method.headers(), method.body()));
    }

    /** Never called: a mock integration answers in its integration request. */
    @Override
    public HttpResponse response(RequestScope scope, IntegrationRequest.Invoke sent, Invocation invocation) {
        throw new IllegalStateException("A mock integration answers in its integration request; it invokes nothing");
    }
}

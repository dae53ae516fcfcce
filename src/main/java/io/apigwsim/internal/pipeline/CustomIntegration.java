package io.apigwsim.internal.pipeline;

import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.integration.custom.CustomIntegrationMapping;
import io.apigwsim.internal.integration.custom.CustomRequestResult;
import io.apigwsim.internal.integration.custom.CustomResponse;
import io.apigwsim.internal.integration.custom.TemplateRequest;
import io.apigwsim.internal.lambda.Invocation;

/**
 * A REST API's Lambda custom integration: the request mapped by parameters and templates, the result or error
 * mapped back by integration responses. The mapping itself is the custom integration package's.
 */
final class CustomIntegration implements RouteIntegration {

    private final CustomIntegrationMapping mapping;

    CustomIntegration(CustomIntegrationMapping mapping) {
        this.mapping = mapping;
    }

    /** What the request templates of a custom or mock integration read of the request. */
    static TemplateRequest templateRequest(RequestScope scope) {
        HttpRequest request = scope.request();
        return TemplateRequest.of(
                request.headers(),
                request.body(),
                request.rawQuery().orElse(null),
                scope.route().pathParameters(),
                scope.deployment().stageVariables(),
                scope.addedTraceHeader(),
                scope.context(),
                request.sourceIp());
    }

    @Override
    public IntegrationRequest request(RequestScope scope) {
        TemplateRequest templates = templateRequest(scope);
        CustomRequestResult mapped = mapping.mapRequest(templates);
        if (mapped instanceof CustomRequestResult.UnsupportedMediaType unsupported) {
            scope.log(unsupported.reason());
            return new IntegrationRequest.Refuse(GatewayError.UNSUPPORTED_MEDIA_TYPE);
        }
        if (mapped instanceof CustomRequestResult.ConfigurationError error) {
            scope.log(error.reason());
            return new IntegrationRequest.Refuse(GatewayError.API_CONFIGURATION_ERROR);
        }
        if (mapped instanceof CustomRequestResult.InvalidPayload invalid) {
            // Lambda's Invoke API rejects a payload that is not JSON; the client's status is not settled
            // (docs/behavior.md#uncertain-custom-integrations): answered as an integration failure.
            scope.log("Execution failed: Lambda rejected the invocation: " + invalid.reason());
            return new IntegrationRequest.Refuse(GatewayError.INTEGRATION_FAILURE);
        }
        CustomRequestResult.Invoke invoke = (CustomRequestResult.Invoke) mapped;
        scope.log(invoke.description());
        scope.log("Endpoint request body after transformations: ", invoke.payload(), invoke.binary());
        return new IntegrationRequest.Invoke(invoke.payload(), invoke.asynchronous(), new Mapped(templates, invoke));
    }

    @Override
    public HttpResponse response(RequestScope scope, IntegrationRequest.Invoke sent, Invocation invocation) {
        Mapped state = (Mapped) sent.state();
        String result = invocation == null ? "" : invocation.payloadAsText();
        String errorMessage = invocation != null && invocation.outcome() == Invocation.Outcome.FUNCTION_ERROR
                ? CustomIntegrationMapping.errorMessage(result)
                : null;
        CustomResponse response = mapping.mapResponse(
                state.templates(),
                result,
                errorMessage,
                state.invoke().requestOverride(),
                state.invoke().responseOverride());
        if (response instanceof CustomResponse.ConfigurationError error) {
            scope.log(error.reason());
            return scope.gatewayResponse(GatewayError.API_CONFIGURATION_ERROR);
        }
        CustomResponse.Mapped mapped = (CustomResponse.Mapped) response;
        scope.log(mapped.description());
        scope.log("Method response body after transformations: ", mapped.body(), mapped.binary());
        return MethodResponse.rest(scope, mapped.status(), mapped.headers(), mapped.body());
    }

    /** What the response side needs from the request side: the template input and the overrides set. */
    private record Mapped(TemplateRequest templates, CustomRequestResult.Invoke invoke) {}
}

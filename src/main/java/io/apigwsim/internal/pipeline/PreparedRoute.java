package io.apigwsim.internal.pipeline;

import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.internal.lambda.LambdaFunction;
import io.apigwsim.internal.validation.MethodRequestValidator;
import java.time.Duration;

/**
 * A route ready to serve: its function bound and checked, its integration prepared.
 *
 * @param definition the route as declared
 * @param routeKey the route key, such as {@code GET /pets/{id}}
 * @param resourceId the REST resource's id, stable per resource path; {@code null} for an HTTP API
 * @param function the Lambda function behind the route; {@code null} for a mock integration
 * @param integrationTimeout how long API Gateway waits for the function
 * @param integration the integration request and response of the route
 * @param authorizer the authorizer that guards the route, or {@code null} for an open route
 * @param validator the method's request validator, or {@code null} when its requests are not validated
 */
record PreparedRoute(
        RouteDefinition definition,
        String routeKey,
        String resourceId,
        LambdaFunction function,
        Duration integrationTimeout,
        RouteIntegration integration,
        RouteAuthorizer authorizer,
        MethodRequestValidator validator) {

    PreparedRoute(
            RouteDefinition definition,
            String resourceId,
            LambdaFunction function,
            Duration integrationTimeout,
            RouteIntegration integration,
            RouteAuthorizer authorizer,
            MethodRequestValidator validator) {
        this(
                definition,
                definition.routeKey(),
                resourceId,
                function,
                integrationTimeout,
                integration,
                authorizer,
                validator);
    }
}

package io.apigwsim.internal.pipeline;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.EndpointType;
import java.util.Map;

/**
 * The deployed stage a request reaches: the API's identity and the stage's settings.
 *
 * @param type REST or HTTP
 * @param apiId the API id, the first label of its host
 * @param deploymentId the REST deployment serving the stage; {@code null} for an HTTP API
 * @param domainName the execute-api host
 * @param accountId the API owner's account
 * @param region the API's region
 * @param stage the stage name
 * @param stageVariables the stage variables
 * @param endpointType how clients reach the API
 */
record Deployment(
        ApiType type,
        String apiId,
        String deploymentId,
        String domainName,
        String accountId,
        String region,
        String stage,
        Map<String, String> stageVariables,
        EndpointType endpointType) {

    static Deployment of(ApiDefinition definition, GatewayEnvironment environment) {
        String apiId = environment.apiId();
        String deploymentId = definition.type() == ApiType.REST
                ? new IdSource(environment.identitySeed()).lowerAlphanumeric(6)
                : null;
        return new Deployment(
                definition.type(),
                apiId,
                deploymentId,
                apiId + ".execute-api." + environment.region() + ".amazonaws.com",
                environment.accountId(),
                environment.region(),
                definition.stage(),
                definition.stageVariables(),
                definition.endpointType());
    }

    /** What a named HTTP API stage puts before the path; REST stages and the {@code $default} stage add nothing. */
    String httpPathPrefix() {
        return stage.equals(ApiDefinition.HTTP_DEFAULT_STAGE) ? "" : "/" + stage;
    }
}

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
 * @param domainName the execute-api host, or the custom domain the requests reach
 * @param domainPrefix the first label of the domain name
 * @param accountId the API owner's account
 * @param region the API's region
 * @param stage the stage name
 * @param stageVariables the stage variables
 * @param endpointType how clients reach the API
 * @param customDomain whether requests reach the stage through a custom domain's base path mapping
 * @param basePath the custom domain's base path that maps to the stage, empty or such as {@code /v1}
 */
record Deployment(
        ApiType type,
        String apiId,
        String deploymentId,
        String domainName,
        String domainPrefix,
        String accountId,
        String region,
        String stage,
        Map<String, String> stageVariables,
        EndpointType endpointType,
        boolean customDomain,
        String basePath) {

    static Deployment of(ApiDefinition definition, GatewayEnvironment environment) {
        String apiId = environment.apiId();
        String deploymentId = definition.type() == ApiType.REST
                ? new IdSource(environment.identitySeed()).lowerAlphanumeric(6)
                : null;
        String domainName = environment.customDomain() != null
                ? environment.customDomain()
                : apiId + ".execute-api." + environment.region() + ".amazonaws.com";
        return new Deployment(
                definition.type(),
                apiId,
                deploymentId,
                domainName,
                domainName.substring(0, domainName.indexOf('.') < 0 ? domainName.length() : domainName.indexOf('.')),
                environment.accountId(),
                environment.region(),
                definition.stage(),
                definition.stageVariables(),
                definition.endpointType(),
                environment.customDomain() != null,
                environment.basePath());
    }

    /**
     * What a named HTTP API stage puts before the path; REST stages, the {@code $default} stage and a custom domain's
     * mapping add nothing (docs/behavior.md#custom-domains).
     */
    String httpPathPrefix() {
        return customDomain || stage.equals(ApiDefinition.HTTP_DEFAULT_STAGE) ? "" : "/" + stage;
    }

    /** What comes before the path after the stage in a REST request context's path: the stage, or the base path. */
    String restContextPathPrefix() {
        return customDomain ? basePath : "/" + stage;
    }

    /**
     * What comes before the path in a REST proxy event's path, and in an HTTP API payload 1.0 path: nothing, or a
     * custom domain's base path.
     */
    String restEventPathPrefix() {
        return customDomain ? basePath : "";
    }
}

package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.ApiType;
import io.apigwsim.internal.loader.node.Location;
import io.apigwsim.internal.loader.node.MapNode;
import java.util.Objects;
import java.util.Optional;

/**
 * An API a SAM template declares: an {@code AWS::Serverless::Api} or {@code AWS::Serverless::HttpApi} resource (or
 * the plain CloudFormation {@code AWS::ApiGateway::RestApi} / {@code AWS::ApiGatewayV2::Api}), or the implicit API
 * SAM makes for function events that name none.
 *
 * @param logicalId the resource's logical id, or {@code ServerlessRestApi} / {@code ServerlessHttpApi}
 * @param resourceType the CloudFormation type, or empty for an implicit API
 * @param type REST or HTTP
 * @param properties the resource's properties (with Globals), or empty for an implicit API
 * @param location where the template declares it (the first event naming it, for an implicit API)
 */
record SamApi(
        String logicalId,
        Optional<String> resourceType,
        ApiType type,
        Optional<MapNode> properties,
        Location location) {

    static final String IMPLICIT_REST = "ServerlessRestApi";
    static final String IMPLICIT_HTTP = "ServerlessHttpApi";

    SamApi {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(location, "location");
    }

    boolean implicit() {
        return resourceType.isEmpty();
    }

    String describe() {
        return logicalId + " (" + resourceType.orElse(type == ApiType.REST ? "implicit REST API" : "implicit HTTP API")
                + ", " + location.describe() + ")";
    }
}

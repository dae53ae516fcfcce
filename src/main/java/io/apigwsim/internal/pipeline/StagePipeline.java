package io.apigwsim.internal.pipeline;

import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiType;
import io.apigwsim.http.HttpRequest;

/** One deployed stage of an API, REST or HTTP, that answers requests. */
public interface StagePipeline extends AutoCloseable {

    /**
     * Check the definition and prepare every route, before any request.
     *
     * @throws io.apigwsim.definition.ApiDefinitionException naming the route and the fix
     */
    static StagePipeline create(ApiDefinition definition, GatewayEnvironment environment) {
        return definition.type() == ApiType.HTTP
                ? new HttpApiPipeline(definition, environment)
                : RequestPipeline.create(definition, environment);
    }

    /** Send one request through the stage, as a client at {@code sourceIp} would. */
    Exchange send(HttpRequest request, String sourceIp);

    /** Stop the threads that run handlers. */
    @Override
    void close();
}

package io.apigwsim.internal.loader;

import io.apigwsim.definition.ApiType;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the test says about a definition it loads.
 *
 * @param declaredType the API type the test declared ({@code .httpApi()}), if any
 * @param stageVariables the stage variables the test sets, which win over the definition's
 * @param templateParameters SAM template parameter values the test sets
 * @param samApi the logical id of the SAM template's API to serve, when the template has several
 * @param region the gateway's region, for CloudFormation's {@code AWS::Region}
 * @param accountId the gateway's account, for {@code AWS::AccountId}
 */
public record LoadOptions(
        Optional<ApiType> declaredType,
        Map<String, String> stageVariables,
        Map<String, String> templateParameters,
        Optional<String> samApi,
        String region,
        String accountId) {

    /** Check and copy the parts. */
    public LoadOptions {
        Objects.requireNonNull(declaredType, "declaredType");
        stageVariables = Map.copyOf(stageVariables);
        templateParameters = Map.copyOf(templateParameters);
        Objects.requireNonNull(samApi, "samApi");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
    }
}

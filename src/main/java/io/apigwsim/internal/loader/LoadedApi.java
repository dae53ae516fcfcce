package io.apigwsim.internal.loader;

import io.apigwsim.definition.ApiDefinition;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded definition: the API it declares, its stage and stage variables, and the functions it names.
 *
 * @param api the API as the definition declares it, without stage or stage variables
 * @param stage the stage the definition names (a SAM {@code StageName}), if any
 * @param stageVariables the stage variables, the test's over the definition's
 * @param functionUses each function the definition names, with the first place that names it
 * @param functions the functions a SAM template declares, by logical id
 */
public record LoadedApi(
        ApiDefinition.Builder api,
        Optional<String> stage,
        Map<String, String> stageVariables,
        Map<String, String> functionUses,
        Map<String, FunctionConfig> functions) {

    /** Check and copy the parts. */
    public LoadedApi {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(stage, "stage");
        stageVariables = Map.copyOf(stageVariables);
        functionUses = Map.copyOf(functionUses);
        functions = Map.copyOf(functions);
    }
}

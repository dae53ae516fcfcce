package io.apigwsim.internal.loader;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.internal.loader.node.DefinitionReader;
import io.apigwsim.internal.loader.openapi.FunctionReferences;
import io.apigwsim.internal.loader.openapi.OpenApiDocument;
import io.apigwsim.internal.loader.openapi.OpenApiReader;
import io.apigwsim.internal.loader.sam.SamReader;
import java.util.Map;
import java.util.Optional;

/** Loads the API a definition file declares (docs/behavior.md#definitions). */
public final class DefinitionLoader {

    private DefinitionLoader() {}

    /**
     * Load an OpenAPI 3.0 or Swagger 2.0 document with API Gateway's extensions.
     *
     * @param source the file
     * @param options what the test says about it
     * @return the API
     */
    public static LoadedApi openApi(DefinitionSource source, LoadOptions options) {
        OpenApiDocument document =
                OpenApiDocument.of(DefinitionReader.read(source.name(), source.text()), options.declaredType());
        ApiDefinition.Builder api = ApiDefinition.builder();
        FunctionReferences functions = new FunctionReferences();
        OpenApiReader.read(document, api, functions, options.stageVariables());
        return new LoadedApi(api, Optional.empty(), options.stageVariables(), functions.firstUses(), Map.of());
    }

    /**
     * Load an AWS SAM template.
     *
     * @param source the file
     * @param options what the test says about it
     * @return the API
     */
    public static LoadedApi samTemplate(DefinitionSource source, LoadOptions options) {
        return SamReader.read(source, options);
    }
}

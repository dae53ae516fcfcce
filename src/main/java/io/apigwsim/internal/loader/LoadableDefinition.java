package io.apigwsim.internal.loader;

import java.util.Objects;

/**
 * A definition file a gateway serves: an OpenAPI document or a SAM template.
 *
 * @param openApi whether the file is an OpenAPI document rather than a SAM template
 * @param source the file
 */
public record LoadableDefinition(boolean openApi, DefinitionSource source) {

    /** Check the parts. */
    public LoadableDefinition {
        Objects.requireNonNull(source, "source");
    }

    /**
     * Load the file.
     *
     * @param options what the test says about it
     * @return the API it declares
     */
    public LoadedApi load(LoadOptions options) {
        return openApi ? DefinitionLoader.openApi(source, options) : DefinitionLoader.samTemplate(source, options);
    }
}

package io.apigwsim.internal.loader;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.internal.pipeline.FunctionBinding;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the functions a loaded definition names: to the handler the test bound by that name, or else to an instance
 * of the class the SAM function's {@code Handler} names; the function's timeout and memory size come along
 * (docs/behavior.md#definition-functions).
 */
public final class LoadedFunctions {

    private LoadedFunctions() {}

    /**
     * The bindings for a loaded definition.
     *
     * @param loaded the definition
     * @param bound the handlers the test bound, by name
     * @param source the definition's file, for messages and its class loader
     * @return every binding the gateway needs
     */
    public static Map<String, FunctionBinding> bind(
            LoadedApi loaded, Map<String, FunctionBinding> bound, DefinitionSource source) {
        Map<String, FunctionBinding> result = new LinkedHashMap<>(bound);
        for (Map.Entry<String, String> use : loaded.functionUses().entrySet()) {
            String name = use.getKey();
            Optional<FunctionConfig> config =
                    Optional.ofNullable(loaded.functions().get(name));
            FunctionBinding binding = result.get(name);
            if (binding == null) {
                if (config.isPresent() && config.get().handler().isPresent()) {
                    binding = new FunctionBinding(
                            HandlerClasses.instantiate(config.get(), source.classLoader()), Optional.empty());
                } else {
                    throw new ApiDefinitionException(capitalized(use.getValue()) + " names the function \"" + name
                            + "\", which has no handler. Bind one with ApiGateway.builder().function(\"" + name
                            + "\", handler) or, in a JUnit test, a @LambdaFunction(\"" + name + "\") field"
                            + config.map(function -> "; or give the function a Handler class on the test's class path ("
                                            + function.origin() + ")")
                                    .orElse(""));
                }
            }
            if (config.isPresent()) {
                binding =
                        binding.configured(config.get().timeout(), config.get().memorySizeMb());
            }
            result.put(name, binding);
        }
        return result;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

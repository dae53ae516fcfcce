package io.apigwsim.internal.loader.openapi;

import io.apigwsim.internal.loader.node.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Lambda functions a definition names, each with the first place that names it, for binding errors. */
public final class FunctionReferences {

    private final Map<String, String> firstUse = new LinkedHashMap<>();
    private final Map<String, String> bindingNames;

    /** References bound by the function name the definition writes. */
    public FunctionReferences() {
        this(Map.of());
    }

    /**
     * References bound by another name than the definition writes, as a SAM template's functions are bound by
     * logical id while ARNs carry their {@code FunctionName}.
     *
     * @param bindingNames the name to bind, by function name
     */
    public FunctionReferences(Map<String, String> bindingNames) {
        this.bindingNames = Map.copyOf(bindingNames);
    }

    /**
     * Record that a place names a function.
     *
     * @param name the function name
     * @param location where the definition names it
     * @param usedBy what uses it, such as "the integration of GET /pets"
     * @return the name to bind
     */
    public String add(String name, Location location, String usedBy) {
        String bindingName = bindingNames.getOrDefault(name, name);
        firstUse.putIfAbsent(bindingName, usedBy + " (" + location.describe() + ")");
        return bindingName;
    }

    /** The functions named, each with the first place that names it, in the order the definition names them. */
    public Map<String, String> firstUses() {
        return Collections.unmodifiableMap(firstUse);
    }
}

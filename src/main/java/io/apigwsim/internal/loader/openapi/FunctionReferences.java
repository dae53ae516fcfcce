package io.apigwsim.internal.loader.openapi;

import io.apigwsim.internal.loader.node.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Lambda functions a definition names, each with the first place that names it, for binding errors. */
public final class FunctionReferences {

    private final Map<String, String> firstUse = new LinkedHashMap<>();

    /**
     * Record that a place names a function.
     *
     * @param name the function name
     * @param location where the definition names it
     * @param usedBy what uses it, such as "the integration of GET /pets"
     * @return the name
     */
    public String add(String name, Location location, String usedBy) {
        firstUse.putIfAbsent(name, usedBy + " (" + location.describe() + ")");
        return name;
    }

    /** The functions named, each with the first place that names it, in the order the definition names them. */
    public Map<String, String> firstUses() {
        return Collections.unmodifiableMap(firstUse);
    }
}

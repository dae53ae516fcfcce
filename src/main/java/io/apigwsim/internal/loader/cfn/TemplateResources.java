package io.apigwsim.internal.loader.cfn;

import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A template's resources: those it declares, which of them its conditions exclude, and the resources the SAM
 * transform adds that templates refer to: the implicit {@code ServerlessRestApi} and {@code ServerlessHttpApi}, and
 * the {@code {Function}Role} of each function without a {@code Role}
 * (docs/behavior.md#sam-templates-intrinsic-functions-and-parameters).
 */
final class TemplateResources {

    static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";
    static final String LAMBDA_FUNCTION = "AWS::Lambda::Function";
    static final String SERVERLESS_API = "AWS::Serverless::Api";
    static final String SERVERLESS_HTTP_API = "AWS::Serverless::HttpApi";
    static final String IAM_ROLE = "AWS::IAM::Role";

    private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]+");

    private final MapNode section;
    private final Map<String, MapNode> declared;
    private final Map<String, String> types;
    // Excluded resources with the condition that excludes them; empty until the conditions are known.
    private final Map<String, String> excluded;
    private final Map<String, String> generatedTypes;

    private TemplateResources(
            MapNode section,
            Map<String, MapNode> declared,
            Map<String, String> types,
            Map<String, String> excluded,
            Map<String, String> generatedTypes) {
        this.section = section;
        this.declared = Collections.unmodifiableMap(declared);
        this.types = Collections.unmodifiableMap(types);
        this.excluded = Collections.unmodifiableMap(excluded);
        this.generatedTypes = Collections.unmodifiableMap(generatedTypes);
    }

    /**
     * Read and check the {@code Resources} section, before the conditions are known.
     *
     * @param section the section
     * @param parameters the template's parameters, whose names resources may not reuse
     * @return the resources, none excluded yet
     */
    static TemplateResources read(MapNode section, TemplateParameters parameters) {
        Map<String, MapNode> declared = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : section.fields().entrySet()) {
            String id = entry.getKey();
            Node value = entry.getValue();
            if (!LOGICAL_ID.matcher(id).matches()) {
                throw value.location()
                        .error("the logical id \"" + id + "\" is not alphanumeric; CloudFormation accepts only the"
                                + " letters A-Z and a-z and the digits 0-9 in logical ids");
            }
            if (parameters.declares(id)) {
                throw value.location()
                        .error("the resource " + id + " has the name of a parameter; CloudFormation requires logical"
                                + " ids to be unique across Parameters and Resources");
            }
            MapNode resource = value.asMap("The resource " + id);
            Node type = resource.require("Type", "The resource " + id);
            types.put(id, type.asText("The Type of resource " + id));
            resource.get("Condition").ifPresent(condition -> condition.asText("The Condition of resource " + id));
            declared.put(id, resource);
        }
        return new TemplateResources(section, declared, types, Map.of(), Map.of());
    }

    /**
     * These resources once the conditions are known: those whose {@code Condition} is false are excluded, and the
     * resources SAM generates for the remaining ones are added.
     *
     * @param conditions the template's evaluated conditions
     * @return the resources of this deployment
     */
    TemplateResources withConditions(TemplateConditions conditions) {
        Map<String, String> excluded = new LinkedHashMap<>();
        declared.forEach((id, resource) -> resource.get("Condition").ifPresent(node -> {
            String name = node.asText("The Condition of resource " + id);
            if (!conditions.holds(name, node.location(), "the resource " + id)) {
                excluded.put(id, name);
            }
        }));
        Map<String, String> generated = new LinkedHashMap<>();
        declared.forEach((id, resource) -> {
            if (!excluded.containsKey(id) && types.get(id).equals(SERVERLESS_FUNCTION)) {
                addGenerated(id, resource, generated);
            }
        });
        generated.keySet().removeAll(declared.keySet());
        return new TemplateResources(section, declared, types, excluded, generated);
    }

    // SAM adds {Function}Role when a function has no Role, and the implicit APIs for events that name no API.
    private static void addGenerated(String id, MapNode function, Map<String, String> generated) {
        Optional<MapNode> properties =
                function.get("Properties").filter(MapNode.class::isInstance).map(MapNode.class::cast);
        if (properties.map(p -> !p.has("Role")).orElse(true)) {
            generated.put(id + "Role", IAM_ROLE);
        }
        if (properties.flatMap(p -> p.get("Events")).orElse(null) instanceof MapNode events) {
            for (Node event : events.fields().values()) {
                if (!(event instanceof MapNode eventMap)
                        || !(eventMap.get("Type").orElse(null) instanceof ScalarNode type)) {
                    continue;
                }
                Optional<MapNode> eventProperties = eventMap.get("Properties")
                        .filter(MapNode.class::isInstance)
                        .map(MapNode.class::cast);
                if (type.text().equals("Api")
                        && eventProperties.map(p -> !p.has("RestApiId")).orElse(true)) {
                    generated.put("ServerlessRestApi", SERVERLESS_API);
                } else if (type.text().equals("HttpApi")
                        && eventProperties.map(p -> !p.has("ApiId")).orElse(true)) {
                    generated.put("ServerlessHttpApi", SERVERLESS_HTTP_API);
                }
            }
        }
    }

    /** The type of a resource the deployment creates, declared or generated by SAM. */
    Optional<String> type(String id) {
        if (excluded.containsKey(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(types.get(id)).or(() -> Optional.ofNullable(generatedTypes.get(id)));
    }

    /** Whether the template declares a resource of this name, created or not. */
    boolean declares(String id) {
        return declared.containsKey(id);
    }

    /** The condition that excludes a declared resource from this deployment, if one does. */
    Optional<String> excludedBy(String id) {
        return Optional.ofNullable(excluded.get(id));
    }

    /** A declared resource that the deployment creates. */
    Optional<MapNode> resource(String id) {
        return excluded.containsKey(id) ? Optional.empty() : Optional.ofNullable(declared.get(id));
    }

    /** The {@code Resources} section without the excluded resources. */
    MapNode included() {
        Map<String, Node> fields = new LinkedHashMap<>(section.fields());
        fields.keySet().removeAll(excluded.keySet());
        return new MapNode(section.location(), fields);
    }

    /** The names of every resource the deployment creates, declared then generated, for messages. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        declared.keySet().stream().filter(id -> !excluded.containsKey(id)).forEach(names::add);
        names.addAll(generatedTypes.keySet());
        return names;
    }
}

package io.apigwsim.internal.loader.cfn;

import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SAM's {@code Globals} section: which properties each resource type may take from it, and how a resource's own
 * properties merge with them (docs/behavior.md#sam-globals).
 */
final class SamGlobals {

    // The properties the AWS::Serverless transform accepts in each section. Source: SAM's globals.rst and the
    // transform's own list, samtranslator/plugins/globals/globals.py in aws/serverless-application-model.
    private static final Map<String, List<String>> PROPERTIES = sections();

    // The properties SAM's documentation names as deliberately not supported in Globals.
    private static final Map<String, List<String>> REFUSED = Map.of(
            "Function", List.of("Role", "Policies", "FunctionName", "Events"),
            "Api", List.of("StageName", "DefinitionBody"),
            "HttpApi", List.of("StageName", "DefinitionBody", "DefinitionUri"));

    private final Map<String, MapNode> sections;

    private SamGlobals(Map<String, MapNode> sections) {
        this.sections = Collections.unmodifiableMap(sections);
    }

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put(
                "Api",
                List.of(
                        "Auth",
                        "Name",
                        "DefinitionUri",
                        "CacheClusterEnabled",
                        "CacheClusterSize",
                        "MergeDefinitions",
                        "Variables",
                        "EndpointConfiguration",
                        "MethodSettings",
                        "BinaryMediaTypes",
                        "MinimumCompressionSize",
                        "Cors",
                        "GatewayResponses",
                        "AccessLogSetting",
                        "CanarySetting",
                        "TracingEnabled",
                        "OpenApiVersion",
                        "Domain",
                        "AlwaysDeploy",
                        "PropagateTags",
                        "SecurityPolicy",
                        "EndpointAccessMode"));
        sections.put(
                "CapacityProvider",
                List.of(
                        "VpcConfig",
                        "OperatorRole",
                        "Tags",
                        "InstanceRequirements",
                        "ScalingConfig",
                        "KmsKeyArn",
                        "PropagateTags"));
        sections.put(
                "Function",
                List.of(
                        "Handler",
                        "Runtime",
                        "CodeUri",
                        "DeadLetterQueue",
                        "Description",
                        "MemorySize",
                        "Timeout",
                        "VpcConfig",
                        "Environment",
                        "Tags",
                        "PropagateTags",
                        "Tracing",
                        "KmsKeyArn",
                        "AutoPublishAlias",
                        "AutoPublishAliasAllProperties",
                        "Layers",
                        "DeploymentPreference",
                        "RolePath",
                        "PermissionsBoundary",
                        "ReservedConcurrentExecutions",
                        "ProvisionedConcurrencyConfig",
                        "AssumeRolePolicyDocument",
                        "EventInvokeConfig",
                        "FileSystemConfigs",
                        "CodeSigningConfigArn",
                        "Architectures",
                        "SnapStart",
                        "EphemeralStorage",
                        "FunctionUrlConfig",
                        "RuntimeManagementConfig",
                        "LoggingConfig",
                        "RecursiveLoop",
                        "SourceKMSKeyArn",
                        "TenancyConfig",
                        "DurableConfig",
                        "CapacityProviderConfig",
                        "FunctionScalingConfig",
                        "PublishToLatestPublished",
                        "VersionDeletionPolicy"));
        sections.put(
                "HttpApi",
                List.of(
                        "Auth",
                        "AccessLogSettings",
                        "StageVariables",
                        "Tags",
                        "CorsConfiguration",
                        "DefaultRouteSettings",
                        "Domain",
                        "RouteSettings",
                        "FailOnWarnings",
                        "PropagateTags"));
        sections.put("LayerVersion", List.of("PublishLambdaVersion"));
        sections.put("SimpleTable", List.of("SSESpecification"));
        sections.put("StateMachine", List.of("PropagateTags"));
        sections.put(
                "WebSocketApi",
                List.of(
                        "AccessLogSettings",
                        "ApiKeySelectionExpression",
                        "DefaultRouteSettings",
                        "DisableExecuteApiEndpoint",
                        "DisableSchemaValidation",
                        "Domain",
                        "FailOnWarnings",
                        "IpAddressType",
                        "PropagateTags",
                        "RouteSelectionExpression",
                        "RouteSettings",
                        "StageVariables",
                        "Tags"));
        return Collections.unmodifiableMap(sections);
    }

    /**
     * Read and check the {@code Globals} section.
     *
     * @param root the template
     * @return the sections it declares
     */
    static SamGlobals read(MapNode root) {
        Optional<Node> globals = root.get("Globals");
        if (globals.isEmpty()) {
            return new SamGlobals(Map.of());
        }
        MapNode section = globals.get().asMap("Globals");
        Map<String, MapNode> sections = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : section.fields().entrySet()) {
            String name = entry.getKey();
            List<String> allowed = PROPERTIES.get(name);
            if (allowed == null) {
                throw entry.getValue()
                        .location()
                        .error("Globals has no section \"" + name + "\""
                                + Suggestions.endOfSentence(name, PROPERTIES.keySet())
                                + " The AWS::Serverless transform rejects the template. The sections are "
                                + List.copyOf(PROPERTIES.keySet()));
            }
            MapNode properties = entry.getValue().asMap("Globals." + name);
            for (Map.Entry<String, Node> property : properties.fields().entrySet()) {
                String key = property.getKey();
                if (allowed.contains(key)) {
                    continue;
                }
                if (REFUSED.getOrDefault(name, List.of()).contains(key)) {
                    throw property.getValue()
                            .location()
                            .error("SAM does not allow " + key + " in Globals." + name + "; the AWS::Serverless"
                                    + " transform rejects the template. Set " + key + " on each resource instead");
                }
                throw property.getValue()
                        .location()
                        .error("Globals." + name + " has no property \"" + key + "\""
                                + Suggestions.endOfSentence(key, allowed)
                                + " The AWS::Serverless transform rejects the template. Its properties are "
                                + allowed);
            }
            sections.put(name, properties);
        }
        return new SamGlobals(sections);
    }

    /** Whether SAM has a Globals section of this name. */
    static boolean isSection(String name) {
        return PROPERTIES.containsKey(name);
    }

    /** The names of the Globals sections, for messages. */
    static List<String> sectionNames() {
        return List.copyOf(PROPERTIES.keySet());
    }

    /** The global properties of a section, if the template declares the section. */
    Optional<MapNode> section(String name) {
        return Optional.ofNullable(sections.get(name));
    }

    /**
     * A resource's {@code Properties} with the globals of its type merged in, leaving out the global properties its
     * {@code IgnoreGlobals} attribute names ({@code "*"} for all). Resources that are not SAM resources with a
     * Globals section keep their properties as they are.
     *
     * @param id the resource's logical id
     * @param resource the resource's object
     * @param type its type
     * @return the merged properties; an empty object where the resource has none
     */
    MapNode properties(String id, MapNode resource, String type) {
        MapNode properties = resource.get("Properties")
                .map(node -> node.asMap("The Properties of resource " + id))
                .orElse(new MapNode(
                        resource.location()
                                .key("Properties", resource.location().line()),
                        Map.of()));
        String prefix = "AWS::Serverless::";
        if (!type.startsWith(prefix) || !sections.containsKey(type.substring(prefix.length()))) {
            return properties;
        }
        String section = type.substring(prefix.length());
        return merge(section, properties, ignored(id, resource, sections.get(section)));
    }

    // SAM's IgnoreGlobals resource attribute: "*", or a list of properties the section sets.
    private static List<String> ignored(String id, MapNode resource, MapNode section) {
        Optional<Node> attribute = resource.get("IgnoreGlobals");
        if (attribute.isEmpty()) {
            return List.of();
        }
        if (attribute.get() instanceof ScalarNode scalar && scalar.text().equals("*")) {
            return List.copyOf(section.fields().keySet());
        }
        if (attribute.get() instanceof ListNode list) {
            for (Node element : list.elements()) {
                String name = element.asText("Each entry of IgnoreGlobals");
                if (!section.has(name)) {
                    throw element.location()
                            .error("the IgnoreGlobals of resource " + id + " names " + name + ", which Globals does"
                                    + " not set for its type; the AWS::Serverless transform rejects the template."
                                    + " The globals are "
                                    + List.copyOf(section.fields().keySet()));
                }
            }
            return list.texts("IgnoreGlobals");
        }
        throw attribute
                .get()
                .location()
                .error("the IgnoreGlobals of resource " + id + " must be \"*\" or a list of global property names,"
                        + " not " + attribute.get().kind());
    }

    /**
     * A resource's properties merged over the section's globals: the resource's primitive values replace the
     * global ones, maps merge key by key (the resource's entries win), lists are the global entries followed by
     * the resource's; where the two differ in kind the resource's value wins. An intrinsic function counts as a
     * primitive value.
     *
     * @param section the Globals section of the resource's type
     * @param properties the resource's own properties
     * @param ignored global properties left out
     * @return the merged properties, with the location of the resource's object
     */
    MapNode merge(String section, MapNode properties, List<String> ignored) {
        MapNode global = sections.get(section);
        if (global == null) {
            return properties;
        }
        Map<String, Node> kept = new LinkedHashMap<>(global.fields());
        kept.keySet().removeAll(ignored);
        return (MapNode) merge(new MapNode(global.location(), kept), properties);
    }

    private static Node merge(Node global, Node local) {
        if (global instanceof MapNode globalMap
                && local instanceof MapNode localMap
                && globalMap.intrinsicFunction().isEmpty()
                && localMap.intrinsicFunction().isEmpty()) {
            Map<String, Node> merged = new LinkedHashMap<>(globalMap.fields());
            localMap.fields().forEach((key, value) -> merged.merge(key, value, SamGlobals::merge));
            return new MapNode(localMap.location(), merged);
        }
        if (global instanceof ListNode globalList && local instanceof ListNode localList) {
            List<Node> merged = new ArrayList<>(globalList.elements());
            merged.addAll(localList.elements());
            return new ListNode(localList.location(), merged);
        }
        return local;
    }
}

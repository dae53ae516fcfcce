package io.apigwsim.internal.loader.cfn;

import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CloudFormation template, as the AWS SAM loader reads it: its parameters with this deployment's values, its
 * conditions evaluated, the resources the deployment creates, SAM's {@code Globals}, and the intrinsic functions
 * resolved the way CloudFormation would resolve them in a fake account and region
 * (docs/behavior.md#sam-templates-intrinsic-functions-and-parameters, #sam-globals).
 *
 * <p>Everything CloudFormation or the AWS::Serverless transform would refuse before deploying (an override of a
 * parameter the template lacks, a parameter without a value, a value breaking its constraints, a condition or
 * reference the template does not declare, a Globals property SAM does not allow) is an {@link
 * io.apigwsim.definition.ApiDefinitionException} naming the file, line and path. What CloudFormation could resolve
 * only in a real account ({@code Fn::ImportValue}, {@code Fn::GetAZs}, attributes apigw-sim does not model) is left
 * as the function's object by {@link #resolve(Node)}; a reader that needs the value reports it then.
 */
public final class CloudFormationTemplate {

    // The top-level sections of a template, with SAM's Globals.
    private static final List<String> SECTIONS = List.of(
            "AWSTemplateFormatVersion",
            "Description",
            "Metadata",
            "Parameters",
            "Rules",
            "Mappings",
            "Conditions",
            "Transform",
            "Globals",
            "Resources",
            "Outputs",
            "Hooks");

    private final MapNode root;
    private final TemplateEnvironment environment;
    private final TemplateResources resources;
    private final SamGlobals globals;
    private final IntrinsicResolver resolver;

    private CloudFormationTemplate(
            MapNode root,
            TemplateEnvironment environment,
            TemplateResources resources,
            SamGlobals globals,
            IntrinsicResolver resolver) {
        this.root = root;
        this.environment = environment;
        this.resources = resources;
        this.globals = globals;
        this.resolver = resolver;
    }

    /**
     * Read a template and check what CloudFormation checks before it deploys.
     *
     * @param root the template's root object, as {@link io.apigwsim.internal.loader.node.DefinitionReader} read it
     * @param parameterOverrides the parameter values the test sets, by name; the others take their {@code Default}
     * @param environment the fake region, account and stack, and how to read the files the template names
     * @return the template
     * @throws io.apigwsim.definition.ApiDefinitionException where CloudFormation or SAM would refuse the template
     */
    public static CloudFormationTemplate of(
            MapNode root, Map<String, String> parameterOverrides, TemplateEnvironment environment) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(parameterOverrides, "parameterOverrides");
        Objects.requireNonNull(environment, "environment");
        root.checkFields("The template", SECTIONS);
        MapNode section = root.require("Resources", "The template").asMap("Resources");
        boolean languageExtensions = transforms(root).contains("AWS::LanguageExtensions");
        Optional<MapNode> mappings = root.get("Mappings").map(node -> node.asMap("Mappings"));
        TemplateParameters parameters = TemplateParameters.read(root, parameterOverrides);
        TemplateResources declared = TemplateResources.read(section, parameters);
        SamGlobals globals = SamGlobals.read(root);
        TemplateConditions conditions = TemplateConditions.evaluate(
                root,
                IntrinsicResolver.forConditions(
                        environment, parameters, mappings, languageExtensions, declared, globals));
        TemplateResources resources = declared.withConditions(conditions);
        IntrinsicResolver resolver = IntrinsicResolver.forTemplate(
                environment, parameters, mappings, languageExtensions, resources, conditions, globals);
        return new CloudFormationTemplate(root, environment, resources, globals, resolver);
    }

    // Transform: one name, or a list of names.
    private static List<String> transforms(MapNode root) {
        Optional<Node> transform = root.get("Transform");
        if (transform.isEmpty()) {
            return List.of();
        }
        if (transform.get() instanceof ScalarNode scalar) {
            return List.of(scalar.text());
        }
        if (transform.get() instanceof ListNode list) {
            return list.elements().stream()
                    .filter(ScalarNode.class::isInstance)
                    .map(element -> ((ScalarNode) element).text())
                    .toList();
        }
        return List.of();
    }

    /** The environment the template is resolved in. */
    public TemplateEnvironment environment() {
        return environment;
    }

    /** The template's root object, as read. */
    public MapNode root() {
        return root;
    }

    /**
     * The {@code Resources} section without the resources whose {@code Condition} is false, unresolved.
     *
     * @return the resources this deployment creates, by logical id, in template order
     */
    public MapNode resources() {
        return resources.included();
    }

    /**
     * The resources of one type that this deployment creates, unresolved.
     *
     * @param type a resource type, such as {@code AWS::Serverless::Function}
     * @return each resource's object by logical id, in template order
     */
    public Map<String, MapNode> resourcesOfType(String type) {
        Objects.requireNonNull(type, "type");
        Map<String, MapNode> found = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : resources.included().fields().entrySet()) {
            MapNode resource = (MapNode) entry.getValue();
            if (resource.require("Type", "").asText("Type").equals(type)) {
                found.put(entry.getKey(), resource);
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /**
     * Resolve the intrinsic functions in a subtree of the template: {@code Ref}, {@code Fn::GetAtt}, {@code
     * Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::If}, {@code Fn::FindInMap},
     * {@code Fn::Base64}, {@code Fn::Length}, {@code Fn::ToJsonString} and {@code Fn::Transform} of {@code
     * AWS::Include}. A resolved value keeps the location of the function it replaces; {@code Ref: AWS::NoValue}
     * removes its field or list element. Functions that cannot be resolved offline stay as they are.
     *
     * @param node a node of the template (or of a file it includes)
     * @return the resolved node
     * @throws io.apigwsim.definition.ApiDefinitionException where CloudFormation would reject the functions, or
     *     when the node itself is {@code AWS::NoValue}
     */
    public Node resolve(Node node) {
        Objects.requireNonNull(node, "node");
        return resolver.value(node)
                .orElseThrow(() -> node.location()
                        .error("this value is AWS::NoValue, which removes it, where the template needs a value"));
    }

    /**
     * A section of SAM's {@code Globals}, unresolved.
     *
     * @param section {@code Function}, {@code Api}, {@code HttpApi}, {@code SimpleTable}, {@code LayerVersion}, ...
     * @return the section's properties, if the template declares the section
     */
    public Optional<MapNode> globals(String section) {
        checkSection(section);
        return globals.section(section);
    }

    /**
     * SAM's merge of a section's globals into a resource's properties: the resource's primitive values win, maps
     * merge key by key (the resource's entries win), lists are the global entries followed by the resource's, and
     * where the two differ in kind (an intrinsic function counts as primitive) the resource's value wins. Use it for
     * resources the template does not declare, such as the implicit API; {@link #propertiesWithGlobals(String)}
     * reads a declared resource.
     *
     * @param section the Globals section, such as {@code Api}
     * @param properties the resource's own properties, unresolved
     * @return the merged properties, unresolved
     */
    public MapNode withGlobals(String section, MapNode properties) {
        checkSection(section);
        Objects.requireNonNull(properties, "properties");
        return globals.merge(section, properties, List.of());
    }

    /**
     * A resource's {@code Properties} with SAM's globals of its type merged in (honouring its {@code IgnoreGlobals}
     * attribute), unresolved.
     *
     * @param logicalId a resource this deployment creates
     * @return its merged properties; an empty object when it has none
     * @throws IllegalArgumentException when the deployment creates no such resource
     */
    public MapNode propertiesWithGlobals(String logicalId) {
        MapNode resource = resources
                .resource(logicalId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "the deployment creates no resource " + logicalId + "; its resources are "
                                + List.copyOf(resources.included().fields().keySet())));
        return globals.properties(
                logicalId, resource, resource.require("Type", "").asText("Type"));
    }

    /**
     * The name of a Lambda function resource, as {@code Ref} gives it: its {@code FunctionName}, else its logical id
     * (apigw-sim's stand-in for the name CloudFormation would generate).
     *
     * @param logicalId an {@code AWS::Serverless::Function} or {@code AWS::Lambda::Function} the deployment creates
     * @return the name, or empty when the {@code FunctionName} cannot be resolved offline
     */
    public Optional<String> functionName(String logicalId) {
        String type = resources.type(logicalId).orElse("");
        if (!type.equals(TemplateResources.SERVERLESS_FUNCTION) && !type.equals(TemplateResources.LAMBDA_FUNCTION)) {
            throw new IllegalArgumentException("the deployment creates no Lambda function " + logicalId);
        }
        return resolver.functionName(logicalId);
    }

    /**
     * The logical id of the function resource of a name, so that a function ARN resolved from the template leads
     * back to its resource.
     *
     * @param functionName a function name, such as the one in {@code arn:aws:lambda:...:function:{name}}
     * @return the logical id of the function of that name, if the deployment creates one
     */
    public Optional<String> functionLogicalId(String functionName) {
        Objects.requireNonNull(functionName, "functionName");
        for (String type : List.of(TemplateResources.SERVERLESS_FUNCTION, TemplateResources.LAMBDA_FUNCTION)) {
            for (String id : resourcesOfType(type).keySet()) {
                if (resolver.functionName(id).filter(functionName::equals).isPresent()) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Read the OpenAPI file a {@code DefinitionUri} names, without resolving anything in it: SAM does not resolve
     * intrinsic functions in such files (to resolve them, a template includes the file in {@code DefinitionBody}
     * with {@code AWS::Include}).
     *
     * @param definitionUri the {@code DefinitionUri} property: a file path relative to the template
     * @return the file's root node
     * @throws io.apigwsim.definition.ApiDefinitionException for an S3 location, or when the environment reads no files
     */
    public Node readDefinitionUri(Node definitionUri) {
        Objects.requireNonNull(definitionUri, "definitionUri");
        if (definitionUri instanceof MapNode map && map.intrinsicFunction().isEmpty()) {
            throw definitionUri
                    .location()
                    .error("DefinitionUri names an S3 object (Bucket, Key); apigw-sim reads local files only. Write"
                            + " the path of the OpenAPI file relative to the template");
        }
        String path = definitionUri.asText("DefinitionUri");
        if (path.startsWith("s3://")) {
            throw definitionUri
                    .location()
                    .error("DefinitionUri names the S3 object " + path + "; apigw-sim reads local files only. Write"
                            + " the path of the OpenAPI file relative to the template");
        }
        if (environment.includeLoader() == null) {
            throw definitionUri
                    .location()
                    .error("DefinitionUri names " + path + ", but this template was given as text, with no folder"
                            + " to read other files from; load the template from a file");
        }
        Node file = environment.includeLoader().apply(path);
        if (file == null) {
            throw definitionUri.location().error("DefinitionUri names " + path + ", which could not be read");
        }
        return file;
    }

    private static void checkSection(String section) {
        Objects.requireNonNull(section, "section");
        if (!SamGlobals.isSection(section)) {
            throw new IllegalArgumentException(
                    "Globals has no section " + section + "; its sections are " + SamGlobals.sectionNames());
        }
    }

    @Override
    public String toString() {
        return "CloudFormationTemplate[" + root.location().file() + "]";
    }
}

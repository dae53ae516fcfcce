package io.apigwsim.internal.loader.cfn;

import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.Location;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.NodeJson;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves CloudFormation's intrinsic functions the way CloudFormation would when it deploys the template into the
 * {@link TemplateEnvironment} (docs/behavior.md#sam-templates-intrinsic-functions-and-parameters).
 *
 * <p>A resolved value replaces the function's object and keeps its location. {@code AWS::NoValue} is an empty
 * result, which removes the enclosing field or list element. What cannot be known offline ({@code Fn::ImportValue},
 * {@code Fn::GetAZs}, {@code Fn::Cidr}, attributes apigw-sim does not model, other macros) stays an object with the
 * function's single key, its arguments resolved as far as they go; a reader that needs its value then reports it.
 * Mistakes CloudFormation rejects (a name the template does not declare, a bad argument) are errors.
 */
final class IntrinsicResolver {

    // A stand-in for the id API Gateway generates [UNCERTAIN] (docs/behavior.md#uncertain-sam-templates).
    static final String ROOT_RESOURCE_ID = "rootres000";

    private static final List<String> PSEUDO_PARAMETERS = List.of(
            "AWS::AccountId",
            "AWS::NotificationARNs",
            "AWS::NoValue",
            "AWS::Partition",
            "AWS::Region",
            "AWS::StackId",
            "AWS::StackName",
            "AWS::URLSuffix");
    private static final List<String> FUNCTIONS = List.of(
            "Fn::And",
            "Fn::Base64",
            "Fn::Cidr",
            "Fn::Equals",
            "Fn::FindInMap",
            "Fn::GetAtt",
            "Fn::GetAZs",
            "Fn::If",
            "Fn::ImportValue",
            "Fn::Join",
            "Fn::Length",
            "Fn::Not",
            "Fn::Or",
            "Fn::Select",
            "Fn::Split",
            "Fn::Sub",
            "Fn::ToJsonString",
            "Fn::Transform");
    private static final Set<String> CONDITION_FUNCTIONS = Set.of("Fn::And", "Fn::Equals", "Fn::Not", "Fn::Or");
    private static final Set<String> OFFLINE_UNKNOWN = Set.of("Fn::Cidr", "Fn::GetAZs", "Fn::ImportValue");

    private final TemplateEnvironment environment;
    private final TemplateParameters parameters;
    private final Optional<MapNode> mappings;
    private final boolean languageExtensions;
    private final TemplateResources resources;
    // Empty while the conditions themselves are evaluated: they may not refer to resources nor use Fn::If.
    private final Optional<TemplateConditions> conditions;
    private final SamGlobals globals;

    private IntrinsicResolver(
            TemplateEnvironment environment,
            TemplateParameters parameters,
            Optional<MapNode> mappings,
            boolean languageExtensions,
            TemplateResources resources,
            Optional<TemplateConditions> conditions,
            SamGlobals globals) {
        this.environment = environment;
        this.parameters = parameters;
        this.mappings = mappings;
        this.languageExtensions = languageExtensions;
        this.resources = resources;
        this.conditions = conditions;
        this.globals = globals;
    }

    /** The resolver the {@code Conditions} section is evaluated with: parameters, pseudo parameters, mappings. */
    static IntrinsicResolver forConditions(
            TemplateEnvironment environment,
            TemplateParameters parameters,
            Optional<MapNode> mappings,
            boolean languageExtensions,
            TemplateResources declared,
            SamGlobals globals) {
        return new IntrinsicResolver(
                environment, parameters, mappings, languageExtensions, declared, Optional.empty(), globals);
    }

    /** The resolver of the rest of the template, once the conditions and so the resources are known. */
    static IntrinsicResolver forTemplate(
            TemplateEnvironment environment,
            TemplateParameters parameters,
            Optional<MapNode> mappings,
            boolean languageExtensions,
            TemplateResources resources,
            TemplateConditions conditions,
            SamGlobals globals) {
        return new IntrinsicResolver(
                environment, parameters, mappings, languageExtensions, resources, Optional.of(conditions), globals);
    }

    /**
     * Resolve every intrinsic function in a subtree.
     *
     * @param node the subtree
     * @return its value, or empty when it is {@code AWS::NoValue}
     */
    Optional<Node> value(Node node) {
        return new Resolution().value(node);
    }

    /**
     * The name of a function resource the deployment creates: its {@code FunctionName}, else its logical id.
     *
     * @param id the function's logical id
     * @return the name, or empty when the {@code FunctionName} cannot be resolved offline
     */
    Optional<String> functionName(String id) {
        return new Resolution().functionName(id);
    }

    /** The first object left unresolved in a resolved value, searching depth first. */
    static Optional<Node> firstUnresolved(Node node) {
        if (node instanceof MapNode map) {
            if (map.intrinsicFunction().isPresent()) {
                return Optional.of(map);
            }
            for (Node value : map.fields().values()) {
                Optional<Node> found = firstUnresolved(value);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node instanceof ListNode list) {
            for (Node element : list.elements()) {
                Optional<Node> found = firstUnresolved(element);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isUnresolved(Node node) {
        return node instanceof MapNode map && map.intrinsicFunction().isPresent();
    }

    /** One call's state: the functions whose names are being resolved, to catch a name that refers to itself. */
    private final class Resolution {

        private final Set<String> functionsInProgress = new LinkedHashSet<>();

        Optional<Node> value(Node node) {
            if (node instanceof ScalarNode) {
                return Optional.of(node);
            }
            if (node instanceof ListNode list) {
                List<Node> elements = new ArrayList<>();
                for (Node element : list.elements()) {
                    value(element).ifPresent(elements::add);
                }
                return Optional.of(new ListNode(list.location(), elements));
            }
            MapNode map = (MapNode) node;
            Optional<String> function = map.intrinsicFunction();
            if (function.isPresent()) {
                return call(map, function.get(), map.fields().get(function.get()));
            }
            Map<String, Node> fields = new LinkedHashMap<>();
            for (Map.Entry<String, Node> field : map.fields().entrySet()) {
                if (field.getKey().equals("Fn::Transform")) {
                    include(map, field.getValue(), fields);
                } else {
                    value(field.getValue()).ifPresent(value -> fields.put(field.getKey(), value));
                }
            }
            return Optional.of(new MapNode(map.location(), fields));
        }

        private Optional<Node> call(MapNode call, String function, Node argument) {
            return switch (function) {
                case "Ref" -> ref(call, argument);
                case "Fn::GetAtt" -> getAtt(call, argument);
                case "Fn::Sub" -> sub(call, argument);
                case "Fn::Join" -> join(call, argument);
                case "Fn::Select" -> select(call, argument);
                case "Fn::Split" -> split(call, argument);
                case "Fn::If" -> fnIf(call, argument);
                case "Fn::FindInMap" -> findInMap(call, argument);
                case "Fn::Base64" -> base64(call, argument);
                case "Fn::Length" -> length(call, argument);
                case "Fn::ToJsonString" -> toJsonString(call, argument);
                case "Fn::Transform" -> transform(call, argument);
                default -> {
                    if (OFFLINE_UNKNOWN.contains(function)) {
                        yield Optional.of(unresolved(call, function, argument));
                    }
                    if (CONDITION_FUNCTIONS.contains(function)) {
                        throw call.location()
                                .error(function + " is a condition function, which CloudFormation accepts only under"
                                        + " Conditions; declare a condition there and choose the value with Fn::If");
                    }
                    if (function.startsWith("Fn::ForEach::")) {
                        // A loop of the AWS::LanguageExtensions transform, which apigw-sim does not expand.
                        yield Optional.of(call);
                    }
                    throw call.location()
                            .error(function + " is not an intrinsic function"
                                    + Suggestions.endOfSentence(function, FUNCTIONS)
                                    + " CloudFormation rejects the template. The functions are Ref, Condition and "
                                    + FUNCTIONS);
                }
            };
        }

        // The function's object again, its argument resolved as far as it goes.
        private Node unresolved(MapNode call, String function, Node argument) {
            Node resolved = value(argument).orElse(argument);
            Map<String, Node> fields = new LinkedHashMap<>();
            fields.put(function, resolved);
            return new MapNode(call.location(), fields);
        }

        private Node required(Node node, String what) {
            return value(node)
                    .orElseThrow(
                            () -> node.location().error(what + " is AWS::NoValue, which has no value to use here"));
        }

        private String text(Node node, String what) {
            Node resolved = required(node, what);
            return resolved.asText(what);
        }

        // ----- Ref -----

        private Optional<Node> ref(MapNode call, Node argument) {
            String name = text(argument, "Ref");
            return reference(call, "Ref", name, name);
        }

        // What Ref gives for a name; Fn::Sub's ${Name} is the same.
        private Optional<Node> reference(MapNode call, String function, String name, String written) {
            Location at = call.location();
            if (name.startsWith("AWS::")) {
                return pseudoParameter(call, function, name);
            }
            if (parameters.declares(name)) {
                Optional<Node> value = parameters.refValue(name, at);
                return value.isPresent() ? value : Optional.of(refNode(call, name));
            }
            checkResource(call, function, name, written);
            int dot = name.indexOf('.');
            if (dot > 0) {
                return samGeneratedReference(call, function, name.substring(0, dot), name.substring(dot + 1), written);
            }
            String type = resources.type(name).orElseThrow();
            return switch (type) {
                case TemplateResources.SERVERLESS_FUNCTION, TemplateResources.LAMBDA_FUNCTION ->
                    Optional.of(functionName(name)
                            .<Node>map(functionName -> ScalarNode.string(at, functionName))
                            .orElseGet(() -> refNode(call, name)));
                case "AWS::Cognito::UserPool" -> Optional.of(ScalarNode.string(at, userPoolId(name)));
                default -> Optional.of(ScalarNode.string(at, name));
            };
        }

        private Node refNode(MapNode call, String name) {
            return call.intrinsicFunction().orElseThrow().equals("Ref")
                    ? call
                    : new MapNode(call.location(), Map.of("Ref", ScalarNode.string(call.location(), name)));
        }

        private Optional<Node> pseudoParameter(MapNode call, String function, String name) {
            Location at = call.location();
            return switch (name) {
                case "AWS::AccountId" -> Optional.of(ScalarNode.string(at, environment.accountId()));
                case "AWS::NotificationARNs" -> Optional.of(new ListNode(at, List.of()));
                case "AWS::NoValue" -> {
                    if (!function.equals("Ref")) {
                        throw at.error(function + " uses AWS::NoValue, which only Ref can name");
                    }
                    yield Optional.empty();
                }
                case "AWS::Partition" -> Optional.of(ScalarNode.string(at, environment.partition()));
                case "AWS::Region" -> Optional.of(ScalarNode.string(at, environment.region()));
                case "AWS::StackId" -> Optional.of(ScalarNode.string(at, environment.stackId()));
                case "AWS::StackName" -> Optional.of(ScalarNode.string(at, environment.stackName()));
                case "AWS::URLSuffix" -> Optional.of(ScalarNode.string(at, environment.urlSuffix()));
                default ->
                    throw at.error(function + " refers to " + name + ", which is not a pseudo parameter"
                            + Suggestions.endOfSentence(name, PSEUDO_PARAMETERS)
                            + " CloudFormation rejects the template. The pseudo parameters are "
                            + PSEUDO_PARAMETERS);
            };
        }

        // A name that must be a resource the deployment creates: SAM's "Function.Alias" names one of its own.
        private void checkResource(MapNode call, String function, String name, String written) {
            int dot = name.indexOf('.');
            String id = dot > 0 ? name.substring(0, dot) : name;
            Location at = call.location();
            if (conditions.isEmpty()
                    && (resources.declares(id) || resources.type(id).isPresent())) {
                throw at.error(function + " refers to the resource " + id + " in Conditions; CloudFormation"
                        + " evaluates conditions before it creates resources and rejects the template (\"Cannot"
                        + " reference resources in the Conditions block of the template\")");
            }
            Optional<String> excludedBy = resources.excludedBy(id);
            if (excludedBy.isPresent()) {
                throw at.error(function + " refers to " + written + ", which this deployment does not create: its"
                        + " Condition " + excludedBy.get() + " is false, and CloudFormation rejects the template"
                        + " (\"Unresolved resource dependencies [" + id + "]\"). Refer to it only in a branch of"
                        + " Fn::If [" + excludedBy.get() + ", ...]");
            }
            if (resources.type(id).isEmpty()) {
                List<String> names = new ArrayList<>(parameters.names());
                names.addAll(resources.names());
                throw at.error(function + " refers to " + written + ", which the template does not declare"
                        + Suggestions.endOfSentence(id, names)
                        + " CloudFormation rejects the template. Declare it under Parameters or Resources");
            }
        }

        // SAM's references to the resources it generates: Function.Alias names the alias of AutoPublishAlias.
        private Optional<Node> samGeneratedReference(
                MapNode call, String function, String id, String suffix, String written) {
            String type = resources.type(id).orElseThrow();
            if (type.equals(TemplateResources.SERVERLESS_FUNCTION) && suffix.equals("Alias")) {
                Optional<Node> alias = globals.properties(
                                id, resources.resource(id).orElseThrow(), type)
                        .get("AutoPublishAlias");
                if (alias.isEmpty()) {
                    throw call.location()
                            .error(function + " refers to " + written + ", but the function " + id
                                    + " sets no AutoPublishAlias, so SAM creates no alias");
                }
                String aliasName = text(alias.get(), "The AutoPublishAlias of " + id);
                Optional<String> name = functionName(id);
                return Optional.of(
                        name.<Node>map(n -> ScalarNode.string(call.location(), functionArn(n) + ":" + aliasName))
                                .orElseGet(() -> refNode(call, written)));
            }
            boolean api = type.equals(TemplateResources.SERVERLESS_API)
                    && (suffix.equals("Stage") || suffix.equals("Deployment"));
            boolean version = type.equals(TemplateResources.SERVERLESS_FUNCTION) && suffix.equals("Version");
            if (api || version) {
                // Resources SAM generates whose ids apigw-sim does not model.
                return Optional.of(refNode(call, written));
            }
            throw call.location()
                    .error(function + " refers to " + written + ", which the template does not declare; a dot"
                            + " names a resource SAM generates only in Function.Alias, Function.Version, Api.Stage"
                            + " and Api.Deployment. For an attribute write Fn::GetAtt");
        }

        private MapNode properties(String id) {
            MapNode resource = resources.resource(id).orElseThrow();
            return resource.get("Properties")
                    .map(node -> node.asMap("The Properties of " + id))
                    .orElse(new MapNode(resource.location(), Map.of()));
        }

        Optional<String> functionName(String id) {
            MapNode properties = properties(id);
            Optional<Node> declared = properties.get("FunctionName");
            if (declared.isEmpty()) {
                return Optional.of(id);
            }
            if (!functionsInProgress.add(id)) {
                throw declared.get()
                        .location()
                        .error("the FunctionName of " + id + " refers to itself ("
                                + String.join(" -> ", functionsInProgress) + " -> " + id
                                + "); CloudFormation rejects circular references");
            }
            try {
                Node name = required(declared.get(), "The FunctionName of " + id);
                if (isUnresolved(name)) {
                    return Optional.empty();
                }
                return Optional.of(name.asText("The FunctionName of " + id));
            } finally {
                functionsInProgress.remove(id);
            }
        }

        private String functionArn(String name) {
            return "arn:" + environment.partition() + ":lambda:" + environment.region() + ":" + environment.accountId()
                    + ":function:" + name;
        }

        private String userPoolId(String id) {
            return environment.region() + "_" + id;
        }

        // ----- Fn::GetAtt -----

        private Optional<Node> getAtt(MapNode call, Node argument) {
            String id;
            Node attributeNode;
            if (argument instanceof ScalarNode dotted) {
                int dot = dotted.text().indexOf('.');
                if (dot <= 0 || dot == dotted.text().length() - 1) {
                    throw dotted.location()
                            .error("Fn::GetAtt \"" + dotted.text() + "\" names no attribute; write"
                                    + " [LogicalId, Attribute] or LogicalId.Attribute, for example PetsFunction.Arn");
                }
                id = dotted.text().substring(0, dot);
                attributeNode =
                        ScalarNode.string(dotted.location(), dotted.text().substring(dot + 1));
            } else {
                List<Node> parts = argument.asList("Fn::GetAtt").elements();
                if (parts.size() != 2) {
                    throw argument.location()
                            .error("Fn::GetAtt takes [LogicalId, Attribute], not a list of " + parts.size());
                }
                id = parts.get(0).asText("The logical id of Fn::GetAtt");
                attributeNode = parts.get(1);
            }
            Node attribute = required(attributeNode, "The attribute of Fn::GetAtt");
            if (isUnresolved(attribute)) {
                return Optional.of(unresolved(call, "Fn::GetAtt", argument));
            }
            return attribute(call, "Fn::GetAtt", id, attribute.asText("The attribute of Fn::GetAtt"));
        }

        private Optional<Node> attribute(MapNode call, String function, String id, String attribute) {
            if (parameters.declares(id)) {
                throw call.location()
                        .error(function + " reads an attribute of " + id + ", which is a parameter; only resources"
                                + " have attributes. Write Ref " + id + " for its value");
            }
            checkResource(call, function, id, id);
            String type = resources.type(id).orElseThrow();
            Optional<String> value = attributeValue(id, type, attribute);
            Location at = call.location();
            if (value.isPresent()) {
                return Optional.of(ScalarNode.string(at, value.get()));
            }
            Map<String, Node> fields = new LinkedHashMap<>();
            fields.put(
                    "Fn::GetAtt",
                    new ListNode(
                            at,
                            List.of(
                                    ScalarNode.string(at.index(0, at.line()), id),
                                    ScalarNode.string(at.index(1, at.line()), attribute))));
            return Optional.of(new MapNode(at, fields));
        }

        private Optional<String> attributeValue(String id, String type, String attribute) {
            String partition = environment.partition();
            String region = environment.region();
            String account = environment.accountId();
            switch (type) {
                case TemplateResources.SERVERLESS_FUNCTION, TemplateResources.LAMBDA_FUNCTION:
                    return attribute.equals("Arn") ? functionName(id).map(this::functionArn) : Optional.empty();
                case TemplateResources.SERVERLESS_API, "AWS::ApiGateway::RestApi":
                    return attribute.equals("RootResourceId") ? Optional.of(ROOT_RESOURCE_ID) : Optional.empty();
                case TemplateResources.IAM_ROLE:
                    return attribute.equals("Arn")
                            ? Optional.of("arn:" + partition + ":iam::" + account + ":role/" + id)
                            : Optional.empty();
                case "AWS::Cognito::UserPool":
                    String pool = userPoolId(id);
                    String provider = "cognito-idp." + region + "." + environment.urlSuffix() + "/" + pool;
                    return switch (attribute) {
                        case "Arn" ->
                            Optional.of("arn:" + partition + ":cognito-idp:" + region + ":" + account + ":userpool/"
                                    + pool);
                        case "ProviderName" -> Optional.of(provider);
                        case "ProviderURL" -> Optional.of("https://" + provider);
                        case "UserPoolId" -> Optional.of(pool);
                        default -> Optional.empty();
                    };
                default:
                    return Optional.empty();
            }
        }

        // ----- Fn::Sub -----

        private Optional<Node> sub(MapNode call, Node argument) {
            Node template;
            Optional<MapNode> variables = Optional.empty();
            if (argument instanceof ListNode list) {
                if (list.elements().size() != 2) {
                    throw argument.location()
                            .error("Fn::Sub takes a string, or [string, {variables}], not a list of "
                                    + list.elements().size());
                }
                template = list.elements().get(0);
                variables = Optional.of(list.elements().get(1).asMap("The variables of Fn::Sub"));
            } else {
                template = argument;
            }
            String text = template.asText("Fn::Sub");
            StringBuilder result = new StringBuilder();
            for (SubTemplate.Part part : SubTemplate.parse(text)) {
                if (part instanceof SubTemplate.Literal literal) {
                    result.append(literal.text());
                    continue;
                }
                String name = ((SubTemplate.Variable) part).name();
                Node value = subVariable(call, name, variables);
                if (isUnresolved(value) || firstUnresolved(value).isPresent()) {
                    return Optional.of(unresolved(call, "Fn::Sub", argument));
                }
                if (!(value instanceof ScalarNode scalar)) {
                    throw call.location()
                            .error("Fn::Sub inserts ${" + name + "}, which is " + value.kind() + "; Fn::Sub inserts"
                                    + " strings only (to join a list, use Fn::Join)");
                }
                result.append(scalar.text());
            }
            return Optional.of(ScalarNode.string(call.location(), result.toString()));
        }

        private Node subVariable(MapNode call, String name, Optional<MapNode> variables) {
            Optional<Node> variable = variables.flatMap(map -> map.get(name));
            Optional<Node> value;
            if (variable.isPresent()) {
                value = value(variable.get());
            } else {
                int dot = name.indexOf('.');
                String id = dot > 0 ? name.substring(0, dot) : name;
                boolean samAlias = dot > 0
                        && name.substring(dot + 1).equals("Alias")
                        && resources
                                .type(id)
                                .filter(TemplateResources.SERVERLESS_FUNCTION::equals)
                                .isPresent();
                value = dot > 0 && !name.startsWith("AWS::") && !samAlias
                        ? attribute(call, "Fn::Sub", id, name.substring(dot + 1))
                        : reference(call, "Fn::Sub", name, "${" + name + "}");
            }
            if (value.isEmpty()) {
                throw call.location().error("Fn::Sub inserts ${" + name + "}, which is AWS::NoValue");
            }
            return value.get();
        }

        // ----- lists: Fn::Join, Fn::Select, Fn::Split, Fn::Length -----

        private List<Node> arguments(Node argument, String function, String shape, int count) {
            List<Node> elements = argument.asList(function + " " + shape).elements();
            if (elements.size() != count) {
                throw argument.location().error(function + " takes " + shape + ", not a list of " + elements.size());
            }
            return elements;
        }

        private Optional<Node> join(MapNode call, Node argument) {
            List<Node> parts = arguments(argument, "Fn::Join", "[delimiter, [values]]", 2);
            String delimiter = text(parts.get(0), "The delimiter of Fn::Join");
            Node values = required(parts.get(1), "The values of Fn::Join");
            if (isUnresolved(values)) {
                return Optional.of(unresolved(call, "Fn::Join", argument));
            }
            List<String> texts = new ArrayList<>();
            for (Node element : values.asList("The values of Fn::Join").elements()) {
                if (isUnresolved(element)) {
                    return Optional.of(unresolved(call, "Fn::Join", argument));
                }
                texts.add(element.asText("Each value of Fn::Join"));
            }
            return Optional.of(ScalarNode.string(call.location(), String.join(delimiter, texts)));
        }

        private Optional<Node> select(MapNode call, Node argument) {
            List<Node> parts = arguments(argument, "Fn::Select", "[index, [values]]", 2);
            Node indexNode = required(parts.get(0), "The index of Fn::Select");
            Node values = required(parts.get(1), "The values of Fn::Select");
            if (isUnresolved(indexNode) || isUnresolved(values)) {
                return Optional.of(unresolved(call, "Fn::Select", argument));
            }
            String indexText = indexNode.asText("The index of Fn::Select");
            int index;
            try {
                index = Integer.parseInt(indexText.strip());
            } catch (NumberFormatException e) {
                throw indexNode
                        .location()
                        .error("the index of Fn::Select must be a whole number, not \"" + indexText + "\"");
            }
            List<Node> elements = values.asList("The values of Fn::Select").elements();
            if (index < 0 || index >= elements.size()) {
                throw call.location()
                        .error("Fn::Select takes element " + index + " of a list of " + elements.size()
                                + "; CloudFormation fails the deployment on an index out of bounds");
            }
            Node selected = elements.get(index);
            if (selected instanceof ScalarNode scalar) {
                if (scalar.type() == ScalarNode.Type.NULL) {
                    throw call.location()
                            .error("Fn::Select takes element " + index + ", which is null; CloudFormation fails"
                                    + " the deployment on a null value");
                }
                return Optional.of(new ScalarNode(call.location(), scalar.text(), scalar.type()));
            }
            return Optional.of(selected);
        }

        private Optional<Node> split(MapNode call, Node argument) {
            List<Node> parts = arguments(argument, "Fn::Split", "[delimiter, string]", 2);
            String delimiter = text(parts.get(0), "The delimiter of Fn::Split");
            if (delimiter.isEmpty()) {
                throw parts.get(0).location().error("the delimiter of Fn::Split must not be empty");
            }
            Node source = required(parts.get(1), "The string of Fn::Split");
            if (isUnresolved(source)) {
                return Optional.of(unresolved(call, "Fn::Split", argument));
            }
            String text = source.asText("The string of Fn::Split");
            Location at = call.location();
            List<Node> elements = new ArrayList<>();
            int start = 0;
            while (true) {
                int found = text.indexOf(delimiter, start);
                String item = found < 0 ? text.substring(start) : text.substring(start, found);
                elements.add(ScalarNode.string(at.index(elements.size(), at.line()), item));
                if (found < 0) {
                    break;
                }
                start = found + delimiter.length();
            }
            return Optional.of(new ListNode(at, elements));
        }

        private Optional<Node> length(MapNode call, Node argument) {
            requireLanguageExtensions(call, "Fn::Length");
            Node values = required(argument, "The list of Fn::Length");
            if (isUnresolved(values)) {
                return Optional.of(unresolved(call, "Fn::Length", argument));
            }
            int size = values.asList("Fn::Length").elements().size();
            return Optional.of(new ScalarNode(call.location(), String.valueOf(size), ScalarNode.Type.INTEGER));
        }

        // ----- Fn::If, Fn::FindInMap, Fn::Base64, Fn::ToJsonString -----

        private Optional<Node> fnIf(MapNode call, Node argument) {
            List<Node> parts = arguments(argument, "Fn::If", "[condition, value if true, value if false]", 3);
            if (conditions.isEmpty()) {
                throw call.location()
                        .error("Fn::If is not allowed in Conditions; combine conditions with Fn::And, Fn::Or,"
                                + " Fn::Not and Condition");
            }
            String condition = parts.get(0).asText("The condition of Fn::If");
            boolean holds = conditions.get().holds(condition, parts.get(0).location(), "Fn::If");
            return value(parts.get(holds ? 1 : 2));
        }

        private Optional<Node> findInMap(MapNode call, Node argument) {
            List<Node> parts = argument.asList("Fn::FindInMap").elements();
            if (parts.size() != 3 && parts.size() != 4) {
                throw argument.location()
                        .error("Fn::FindInMap takes [MapName, TopLevelKey, SecondLevelKey], not a list of "
                                + parts.size());
            }
            Optional<Node> defaultValue = Optional.empty();
            if (parts.size() == 4) {
                requireLanguageExtensions(call, "Fn::FindInMap with a DefaultValue");
                MapNode options = parts.get(3).asMap("The fourth element of Fn::FindInMap");
                options.checkFields("The fourth element of Fn::FindInMap", List.of("DefaultValue"));
                defaultValue = Optional.of(options.require("DefaultValue", "The fourth element of Fn::FindInMap"));
            }
            List<String> keys = new ArrayList<>();
            for (Node key : parts.subList(0, 3)) {
                Node resolved = required(key, "A key of Fn::FindInMap");
                if (isUnresolved(resolved)) {
                    return Optional.of(unresolved(call, "Fn::FindInMap", argument));
                }
                keys.add(resolved.asText("A key of Fn::FindInMap"));
            }
            Node found = null;
            String missing = null;
            if (mappings.isEmpty() || !mappings.get().has(keys.get(0))) {
                missing = "the mapping " + keys.get(0) + ", which the template does not declare under Mappings"
                        + mappings.map(m -> " (its mappings are "
                                        + List.copyOf(m.fields().keySet()) + ")")
                                .orElse("");
            } else {
                MapNode map = mappings.get().require(keys.get(0), "").asMap("Mappings." + keys.get(0));
                if (!map.has(keys.get(1))) {
                    missing = "the key " + keys.get(1) + ", which Mappings." + keys.get(0) + " does not have (its keys"
                            + " are " + List.copyOf(map.fields().keySet()) + ")";
                } else {
                    MapNode second = map.require(keys.get(1), "").asMap("Mappings." + keys.get(0) + "." + keys.get(1));
                    if (!second.has(keys.get(2))) {
                        missing = "the key " + keys.get(2) + ", which Mappings." + keys.get(0) + "." + keys.get(1)
                                + " does not have (its keys are "
                                + List.copyOf(second.fields().keySet()) + ")";
                    } else {
                        found = second.require(keys.get(2), "");
                    }
                }
            }
            if (found == null) {
                if (defaultValue.isPresent()) {
                    return value(defaultValue.get()).map(value -> relocate(value, call.location()));
                }
                throw call.location()
                        .error("Fn::FindInMap looks up " + missing + "; CloudFormation fails the deployment");
            }
            return Optional.of(relocate(found, call.location()));
        }

        private Node relocate(Node node, Location at) {
            if (node instanceof ScalarNode scalar) {
                return new ScalarNode(at, scalar.text(), scalar.type());
            }
            if (node instanceof ListNode list) {
                List<Node> elements = new ArrayList<>();
                for (int i = 0; i < list.elements().size(); i++) {
                    elements.add(relocate(list.elements().get(i), at.index(i, at.line())));
                }
                return new ListNode(at, elements);
            }
            return node;
        }

        private Optional<Node> base64(MapNode call, Node argument) {
            Node value = required(argument, "Fn::Base64");
            if (isUnresolved(value)) {
                return Optional.of(unresolved(call, "Fn::Base64", argument));
            }
            String text = value.asText("Fn::Base64");
            return Optional.of(ScalarNode.string(
                    call.location(), Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))));
        }

        private Optional<Node> toJsonString(MapNode call, Node argument) {
            requireLanguageExtensions(call, "Fn::ToJsonString");
            Node value = required(argument, "Fn::ToJsonString");
            if (firstUnresolved(value).isPresent()) {
                return Optional.of(unresolved(call, "Fn::ToJsonString", argument));
            }
            if (value instanceof ScalarNode) {
                throw argument.location().error("Fn::ToJsonString takes an object or a list, not " + value.kind());
            }
            return Optional.of(
                    ScalarNode.string(call.location(), NodeJson.toJson(value).toString()));
        }

        private void requireLanguageExtensions(MapNode call, String what) {
            if (!languageExtensions) {
                throw call.location()
                        .error(what + " needs the AWS::LanguageExtensions transform, which the template does not"
                                + " declare; CloudFormation rejects the template. Add it to the Transform list:"
                                + " Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]");
            }
        }

        // ----- Fn::Transform: AWS::Include -----

        private Optional<Node> transform(MapNode call, Node argument) {
            Optional<String> location = includeLocation(argument);
            if (location.isEmpty()) {
                // Another macro, which apigw-sim cannot run.
                return Optional.of(call);
            }
            return value(load(argument, location.get()));
        }

        // A Fn::Transform key beside other fields: the included object's fields join the object's; a field
        // both set is refused [UNCERTAIN] (docs/behavior.md#uncertain-sam-templates).
        private void include(MapNode map, Node argument, Map<String, Node> fields) {
            Optional<String> location = includeLocation(argument);
            if (location.isEmpty()) {
                fields.put("Fn::Transform", argument);
                return;
            }
            Node snippet = load(argument, location.get());
            Optional<Node> resolved = value(snippet);
            if (resolved.isEmpty()) {
                return;
            }
            MapNode included = resolved.get().asMap("The file " + location.get() + ", included beside other fields,");
            for (Map.Entry<String, Node> field : included.fields().entrySet()) {
                if (map.has(field.getKey())) {
                    throw field.getValue()
                            .location()
                            .error("the included file sets " + field.getKey() + ", which the object that includes"
                                    + " it (" + map.location().describe() + ") sets too; keep one");
                }
                fields.put(field.getKey(), field.getValue());
            }
        }

        private Optional<String> includeLocation(Node argument) {
            MapNode transform = argument.asMap("Fn::Transform");
            String name = transform.require("Name", "Fn::Transform").asText("The Name of Fn::Transform");
            if (!name.equals("AWS::Include")) {
                return Optional.empty();
            }
            transform.checkFields("Fn::Transform", List.of("Name", "Parameters"));
            MapNode parameters = transform
                    .require("Parameters", "Fn::Transform of AWS::Include")
                    .asMap("The Parameters of AWS::Include");
            parameters.checkFields("The Parameters of AWS::Include", List.of("Location"));
            Node location = parameters.require("Location", "The Parameters of AWS::Include");
            if (!(location instanceof ScalarNode)) {
                throw location.location()
                        .error("the Location of AWS::Include must be written as a file name; apigw-sim does not"
                                + " resolve functions there");
            }
            return Optional.of(location.asText("The Location of AWS::Include"));
        }

        private Node load(Node argument, String location) {
            if (environment.includeLoader() == null) {
                throw argument.location()
                        .error("AWS::Include includes " + location + ", but this template was given as text, with"
                                + " no folder to read other files from; load the template from a file");
            }
            Node snippet = environment.includeLoader().apply(location);
            if (snippet == null) {
                throw argument.location().error("AWS::Include includes " + location + ", which could not be read");
            }
            nestedInclude(snippet).ifPresent(nested -> {
                throw nested.location()
                        .error("the included file " + location + " uses AWS::Include itself; CloudFormation does"
                                + " not include files from included files. Include it from the template");
            });
            return snippet;
        }

        private Optional<Node> nestedInclude(Node node) {
            if (node instanceof MapNode map) {
                Optional<Node> transform = map.get("Fn::Transform");
                if (transform.isPresent()
                        && transform.get() instanceof MapNode call
                        && call.get("Name")
                                .filter(n ->
                                        n instanceof ScalarNode s && s.text().equals("AWS::Include"))
                                .isPresent()) {
                    return Optional.of(transform.get());
                }
                for (Node value : map.fields().values()) {
                    Optional<Node> found = nestedInclude(value);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            } else if (node instanceof ListNode list) {
                for (Node element : list.elements()) {
                    Optional<Node> found = nestedInclude(element);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }
    }
}

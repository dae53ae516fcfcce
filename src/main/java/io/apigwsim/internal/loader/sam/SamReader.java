package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.EndpointType;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.internal.loader.DefinitionSource;
import io.apigwsim.internal.loader.FunctionConfig;
import io.apigwsim.internal.loader.LoadOptions;
import io.apigwsim.internal.loader.LoadedApi;
import io.apigwsim.internal.loader.cfn.CloudFormationTemplate;
import io.apigwsim.internal.loader.cfn.TemplateEnvironment;
import io.apigwsim.internal.loader.node.DefinitionReader;
import io.apigwsim.internal.loader.node.Location;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import io.apigwsim.internal.loader.openapi.FunctionReferences;
import io.apigwsim.internal.loader.openapi.OpenApiDocument;
import io.apigwsim.internal.loader.openapi.OpenApiReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads an AWS SAM template: its functions, its APIs (explicit or implicit), and the routes their events and
 * definition bodies declare (docs/behavior.md#definition-sam).
 */
public final class SamReader {

    static final String SERVERLESS_TRANSFORM = "AWS::Serverless-2016-10-31";
    private static final String FUNCTION = "AWS::Serverless::Function";
    private static final String REST_API = "AWS::Serverless::Api";
    private static final String HTTP_API = "AWS::Serverless::HttpApi";
    private static final String CFN_REST_API = "AWS::ApiGateway::RestApi";
    private static final String CFN_HTTP_API = "AWS::ApiGatewayV2::Api";

    private static final List<String> REST_PROPERTIES = List.of(
            "StageName",
            "DefinitionBody",
            "DefinitionUri",
            "Variables",
            "BinaryMediaTypes",
            "Cors",
            "Auth",
            "GatewayResponses",
            "Models",
            "MethodSettings",
            "ApiKeySourceType",
            "EndpointConfiguration",
            // Accepted without effect on the requests apigw-sim answers (docs/behavior.md#definition-sam).
            "Name",
            "Description",
            "Tags",
            "TracingEnabled",
            "OpenApiVersion",
            "AccessLogSetting",
            "CacheClusterEnabled",
            "CacheClusterSize",
            "CanarySetting",
            "Domain",
            "FailOnWarnings",
            "PropagateTags",
            "AlwaysDeploy",
            "DisableExecuteApiEndpoint",
            "MergeDefinitions",
            "Mode",
            "MinimumCompressionSize");
    private static final List<String> HTTP_PROPERTIES = List.of(
            "StageName",
            "DefinitionBody",
            "DefinitionUri",
            "StageVariables",
            "CorsConfiguration",
            "Auth",
            "DefaultRouteSettings",
            "RouteSettings",
            "Name",
            "Description",
            "Tags",
            "AccessLogSettings",
            "Domain",
            "FailOnWarnings",
            "PropagateTags",
            "DisableExecuteApiEndpoint");
    private static final List<String> REST_EVENT_PROPERTIES =
            List.of("Path", "Method", "RestApiId", "Auth", "RequestModel", "RequestParameters", "TimeoutInMillis");
    private static final List<String> HTTP_EVENT_PROPERTIES =
            List.of("Path", "Method", "ApiId", "Auth", "PayloadFormatVersion", "TimeoutInMillis", "RouteSettings");
    private static final Map<String, String> NOT_SIMULATED = Map.of(
            "MinimumCompressionSize", "response compression",
            "Mode", "merging a definition body with an existing API");

    private final DefinitionSource source;
    private final LoadOptions options;
    private final CloudFormationTemplate template;
    private final Map<String, FunctionConfig> functions = new LinkedHashMap<>();
    private final Map<String, String> functionIdsByName = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();

    private SamReader(DefinitionSource source, LoadOptions options, CloudFormationTemplate template) {
        this.source = source;
        this.options = options;
        this.template = template;
    }

    /**
     * Load the API a SAM template declares.
     *
     * @param source the template
     * @param options what the test says about it
     * @return the API
     */
    public static LoadedApi read(DefinitionSource source, LoadOptions options) {
        MapNode root = DefinitionReader.read(source.name(), source.text()).asMap("A SAM template");
        TemplateEnvironment defaults = TemplateEnvironment.of(options.region(), location -> {
            DefinitionSource included = source.sibling(location, "file");
            return DefinitionReader.read(included.name(), included.text());
        });
        TemplateEnvironment environment = new TemplateEnvironment(
                defaults.region(),
                options.accountId(),
                defaults.stackName(),
                defaults.partition(),
                defaults.includeLoader());
        CloudFormationTemplate template = CloudFormationTemplate.of(root, options.templateParameters(), environment);
        return new SamReader(source, options, template).read(root);
    }

    private LoadedApi read(MapNode root) {
        readFunctions();
        SamApi api = chooseApi(apis());
        if (options.declaredType().isPresent() && options.declaredType().get() != api.type()) {
            throw api.location()
                    .error("the test declares an HTTP API, but " + api.logicalId() + " is a REST API;"
                            + " remove .httpApi() (or type = HTTP), or choose an HTTP API with samApi");
        }
        // The implicit API takes its settings from Globals; SamAccess reads resolved properties.
        MapNode declared = api.properties()
                .orElseGet(() -> template.withGlobals(
                        api.type() == ApiType.REST ? "Api" : "HttpApi", new MapNode(api.location(), Map.of())));
        MapNode properties = template.resolve(declared).asMap(api.logicalId() + " Properties");
        checkProperties(api, properties);
        Map<String, String> stageVariables = new LinkedHashMap<>();
        Optional<String> stage = stage(api, properties, stageVariables);
        stageVariables.putAll(options.stageVariables());

        ApiDefinition.Builder builder = ApiDefinition.builder().type(api.type());
        FunctionReferences references = new FunctionReferences(Map.copyOf(functionIdsByName));
        SamAccess access = SamAccess.read(api, properties, builder, references, this::functionIdOf);
        // Event routes first: SAM merges them into a definition body as the API's kind and MergeDefinitions say.
        Map<String, RouteDefinition> eventRoutes = new LinkedHashMap<>();
        for (Event event : events) {
            if (event.apiId().equals(api.logicalId())) {
                RouteDefinition route = eventRoute(api, event, access);
                if (eventRoutes.putIfAbsent(route.routeKey(), route) != null) {
                    // SAM's own message for an event that repeats another's method.
                    throw event.location()
                            .error("API method \"" + route.method().toLowerCase(Locale.ROOT) + "\""
                                    + " defined multiple times for path \"" + route.path() + "\".");
                }
            }
        }
        boolean hasBody = properties.has("DefinitionBody") || properties.has("DefinitionUri") || properties.has("Body");
        boolean merge = api.type() == ApiType.HTTP
                || properties
                        .get("MergeDefinitions")
                        .map(node -> scalar(node, "MergeDefinitions").asBoolean("MergeDefinitions"))
                        .orElse(false);
        Map<String, Integration> overrides = new LinkedHashMap<>();
        if (hasBody && merge) {
            eventRoutes.forEach((key, route) -> overrides.put(key, route.integration()));
        }
        Set<String> routeKeys = new LinkedHashSet<>(
                definitionBody(api, properties, builder, references, stageVariables, overrides, access));
        binaryMediaTypes(properties, builder);
        if (api.type() == ApiType.REST) {
            builder.endpointType(endpointType(api, properties));
        }
        for (Event event : events) {
            if (!event.apiId().equals(api.logicalId()) || (hasBody && !merge)) {
                // Without MergeDefinitions SAM leaves a REST definition body as written: the event only grants
                // API Gateway permission to call the function (docs/behavior.md#definition-sam).
                continue;
            }
            RouteDefinition route = eventRoutes.get(eventRouteKey(api, event));
            references.add(
                    event.functionId(),
                    event.location(),
                    "the " + eventKind(api) + " event " + event.name() + " of " + event.functionId());
            if (routeKeys.add(route.routeKey())) {
                at(event.location(), () -> builder.route(route));
            }
        }
        if (routeKeys.isEmpty()
                && !template.resourcesOfType("AWS::ApiGateway::Method").isEmpty()) {
            throw api.location()
                    .error(api.logicalId() + " declares its methods as AWS::ApiGateway::Resource and"
                            + " AWS::ApiGateway::Method resources, which apigw-sim does not read yet; it reads an API's Body"
                            + " (an OpenAPI document), a SAM API's DefinitionBody and SAM function events");
        }
        if (routeKeys.isEmpty()) {
            throw api.location()
                    .error(api.logicalId() + " has no routes: no DefinitionBody paths and no function event"
                            + " that names it");
        }
        if (api.type() == ApiType.REST) {
            access.addCorsPreflights(methodsByPath(routeKeys), builder);
        }
        return new LoadedApi(builder, stage, stageVariables, references.firstUses(), functions);
    }

    private void readFunctions() {
        for (Map.Entry<String, MapNode> resource :
                template.resourcesOfType(FUNCTION).entrySet()) {
            String id = resource.getKey();
            MapNode properties = template.propertiesWithGlobals(id);
            Optional<String> handler = properties.get("Handler").map(node -> text(node, "Handler"));
            Optional<Duration> timeout = properties
                    .get("Timeout")
                    .map(node -> Duration.ofSeconds(scalar(node, "Timeout").asInteger("Timeout", 1, 900)));
            OptionalInt memory = properties
                    .get("MemorySize")
                    .map(node -> OptionalInt.of((int) scalar(node, "MemorySize").asInteger("MemorySize", 128, 10_240)))
                    .orElse(OptionalInt.empty());
            String origin = resource.getValue().location().describe();
            functions.put(id, new FunctionConfig(id, handler, timeout, memory, origin));
            functionIdsByName.put(id, id);
            properties
                    .get("FunctionName")
                    .map(template::resolve)
                    .filter(ScalarNode.class::isInstance)
                    .ifPresent(name -> functionIdsByName.put(((ScalarNode) name).text(), id));
            properties.get("Events").ifPresent(declared -> {
                for (Map.Entry<String, Node> event :
                        declared.asMap("Events").fields().entrySet()) {
                    readEvent(id, event.getKey(), event.getValue().asMap("The event " + event.getKey()));
                }
            });
        }
    }

    private void readEvent(String functionId, String name, MapNode event) {
        String type = text(event.require("Type", "The event " + name), "Type");
        boolean rest = type.equals("Api");
        if (!rest && !type.equals("HttpApi")) {
            return; // S3, SQS, Schedule, ...: not API Gateway's.
        }
        MapNode properties = event.get("Properties")
                .map(node -> template.resolve(node).asMap("Properties"))
                .orElseGet(() -> new MapNode(event.location(), Map.of()));
        checkFields(properties, "The " + type + " event " + name, rest ? REST_EVENT_PROPERTIES : HTTP_EVENT_PROPERTIES);
        String apiField = rest ? "RestApiId" : "ApiId";
        String apiId = properties
                .get(apiField)
                .map(node -> text(node, apiField))
                .orElse(rest ? SamApi.IMPLICIT_REST : SamApi.IMPLICIT_HTTP);
        events.add(
                new Event(functionId, name, rest ? ApiType.REST : ApiType.HTTP, apiId, properties, event.location()));
    }

    private List<SamApi> apis() {
        List<SamApi> apis = new ArrayList<>();
        addExplicit(apis, REST_API, ApiType.REST, "Api");
        addExplicit(apis, HTTP_API, ApiType.HTTP, "HttpApi");
        addExplicit(apis, CFN_REST_API, ApiType.REST, null);
        addExplicit(apis, CFN_HTTP_API, ApiType.HTTP, null);
        for (Event event : events) {
            boolean implicit =
                    event.apiId().equals(SamApi.IMPLICIT_REST) || event.apiId().equals(SamApi.IMPLICIT_HTTP);
            if (implicit && apis.stream().noneMatch(api -> api.logicalId().equals(event.apiId()))) {
                apis.add(new SamApi(event.apiId(), Optional.empty(), event.type(), Optional.empty(), event.location()));
            }
            Optional<SamApi> target = apis.stream()
                    .filter(api -> api.logicalId().equals(event.apiId()))
                    .findFirst();
            if (target.isEmpty()) {
                throw event.location()
                        .error("the " + (event.type() == ApiType.REST ? "Api" : "HttpApi") + " event " + event.name()
                                + " names the API " + event.apiId() + ", which the template does not declare");
            }
            if (target.get().type() != event.type()) {
                throw event.location()
                        .error("the event " + event.name() + " is an "
                                + (event.type() == ApiType.REST ? "Api event (REST)" : "HttpApi event")
                                + " but names " + target.get().describe()
                                + "; an Api event names an AWS::Serverless::Api,"
                                + " an HttpApi event an AWS::Serverless::HttpApi");
            }
        }
        return apis;
    }

    private void addExplicit(List<SamApi> apis, String resourceType, ApiType type, String globals) {
        for (Map.Entry<String, MapNode> resource :
                template.resourcesOfType(resourceType).entrySet()) {
            MapNode properties = globals != null
                    ? template.propertiesWithGlobals(resource.getKey())
                    : properties(resource.getValue());
            if (resourceType.equals(CFN_HTTP_API)
                    && properties
                            .get("ProtocolType")
                            .map(node -> !text(template.resolve(node), "ProtocolType")
                                    .equals("HTTP"))
                            .orElse(false)) {
                continue; // WebSocket APIs are not simulated.
            }
            apis.add(new SamApi(
                    resource.getKey(),
                    Optional.of(resourceType),
                    type,
                    Optional.of(properties),
                    resource.getValue().location()));
        }
    }

    private SamApi chooseApi(List<SamApi> apis) {
        Location root = Location.root(source.name());
        if (apis.isEmpty()) {
            throw root.error("the template declares no API: no AWS::Serverless::Api or AWS::Serverless::HttpApi"
                    + " resource and no function with an Api or HttpApi event");
        }
        if (options.samApi().isPresent()) {
            String wanted = options.samApi().get();
            return apis.stream()
                    .filter(api -> api.logicalId().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> root.error(
                            "samApi \"" + wanted + "\" is not an API of the template; its APIs: " + describe(apis)));
        }
        List<SamApi> candidates = apis;
        if (options.declaredType().isPresent()) {
            candidates = apis.stream()
                    .filter(api -> api.type() == options.declaredType().get())
                    .toList();
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw root.error("the test declares an HTTP API, but the template's APIs are REST APIs: " + describe(apis));
        }
        throw root.error("the template declares " + candidates.size() + " APIs: " + describe(candidates) + "; choose"
                + " one with .samApi(\"" + candidates.get(0).logicalId() + "\") or @ApiGatewayTest(samApi = \""
                + candidates.get(0).logicalId() + "\")");
    }

    private static String describe(List<SamApi> apis) {
        return String.join(", ", apis.stream().map(SamApi::describe).toList());
    }

    private void checkProperties(SamApi api, MapNode properties) {
        if (api.implicit()) {
            return;
        }
        if (api.resourceType().get().equals(CFN_REST_API)
                || api.resourceType().get().equals(CFN_HTTP_API)) {
            for (Map.Entry<String, Node> field : properties.fields().entrySet()) {
                if (field.getKey().equals("BodyS3Location") || field.getKey().equals("Body")) {
                    continue;
                }
                if (List.of(
                                "Name",
                                "Description",
                                "Tags",
                                "EndpointConfiguration",
                                "ProtocolType",
                                "FailOnWarnings",
                                "DisableExecuteApiEndpoint",
                                "Parameters",
                                "Mode",
                                "ApiKeySourceType",
                                "BinaryMediaTypes",
                                "MinimumCompressionSize",
                                "Policy",
                                "CorsConfiguration")
                        .contains(field.getKey())) {
                    continue;
                }
                throw field.getValue()
                        .location()
                        .error(api.resourceType().get() + " property " + field.getKey()
                                + " is not read by apigw-sim; it reads the API's Body (an OpenAPI document)");
            }
            return;
        }
        properties
                .get("CacheClusterEnabled")
                .filter(node -> scalar(node, "CacheClusterEnabled").asBoolean("CacheClusterEnabled"))
                .ifPresent(node -> {
                    // With a stage cache, API Gateway caches GET methods by default (docs/behavior.md#definition-sam).
                    throw node.location()
                            .error("CacheClusterEnabled turns on the stage cache, which apigw-sim does not"
                                    + " simulate yet (docs/behavior.md#not-simulated); remove it from the template the test"
                                    + " loads");
                });
        List<String> known = api.type() == ApiType.REST ? REST_PROPERTIES : HTTP_PROPERTIES;
        checkFields(properties, api.resourceType().get() + " " + api.logicalId(), known);
        for (Map.Entry<String, String> feature : NOT_SIMULATED.entrySet()) {
            properties.get(feature.getKey()).ifPresent(node -> {
                throw node.location()
                        .error(feature.getKey() + " configures " + feature.getValue() + ", which apigw-sim"
                                + " does not simulate yet (docs/behavior.md#not-simulated); remove it from the template the"
                                + " test loads, or load a copy without it");
            });
        }
    }

    private Optional<String> stage(SamApi api, MapNode properties, Map<String, String> variables) {
        if (api.implicit()) {
            // SAM names the implicit REST API's stage Prod and the implicit HTTP API's $default.
            return Optional.of(api.type() == ApiType.REST ? "Prod" : "$default");
        }
        if (api.resourceType().get().equals(CFN_REST_API)
                || api.resourceType().get().equals(CFN_HTTP_API)) {
            return Optional.empty();
        }
        String variablesField = api.type() == ApiType.REST ? "Variables" : "StageVariables";
        properties
                .get(variablesField)
                .ifPresent(declared -> template.resolve(declared)
                        .asMap(variablesField)
                        .fields()
                        .forEach((name, value) -> variables.put(name, text(value, variablesField + "." + name))));
        Optional<Node> stageName = properties.get("StageName");
        if (stageName.isEmpty()) {
            if (api.type() == ApiType.REST) {
                throw properties
                        .location()
                        .error(api.logicalId() + " has no StageName, which an AWS::Serverless::Api" + " needs");
            }
            return Optional.of("$default");
        }
        return Optional.of(text(template.resolve(stageName.get()), "StageName"));
    }

    private Set<String> definitionBody(
            SamApi api,
            MapNode properties,
            ApiDefinition.Builder builder,
            FunctionReferences references,
            Map<String, String> stageVariables,
            Map<String, Integration> overrides,
            SamAccess access) {
        Optional<Node> body = properties.get("DefinitionBody").or(() -> properties.get("Body"));
        Optional<Node> uri = properties.get("DefinitionUri").or(() -> properties.get("BodyS3Location"));
        if (body.isPresent() && uri.isPresent()) {
            throw uri.get()
                    .location()
                    .error(api.logicalId() + " has both a definition body and a definition URI; SAM" + " takes one");
        }
        Node document;
        if (body.isPresent()) {
            document = template.resolve(body.get());
        } else if (uri.isPresent()) {
            Node location = uri.get();
            if (!(location instanceof ScalarNode)) {
                throw location.location()
                        .error("the definition URI points at an S3 object, which apigw-sim cannot"
                                + " read; give a path relative to the template, or a DefinitionBody");
            }
            String path = text(location, "DefinitionUri");
            if (path.startsWith("s3://")) {
                throw location.location()
                        .error("the definition URI " + path + " is in S3, which apigw-sim cannot"
                                + " read; give a path relative to the template, or a DefinitionBody");
            }
            // SAM does not resolve intrinsic functions in a DefinitionUri file (docs/behavior.md#definition-sam).
            DefinitionSource file = source.sibling(path, "OpenAPI definition");
            document = DefinitionReader.read(file.name(), file.text());
        } else {
            return Set.of();
        }
        OpenApiDocument openApi = OpenApiDocument.of(document, Optional.of(api.type()));
        return OpenApiReader.read(
                openApi, builder, references, stageVariables, overrides, access::definitionMethodRequest);
    }

    private void binaryMediaTypes(MapNode properties, ApiDefinition.Builder builder) {
        properties.get("BinaryMediaTypes").ifPresent(declared -> {
            for (Node type :
                    template.resolve(declared).asList("BinaryMediaTypes").elements()) {
                // The CloudFormation API writes a media type's "/" as "~1" (docs/behavior.md#definition-sam).
                String mediaType = text(type, "BinaryMediaTypes entry").replace("~1", "/");
                at(type.location(), () -> builder.binaryMediaTypes(mediaType));
            }
        });
    }

    /**
     * A REST API's endpoint type: SAM's {@code EndpointConfiguration} (a type, or a map with {@code Type}) or
     * CloudFormation's ({@code Types}, one entry); without one, AWS's default, edge-optimized
     * (docs/behavior.md#endpoint-types).
     */
    private EndpointType endpointType(SamApi api, MapNode properties) {
        Optional<Node> declared = properties.get("EndpointConfiguration").map(template::resolve);
        if (declared.isEmpty()) {
            return EndpointType.EDGE;
        }
        Node configuration = declared.get();
        Node type;
        if (configuration instanceof MapNode map) {
            boolean cloudFormation =
                    api.resourceType().filter(CFN_REST_API::equals).isPresent();
            if (cloudFormation) {
                List<Node> types = template.resolve(map.require("Types", "EndpointConfiguration.Types"))
                        .asList("EndpointConfiguration.Types")
                        .elements();
                if (types.size() != 1) {
                    throw configuration
                            .location()
                            .error("EndpointConfiguration.Types must name one endpoint type"
                                    + " (EDGE, REGIONAL or PRIVATE); it names " + types.size());
                }
                type = types.get(0);
            } else {
                type = map.require("Type", "EndpointConfiguration.Type");
            }
        } else {
            type = configuration;
        }
        String name = text(template.resolve(type), "EndpointConfiguration type");
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "EDGE" -> EndpointType.EDGE;
            case "REGIONAL" -> EndpointType.REGIONAL;
            case "PRIVATE" ->
                throw type.location()
                        .error(
                                "endpoint type PRIVATE is not simulated yet: no recorded event of a private REST API shows"
                                        + " what reaches the function (docs/behavior.md#endpoint-types); test with"
                                        + " .endpointType(EndpointType.REGIONAL) or EDGE");
            default ->
                throw type.location()
                        .error("\"" + name
                                + "\" is not an endpoint type; API Gateway's are EDGE, REGIONAL and PRIVATE");
        };
    }

    private String eventKind(SamApi api) {
        return api.type() == ApiType.REST ? "Api" : "HttpApi";
    }

    private String eventRouteKey(SamApi api, Event event) {
        MapNode properties = event.properties();
        Optional<String> path = properties.get("Path").map(node -> text(node, "Path"));
        Optional<String> method = properties.get("Method").map(node -> text(node, "Method"));
        String what = "the " + eventKind(api) + " event " + event.name() + " of " + event.functionId();
        if (path.isEmpty() && method.isEmpty() && api.type() == ApiType.HTTP) {
            return RouteDefinition.DEFAULT_ROUTE_KEY;
        }
        String verb = method.map(m -> m.equalsIgnoreCase("any") ? "ANY" : m.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> properties.location().error(what + " has no Method"));
        return verb + " " + path.orElseThrow(() -> properties.location().error(what + " has no Path"));
    }

    private RouteDefinition eventRoute(SamApi api, Event event, SamAccess access) {
        MapNode properties = event.properties();
        String routeKey = eventRouteKey(api, event);
        LambdaProxyIntegration.Builder integration = Integration.lambdaProxy(event.functionId());
        if (api.type() == ApiType.HTTP) {
            String version = properties
                    .get("PayloadFormatVersion")
                    .map(node -> text(node, "PayloadFormatVersion"))
                    .orElse("2.0");
            at(properties.location(), () -> integration.payloadFormatVersion(version));
        }
        long maxTimeout = api.type() == ApiType.HTTP ? 30_000 : 29_000;
        properties
                .get("TimeoutInMillis")
                .map(node -> scalar(node, "TimeoutInMillis").asInteger("TimeoutInMillis", 50, maxTimeout))
                .ifPresent(millis -> integration.timeout(Duration.ofMillis(millis)));
        String origin = event.location().describe();
        RouteDefinition route = at(event.location(), () -> RouteDefinition.parse(routeKey, integration.build()));
        return new RouteDefinition(
                route.method(), route.path(), route.integration(), origin, access.methodRequest(properties, routeKey));
    }

    private static Map<String, Set<String>> methodsByPath(Set<String> routeKeys) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (String key : routeKeys) {
            int space = key.indexOf(' ');
            if (space > 0) {
                result.computeIfAbsent(key.substring(space + 1), path -> new TreeSet<>())
                        .add(key.substring(0, space));
            }
        }
        return result;
    }

    private String functionIdOf(String functionName) {
        return functionIdsByName.getOrDefault(functionName, functionName);
    }

    private static MapNode properties(MapNode resource) {
        return resource.get("Properties")
                .map(node -> node.asMap("Properties"))
                .orElseGet(() -> new MapNode(resource.location(), Map.of()));
    }

    private String text(Node node, String what) {
        return template.resolve(node).asText(what);
    }

    private ScalarNode scalar(Node node, String what) {
        Node resolved = template.resolve(node);
        if (resolved instanceof ScalarNode scalar) {
            return scalar;
        }
        throw resolved.location().error(what + " must be a number, not " + resolved.kind());
    }

    private static void checkFields(MapNode object, String what, List<String> known) {
        object.checkFields(what, known);
    }

    private static <T> T at(Location location, Supplier<T> declaration) {
        try {
            return declaration.get();
        } catch (ApiDefinitionException e) {
            throw location.error(e.getMessage());
        }
    }

    private record Event(
            String functionId, String name, ApiType type, String apiId, MapNode properties, Location location) {}
}

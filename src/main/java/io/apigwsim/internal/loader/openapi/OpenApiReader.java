package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.ContentHandling;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.IntegrationResponseDefinition;
import io.apigwsim.definition.LambdaCustomIntegration;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.MockIntegration;
import io.apigwsim.definition.PassthroughBehavior;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.internal.loader.node.Location;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import io.apigwsim.internal.vtl.VtlEngine;
import io.apigwsim.internal.vtl.VtlTemplateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads an OpenAPI document's paths, operations and {@code x-amazon-apigateway-integration}s into routes
 * (docs/behavior.md#definition-openapi-integrations), and its access settings through {@link OpenApiAccess}.
 */
public final class OpenApiReader {

    static final String INTEGRATION = "x-amazon-apigateway-integration";
    static final String ANY_METHOD = "x-amazon-apigateway-any-method";

    private static final List<String> INTEGRATION_FIELDS = List.of(
            "type",
            "uri",
            "httpMethod",
            "credentials",
            "passthroughBehavior",
            "requestTemplates",
            "requestParameters",
            "responses",
            "responseParameters",
            "contentHandling",
            "payloadFormatVersion",
            "timeoutInMillis",
            "cacheKeyParameters",
            "cacheNamespace",
            "connectionType",
            "connectionId",
            "tlsConfig",
            "integrationSubtype",
            "description");
    private static final List<String> RESPONSE_FIELDS =
            List.of("statusCode", "responseTemplates", "responseParameters", "contentHandling");
    private static final List<String> PATH_ITEM_FIELDS = List.of(
            "get",
            "put",
            "post",
            "delete",
            "options",
            "head",
            "patch",
            "trace",
            ANY_METHOD,
            "parameters",
            "summary",
            "description",
            "servers",
            "$ref");
    private static final List<String> OPERATION_FIELDS = List.of(
            "tags",
            "summary",
            "description",
            "externalDocs",
            "operationId",
            "parameters",
            "requestBody",
            "responses",
            "callbacks",
            "deprecated",
            "security",
            "servers",
            "consumes",
            "produces",
            "schemes",
            INTEGRATION,
            "x-amazon-apigateway-request-validator",
            "x-amazon-apigateway-auth");
    private static final List<String> ROOT_EXTENSIONS = List.of(
            "x-amazon-apigateway-binary-media-types",
            "x-amazon-apigateway-gateway-responses",
            "x-amazon-apigateway-request-validators",
            "x-amazon-apigateway-request-validator",
            "x-amazon-apigateway-api-key-source",
            "x-amazon-apigateway-cors",
            "x-amazon-apigateway-importexport-version",
            "x-amazon-apigateway-endpoint-configuration",
            "x-amazon-apigateway-documentation",
            "x-amazon-apigateway-tag-value",
            "x-amazon-apigateway-minimum-compression-size",
            "x-amazon-apigateway-policy");
    // What API Gateway would do with these changes the answers, and apigw-sim does not simulate it yet.
    private static final Map<String, String> NOT_SIMULATED = Map.of(
            "x-amazon-apigateway-minimum-compression-size",
            "response compression",
            "x-amazon-apigateway-policy",
            "resource policies");
    private static final Pattern SERVICE_URI = Pattern.compile("arn:aws[a-z-]*:apigateway:[a-z0-9-]+:([a-z0-9.-]+):.*");

    private final OpenApiDocument document;
    private final ApiDefinition.Builder api;
    private final FunctionReferences functions;
    private final Map<String, String> stageVariables;
    private final Map<String, Integration> integrationOverrides;
    private final BiFunction<MethodRequest, String, MethodRequest> methodRequests;
    private final VtlEngine templates = VtlEngine.create();

    private OpenApiReader(
            OpenApiDocument document,
            ApiDefinition.Builder api,
            FunctionReferences functions,
            Map<String, String> stageVariables,
            Map<String, Integration> integrationOverrides,
            BiFunction<MethodRequest, String, MethodRequest> methodRequests) {
        this.document = document;
        this.api = api;
        this.functions = functions;
        this.stageVariables = stageVariables;
        this.integrationOverrides = integrationOverrides;
        this.methodRequests = methodRequests;
    }

    /**
     * Read a document into an API: its type, access settings and routes.
     *
     * @param document the document
     * @param api the API being built
     * @param functions where the functions the document names are recorded
     * @param stageVariables the stage's variables, which integration URIs may use
     * @return the route keys read, such as {@code GET /pets}
     */
    public static Set<String> read(
            OpenApiDocument document,
            ApiDefinition.Builder api,
            FunctionReferences functions,
            Map<String, String> stageVariables) {
        return read(document, api, functions, stageVariables, Map.of(), (declared, routeKey) -> declared);
    }

    /**
     * Read a document whose operations may get their integration from elsewhere, as SAM puts a function event's
     * integration into the definition body it merges the event into (docs/behavior.md#definition-sam).
     *
     * @param document the document
     * @param api the API being built
     * @param functions where the functions the document names are recorded
     * @param stageVariables the stage's variables, which integration URIs may use
     * @param integrationOverrides the integration to use instead of the document's, by route key
     * @param methodRequests what becomes of an operation's method request and route key, as SAM adds its default
     *     authorizer and API key requirement to a definition body's methods
     * @return the route keys read, such as {@code GET /pets}
     */
    public static Set<String> read(
            OpenApiDocument document,
            ApiDefinition.Builder api,
            FunctionReferences functions,
            Map<String, String> stageVariables,
            Map<String, Integration> integrationOverrides,
            BiFunction<MethodRequest, String, MethodRequest> methodRequests) {
        return new OpenApiReader(document, api, functions, stageVariables, integrationOverrides, methodRequests).read();
    }

    private Set<String> read() {
        MapNode root = document.root();
        api.type(document.type());
        for (Map.Entry<String, Node> field : root.fields().entrySet()) {
            String name = field.getKey();
            if (name.startsWith("x-amazon-apigateway-") && !ROOT_EXTENSIONS.contains(name)) {
                throw field.getValue()
                        .location()
                        .error(MapNode.unknownField("The document's root", name, ROOT_EXTENSIONS));
            }
            if (NOT_SIMULATED.containsKey(name)) {
                throw field.getValue()
                        .location()
                        .error(
                                name + " configures " + NOT_SIMULATED.get(name) + ", which apigw-sim does not simulate"
                                        + " yet (docs/behavior.md#not-simulated); remove it from the definition the test loads");
            }
        }
        OpenApiAccess access = OpenApiAccess.read(document, api, functions, stageVariables);
        Set<String> routeKeys = new LinkedHashSet<>();
        Optional<Node> paths = root.get("paths");
        if (paths.isEmpty()) {
            throw root.location().error("the document has no \"paths\", so the API has no routes");
        }
        for (Map.Entry<String, Node> path : paths.get().asMap("paths").fields().entrySet()) {
            MapNode pathItem = document.resolve(path.getValue()).asMap("The path item " + path.getKey());
            checkFields(pathItem, "The path item " + path.getKey(), PATH_ITEM_FIELDS);
            for (Map.Entry<String, Node> field : pathItem.fields().entrySet()) {
                String method = methodOf(field.getKey(), field.getValue());
                if (method == null) {
                    continue;
                }
                MapNode operation = field.getValue().asMap("The operation " + field.getKey());
                routeKeys.add(
                        readOperation(path.getKey(), path.getValue().location(), method, operation, pathItem, access));
            }
        }
        return routeKeys;
    }

    private String readOperation(
            String pathKey,
            Location pathLocation,
            String method,
            MapNode operation,
            MapNode pathItem,
            OpenApiAccess access) {
        checkFields(operation, "The operation", OPERATION_FIELDS);
        boolean defaultRoute = pathKey.equals("$default") || pathKey.equals("/$default");
        if (defaultRoute && document.type() != ApiType.HTTP) {
            throw pathLocation.error("the path " + pathKey + " is an HTTP API's $default route; a REST API catches"
                    + " every path with /{proxy+} and x-amazon-apigateway-any-method");
        }
        if (defaultRoute && !method.equals("ANY")) {
            throw operation
                    .location()
                    .error("the $default route takes every method; declare it with " + ANY_METHOD + " instead of "
                            + method.toLowerCase(Locale.ROOT));
        }
        String routeKey = defaultRoute ? RouteDefinition.DEFAULT_ROUTE_KEY : method + " " + pathKey;
        String origin = operation.location().describe();
        Integration integration;
        if (integrationOverrides.containsKey(routeKey)) {
            integration = integrationOverrides.get(routeKey);
        } else {
            Node integrationNode = operation
                    .get(INTEGRATION)
                    .orElseThrow(() -> operation
                            .location()
                            .error(routeKey + " has no " + INTEGRATION + "; API Gateway"
                                    + " cannot deploy a method without an integration. Add one, for example {type: aws_proxy,"
                                    + " httpMethod: POST, uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                                    + "arn:aws:lambda:us-east-1:123456789012:function:Pets/invocations}"));
            integration = integration(document.resolve(integrationNode).asMap(INTEGRATION), routeKey, operation);
        }
        RouteDefinition route = at(
                operation.location(),
                () -> defaultRoute
                        ? new RouteDefinition(RouteDefinition.DEFAULT_ROUTE_KEY, "", integration, origin)
                        : new RouteDefinition(method, pathKey, integration, origin));
        route = route.withMethodRequest(
                methodRequests.apply(access.methodRequest(operation, pathItem, routeKey), routeKey));
        RouteDefinition finished = route;
        at(operation.location(), () -> api.route(finished));
        return routeKey;
    }

    private static String methodOf(String field, Node value) {
        if (field.equals(ANY_METHOD)) {
            return "ANY";
        }
        if (field.equals("trace")) {
            throw value.location()
                    .error("API Gateway has no TRACE method; its methods are DELETE, GET, HEAD, OPTIONS,"
                            + " PATCH, POST, PUT and ANY (" + ANY_METHOD + ")");
        }
        return OpenApiDocument.METHODS.contains(field) ? field.toUpperCase(Locale.ROOT) : null;
    }

    private Integration integration(MapNode in, String routeKey, MapNode operation) {
        checkFields(in, INTEGRATION, INTEGRATION_FIELDS);
        Node typeNode = in.require("type", INTEGRATION);
        String type = typeNode.asText("type").toLowerCase(Locale.ROOT);
        in.get("connectionType")
                .filter(connection -> !connection.asText("connectionType").equalsIgnoreCase("INTERNET"))
                .ifPresent(connection -> {
                    throw connection
                            .location()
                            .error(routeKey + " uses a VPC link, which apigw-sim does not simulate:"
                                    + " it simulates Lambda and mock integrations");
                });
        notSimulated(in, "integrationSubtype", "AWS service integrations of HTTP APIs");
        if (document.type() == ApiType.HTTP) {
            in.get("contentHandling").ifPresent(node -> {
                throw node.location()
                        .error("contentHandling is a REST API setting; an HTTP API passes bodies as its payload format"
                                + " says (docs/behavior.md#http-api-request-bodies). Remove it");
            });
        }
        return switch (type) {
            case "aws_proxy" -> lambdaProxy(in, routeKey);
            case "aws" -> lambdaCustom(in, routeKey, operation);
            case "mock" -> mock(in, routeKey, operation);
            case "http", "http_proxy" ->
                throw typeNode.location()
                        .error(
                                routeKey + " has an " + type + " integration,"
                                        + " which apigw-sim does not simulate: it simulates Lambda (aws_proxy, aws) and mock integrations");
            default ->
                throw typeNode.location()
                        .error("integration type \"" + typeNode.asText("type") + "\" is not"
                                + " one of API Gateway's: aws_proxy, aws, mock, http, http_proxy");
        };
    }

    private LambdaProxyIntegration lambdaProxy(MapNode in, String routeKey) {
        String function = lambdaFunction(in, routeKey);
        LambdaProxyIntegration.Builder proxy = Integration.lambdaProxy(function);
        // Read and checked, but a proxy event carries binary bodies as base64 whatever it says
        // (docs/behavior.md#content-handling).
        contentHandling(in);
        if (document.type() == ApiType.HTTP) {
            notSimulated(in, "requestParameters", "HTTP API parameter mapping");
            notSimulated(in, "responseParameters", "HTTP API parameter mapping");
            Node version = in.get("payloadFormatVersion")
                    .orElseThrow(() -> in.location()
                            .error(routeKey + " has no payloadFormatVersion, which an HTTP"
                                    + " API's Lambda integration needs outside the console; write \"2.0\" or \"1.0\""));
            String text = version.asText("payloadFormatVersion");
            if (!text.equals("1.0") && !text.equals("2.0")) {
                throw version.location()
                        .error("payloadFormatVersion " + text + " is not one API Gateway knows; write"
                                + " \"2.0\" or \"1.0\"");
            }
            proxy.payloadFormatVersion(text);
        } else {
            // The proxy event is built from the method request: integration request parameters do not reach it
            // (docs/behavior.md#definition-openapi-integrations).
            notSimulated(in, "responseParameters", "HTTP API parameter mapping");
            in.get("payloadFormatVersion").ifPresent(version -> {
                throw version.location()
                        .error("payloadFormatVersion is an HTTP API setting; a REST API's Lambda proxy"
                                + " event is always format 1.0. Remove it, or load the document as an HTTP API");
            });
            in.get("requestTemplates").ifPresent(templates -> {
                throw templates
                        .location()
                        .error("a Lambda proxy integration (aws_proxy) has no request templates;"
                                + " use type aws for a Lambda custom integration with mapping templates");
            });
        }
        timeout(in).ifPresent(proxy::timeout);
        return at(in.location(), proxy::build);
    }

    private LambdaCustomIntegration lambdaCustom(MapNode in, String routeKey, MapNode operation) {
        if (document.type() == ApiType.HTTP) {
            throw in.require("type", INTEGRATION)
                    .location()
                    .error("an HTTP API has no Lambda custom integrations"
                            + " (type aws); use aws_proxy with a payloadFormatVersion");
        }
        String function = lambdaFunction(in, routeKey);
        LambdaCustomIntegration.Builder custom = Integration.lambdaCustom(function);
        passthrough(in).ifPresent(custom::passthroughBehavior);
        contentHandling(in).ifPresent(custom::contentHandling);
        requestTemplates(in).forEach(custom::requestTemplate);
        in.get("requestParameters")
                .ifPresent(parameters -> parameters
                        .asMap("requestParameters")
                        .fields()
                        .forEach((name, expression) -> at(
                                expression.location(),
                                () -> custom.requestParameter(name, expression.asText("request parameter " + name)))));
        timeout(in).ifPresent(custom::timeout);
        Responses responses = responses(in, operation);
        responses.definitions.forEach(custom::integrationResponse);
        if (!responses.hasDefault) {
            custom.withoutDefaultResponse();
        }
        custom.methodResponses(responses.methodResponses);
        return at(in.location(), custom::build);
    }

    private MockIntegration mock(MapNode in, String routeKey, MapNode operation) {
        if (document.type() == ApiType.HTTP) {
            throw in.require("type", INTEGRATION)
                    .location()
                    .error("an HTTP API has no mock integrations; " + routeKey
                            + " needs a Lambda integration (aws_proxy)");
        }
        MockIntegration.Builder mock = Integration.mock();
        passthrough(in).ifPresent(mock::passthroughBehavior);
        contentHandling(in).ifPresent(mock::contentHandling);
        requestTemplates(in).forEach(mock::requestTemplate);
        Responses responses = responses(in, operation);
        responses.definitions.forEach(mock::integrationResponse);
        if (!responses.hasDefault) {
            mock.withoutDefaultResponse();
        }
        mock.methodResponses(responses.methodResponses);
        return at(in.location(), mock::build);
    }

    private String lambdaFunction(MapNode in, String routeKey) {
        Node uri = in.require("uri", INTEGRATION);
        Matcher service = SERVICE_URI.matcher(uri.asText("uri"));
        if (service.matches() && !service.group(1).equals("lambda")) {
            throw uri.location()
                    .error(routeKey + " integrates the AWS service \"" + service.group(1) + "\", which"
                            + " apigw-sim does not simulate: it simulates Lambda and mock integrations");
        }
        if (document.type() == ApiType.REST || in.has("httpMethod")) {
            Node method = in.require("httpMethod", INTEGRATION);
            if (!method.asText("httpMethod").equalsIgnoreCase("POST")) {
                throw method.location()
                        .error("httpMethod is " + method.asText("httpMethod") + ", but API Gateway"
                                + " invokes Lambda with POST; write httpMethod: POST");
            }
        }
        String name = LambdaUri.functionName(uri, stageVariables, "uri");
        return functions.add(name, uri.location(), "the integration of " + routeKey);
    }

    private Optional<Duration> timeout(MapNode in) {
        long max = document.type() == ApiType.HTTP ? 30_000 : 29_000;
        return in.get("timeoutInMillis")
                .map(node ->
                        Duration.ofMillis(asScalar(node, "timeoutInMillis").asInteger("timeoutInMillis", 50, max)));
    }

    private static Optional<PassthroughBehavior> passthrough(MapNode in) {
        return in.get("passthroughBehavior").map(node -> {
            String text = node.asText("passthroughBehavior");
            try {
                return PassthroughBehavior.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw node.location()
                        .error("passthroughBehavior \"" + text + "\" is not one of when_no_match,"
                                + " when_no_templates, never");
            }
        });
    }

    private static Optional<ContentHandling> contentHandling(MapNode in) {
        return in.get("contentHandling").map(node -> {
            String text = node.asText("contentHandling");
            if (!text.equals("CONVERT_TO_TEXT") && !text.equals("CONVERT_TO_BINARY")) {
                throw node.location()
                        .error("contentHandling \"" + text + "\" is not one of CONVERT_TO_TEXT, CONVERT_TO_BINARY;"
                                + " leave it out to pass payloads through unconverted");
            }
            return ContentHandling.valueOf(text);
        });
    }

    private Map<String, String> requestTemplates(MapNode in) {
        Map<String, String> result = new LinkedHashMap<>();
        in.get("requestTemplates")
                .ifPresent(templates -> templates
                        .asMap("requestTemplates")
                        .fields()
                        .forEach((contentType, template) -> result.put(contentType, template(template))));
        return result;
    }

    // A template is checked here so that its error names the place in the file (docs/behavior.md#definition-errors).
    private String template(Node node) {
        String source = node instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.NULL
                ? ""
                : node.asText("a mapping template");
        if (!source.isEmpty()) {
            try {
                templates.compile("the template", source);
            } catch (VtlTemplateException e) {
                throw node.location().error(e.getMessage());
            }
        }
        return source;
    }

    private Responses responses(MapNode in, MapNode operation) {
        Map<Integer, MapNode> methodResponses = methodResponses(operation);
        Responses responses = new Responses();
        responses.methodResponses =
                methodResponses.keySet().stream().mapToInt(Integer::intValue).toArray();
        Optional<Node> declared = in.get("responses");
        if (declared.isEmpty()) {
            return responses;
        }
        for (Map.Entry<String, Node> entry :
                declared.get().asMap("responses").fields().entrySet()) {
            MapNode response = entry.getValue().asMap("The integration response " + entry.getKey());
            checkFields(response, "The integration response", RESPONSE_FIELDS);
            Node statusNode = response.require("statusCode", "The integration response " + entry.getKey());
            int status = (int) asScalar(statusNode, "statusCode").asInteger("statusCode", 100, 599);
            MapNode methodResponse = methodResponses.get(status);
            if (methodResponse == null) {
                throw statusNode
                        .location()
                        .error("the integration response has status " + status + ", which the"
                                + " operation's responses do not declare; API Gateway refuses an integration response without"
                                + " its method response. Add \"" + status + "\" to the operation's responses");
            }
            IntegrationResponseDefinition.Builder definition = IntegrationResponseDefinition.status(status);
            if (entry.getKey().equals("default")) {
                responses.hasDefault = true;
            } else {
                try {
                    Pattern.compile(entry.getKey());
                } catch (PatternSyntaxException e) {
                    throw response.location()
                            .error("the selection pattern \"" + entry.getKey() + "\" is not a Java"
                                    + " regular expression: " + e.getDescription() + " near index " + e.getIndex());
                }
                definition.selectionPattern(entry.getKey());
            }
            response.get("responseParameters")
                    .ifPresent(parameters -> parameters
                            .asMap("responseParameters")
                            .fields()
                            .forEach((name, expression) -> {
                                checkDeclaredHeader(name, expression.location(), methodResponse, status);
                                at(
                                        expression.location(),
                                        () -> definition.responseParameter(
                                                name, expression.asText("response parameter " + name)));
                            }));
            contentHandling(response).ifPresent(definition::contentHandling);
            response.get("responseTemplates")
                    .ifPresent(templates -> templates
                            .asMap("responseTemplates")
                            .fields()
                            .forEach((contentType, template) ->
                                    definition.responseTemplate(contentType, template(template))));
            responses.definitions.add(at(response.location(), definition::build));
        }
        return responses;
    }

    // API Gateway refuses a response parameter for a header the method response does not declare.
    private static void checkDeclaredHeader(String name, Location location, MapNode methodResponse, int status) {
        String prefix = "method.response.header.";
        if (!name.startsWith(prefix)) {
            return;
        }
        String header = name.substring(prefix.length());
        boolean declared = methodResponse
                .get("headers")
                .map(headers -> headers.asMap("headers").has(header))
                .orElse(false);
        if (!declared) {
            throw location.error("Invalid mapping expression specified: " + name + ": the method response " + status
                    + " does not declare the header " + header + "; add it under responses." + status + ".headers");
        }
    }

    private Map<Integer, MapNode> methodResponses(MapNode operation) {
        Map<Integer, MapNode> result = new LinkedHashMap<>();
        operation
                .get("responses")
                .ifPresent(responses -> responses.asMap("responses").fields().forEach((status, response) -> {
                    if (status.matches("[1-5][0-9][0-9]")) {
                        result.put(
                                Integer.parseInt(status),
                                document.resolve(response).asMap("The response " + status));
                    }
                }));
        return result;
    }

    private static ScalarNode asScalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar;
        }
        throw node.location().error(what + " must be a number, not " + node.kind());
    }

    private static void notSimulated(MapNode in, String field, String feature) {
        in.get(field).ifPresent(node -> {
            throw node.location()
                    .error(field + " configures " + feature + ", which apigw-sim does not simulate yet"
                            + " (docs/behavior.md#not-simulated); remove it from the definition the test loads");
        });
    }

    // Vendor extensions other than API Gateway's may appear anywhere; API Gateway's own must be spelled right.
    private static void checkFields(MapNode object, String what, List<String> known) {
        for (Map.Entry<String, Node> field : object.fields().entrySet()) {
            String name = field.getKey();
            boolean foreignExtension = name.startsWith("x-") && !name.startsWith("x-amazon-apigateway-");
            if (!foreignExtension && !known.contains(name)) {
                throw field.getValue().location().error(MapNode.unknownField(what, name, known));
            }
        }
    }

    private static <T> T at(Location location, Supplier<T> declaration) {
        try {
            return declaration.get();
        } catch (ApiDefinitionException e) {
            throw location.error(e.getMessage());
        }
    }

    private static final class Responses {
        private final List<IntegrationResponseDefinition> definitions = new ArrayList<>();
        private boolean hasDefault;
        private int[] methodResponses = new int[0];
    }
}

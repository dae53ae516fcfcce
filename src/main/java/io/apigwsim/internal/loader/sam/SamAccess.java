package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiKeySource;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.openapi.FunctionReferences;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads what a SAM API resource says about access and the answers around the integrations: {@code Auth}
 * (authorizers, default authorizer, API keys), {@code GatewayResponses}, {@code Cors} / {@code CorsConfiguration},
 * {@code Models}, {@code MethodSettings} / {@code DefaultRouteSettings} / {@code RouteSettings},
 * {@code ApiKeySourceType}, and the {@code Auth}, {@code RequestModel}, {@code RequestParameters} and
 * {@code RouteSettings} of each event, as SAM writes them into the API it deploys (docs/behavior.md#sam-access-settings).
 */
final class SamAccess {

    private static final String CFN_REST_API = "AWS::ApiGateway::RestApi";
    private static final String CFN_HTTP_API = "AWS::ApiGatewayV2::Api";
    private static final List<String> NEED_INLINE_REST = List.of("Auth", "Cors", "GatewayResponses", "Models");
    private static final List<String> NEED_INLINE_HTTP = List.of("Auth", "CorsConfiguration");

    private final SamApi api;
    private final SamAuth auth;
    private final boolean writesEventSettings;
    private final Optional<RestCors> cors;
    private final SamRequestValidation requestValidation;
    private final Optional<SamThrottling> routeThrottling;
    private final boolean cloudFormationApi;

    private SamAccess(
            SamApi api,
            SamAuth auth,
            boolean writesEventSettings,
            Optional<RestCors> cors,
            SamRequestValidation requestValidation,
            Optional<SamThrottling> routeThrottling) {
        this.cloudFormationApi = api.resourceType()
                .filter(type -> type.equals(CFN_REST_API) || type.equals(CFN_HTTP_API))
                .isPresent();
        this.api = api;
        this.auth = auth;
        this.writesEventSettings = writesEventSettings;
        this.cors = cors;
        this.requestValidation = requestValidation;
        this.routeThrottling = routeThrottling;
    }

    /**
     * Read an API's settings into the API being built.
     *
     * @param api the API
     * @param properties its resolved properties (Globals merged); empty for an implicit API
     * @param builder the API being built
     * @param functions where authorizer functions are recorded
     * @param functionIds the logical id of the function an ARN's function name designates
     * @return the reader of event-level settings
     */
    static SamAccess read(
            SamApi api,
            MapNode properties,
            ApiDefinition.Builder builder,
            FunctionReferences functions,
            Function<String, String> functionIds) {
        String resourceType = api.resourceType().orElse("");
        if (resourceType.equals(CFN_REST_API) || resourceType.equals(CFN_HTTP_API)) {
            return plainCloudFormation(api, properties, builder);
        }
        String apiId = api.logicalId();
        if (api.type() == ApiType.REST) {
            refuseWithDefinitionUri(properties, NEED_INLINE_REST);
            SamAuth auth = properties
                    .get("Auth")
                    .map(node -> SamAuth.rest(SamFields.map(node, "Auth"), apiId, builder, functions, functionIds))
                    .orElseGet(() -> SamAuth.none(apiId));
            Optional<RestCors> cors = properties.get("Cors").map(RestCors::read);
            properties
                    .get("GatewayResponses")
                    .ifPresent(node -> SamGatewayResponses.read(SamFields.map(node, "GatewayResponses"), builder));
            SamRequestValidation requestValidation =
                    SamRequestValidation.read(properties.get("Models"), apiId, builder);
            boolean cacheCluster = SamFields.bool(properties, "CacheClusterEnabled", api.logicalId())
                    .orElse(false);
            SamThrottling.rest(properties.get("MethodSettings"), cacheCluster, builder);
            apiKeySource(properties, builder);
            // SAM writes an event's Auth, RequestModel and RequestParameters into the definition it generates, or
            // merges into (MergeDefinitions), but not into a DefinitionBody of the template's own
            // (docs/behavior.md#sam-default-authorizer-and-api-keys).
            boolean writesEventSettings = !properties.has("DefinitionBody")
                    || SamFields.bool(properties, "MergeDefinitions", apiId).orElse(false);
            return new SamAccess(api, auth, writesEventSettings, cors, requestValidation, Optional.empty());
        }
        refuseWithDefinitionUri(properties, NEED_INLINE_HTTP);
        SamAuth auth = properties
                .get("Auth")
                .map(node -> SamAuth.http(SamFields.map(node, "Auth"), apiId, builder, functions, functionIds))
                .orElseGet(() -> SamAuth.none(apiId));
        properties
                .get("CorsConfiguration")
                .flatMap(node -> HttpCors.read(node, true))
                .ifPresent(configuration -> builder.cors(configuration));
        SamThrottling throttling =
                SamThrottling.http(properties.get("DefaultRouteSettings"), properties.get("RouteSettings"), builder);
        return new SamAccess(
                api,
                auth,
                true,
                Optional.empty(),
                SamRequestValidation.read(Optional.empty(), apiId, builder),
                Optional.of(throttling));
    }

    // A plain CloudFormation API keeps its settings in its Body, which the OpenAPI reader reads; of its own
    // properties only these change answers.
    private static SamAccess plainCloudFormation(SamApi api, MapNode properties, ApiDefinition.Builder builder) {
        if (api.type() == ApiType.REST) {
            apiKeySource(properties, builder);
        } else {
            properties
                    .get("CorsConfiguration")
                    .flatMap(node -> HttpCors.read(node, false))
                    .ifPresent(configuration -> builder.cors(configuration));
        }
        return new SamAccess(
                api,
                SamAuth.none(api.logicalId()),
                false,
                Optional.empty(),
                SamRequestValidation.read(Optional.empty(), api.logicalId(), builder),
                Optional.empty());
    }

    private static void refuseWithDefinitionUri(MapNode properties, List<String> settings) {
        if (!properties.has("DefinitionUri")) {
            return;
        }
        for (String setting : settings) {
            properties.get(setting).ifPresent(node -> {
                throw node.location()
                        .error(setting + " works only with an inline DefinitionBody (or none, for SAM to write the"
                                + " definition), as SAM requires: SAM writes it into the definition, which it cannot"
                                + " do to a DefinitionUri file; inline the file with DefinitionBody and"
                                + " Fn::Transform AWS::Include, or move the setting into the file");
            });
        }
    }

    private static void apiKeySource(MapNode properties, ApiDefinition.Builder builder) {
        properties.get("ApiKeySourceType").ifPresent(node -> {
            String source = SamFields.text(node, "ApiKeySourceType");
            switch (source) {
                case "HEADER" -> builder.apiKeySource(ApiKeySource.HEADER);
                case "AUTHORIZER" -> builder.apiKeySource(ApiKeySource.AUTHORIZER);
                default ->
                    throw node.location()
                            .error("ApiKeySourceType is \"" + source + "\"; API Gateway takes HEADER (the default) or"
                                    + " AUTHORIZER");
            }
        });
    }

    /**
     * The method request of one event's route: the event's {@code Auth} over the API's defaults, its
     * {@code RequestModel} and {@code RequestParameters}.
     *
     * @param event the event's resolved {@code Properties}
     * @param routeKey the route, such as {@code GET /pets}
     * @return the method request
     */
    MethodRequest methodRequest(MapNode event, String routeKey) {
        if (cloudFormationApi) {
            // SAM adds no route to a plain CloudFormation API: its Body declares them.
            return MethodRequest.NONE;
        }
        int space = routeKey.indexOf(' ');
        String method = space < 0 ? "ANY" : routeKey.substring(0, space);
        Optional<MapNode> eventAuth = event.get("Auth").map(node -> SamFields.map(node, "Auth"));
        MethodRequest.Builder request = MethodRequest.builder();
        if (api.type() == ApiType.REST) {
            eventAuth.ifPresent(declared -> SamAuth.checkRestEventAuth(declared, routeKey));
            boolean overrides = eventAuth.map(SamAccess::overridesApiAuth).orElse(false);
            // With a DefinitionBody of the template's own, SAM applies an event's Auth only with OverrideApiAuth.
            Optional<MapNode> applied = writesEventSettings || overrides ? eventAuth : Optional.empty();
            auth.restEvent(applied, method, routeKey, request);
            if (writesEventSettings) {
                requestValidation.addEventSettings(event, routeKey, request);
            }
        } else {
            auth.httpEvent(eventAuth, method, routeKey, request);
            event.get("RouteSettings")
                    .ifPresent(settings -> routeThrottling.orElseThrow().addEventRouteSettings(routeKey, settings));
        }
        return SamFields.at(event.location(), request::build);
    }

    /**
     * The method request of a route the API's {@code DefinitionBody} declares, with the defaults SAM adds to every
     * method of the definition it deploys: the default authorizer where the method names none (not on {@code OPTIONS}
     * methods of an HTTP API, nor of a REST API with {@code AddDefaultAuthorizerToCorsPreflight: false}), and a REST
     * API's {@code Auth.ApiKeyRequired} (docs/behavior.md#sam-default-authorizer-and-api-keys).
     *
     * @param declared the method request the definition declares
     * @param routeKey the route, such as {@code GET /pets}
     * @return the method request
     */
    MethodRequest definitionMethodRequest(MethodRequest declared, String routeKey) {
        if (cloudFormationApi) {
            return declared;
        }
        int space = routeKey.indexOf(' ');
        String method = space < 0 ? "ANY" : routeKey.substring(0, space);
        return auth.definitionMethod(declared, method, api.type() == ApiType.REST);
    }

    private static boolean overridesApiAuth(MapNode eventAuth) {
        boolean overrides = SamFields.bool(eventAuth, "OverrideApiAuth", "Auth").orElse(false);
        if (overrides
                && !eventAuth.has("Authorizer")
                && !eventAuth.has("ApiKeyRequired")
                && !eventAuth.has("ResourcePolicy")) {
            throw eventAuth
                    .location()
                    .error("Auth.OverrideApiAuth is true but the Auth sets none of Authorizer, ApiKeyRequired and"
                            + " ResourcePolicy, one of which SAM requires with it");
        }
        return overrides;
    }

    /**
     * Add what the API's CORS settings make SAM generate for REST APIs: an {@code OPTIONS} mock method on every path.
     *
     * @param methodsByPath each path of the API with the methods declared on it
     * @param builder the API being built
     */
    void addCorsPreflights(Map<String, Set<String>> methodsByPath, ApiDefinition.Builder builder) {
        if (cors.isEmpty()) {
            return;
        }
        RestCors settings = cors.get();
        Set<String> normalizedPaths = new HashSet<>();
        String origin =
                "the OPTIONS method SAM adds for Cors (" + settings.location().describe() + ")";
        for (Map.Entry<String, Set<String>> path : methodsByPath.entrySet()) {
            // SAM adds one OPTIONS method for /pets and /pets/, and none to a path that has one.
            String normalized = path.getKey().equals("/") ? "/" : path.getKey().replaceAll("/+$", "");
            if (!normalizedPaths.add(normalized) || path.getValue().contains("OPTIONS")) {
                continue;
            }
            RouteDefinition route = new RouteDefinition(
                    "OPTIONS", path.getKey(), settings.preflight(path.getValue()), origin, auth.restPreflight());
            SamFields.at(settings.location(), () -> builder.route(route));
        }
    }

    @Override
    public String toString() {
        return "SamAccess[" + api.describe() + "]";
    }
}

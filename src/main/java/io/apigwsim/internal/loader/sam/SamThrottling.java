package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.StageThrottling;
import io.apigwsim.internal.loader.node.Location;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stage throttling a SAM API sets: a REST API's {@code MethodSettings}, an HTTP API's
 * {@code DefaultRouteSettings} and {@code RouteSettings} with its events' {@code RouteSettings}
 * (docs/behavior.md#sam-throttling).
 */
final class SamThrottling {

    // The account's limits in a Region, which a stage setting that names one limit keeps for the other
    // [UNCERTAIN] (docs/behavior.md#uncertain-sam-access-settings).
    static final double ACCOUNT_RATE_LIMIT = 10_000;
    static final int ACCOUNT_BURST_LIMIT = 5_000;

    private static final List<String> METHOD_SETTING_FIELDS = List.of(
            "CacheDataEncrypted",
            "CacheTtlInSeconds",
            "CachingEnabled",
            "DataTraceEnabled",
            "HttpMethod",
            "LoggingLevel",
            "MetricsEnabled",
            "ResourcePath",
            "ThrottlingBurstLimit",
            "ThrottlingRateLimit");
    private static final List<String> ROUTE_SETTING_FIELDS = List.of(
            "DataTraceEnabled",
            "DetailedMetricsEnabled",
            "LoggingLevel",
            "ThrottlingBurstLimit",
            "ThrottlingRateLimit");

    private final ApiDefinition.Builder builder;
    private Limits defaultLimits;
    // An HTTP API's route settings by route key: the fields as declared, later declarations replacing earlier ones.
    private final Map<String, Map<String, Node>> routeSettings = new LinkedHashMap<>();
    private final Map<String, Location> routeLocations = new LinkedHashMap<>();

    private SamThrottling(ApiDefinition.Builder builder) {
        this.builder = builder;
    }

    /**
     * Read a REST API's {@code MethodSettings} into the stage's throttling.
     *
     * @param methodSettings the resolved property, if any
     * @param cacheClusterEnabled whether the stage has a cache, which {@code CachingEnabled} methods then use
     * @param builder the API being built
     */
    static void rest(Optional<Node> methodSettings, boolean cacheClusterEnabled, ApiDefinition.Builder builder) {
        if (methodSettings.isEmpty()) {
            return;
        }
        StageThrottling.Builder throttling = StageThrottling.builder();
        boolean any = false;
        Location stageWide = null;
        for (Node node : methodSettings.get().asList("MethodSettings").elements()) {
            MapNode setting = SamFields.map(node, "MethodSettings entry")
                    .checkFields("A MethodSettings entry", METHOD_SETTING_FIELDS);
            setting.get("CachingEnabled").ifPresent(caching -> {
                if (SamFields.bool(caching, "MethodSettings.CachingEnabled") && cacheClusterEnabled) {
                    throw caching.location()
                            .error("MethodSettings.CachingEnabled caches the method's responses in the stage's cache,"
                                    + " which apigw-sim does not simulate: its answers would differ; remove it from the"
                                    + " template the test loads, or load a copy without it");
                }
            });
            Optional<Limits> limits = Limits.of(setting, "MethodSettings");
            if (limits.isEmpty()) {
                continue;
            }
            Node pathNode = setting.require("ResourcePath", "A MethodSettings entry with throttling");
            Node methodNode = setting.require("HttpMethod", "A MethodSettings entry with throttling");
            String path = SamFields.text(pathNode, "MethodSettings.ResourcePath");
            String method = SamFields.text(methodNode, "MethodSettings.HttpMethod");
            if (path.equals("/*") && method.equals("*")) {
                if (stageWide != null) {
                    throw setting.location()
                            .error(
                                    "MethodSettings throttles every method (ResourcePath /*, HttpMethod *) a second time,"
                                            + " after " + stageWide.describe() + "; keep one entry");
                }
                stageWide = setting.location();
                throttling.defaultMethodThrottle(
                        limits.get().rate(), limits.get().burst());
                any = true;
                continue;
            }
            if (path.equals("/*") || method.equals("*")) {
                throw setting.location()
                        .error("this MethodSettings entry throttles ResourcePath " + path + " and HttpMethod " + method
                                + "; apigw-sim throttles the whole stage (ResourcePath /*, HttpMethod *) or one method"
                                + " of one resource, such as ResourcePath /~1pets and HttpMethod GET: write an entry"
                                + " for each method");
            }
            String routeKey = method.toUpperCase(Locale.ROOT) + " " + resourcePath(pathNode, path);
            Limits methodLimits = limits.get();
            SamFields.at(
                    setting.location(),
                    () -> throttling.methodThrottle(routeKey, methodLimits.rate(), methodLimits.burst()));
            any = true;
        }
        if (any) {
            builder.stageThrottling(throttling.build());
        }
    }

    // CloudFormation writes a resource path's slashes after the first as ~1: /~1pets~1{id} is /pets/{id}.
    private static String resourcePath(Node node, String path) {
        if (path.equals("/")) {
            return path;
        }
        String decoded = path.startsWith("/") ? path.substring(1).replace("~1", "/") : path;
        if (!decoded.startsWith("/")) {
            throw node.location()
                    .error("MethodSettings.ResourcePath is \"" + path + "\"; CloudFormation writes the resource path"
                            + " with each / after the first as ~1, such as /~1pets~1{id} for /pets/{id}, / for the root"
                            + " and /* for every resource");
        }
        return decoded;
    }

    /**
     * Read an HTTP API's {@code DefaultRouteSettings} and {@code RouteSettings}.
     *
     * @param defaults the resolved {@code DefaultRouteSettings}, if any
     * @param routes the resolved {@code RouteSettings}, if any
     * @param builder the API being built
     * @return the throttling, to which events add their {@code RouteSettings}
     */
    static SamThrottling http(Optional<Node> defaults, Optional<Node> routes, ApiDefinition.Builder builder) {
        SamThrottling throttling = new SamThrottling(builder);
        defaults.ifPresent(node -> {
            MapNode settings = SamFields.map(node, "DefaultRouteSettings")
                    .checkFields("DefaultRouteSettings", ROUTE_SETTING_FIELDS);
            throttling.defaultLimits =
                    Limits.of(settings, "DefaultRouteSettings").orElse(null);
        });
        routes.ifPresent(node -> SamFields.map(node, "RouteSettings")
                .fields()
                .forEach((routeKey, settings) -> throttling.addRouteSettings(routeKey, settings, "RouteSettings")));
        throttling.apply();
        return throttling;
    }

    /**
     * Add an HTTP API event's {@code RouteSettings}, which SAM merges over the API's settings for the event's route.
     *
     * @param routeKey the event's route key
     * @param settings the event's {@code RouteSettings}
     */
    void addEventRouteSettings(String routeKey, Node settings) {
        addRouteSettings(routeKey, settings, "RouteSettings of the HttpApi event of " + routeKey);
        apply();
    }

    private void addRouteSettings(String routeKey, Node node, String what) {
        MapNode settings = SamFields.map(node, what).checkFields(what, ROUTE_SETTING_FIELDS);
        routeSettings.computeIfAbsent(routeKey, key -> new LinkedHashMap<>()).putAll(settings.fields());
        routeLocations.put(routeKey, settings.location());
    }

    private void apply() {
        if (defaultLimits == null && routeSettings.isEmpty()) {
            return;
        }
        StageThrottling.Builder throttling = StageThrottling.builder();
        if (defaultLimits != null) {
            throttling.defaultMethodThrottle(defaultLimits.rate(), defaultLimits.burst());
        }
        routeSettings.forEach((routeKey, fields) -> {
            Location location = routeLocations.get(routeKey);
            Limits.of(new MapNode(location, fields), "RouteSettings." + routeKey)
                    .ifPresent(limits -> {
                        if (routeKey.equals("$default")) {
                            throw location.error(
                                    "RouteSettings throttles the $default route, which apigw-sim throttles only"
                                            + " through DefaultRouteSettings (every route); move the limits there, or load a copy of"
                                            + " the template without them");
                        }
                        SamFields.at(
                                location, () -> throttling.methodThrottle(routeKey, limits.rate(), limits.burst()));
                    });
        });
        builder.stageThrottling(throttling.build());
    }

    /** A rate and burst limit, each the account's where the setting names only the other. */
    private record Limits(double rate, int burst) {

        static Optional<Limits> of(MapNode settings, String what) {
            Optional<Double> rate = settings.get("ThrottlingRateLimit")
                    .map(node -> SamFields.number(node, what + ".ThrottlingRateLimit"));
            Optional<Integer> burst = settings.get("ThrottlingBurstLimit")
                    .map(node -> (int) SamFields.integer(node, what + ".ThrottlingBurstLimit", 0, Integer.MAX_VALUE));
            if (rate.isEmpty() && burst.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Limits(rate.orElse(ACCOUNT_RATE_LIMIT), burst.orElse(ACCOUNT_BURST_LIMIT)));
        }
    }
}

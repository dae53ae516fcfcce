package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.openapi.FunctionReferences;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A SAM API's {@code Auth}: its authorizers, its default authorizer and API key requirement, and how an event's own
 * {@code Auth} changes them for its route, as SAM writes the security of each method
 * (docs/behavior.md#sam-default-authorizer-and-api-keys).
 */
final class SamAuth {

    static final String AWS_IAM = "AWS_IAM";
    static final String NONE = "NONE";

    private static final List<String> REST_FIELDS = List.of(
            "Authorizers",
            "DefaultAuthorizer",
            "InvokeRole",
            "AddDefaultAuthorizerToCorsPreflight",
            "AddApiKeyRequiredToCorsPreflight",
            "ApiKeyRequired",
            "ResourcePolicy",
            "UsagePlan");
    private static final List<String> HTTP_FIELDS = List.of("Authorizers", "DefaultAuthorizer", "EnableIamAuthorizer");
    private static final List<String> REST_EVENT_FIELDS = List.of(
            "Authorizer", "AuthorizationScopes", "ApiKeyRequired", "InvokeRole", "ResourcePolicy", "OverrideApiAuth");
    private static final List<String> HTTP_EVENT_FIELDS = List.of("Authorizer", "AuthorizationScopes");
    private static final List<String> USAGE_PLAN_FIELDS =
            List.of("CreateUsagePlan", "Description", "Quota", "Tags", "Throttle", "UsagePlanName");

    private final String apiId;
    private final Map<String, DeclaredAuthorizer> authorizers;
    private final Optional<String> defaultAuthorizer;
    private final boolean apiKeyRequired;
    private final boolean defaultAuthorizerOnPreflight;
    private final boolean apiKeyOnPreflight;

    private SamAuth(
            String apiId,
            Map<String, DeclaredAuthorizer> authorizers,
            Optional<String> defaultAuthorizer,
            boolean apiKeyRequired,
            boolean defaultAuthorizerOnPreflight,
            boolean apiKeyOnPreflight) {
        this.apiId = apiId;
        this.authorizers = Map.copyOf(authorizers);
        this.defaultAuthorizer = defaultAuthorizer;
        this.apiKeyRequired = apiKeyRequired;
        this.defaultAuthorizerOnPreflight = defaultAuthorizerOnPreflight;
        this.apiKeyOnPreflight = apiKeyOnPreflight;
    }

    /** An API without {@code Auth}. */
    static SamAuth none(String apiId) {
        return new SamAuth(apiId, Map.of(), Optional.empty(), false, true, true);
    }

    /**
     * Read a REST API's {@code Auth}, adding its authorizers to the API being built.
     *
     * @param auth the {@code Auth} object
     * @return the API's defaults
     */
    static SamAuth rest(
            MapNode auth,
            String apiId,
            ApiDefinition.Builder builder,
            FunctionReferences functions,
            Function<String, String> functionIds) {
        auth.checkFields("The Auth of " + apiId, REST_FIELDS);
        auth.get("ResourcePolicy").ifPresent(SamAuth::refuseResourcePolicy);
        auth.get("InvokeRole").ifPresent(role -> SamFields.text(role, "Auth.InvokeRole"));
        auth.get("UsagePlan").ifPresent(SamAuth::checkUsagePlan);
        Map<String, DeclaredAuthorizer> authorizers = auth.get("Authorizers")
                .map(node -> SamAuthorizers.rest(
                        SamFields.map(node, "Auth.Authorizers"), apiId, builder, functions, functionIds))
                .orElse(Map.of());
        Optional<String> defaultAuthorizer = defaultAuthorizer(auth, authorizers, true);
        return new SamAuth(
                apiId,
                authorizers,
                defaultAuthorizer,
                SamFields.bool(auth, "ApiKeyRequired", "Auth").orElse(false),
                SamFields.bool(auth, "AddDefaultAuthorizerToCorsPreflight", "Auth")
                        .orElse(true),
                SamFields.bool(auth, "AddApiKeyRequiredToCorsPreflight", "Auth").orElse(true));
    }

    /**
     * Read an HTTP API's {@code Auth}, adding its authorizers to the API being built.
     *
     * @param auth the {@code Auth} object
     * @return the API's defaults
     */
    static SamAuth http(
            MapNode auth,
            String apiId,
            ApiDefinition.Builder builder,
            FunctionReferences functions,
            Function<String, String> functionIds) {
        auth.checkFields("The Auth of " + apiId, HTTP_FIELDS);
        auth.get("EnableIamAuthorizer").ifPresent(node -> {
            if (SamFields.bool(node, "Auth.EnableIamAuthorizer")) {
                throw node.location()
                        .error("Auth.EnableIamAuthorizer turns on IAM authorization, which apigw-sim simulates for"
                                + " REST APIs only (docs/behavior.md#not-simulated); remove it from the template the"
                                + " test loads, or load a copy without it");
            }
        });
        Map<String, DeclaredAuthorizer> authorizers = auth.get("Authorizers")
                .map(node -> SamAuthorizers.http(
                        SamFields.map(node, "Auth.Authorizers"), apiId, builder, functions, functionIds))
                .orElse(Map.of());
        return new SamAuth(apiId, authorizers, defaultAuthorizer(auth, authorizers, false), false, false, false);
    }

    private static Optional<String> defaultAuthorizer(
            MapNode auth, Map<String, DeclaredAuthorizer> authorizers, boolean iamAllowed) {
        Optional<Node> declared = auth.get("DefaultAuthorizer");
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        String name = SamFields.text(declared.get(), "Auth.DefaultAuthorizer");
        if (name.equals(AWS_IAM) && iamAllowed) {
            return Optional.of(name);
        }
        if (!authorizers.containsKey(name)) {
            throw declared.get()
                    .location()
                    .error("Auth.DefaultAuthorizer is \"" + name + "\", which is not one of the API's Authorizers"
                            + declaredNames(authorizers)
                            + (iamAllowed
                                    ? "; name one of them, or AWS_IAM"
                                    : name.equals(AWS_IAM)
                                            ? "; AWS_IAM needs EnableIamAuthorizer, and apigw-sim simulates IAM"
                                                    + " authorization for REST APIs only"
                                            : "; name one of them"));
        }
        return Optional.of(name);
    }

    private static void refuseResourcePolicy(Node policy) {
        throw policy.location()
                .error("Auth.ResourcePolicy sets a resource policy, which apigw-sim does not simulate"
                        + " (docs/behavior.md#not-simulated): every request would pass it; remove it from the"
                        + " template the test loads, or load a copy without it");
    }

    // SAM creates the plan and a key whose value API Gateway generates, which no test can know: the test declares
    // its own keys and plans (docs/behavior.md#sam-usage-plans).
    private static void checkUsagePlan(Node node) {
        MapNode plan = SamFields.map(node, "Auth.UsagePlan");
        plan.checkFields("Auth.UsagePlan", USAGE_PLAN_FIELDS);
        Node create = plan.require("CreateUsagePlan", "Auth.UsagePlan");
        String value = SamFields.text(create, "Auth.UsagePlan.CreateUsagePlan");
        if (!List.of("PER_API", "SHARED", "NONE").contains(value)) {
            throw create.location()
                    .error("Auth.UsagePlan.CreateUsagePlan is \"" + value + "\"; SAM takes PER_API, SHARED or NONE");
        }
    }

    /**
     * Refuse misspelled fields of a REST API event's {@code Auth}, which SAM reads only where it applies it.
     *
     * @param eventAuth the event's {@code Auth}
     * @param route the route as messages name it
     */
    static void checkRestEventAuth(MapNode eventAuth, String route) {
        eventAuth.checkFields("The Auth of the Api event of " + route, REST_EVENT_FIELDS);
    }

    /**
     * The authorization of a REST API event's route: the event's {@code Auth} over the API's defaults.
     *
     * @param eventAuth the event's {@code Auth}, or empty when the event has none or SAM does not apply it
     * @param method the route's method, such as {@code GET}
     * @param route the route as messages name it
     * @param request where the authorization goes
     */
    void restEvent(Optional<MapNode> eventAuth, String method, String route, MethodRequest.Builder request) {
        eventAuth.ifPresent(auth -> checkRestEventAuth(auth, route));
        eventAuth.flatMap(auth -> auth.get("ResourcePolicy")).ifPresent(SamAuth::refuseResourcePolicy);
        eventAuth.flatMap(auth -> auth.get("InvokeRole")).ifPresent(role -> SamFields.text(role, "Auth.InvokeRole"));
        Optional<Node> authorizerNode = eventAuth.flatMap(auth -> auth.get("Authorizer"));
        Optional<List<String>> scopes = eventAuth
                .flatMap(auth -> auth.get("AuthorizationScopes"))
                .map(node -> SamFields.texts(node, "Auth.AuthorizationScopes"));
        Optional<Node> keyNode = eventAuth.flatMap(auth -> auth.get("ApiKeyRequired"));
        if (scopes.filter(list -> !list.isEmpty()).isPresent() && authorizerNode.isEmpty()) {
            throw eventAuth
                    .get()
                    .get("AuthorizationScopes")
                    .orElseThrow()
                    .location()
                    .error("Auth.AuthorizationScopes of the Api event of " + route + " needs an Auth.Authorizer on the"
                            + " same event, as SAM requires; name the Cognito authorizer whose tokens carry the"
                            + " scopes");
        }
        boolean preflight = method.equals("OPTIONS");
        if (authorizerNode.isPresent()) {
            String name = SamFields.text(authorizerNode.get(), "Auth.Authorizer");
            if (name.equals(NONE)) {
                requireDefault(authorizerNode.get(), route);
            } else {
                authorize(request, named(authorizerNode.get(), name, route, true), scopes);
            }
        } else if (defaultAuthorizer.isPresent() && (!preflight || defaultAuthorizerOnPreflight)) {
            authorize(request, defaultAuthorizer.get(), Optional.empty());
        }
        boolean keyRequired = apiKeyRequired;
        if (keyNode.isPresent()) {
            keyRequired = SamFields.bool(keyNode.get(), "Auth.ApiKeyRequired");
            if (!keyRequired && !apiKeyRequired) {
                throw keyNode.get()
                        .location()
                        .error("Auth.ApiKeyRequired of the Api event of " + route + " is false, which SAM accepts only"
                                + " when the API's Auth.ApiKeyRequired is true; remove it");
            }
        }
        // SAM removes the API key requirement of OPTIONS methods when the API's default asks it to.
        if (preflight && apiKeyRequired && !apiKeyOnPreflight) {
            keyRequired = false;
        }
        request.apiKeyRequired(keyRequired);
    }

    /**
     * The method request of the {@code OPTIONS} method SAM adds for {@code Cors}: the API's default authorizer and
     * API key requirement, unless {@code AddDefaultAuthorizerToCorsPreflight} or
     * {@code AddApiKeyRequiredToCorsPreflight} is false.
     *
     * @return the method request
     */
    MethodRequest restPreflight() {
        MethodRequest.Builder request = MethodRequest.builder();
        if (defaultAuthorizerOnPreflight) {
            defaultAuthorizer.ifPresent(name -> authorize(request, name, Optional.empty()));
        }
        return request.apiKeyRequired(apiKeyRequired && apiKeyOnPreflight).build();
    }

    /**
     * The authorization of an HTTP API event's route: the event's {@code Auth} over the API's default authorizer,
     * which SAM does not put on {@code OPTIONS} routes.
     *
     * @param eventAuth the event's {@code Auth}
     * @param method the route's method
     * @param route the route as messages name it
     * @param request where the authorization goes
     */
    void httpEvent(Optional<MapNode> eventAuth, String method, String route, MethodRequest.Builder request) {
        if (eventAuth.isEmpty()) {
            if (!method.equals("OPTIONS")) {
                defaultAuthorizer.ifPresent(name -> authorize(request, name, Optional.empty()));
            }
            return;
        }
        MapNode auth = eventAuth.get().checkFields("The Auth of the HttpApi event of " + route, HTTP_EVENT_FIELDS);
        Optional<List<String>> scopes = auth.get("AuthorizationScopes")
                .map(node -> SamFields.texts(node, "Auth.AuthorizationScopes"))
                .filter(list -> !list.isEmpty());
        Optional<Node> authorizerNode = auth.get("Authorizer");
        if (authorizerNode.isEmpty()) {
            if (defaultAuthorizer.isEmpty()) {
                throw auth.location()
                        .error("the Auth of the HttpApi event of " + route + " names no Authorizer and " + apiId
                                + " has no DefaultAuthorizer; SAM requires one of the two");
            }
            authorize(request, defaultAuthorizer.get(), scopes);
            return;
        }
        String name = SamFields.text(authorizerNode.get(), "Auth.Authorizer");
        if (name.equals(NONE)) {
            requireDefault(authorizerNode.get(), route);
            return;
        }
        if (name.equals(AWS_IAM) && !authorizers.containsKey(AWS_IAM)) {
            throw authorizerNode
                    .get()
                    .location()
                    .error("Auth.Authorizer AWS_IAM asks for IAM authorization, which apigw-sim simulates for REST"
                            + " APIs only (docs/behavior.md#not-simulated); remove it from the template the test"
                            + " loads, or load a copy without it");
        }
        authorize(request, named(authorizerNode.get(), name, route, false), scopes);
    }

    /**
     * The method request of a method the API's {@code DefinitionBody} declares, with what SAM adds to every method of
     * the definition: the default authorizer where the method names none, and a REST API's key requirement.
     *
     * @param declared the method request the definition declares
     * @param method the method, such as {@code GET}
     * @param restApi whether the API is a REST API
     * @return the method request
     */
    MethodRequest definitionMethod(MethodRequest declared, String method, boolean restApi) {
        boolean preflight = method.equals("OPTIONS");
        MethodRequest.Builder request = declared.toBuilder();
        boolean guarded = declared.authorizer().isPresent() || declared.iamAuthorization();
        boolean defaultApplies = restApi ? !preflight || defaultAuthorizerOnPreflight : !preflight;
        if (!guarded && defaultApplies) {
            defaultAuthorizer.ifPresent(name -> authorize(request, name, Optional.empty()));
        }
        if (restApi && apiKeyRequired) {
            // SAM requires the key of every method, and of none of the OPTIONS methods when told not to.
            request.apiKeyRequired(!preflight || apiKeyOnPreflight);
        }
        return request.build();
    }

    private String named(Node node, String name, String route, boolean iamAllowed) {
        if (iamAllowed && name.equals(AWS_IAM)) {
            return name;
        }
        if (!authorizers.containsKey(name)) {
            throw node.location()
                    .error("the event of " + route + " names the authorizer \"" + name + "\", which " + apiId
                            + " does not declare" + declaredNames(authorizers) + "; name one of them"
                            + (iamAllowed ? ", AWS_IAM" : "")
                            + (defaultAuthorizer.isPresent() ? ", or NONE to leave the route open" : ""));
        }
        return name;
    }

    private void requireDefault(Node node, String route) {
        if (defaultAuthorizer.isEmpty()) {
            throw node.location()
                    .error("the event of " + route + " sets Auth.Authorizer NONE, which SAM accepts only when the API"
                            + " has a DefaultAuthorizer; remove it (" + apiId + " has none, so the route is open)");
        }
    }

    // Lambda authorizers check no OAuth scopes, so an event's scopes for one are dropped
    // [UNCERTAIN] (docs/behavior.md#uncertain-sam-access-settings).
    private void authorize(MethodRequest.Builder request, String name, Optional<List<String>> eventScopes) {
        if (name.equals(AWS_IAM) && !authorizers.containsKey(AWS_IAM)) {
            request.iamAuthorization();
            return;
        }
        DeclaredAuthorizer authorizer = authorizers.get(name);
        request.authorizer(name);
        if (!authorizer.lambda()) {
            request.authorizationScopes(eventScopes.orElse(authorizer.scopes()).toArray(String[]::new));
        }
    }

    private static String declaredNames(Map<String, DeclaredAuthorizer> authorizers) {
        return authorizers.isEmpty()
                ? " (it declares none under Auth.Authorizers)"
                : " ("
                        + String.join(
                                ", ", authorizers.keySet().stream().sorted().toList()) + ")";
    }
}

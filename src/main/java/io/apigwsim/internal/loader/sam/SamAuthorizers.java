package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.Location;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.openapi.FunctionReferences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the {@code Auth.Authorizers} of a SAM API into the API's authorizers, as SAM writes them into the definition
 * it deploys (docs/behavior.md#sam-rest-api-authorizers, #sam-http-api-authorizers).
 */
final class SamAuthorizers {

    private static final List<String> COGNITO_FIELDS = List.of("UserPoolArn", "Identity", "AuthorizationScopes");
    private static final List<String> COGNITO_IDENTITY = List.of("Header", "ValidationExpression", "ReauthorizeEvery");
    private static final List<String> LAMBDA_FIELDS = List.of(
            "FunctionArn",
            "FunctionPayloadType",
            "FunctionInvokeRole",
            "Identity",
            "DisableFunctionDefaultPermissions");
    private static final List<String> TOKEN_IDENTITY = List.of("Header", "ValidationExpression", "ReauthorizeEvery");
    private static final List<String> REQUEST_IDENTITY =
            List.of("Headers", "QueryStrings", "StageVariables", "Context", "ReauthorizeEvery");
    private static final List<String> JWT_FIELDS = List.of("AuthorizationScopes", "IdentitySource", "JwtConfiguration");
    private static final List<String> HTTP_LAMBDA_FIELDS = List.of(
            "AuthorizerPayloadFormatVersion",
            "EnableSimpleResponses",
            "FunctionArn",
            "FunctionInvokeRole",
            "EnableFunctionDefaultPermissions",
            "Identity");

    private final String apiId;
    private final ApiDefinition.Builder builder;
    private final FunctionReferences functions;
    private final Function<String, String> functionIds;

    private SamAuthorizers(
            String apiId,
            ApiDefinition.Builder builder,
            FunctionReferences functions,
            Function<String, String> functionIds) {
        this.apiId = apiId;
        this.builder = builder;
        this.functions = functions;
        this.functionIds = functionIds;
    }

    /**
     * Read a REST API's authorizers into the API being built.
     *
     * @param authorizers the {@code Auth.Authorizers} object
     * @return what routes need to know of each, by name
     */
    static Map<String, DeclaredAuthorizer> rest(
            MapNode authorizers,
            String apiId,
            ApiDefinition.Builder builder,
            FunctionReferences functions,
            Function<String, String> functionIds) {
        SamAuthorizers reader = new SamAuthorizers(apiId, builder, functions, functionIds);
        Map<String, DeclaredAuthorizer> declared = new LinkedHashMap<>();
        authorizers.fields().forEach((name, node) -> {
            MapNode authorizer = node.asMap("Auth.Authorizers." + name);
            // SAM makes an authorizer with a UserPoolArn a Cognito one, any other a Lambda one.
            declared.put(
                    name,
                    authorizer.has("UserPoolArn")
                            ? reader.cognito(name, authorizer)
                            : reader.restLambda(name, authorizer));
        });
        return declared;
    }

    /**
     * Read an HTTP API's authorizers into the API being built.
     *
     * @param authorizers the {@code Auth.Authorizers} object
     * @return what routes need to know of each, by name
     */
    static Map<String, DeclaredAuthorizer> http(
            MapNode authorizers,
            String apiId,
            ApiDefinition.Builder builder,
            FunctionReferences functions,
            Function<String, String> functionIds) {
        SamAuthorizers reader = new SamAuthorizers(apiId, builder, functions, functionIds);
        Map<String, DeclaredAuthorizer> declared = new LinkedHashMap<>();
        authorizers.fields().forEach((name, node) -> {
            MapNode authorizer = node.asMap("Auth.Authorizers." + name);
            // SAM makes an authorizer with a JwtConfiguration a JWT one, any other a Lambda one.
            declared.put(
                    name,
                    authorizer.has("JwtConfiguration")
                            ? reader.jwt(name, authorizer)
                            : reader.httpLambda(name, authorizer));
        });
        return declared;
    }

    private DeclaredAuthorizer cognito(String name, MapNode authorizer) {
        String what = "Auth.Authorizers." + name;
        authorizer.checkFields("The Cognito authorizer " + name + " (it has a UserPoolArn)", COGNITO_FIELDS);
        Node pools = authorizer.require("UserPoolArn", what);
        List<String> providerArns = pools instanceof ListNode
                ? SamFields.texts(pools, what + ".UserPoolArn")
                : List.of(SamFields.text(pools, what + ".UserPoolArn"));
        MapNode identity =
                identity(authorizer, what, COGNITO_IDENTITY, "The Identity of the Cognito authorizer " + name);
        identity.get("ValidationExpression").ifPresent(expression -> {
            throw expression
                    .location()
                    .error(what + ".Identity.ValidationExpression checks Cognito tokens before the user pool does,"
                            + " which apigw-sim does not simulate (docs/behavior.md#not-simulated); remove it from"
                            + " the template the test loads, or load a copy without it");
        });
        // SAM writes no result TTL for a Cognito authorizer (docs/behavior.md#sam-rest-api-authorizers).
        identity.get("ReauthorizeEvery")
                .ifPresent(ttl -> SamFields.integer(ttl, what + ".Identity.ReauthorizeEvery", 0, 3600));
        String header = SamFields.text(identity, "Header", what + ".Identity").orElse("Authorization");
        List<String> scopes = authorizer
                .get("AuthorizationScopes")
                .map(node -> SamFields.texts(node, what + ".AuthorizationScopes"))
                .orElse(List.of());
        add(
                authorizer.location(),
                () -> AuthorizerDefinition.cognitoUserPools(name, providerArns.toArray(String[]::new))
                        .identitySource("method.request.header." + header)
                        .origin(origin(name, authorizer.location()))
                        .build());
        return new DeclaredAuthorizer(name, false, scopes);
    }

    private DeclaredAuthorizer restLambda(String name, MapNode authorizer) {
        String what = "Auth.Authorizers." + name;
        authorizer.checkFields("The Lambda authorizer " + name, LAMBDA_FIELDS);
        String payloadType =
                SamFields.text(authorizer, "FunctionPayloadType", what).orElse("TOKEN");
        if (!payloadType.equals("TOKEN") && !payloadType.equals("REQUEST")) {
            throw authorizer
                    .get("FunctionPayloadType")
                    .orElseThrow()
                    .location()
                    .error(what + ".FunctionPayloadType is \"" + payloadType + "\"; SAM takes TOKEN (the default) or"
                            + " REQUEST");
        }
        authorizer
                .get("DisableFunctionDefaultPermissions")
                .ifPresent(node -> SamFields.bool(node, what + ".DisableFunctionDefaultPermissions"));
        authorizer.get("FunctionInvokeRole").ifPresent(node -> SamFields.text(node, what + ".FunctionInvokeRole"));
        String function = function(name, authorizer, what);
        String origin = origin(name, authorizer.location());
        if (payloadType.equals("TOKEN")) {
            MapNode identity =
                    identity(authorizer, what, TOKEN_IDENTITY, "The Identity of the TOKEN authorizer " + name);
            String header =
                    SamFields.text(identity, "Header", what + ".Identity").orElse("Authorization");
            Optional<String> expression = SamFields.text(identity, "ValidationExpression", what + ".Identity");
            OptionalLong ttl = ttl(identity, what);
            add(authorizer.location(), () -> {
                AuthorizerDefinition.Builder token = AuthorizerDefinition.token(name, function)
                        .identitySource("method.request.header." + header)
                        .origin(origin);
                expression.ifPresent(token::validationExpression);
                ttl.ifPresent(seconds -> token.resultTtlSeconds((int) seconds));
                return token.build();
            });
        } else {
            MapNode identity =
                    identity(authorizer, what, REQUEST_IDENTITY, "The Identity of the REQUEST authorizer " + name);
            List<String> sources = identitySources(
                    identity,
                    what,
                    "method.request.header.",
                    "method.request.querystring.",
                    "stageVariables.",
                    "context.");
            OptionalLong ttl = ttl(identity, what);
            // SAM refuses a REQUEST authorizer without identity sources unless its caching is off.
            if (sources.isEmpty() && (ttl.isEmpty() || ttl.getAsLong() > 0)) {
                throw authorizer
                        .location()
                        .error(what + " is a REQUEST authorizer without identity sources; SAM requires Identity with"
                                + " at least one of Headers, QueryStrings, StageVariables or Context, unless"
                                + " Identity.ReauthorizeEvery is 0");
            }
            add(authorizer.location(), () -> {
                AuthorizerDefinition.Builder request =
                        AuthorizerDefinition.request(name, function).origin(origin);
                if (!sources.isEmpty()) {
                    request.identitySource(String.join(", ", sources));
                }
                ttl.ifPresent(seconds -> request.resultTtlSeconds((int) seconds));
                return request.build();
            });
        }
        return new DeclaredAuthorizer(name, true, List.of());
    }

    private DeclaredAuthorizer jwt(String name, MapNode authorizer) {
        String what = "Auth.Authorizers." + name;
        authorizer.checkFields("The JWT authorizer " + name + " (it has a JwtConfiguration)", JWT_FIELDS);
        MapNode configuration =
                SamFields.map(authorizer.get("JwtConfiguration").orElseThrow(), what + ".JwtConfiguration");
        // SAM lower-cases the keys, so Issuer and Audience work as well as issuer and audience.
        Map<String, Node> settings = new LinkedHashMap<>();
        configuration.fields().forEach((key, value) -> {
            String lower = key.toLowerCase(Locale.ROOT);
            if (!lower.equals("issuer") && !lower.equals("audience")) {
                throw value.location()
                        .error(MapNode.unknownField(what + ".JwtConfiguration", key, List.of("issuer", "audience")));
            }
            settings.put(lower, value);
        });
        Node issuerNode = settings.get("issuer");
        if (issuerNode == null) {
            throw configuration
                    .location()
                    .error(
                            what + ".JwtConfiguration has no issuer, which a JWT authorizer needs;"
                                    + " write for example issuer: https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123");
        }
        String issuer = SamFields.text(issuerNode, what + ".JwtConfiguration.issuer");
        List<String> audiences = Optional.ofNullable(settings.get("audience"))
                .map(node -> SamFields.texts(node, what + ".JwtConfiguration.audience"))
                .orElse(List.of());
        String identitySource = SamFields.text(authorizer, "IdentitySource", what)
                .orElseThrow(() -> authorizer
                        .location()
                        .error(what + " has no IdentitySource, which SAM requires of a JWT authorizer; write for"
                                + " example IdentitySource: $request.header.Authorization"));
        List<String> scopes = authorizer
                .get("AuthorizationScopes")
                .map(node -> SamFields.texts(node, what + ".AuthorizationScopes"))
                .orElse(List.of());
        add(
                authorizer.location(),
                () -> AuthorizerDefinition.jwt(name, issuer, audiences.toArray(String[]::new))
                        .identitySource(identitySource)
                        .origin(origin(name, authorizer.location()))
                        .build());
        return new DeclaredAuthorizer(name, false, scopes);
    }

    private DeclaredAuthorizer httpLambda(String name, MapNode authorizer) {
        String what = "Auth.Authorizers." + name;
        authorizer.checkFields("The Lambda authorizer " + name, HTTP_LAMBDA_FIELDS);
        String version = SamFields.text(authorizer, "AuthorizerPayloadFormatVersion", what)
                .orElseThrow(() -> authorizer
                        .location()
                        .error(what + " has no AuthorizerPayloadFormatVersion, which an HTTP API Lambda authorizer"
                                + " needs; write AuthorizerPayloadFormatVersion: \"2.0\" (or \"1.0\" for the"
                                + " REST-compatible event)"));
        boolean simpleResponses =
                SamFields.bool(authorizer, "EnableSimpleResponses", what).orElse(false);
        authorizer
                .get("EnableFunctionDefaultPermissions")
                .ifPresent(node -> SamFields.bool(node, what + ".EnableFunctionDefaultPermissions"));
        authorizer.get("FunctionInvokeRole").ifPresent(node -> SamFields.text(node, what + ".FunctionInvokeRole"));
        String function = function(name, authorizer, what);
        MapNode identity =
                identity(authorizer, what, REQUEST_IDENTITY, "The Identity of the Lambda authorizer " + name);
        List<String> sources = identitySources(
                identity, what, "$request.header.", "$request.querystring.", "$stageVariables.", "$context.");
        OptionalLong ttl = ttl(identity, what);
        if (sources.isEmpty() && (ttl.isEmpty() || ttl.getAsLong() > 0)) {
            // [UNCERTAIN] (docs/behavior.md#uncertain-sam-access-settings)
            throw authorizer
                    .location()
                    .error(what + " has no identity source, and apigw-sim caches its answers for "
                            + (ttl.isEmpty() ? "300 seconds (the default)" : ttl.getAsLong() + " seconds")
                            + ", which needs one: give Identity.Headers, QueryStrings, StageVariables or Context,"
                            + " or turn caching off with Identity.ReauthorizeEvery: 0");
        }
        add(authorizer.location(), () -> {
            AuthorizerDefinition.Builder request = AuthorizerDefinition.request(name, function)
                    .payloadFormatVersion(version)
                    .enableSimpleResponses(simpleResponses)
                    .origin(origin(name, authorizer.location()));
            if (!sources.isEmpty()) {
                request.identitySource(String.join(", ", sources));
            }
            ttl.ifPresent(seconds -> request.resultTtlSeconds((int) seconds));
            return request.build();
        });
        return new DeclaredAuthorizer(name, true, List.of());
    }

    private String function(String name, MapNode authorizer, String what) {
        Node arn = authorizer.require("FunctionArn", what);
        String functionName = LambdaFunctionArn.functionName(arn, what + ".FunctionArn");
        return functions.add(
                functionIds.apply(functionName), arn.location(), "the authorizer " + name + " of " + apiId);
    }

    private static MapNode identity(MapNode authorizer, String what, List<String> fields, String description) {
        MapNode identity = authorizer
                .get("Identity")
                .map(node -> SamFields.map(node, what + ".Identity"))
                .orElseGet(() -> new MapNode(authorizer.location(), Map.of()));
        return identity.checkFields(description, fields);
    }

    private static OptionalLong ttl(MapNode identity, String what) {
        return identity.get("ReauthorizeEvery")
                .map(node -> OptionalLong.of(SamFields.integer(node, what + ".Identity.ReauthorizeEvery", 0, 3600)))
                .orElse(OptionalLong.empty());
    }

    // SAM's order: headers, query strings, stage variables, context (docs/behavior.md#sam-rest-api-authorizers).
    private static List<String> identitySources(
            MapNode identity, String what, String header, String query, String stageVariable, String context) {
        List<String> sources = new ArrayList<>();
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("Headers", header);
        prefixes.put("QueryStrings", query);
        prefixes.put("StageVariables", stageVariable);
        prefixes.put("Context", context);
        prefixes.forEach((field, prefix) -> identity.get(field).ifPresent(node -> {
            for (String name : SamFields.texts(node, what + ".Identity." + field)) {
                sources.add(prefix + name);
            }
        }));
        return sources;
    }

    private static String origin(String name, Location location) {
        return "the authorizer " + name + " (" + location.describe() + ")";
    }

    private void add(Location location, Supplier<AuthorizerDefinition> authorizer) {
        AuthorizerDefinition built = SamFields.at(location, authorizer);
        SamFields.at(location, () -> builder.authorizer(built));
    }
}

package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a security scheme's {@code x-amazon-apigateway-authorizer} into the authorizer of the scheme's name
 * (docs/behavior.md#openapi-authorizers).
 */
final class AuthorizerExtension {

    static final String EXTENSION = "x-amazon-apigateway-authorizer";

    private static final List<String> FIELDS = List.of(
            "type",
            "authorizerUri",
            "authorizerCredentials",
            "authorizerPayloadFormatVersion",
            "enableSimpleResponses",
            "identitySource",
            "jwtConfiguration",
            "identityValidationExpression",
            "authorizerResultTtlInSeconds",
            "providerARNs");
    private static final List<String> JWT_CONFIGURATION_FIELDS = List.of("issuer", "audience");
    private static final String OIDC_DISCOVERY_SUFFIX = "/.well-known/openid-configuration";
    private static final String HEADER_SOURCE = "method.request.header.";

    private final String scheme;
    private final MapNode schemeNode;
    private final MapNode extension;
    private final ApiType apiType;
    private final FunctionReferences functions;
    private final Map<String, String> stageVariables;

    private AuthorizerExtension(
            String scheme,
            MapNode schemeNode,
            MapNode extension,
            ApiType apiType,
            FunctionReferences functions,
            Map<String, String> stageVariables) {
        this.scheme = scheme;
        this.schemeNode = schemeNode;
        this.extension = extension;
        this.apiType = apiType;
        this.functions = functions;
        this.stageVariables = stageVariables;
    }

    /**
     * The authorizer a security scheme declares.
     *
     * @param scheme the scheme's name, which becomes the authorizer's name
     * @param schemeNode the security scheme object
     * @param extension its {@code x-amazon-apigateway-authorizer}
     * @param apiType the API the document is imported into
     * @param functions where the authorizer's function is recorded
     * @param stageVariables the stage's variables, for the authorizer URI
     * @return the authorizer
     */
    static AuthorizerDefinition read(
            String scheme,
            MapNode schemeNode,
            MapNode extension,
            ApiType apiType,
            FunctionReferences functions,
            Map<String, String> stageVariables) {
        return new AuthorizerExtension(scheme, schemeNode, extension, apiType, functions, stageVariables).read();
    }

    private AuthorizerDefinition read() {
        extension.checkFields(EXTENSION, FIELDS);
        Node typeNode = extension.require("type", EXTENSION + " of security scheme \"" + scheme + "\"");
        String type = typeNode.asText("type").toLowerCase(Locale.ROOT);
        boolean http = apiType == ApiType.HTTP;
        AuthorizerDefinition.Builder builder = switch (type) {
            case "token" -> http ? refuseOnHttpApi(typeNode, "token") : token();
            case "request" -> http ? httpRequest() : restRequest();
            case "cognito_user_pools" -> http ? refuseOnHttpApi(typeNode, "cognito_user_pools") : cognito();
            case "jwt" -> http ? jwt() : refuseJwtOnRestApi(typeNode);
            default ->
                throw typeNode.location()
                        .error("\"" + typeNode.asText("type") + "\" is not an authorizer type: "
                                + (http
                                        ? "an HTTP API has request (a Lambda authorizer) and jwt"
                                        : "a REST API has token, request and cognito_user_pools"));
        };
        builder.origin("security scheme \"" + scheme + "\"");
        return Placed.at(extension.location(), builder::build);
    }

    // TOKEN: the scheme's `name` is the header that carries the token (docs/behavior.md#openapi-authorizers).
    private AuthorizerDefinition.Builder token() {
        refuse("a token authorizer", "jwtConfiguration", "providerARNs", "authorizerPayloadFormatVersion");
        refuseSimpleResponses("a REST API's token authorizer");
        String header = identityHeader("a token authorizer");
        String function = function();
        AuthorizerDefinition.Builder builder = Placed.at(
                extension.location(),
                () -> AuthorizerDefinition.token(scheme, function).identitySource(HEADER_SOURCE + header));
        extension
                .get("identityValidationExpression")
                .ifPresent(
                        expression -> builder.validationExpression(expression.asText("identityValidationExpression")));
        resultTtl().ifPresent(ttl -> Placed.at(extension.location(), () -> builder.resultTtlSeconds(ttl)));
        return builder;
    }

    private AuthorizerDefinition.Builder restRequest() {
        refuse("a REST API's request authorizer", "jwtConfiguration", "providerARNs");
        extension.get("authorizerPayloadFormatVersion").ifPresent(version -> {
            throw version.location()
                    .error("a REST API's request authorizer has no payload format version: it receives the REST"
                            + " event and answers with an IAM policy; only HTTP API Lambda authorizers have one."
                            + " Remove authorizerPayloadFormatVersion, or declare an HTTP API");
        });
        refuseSimpleResponses("a REST API's request authorizer");
        String function = function();
        AuthorizerDefinition.Builder builder =
                Placed.at(extension.location(), () -> AuthorizerDefinition.request(scheme, function));
        extension.get("identitySource").ifPresent(source -> builder.identitySource(source.asText("identitySource")));
        extension
                .get("identityValidationExpression")
                .ifPresent(
                        expression -> builder.validationExpression(expression.asText("identityValidationExpression")));
        resultTtl().ifPresent(ttl -> Placed.at(extension.location(), () -> builder.resultTtlSeconds(ttl)));
        return builder;
    }

    // An HTTP API's Lambda authorizer needs a payload format version (docs/behavior.md#http-api-lambda-authorizers).
    private AuthorizerDefinition.Builder httpRequest() {
        refuse("an HTTP API's Lambda authorizer", "jwtConfiguration", "providerARNs", "identityValidationExpression");
        Node version = extension
                .get("authorizerPayloadFormatVersion")
                .orElseThrow(() -> extension
                        .location()
                        .error("an HTTP API's Lambda authorizer needs authorizerPayloadFormatVersion, which API Gateway"
                                + " requires: \"2.0\" for the HTTP API event (with enableSimpleResponses if the"
                                + " function answers {\"isAuthorized\": ...}), or \"1.0\" for the REST-compatible"
                                + " event"));
        String function = function();
        String payloadFormatVersion = version.asText("authorizerPayloadFormatVersion");
        AuthorizerDefinition.Builder builder = Placed.at(
                extension.location(),
                () -> AuthorizerDefinition.request(scheme, function).payloadFormatVersion(payloadFormatVersion));
        extension
                .get("enableSimpleResponses")
                .ifPresent(simple -> builder.enableSimpleResponses(Placed.bool(simple, "enableSimpleResponses")));
        extension.get("identitySource").ifPresent(source -> builder.identitySource(source.asText("identitySource")));
        resultTtl().ifPresent(ttl -> Placed.at(extension.location(), () -> builder.resultTtlSeconds(ttl)));
        return builder;
    }

    private AuthorizerDefinition.Builder cognito() {
        refuse(
                "a Cognito user pool authorizer",
                "authorizerUri",
                "authorizerCredentials",
                "authorizerPayloadFormatVersion",
                "enableSimpleResponses",
                "jwtConfiguration");
        String header = identityHeader("a Cognito user pool authorizer");
        Node arns = extension.require("providerARNs", EXTENSION + " of security scheme \"" + scheme + "\"");
        List<String> providerArns = arns.asList("providerARNs").texts("providerARNs");
        AuthorizerDefinition.Builder builder = Placed.at(
                arns.location(),
                () -> AuthorizerDefinition.cognitoUserPools(scheme, providerArns.toArray(String[]::new))
                        .identitySource(HEADER_SOURCE + header));
        extension
                .get("identityValidationExpression")
                .ifPresent(
                        expression -> builder.validationExpression(expression.asText("identityValidationExpression")));
        resultTtl().ifPresent(ttl -> Placed.at(extension.location(), () -> builder.resultTtlSeconds(ttl)));
        return builder;
    }

    // JWT: issuer and audiences from jwtConfiguration; an openIdConnect scheme may give the issuer by its discovery
    // URL instead (docs/behavior.md#openapi-authorizers).
    private AuthorizerDefinition.Builder jwt() {
        refuse(
                "a JWT authorizer",
                "authorizerUri",
                "authorizerCredentials",
                "authorizerPayloadFormatVersion",
                "enableSimpleResponses",
                "identityValidationExpression",
                "providerARNs");
        extension.get("authorizerResultTtlInSeconds").ifPresent(ttl -> {
            throw ttl.location()
                    .error("a JWT authorizer does not cache: API Gateway caches the answers of HTTP API Lambda"
                            + " authorizers only. Remove authorizerResultTtlInSeconds");
        });
        String what = "jwtConfiguration of security scheme \"" + scheme + "\"";
        MapNode configuration = extension
                .require("jwtConfiguration", EXTENSION + " of security scheme \"" + scheme + "\"")
                .asMap(what);
        configuration.checkFields("jwtConfiguration", JWT_CONFIGURATION_FIELDS);
        String issuer =
                configuration.get("issuer").map(node -> node.asText("issuer")).orElseGet(this::discoveredIssuer);
        Node audienceNode = configuration.require("audience", what);
        List<String> audiences = audienceNode.asList("audience").texts("audience");
        AuthorizerDefinition.Builder builder = Placed.at(
                audienceNode.location(),
                () -> AuthorizerDefinition.jwt(scheme, issuer, audiences.toArray(String[]::new)));
        extension.get("identitySource").ifPresent(source -> builder.identitySource(source.asText("identitySource")));
        return builder;
    }

    // OpenID Connect Discovery 1.0, section 4.3: the issuer is the URL the discovery document's path is appended to.
    private String discoveredIssuer() {
        Optional<Node> url = schemeNode.get("openIdConnectUrl");
        if (url.isPresent() && url.get().asText("openIdConnectUrl").endsWith(OIDC_DISCOVERY_SUFFIX)) {
            String text = url.get().asText("openIdConnectUrl");
            return text.substring(0, text.length() - OIDC_DISCOVERY_SUFFIX.length());
        }
        throw extension
                .location()
                .error("the JWT authorizer of security scheme \"" + scheme + "\" names no issuer: write"
                        + " jwtConfiguration.issuer, such as https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123,"
                        + " or make the scheme type: openIdConnect with an openIdConnectUrl ending in "
                        + OIDC_DISCOVERY_SUFFIX);
    }

    private String function() {
        Node uri = extension.require("authorizerUri", EXTENSION + " of security scheme \"" + scheme + "\"");
        String name =
                LambdaUri.functionName(uri, stageVariables, "the authorizerUri of security scheme \"" + scheme + "\"");
        return functions.add(name, uri.location(), "the authorizer \"" + scheme + "\"");
    }

    private Optional<Integer> resultTtl() {
        return extension.get("authorizerResultTtlInSeconds").map(ttl -> (int)
                Placed.integer(ttl, "authorizerResultTtlInSeconds", 0, AuthorizerDefinition.MAX_RESULT_TTL_SECONDS));
    }

    // A token or Cognito authorizer reads the header that the scheme's `name` names; an identitySource, which the
    // extension's documentation gives to request and JWT authorizers only, may repeat it but not contradict it.
    private String identityHeader(String kind) {
        String what = "security scheme \"" + scheme + "\"";
        Node in = schemeNode.require("in", what);
        if (!in.asText("in").equals("header")) {
            throw in.location()
                    .error(kind + " reads its token from a header: write in: header and name the header with"
                            + " name, such as Authorization");
        }
        String header = schemeNode.require("name", what).asText("name");
        extension.get("identitySource").ifPresent(source -> {
            String text = source.asText("identitySource").trim();
            if (!text.equalsIgnoreCase(HEADER_SOURCE + header)) {
                throw source.location()
                        .error("identitySource \"" + text + "\" contradicts the scheme's header \"" + header + "\": "
                                + kind + " reads the header its security scheme names (name: " + header + ")."
                                + " Remove identitySource, or make it " + HEADER_SOURCE + header);
            }
        });
        return header;
    }

    private void refuse(String kind, String... fields) {
        for (String field : fields) {
            extension.get(field).ifPresent(value -> {
                throw value.location()
                        .error("\"" + field + "\" does not apply to " + kind + " (type: "
                                + extension.require("type", EXTENSION).asText("type") + "); remove it");
            });
        }
    }

    // `enableSimpleResponses: false` is the REST meaning, and AWS's own examples write it on REST authorizers;
    // `true` is an HTTP API setting (docs/behavior.md#http-api-simple-responses).
    private void refuseSimpleResponses(String kind) {
        extension.get("enableSimpleResponses").ifPresent(simple -> {
            if (Placed.bool(simple, "enableSimpleResponses")) {
                throw simple.location()
                        .error("enableSimpleResponses: true does not apply to " + kind + ": only HTTP API Lambda"
                                + " authorizers of payload format 2.0 answer {\"isAuthorized\": ...}. Remove it, or"
                                + " declare an HTTP API");
            }
        });
    }

    private AuthorizerDefinition.Builder refuseOnHttpApi(Node typeNode, String type) {
        throw typeNode.location()
                .error("a " + type + " authorizer is a REST API authorizer, which an HTTP API does not have: "
                        + (type.equals("token")
                                ? "an HTTP API Lambda authorizer is type: request with authorizerPayloadFormatVersion"
                                        + " \"2.0\" and identitySource $request.header.Authorization"
                                : "an HTTP API checks Cognito tokens with type: jwt, issuer"
                                        + " https://cognito-idp.{region}.amazonaws.com/{userPoolId} and the app client id"
                                        + " as audience"));
    }

    private AuthorizerDefinition.Builder refuseJwtOnRestApi(Node typeNode) {
        throw typeNode.location()
                .error("a jwt authorizer is an HTTP API authorizer, which a REST API does not have: a REST API checks"
                        + " Cognito tokens with type: cognito_user_pools and providerARNs, or calls a Lambda"
                        + " authorizer (type: token or request)");
    }
}

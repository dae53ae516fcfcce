package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call one operation: its {@code security} requirements and {@code x-amazon-apigateway-auth}, read into a
 * method request's authorizer, scopes, API key and IAM authorization (docs/behavior.md#openapi-method-security).
 *
 * <p>API Gateway gives a method one authorization type (none, IAM, or one authorizer) and, apart from it, whether
 * an API key is required; so every requirement of the list applies, where OpenAPI would let the caller satisfy any
 * one of them.
 */
final class MethodSecurity {

    static final String AUTH_EXTENSION = "x-amazon-apigateway-auth";
    private static final Pattern DID_YOU_MEAN = Pattern.compile("; did you mean \"[^\"]*\"\\?");

    private final SecuritySchemes schemes;
    private final ApiType apiType;
    private final String route;
    private String authorizer;
    private Node iamPlace;
    private final Set<String> scopes = new LinkedHashSet<>();
    private boolean apiKeyRequired;

    private MethodSecurity(SecuritySchemes schemes, ApiType apiType, String route) {
        this.schemes = schemes;
        this.apiType = apiType;
        this.route = route;
    }

    /**
     * Check that each requirement of a {@code security} list names a declared scheme.
     *
     * @param security the list
     * @param schemes the document's schemes
     */
    static void checkNames(Node security, SecuritySchemes schemes) {
        for (Node requirement : security.asList("security").elements()) {
            for (Map.Entry<String, Node> entry :
                    requirement.asMap("each requirement of security").fields().entrySet()) {
                scheme(entry.getKey(), entry.getValue(), schemes);
            }
        }
    }

    /**
     * Apply an operation's security to its method request.
     *
     * @param operation the operation
     * @param rootSecurity the document's root-level {@code security}, when it names any scheme
     * @param schemes the document's schemes
     * @param apiType the API the document is imported into
     * @param route the route as messages name it
     * @param request the method request being built
     */
    static void apply(
            MapNode operation,
            Optional<Node> rootSecurity,
            SecuritySchemes schemes,
            ApiType apiType,
            String route,
            MethodRequest.Builder request) {
        MethodSecurity security = new MethodSecurity(schemes, apiType, route);
        Optional<Node> own = operation.get("security");
        if (own.isEmpty() && rootSecurity.isPresent()) {
            throw operation.location().error(rootSecurityRefusal(rootSecurity.get(), apiType, route));
        }
        own.ifPresent(list -> security.requirements(list.asList("security")));
        operation.get(AUTH_EXTENSION).ifPresent(security::authExtension);
        security.applyTo(request);
    }

    // REST: API Gateway does not apply root-level security (docs/behavior.md#openapi-method-security).
    // HTTP: not documented either way [UNCERTAIN] (docs/behavior.md#uncertain-openapi-access-settings).
    private static String rootSecurityRefusal(Node rootSecurity, ApiType apiType, String route) {
        String rule = apiType == ApiType.REST
                ? "API Gateway does not apply root-level security to a REST API's methods and would leave it open"
                : "whether API Gateway applies root-level security to an HTTP API's routes is not documented, so"
                        + " apigw-sim cannot tell whether it would be open";
        return route + " has no security of its own, so OpenAPI applies the root-level security (line "
                + rootSecurity.location().line() + ") to it, but " + rule + ". Write the requirements on the"
                + " operation, such as security: [{" + firstSchemeName(rootSecurity) + ": []}], or security: [] to"
                + " leave it open";
    }

    private static String firstSchemeName(Node rootSecurity) {
        for (Node requirement : rootSecurity.asList("security").elements()) {
            if (requirement instanceof MapNode map && !map.fields().isEmpty()) {
                return map.fields().keySet().iterator().next();
            }
        }
        return "scheme";
    }

    private void requirements(ListNode security) {
        for (Node requirement : security.elements()) {
            for (Map.Entry<String, Node> entry :
                    requirement.asMap("each requirement of security").fields().entrySet()) {
                requirement(scheme(entry.getKey(), entry.getValue(), schemes), entry.getValue());
            }
        }
    }

    private static SecurityScheme scheme(String name, Node scopes, SecuritySchemes schemes) {
        return schemes.get(name).orElseThrow(() -> {
            Matcher hint = DID_YOU_MEAN.matcher(MapNode.unknownField("security", name, schemes.names()));
            return scopes.location()
                    .error("security names the scheme \"" + name + "\", which " + schemes.where()
                            + " does not declare" + (hint.find() ? hint.group() + " Declared: " : "; declared: ")
                            + schemes.names());
        });
    }

    private void requirement(SecurityScheme scheme, Node scopesNode) {
        List<String> requested =
                scopesNode.asList("the scopes of " + scheme.name()).texts("each scope");
        if (!requested.isEmpty() && !scheme.checksScopes()) {
            throw scopesNode
                    .location()
                    .error("security names " + scheme.name() + " with scopes " + requested + ", but only a Cognito"
                            + " user pool or JWT authorizer checks scopes; "
                            + (scheme.kind() == SecurityScheme.Kind.AUTHORIZER
                                    ? "a Lambda authorizer's function decides itself. "
                                    : "")
                            + "Write " + scheme.name() + ": []");
        }
        switch (scheme.kind()) {
            case AUTHORIZER -> {
                if (authorizer != null && !authorizer.equals(scheme.name())) {
                    throw scopesNode
                            .location()
                            .error(route + " names two authorizers, " + authorizer + " and " + scheme.name()
                                    + "; an API Gateway method has one authorization type (an HTTP API's import"
                                    + " refuses several), so name one");
                }
                if (iamPlace != null) {
                    throw scopesNode.location().error(bothTypes(scheme.name()));
                }
                authorizer = scheme.name();
                scopes.addAll(requested);
            }
            case API_KEY -> {
                if (apiType == ApiType.HTTP) {
                    throw scopesNode
                            .location()
                            .error(route + " requires the API key of scheme " + scheme.name() + ", which only REST"
                                    + " APIs have; HTTP APIs have no API keys or usage plans");
                }
                apiKeyRequired = true;
            }
            case IAM -> iam(scopesNode);
            case REFUSED -> throw scopesNode.location().error(scheme.refusal());
        }
    }

    // x-amazon-apigateway-auth: {type: NONE | AWS_IAM}, case-insensitive (docs/behavior.md#openapi-method-security).
    private void authExtension(Node extension) {
        MapNode auth = extension.asMap(AUTH_EXTENSION).checkFields(AUTH_EXTENSION, List.of("type"));
        Node typeNode = auth.require("type", AUTH_EXTENSION);
        String type = typeNode.asText("type").toUpperCase(Locale.ROOT);
        switch (type) {
            case "AWS_IAM" -> iam(typeNode);
            case "NONE" -> {
                List<String> named = new ArrayList<>();
                if (authorizer != null) {
                    named.add("the authorizer " + authorizer);
                }
                if (iamPlace != null) {
                    named.add("IAM authorization");
                }
                if (!named.isEmpty()) {
                    throw typeNode.location()
                            .error(AUTH_EXTENSION + " type NONE contradicts the operation's security, which names "
                                    + String.join(" and ", named) + "; keep one of them");
                }
            }
            default ->
                throw typeNode.location()
                        .error(AUTH_EXTENSION + " type \"" + typeNode.asText("type") + "\" is not NONE or AWS_IAM");
        }
    }

    private void iam(Node place) {
        if (apiType == ApiType.HTTP) {
            throw place.location()
                    .error(route + " uses IAM authorization, which apigw-sim simulates for REST APIs only yet"
                            + " (docs/behavior.md#not-simulated)");
        }
        if (authorizer != null) {
            throw place.location().error(bothTypes(authorizer));
        }
        iamPlace = place;
    }

    private String bothTypes(String authorizerName) {
        return route + " uses both IAM authorization and the authorizer " + authorizerName + "; an API Gateway"
                + " method has one authorization type, so keep one";
    }

    private void applyTo(MethodRequest.Builder request) {
        if (authorizer != null) {
            request.authorizer(authorizer);
            request.authorizationScopes(scopes.toArray(String[]::new));
        }
        if (iamPlace != null) {
            request.iamAuthorization();
        }
        request.apiKeyRequired(apiKeyRequired);
    }
}

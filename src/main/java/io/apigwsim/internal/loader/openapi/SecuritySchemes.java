package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiKeySource;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The security schemes of a document ({@code securityDefinitions} in Swagger 2.0, {@code components.securitySchemes}
 * in OpenAPI 3.0) and what each means to API Gateway: an authorizer, the API key, IAM authorization, or a scheme
 * API Gateway would not apply as written (docs/behavior.md#openapi-authorizers, #openapi-method-security).
 */
final class SecuritySchemes {

    static final String AUTHTYPE = "x-amazon-apigateway-authtype";
    private static final List<String> EXTENSIONS = List.of(AUTHTYPE, AuthorizerExtension.EXTENSION);
    private static final String SIGV4 = "awsSigv4";
    private static final String API_KEY_HEADER = "x-api-key";

    private final Map<String, SecurityScheme> schemes;
    private final String where;

    private SecuritySchemes(Map<String, SecurityScheme> schemes, String where) {
        this.schemes = Collections.unmodifiableMap(schemes);
        this.where = where;
    }

    /**
     * Read the document's schemes, adding the authorizers they declare to the API.
     *
     * @param document the document
     * @param apiKeySource where the API reads API keys
     * @param api the API being built
     * @param functions where authorizer functions are recorded
     * @param stageVariables the stage's variables
     * @return the schemes by name
     */
    static SecuritySchemes read(
            OpenApiDocument document,
            ApiKeySource apiKeySource,
            ApiDefinition.Builder api,
            FunctionReferences functions,
            Map<String, String> stageVariables) {
        MapNode root = document.root();
        String where = document.isSwagger2() ? "securityDefinitions" : "components.securitySchemes";
        Optional<Node> container = document.isSwagger2()
                ? root.get("securityDefinitions")
                : root.get("components")
                        .flatMap(components -> components.asMap("components").get("securitySchemes"));
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        if (container.isPresent()) {
            for (Map.Entry<String, Node> entry :
                    container.get().asMap(where).fields().entrySet()) {
                String name = entry.getKey();
                MapNode scheme = document.resolve(entry.getValue()).asMap("security scheme \"" + name + "\"");
                schemes.put(name, classify(document, name, scheme, apiKeySource, api, functions, stageVariables));
            }
        }
        return new SecuritySchemes(schemes, where);
    }

    private static SecurityScheme classify(
            OpenApiDocument document,
            String name,
            MapNode scheme,
            ApiKeySource apiKeySource,
            ApiDefinition.Builder api,
            FunctionReferences functions,
            Map<String, String> stageVariables) {
        checkAmazonExtensions(name, scheme);
        String type = scheme.require("type", "security scheme \"" + name + "\"").asText("type");
        Optional<Node> authtype = scheme.get(AUTHTYPE);
        Optional<Node> authorizer = scheme.get(AuthorizerExtension.EXTENSION);
        if (authorizer.isPresent()) {
            authtype.filter(value -> value.asText(AUTHTYPE).equalsIgnoreCase(SIGV4))
                    .ifPresent(value -> {
                        throw value.location()
                                .error(AUTHTYPE + " " + SIGV4 + " means IAM authorization, which has no authorizer;"
                                        + " remove " + AuthorizerExtension.EXTENSION + " for IAM, or this "
                                        + AUTHTYPE + " for the authorizer");
                    });
            AuthorizerDefinition definition = AuthorizerExtension.read(
                    name,
                    scheme,
                    authorizer.get().asMap(AuthorizerExtension.EXTENSION),
                    document.type(),
                    functions,
                    stageVariables);
            Placed.at(authorizer.get().location(), () -> api.authorizer(definition));
            return SecurityScheme.authorizer(name, definition.type(), scheme.location());
        }
        if (authtype.isPresent()) {
            String value = authtype.get().asText(AUTHTYPE);
            if (value.equalsIgnoreCase(SIGV4)) {
                return SecurityScheme.iam(name, scheme.location());
            }
            return SecurityScheme.refused(
                    name,
                    "security scheme \"" + name + "\" has " + AUTHTYPE + " \"" + value + "\" but no "
                            + AuthorizerExtension.EXTENSION + ": API Gateway's import needs the authorizer extension"
                            + " and does not create the methods that name the scheme. Add "
                            + AuthorizerExtension.EXTENSION + ", or write " + AUTHTYPE + ": " + SIGV4
                            + " for IAM authorization",
                    scheme.location());
        }
        if (type.equals("apiKey")) {
            return apiKeyScheme(name, scheme, apiKeySource);
        }
        return SecurityScheme.refused(
                name,
                "security scheme \"" + name + "\" is of type " + type + " without "
                        + AuthorizerExtension.EXTENSION + ": API Gateway applies security schemes of type apiKey"
                        + " only and ignores this one, so the method would be open. Give the scheme an "
                        + AuthorizerExtension.EXTENSION + (document.isSwagger2() ? "" : " (type: jwt for an HTTP API)")
                        + ", or write the operation's security without it",
                scheme.location());
    }

    // Without extensions, an apiKey scheme is the API key. With the HEADER key source API Gateway reads the key from
    // X-API-Key only (docs/behavior.md#openapi-api-keys).
    private static SecurityScheme apiKeyScheme(String name, MapNode scheme, ApiKeySource apiKeySource) {
        if (apiKeySource == ApiKeySource.AUTHORIZER) {
            return SecurityScheme.apiKey(name, scheme.location());
        }
        String in = scheme.text("in").orElse("");
        String header = scheme.text("name").orElse("");
        if (in.equals("header") && header.equalsIgnoreCase(API_KEY_HEADER)) {
            return SecurityScheme.apiKey(name, scheme.location());
        }
        return SecurityScheme.refused(
                name,
                "security scheme \"" + name + "\" is an API key sent in " + in + " \"" + header + "\", but API"
                        + " Gateway reads API keys from the X-API-Key header only (or from a Lambda authorizer, with"
                        + " x-amazon-apigateway-api-key-source: AUTHORIZER). Write in: header and name: x-api-key",
                scheme.location());
    }

    private static void checkAmazonExtensions(String name, MapNode scheme) {
        for (Map.Entry<String, Node> field : scheme.fields().entrySet()) {
            String key = field.getKey();
            if (key.toLowerCase(Locale.ROOT).startsWith("x-amazon-apigateway-") && !EXTENSIONS.contains(key)) {
                throw field.getValue()
                        .location()
                        .error(MapNode.unknownField("security scheme \"" + name + "\"", key, EXTENSIONS)
                                .replace(" Its fields are ", " Its API Gateway extensions are "));
            }
        }
    }

    /** The scheme of this name, or empty. */
    Optional<SecurityScheme> get(String name) {
        return Optional.ofNullable(schemes.get(name));
    }

    /** The declared schemes' names, in document order. */
    List<String> names() {
        return List.copyOf(schemes.keySet());
    }

    /** Where the document declares schemes: {@code securityDefinitions} or {@code components.securitySchemes}. */
    String where() {
        return where;
    }
}

package io.apigwsim.internal.loader.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiKeySource;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.AuthorizerType;
import io.apigwsim.definition.CorsConfiguration;
import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.RequestValidator;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.loader.node.DefinitionReader;
import io.apigwsim.internal.loader.node.MapNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reading access settings from OpenAPI documents: security schemes into authorizers, operation security into method
 * requests, API keys, gateway responses, request validation, models, binary media types and CORS
 * (docs/behavior.md#openapi-authorizers, #openapi-method-security, #openapi-api-keys, #openapi-gateway-responses,
 * #openapi-request-validation, #openapi-models, #openapi-binary-media-types, #openapi-cors).
 */
class OpenApiAccessTests {

    private static final String AUTH_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:Auth/invocations";

    /** A document read as the loader reads it, its access settings, and the API they went into. */
    private static final class Loaded {

        final MapNode root;
        final ApiDefinition.Builder api;
        final FunctionReferences functions = new FunctionReferences();
        final OpenApiAccess access;
        final Map<String, MethodRequest> methods = new LinkedHashMap<>();

        Loaded(String yaml, Optional<ApiType> type, Map<String, String> stageVariables) {
            OpenApiDocument document = OpenApiDocument.of(DefinitionReader.read("api.yaml", yaml), type);
            this.root = document.root();
            this.api = ApiDefinition.builder().type(document.type());
            stageVariables.forEach(api::stageVariable);
            this.access = OpenApiAccess.read(document, api, functions, stageVariables);
        }

        /** The method request of an operation, such as {@code method("/pets", "get")}. */
        MethodRequest method(String path, String method) {
            MapNode pathItem =
                    root.require("paths", "").asMap("paths").require(path, "").asMap(path);
            MapNode operation = pathItem.require(method, "").asMap(method);
            String route = method.toUpperCase() + " " + path;
            MethodRequest request = access.methodRequest(operation, pathItem, route);
            methods.put(route, request);
            return request;
        }

        /** The API with a route for each method request read so far, or a trivial one. */
        ApiDefinition build() {
            if (methods.isEmpty()) {
                api.route(RouteDefinition.parse(
                        "GET /pets", Integration.lambdaProxy("Pets").build()));
            }
            methods.forEach((route, request) -> api.route(
                    RouteDefinition.parse(route, Integration.lambdaProxy("Pets").build())
                            .withMethodRequest(request)));
            return api.build();
        }
    }

    private static Loaded rest(String yaml) {
        return new Loaded(yaml, Optional.of(ApiType.REST), Map.of());
    }

    private static Loaded http(String yaml) {
        return new Loaded(yaml, Optional.of(ApiType.HTTP), Map.of());
    }

    private static String openApi(String rest) {
        return "openapi: 3.0.1\ninfo: {title: pets, version: '1'}\n" + rest;
    }

    @Nested
    class Authorizers {

        // token: the header is the scheme's name; TTL may be a string (docs/behavior.md#openapi-authorizers).
        @Test
        void token_scheme_becomes_a_token_authorizer_named_after_the_scheme() {
            Loaded loaded = rest("""
                    swagger: '2.0'
                    info: {title: pets, version: '1'}
                    paths: {}
                    securityDefinitions:
                      TokenAuth:
                        type: apiKey
                        name: X-Token
                        in: header
                        x-amazon-apigateway-authtype: custom
                        x-amazon-apigateway-authorizer:
                          type: token
                          authorizerUri: %s
                          authorizerCredentials: arn:aws:iam::123456789012:role/apigAwsProxyRole
                          authorizerResultTtlInSeconds: "60"
                          identityValidationExpression: "Bearer [a-z]+"
                    """.formatted(AUTH_URI));

            AuthorizerDefinition authorizer = loaded.build().authorizers().get("TokenAuth");
            assertThat(authorizer.type()).isEqualTo(AuthorizerType.TOKEN);
            assertThat(authorizer.functionName()).contains("Auth");
            assertThat(authorizer.identitySources()).containsExactly("method.request.header.X-Token");
            assertThat(authorizer.resultTtlSeconds()).isEqualTo(60);
            assertThat(authorizer.validationExpression().orElseThrow().pattern())
                    .isEqualTo("Bearer [a-z]+");
            assertThat(loaded.functions.firstUses())
                    .containsEntry(
                            "Auth",
                            "the authorizer \"TokenAuth\" (api.yaml line 12, at"
                                    + " securityDefinitions.TokenAuth.x-amazon-apigateway-authorizer.authorizerUri)");
        }

        @Test
        void ttl_defaults_to_300_seconds() {
            Loaded loaded = rest(openApi("""
                    paths: {}
                    components:
                      securitySchemes:
                        TokenAuth:
                          type: apiKey
                          name: Authorization
                          in: header
                          x-amazon-apigateway-authorizer: {type: TOKEN, authorizerUri: %s}
                    """.formatted(AUTH_URI)));

            assertThat(loaded.build().authorizers().get("TokenAuth").resultTtlSeconds())
                    .isEqualTo(300);
        }

        @Test
        void request_scheme_becomes_a_request_authorizer_with_its_identity_sources() {
            Loaded loaded = rest(openApi("""
                    paths: {}
                    components:
                      securitySchemes:
                        ReqAuth:
                          type: apiKey
                          name: Unused
                          in: header
                          x-amazon-apigateway-authtype: custom
                          x-amazon-apigateway-authorizer:
                            type: request
                            identitySource: method.request.header.Auth, method.request.querystring.tenant
                            authorizerUri: %s
                            authorizerResultTtlInSeconds: 0
                            enableSimpleResponses: false
                    """.formatted(AUTH_URI)));

            AuthorizerDefinition authorizer = loaded.build().authorizers().get("ReqAuth");
            assertThat(authorizer.type()).isEqualTo(AuthorizerType.REQUEST);
            assertThat(authorizer.identitySources())
                    .containsExactly("method.request.header.Auth", "method.request.querystring.tenant");
            assertThat(authorizer.resultTtlSeconds()).isZero();
            assertThat(authorizer.payloadFormatVersion()).isEmpty();
        }

        @Test
        void authorizer_uri_may_name_the_function_by_a_stage_variable() {
            Loaded loaded = new Loaded(openApi("""
                            paths: {}
                            components:
                              securitySchemes:
                                TokenAuth:
                                  type: apiKey
                                  name: Authorization
                                  in: header
                                  x-amazon-apigateway-authorizer:
                                    type: token
                                    authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.auth}/invocations
                            """), Optional.of(ApiType.REST), Map.of("auth", "AuthProd"));

            assertThat(loaded.build().authorizers().get("TokenAuth").functionName())
                    .contains("AuthProd");
        }

        @Test
        void cognito_scheme_becomes_a_cognito_authorizer_reading_the_schemes_header() {
            Loaded loaded = rest("""
                    swagger: '2.0'
                    info: {title: pets, version: '1'}
                    paths: {}
                    securityDefinitions:
                      MyUserPool:
                        type: apiKey
                        name: Authorization
                        in: header
                        x-amazon-apigateway-authtype: cognito_user_pools
                        x-amazon-apigateway-authorizer:
                          type: cognito_user_pools
                          providerARNs:
                          - arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123
                    """);

            AuthorizerDefinition authorizer = loaded.build().authorizers().get("MyUserPool");
            assertThat(authorizer.type()).isEqualTo(AuthorizerType.COGNITO_USER_POOLS);
            assertThat(authorizer.providerArns())
                    .containsExactly("arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123");
            assertThat(authorizer.identitySources()).containsExactly("method.request.header.Authorization");
        }

        @Test
        void http_api_jwt_scheme_becomes_a_jwt_authorizer() {
            Loaded loaded = http(openApi("""
                    paths: {}
                    components:
                      securitySchemes:
                        jwt-authorizer-oauth:
                          type: oauth2
                          x-amazon-apigateway-authorizer:
                            type: jwt
                            jwtConfiguration:
                              issuer: https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123
                              audience: [audience1, audience2]
                            identitySource: $request.header.Authorization
                    """));

            AuthorizerDefinition authorizer = loaded.build().authorizers().get("jwt-authorizer-oauth");
            assertThat(authorizer.type()).isEqualTo(AuthorizerType.JWT);
            assertThat(authorizer.issuer()).contains("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123");
            assertThat(authorizer.audiences()).containsExactly("audience1", "audience2");
            assertThat(authorizer.identitySources()).containsExactly("$request.header.Authorization");
        }

        // An openIdConnect scheme gives the issuer by its discovery URL (docs/behavior.md#openapi-authorizers).
        @Test
        void jwt_issuer_comes_from_the_openid_connect_url_when_not_written() {
            Loaded loaded = http(openApi("""
                    paths: {}
                    components:
                      securitySchemes:
                        jwt-authorizer-autofind:
                          type: openIdConnect
                          openIdConnectUrl: https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123/.well-known/openid-configuration
                          x-amazon-apigateway-authorizer:
                            type: jwt
                            jwtConfiguration: {audience: [audience1]}
                            identitySource: $request.header.Authorization
                    """));

            assertThat(loaded.build()
                            .authorizers()
                            .get("jwt-authorizer-autofind")
                            .issuer())
                    .contains("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123");
        }

        @Test
        void http_api_lambda_scheme_becomes_a_request_authorizer_with_its_payload_format() {
            Loaded loaded = http(openApi("""
                    paths: {}
                    components:
                      securitySchemes:
                        lambda-authorizer:
                          type: apiKey
                          name: Authorization
                          in: header
                          x-amazon-apigateway-authorizer:
                            type: request
                            identitySource: $request.header.Authorization
                            authorizerUri: %s
                            authorizerPayloadFormatVersion: "2.0"
                            authorizerResultTtlInSeconds: 300
                            enableSimpleResponses: true
                    """.formatted(AUTH_URI)));

            AuthorizerDefinition authorizer = loaded.build().authorizers().get("lambda-authorizer");
            assertThat(authorizer.type()).isEqualTo(AuthorizerType.REQUEST);
            assertThat(authorizer.payloadFormatVersion()).contains("2.0");
            assertThat(authorizer.simpleResponsesEnabled()).isTrue();
            assertThat(authorizer.identitySources()).containsExactly("$request.header.Authorization");
        }

        private static final String TOKEN_SCHEME = """
                paths: {}
                components:
                  securitySchemes:
                    TokenAuth:
                      type: apiKey
                      name: Authorization
                      in: header
                      x-amazon-apigateway-authorizer:
                        type: token
                        authorizerUri: %s
                """.formatted(AUTH_URI);

        @Test
        void misspelled_field_is_refused_with_the_closest_name() {
            assertThatThrownBy(() -> rest(openApi(TOKEN_SCHEME + "        identityValidationExpresion: x\n")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("api.yaml line 13, at components.securitySchemes.TokenAuth"
                            + ".x-amazon-apigateway-authorizer.identityValidationExpresion:"
                            + " x-amazon-apigateway-authorizer has no field \"identityValidationExpresion\"; did you mean"
                            + " \"identityValidationExpression\"? Its fields are [type, authorizerUri,"
                            + " authorizerCredentials, authorizerPayloadFormatVersion, enableSimpleResponses,"
                            + " identitySource, jwtConfiguration, identityValidationExpression,"
                            + " authorizerResultTtlInSeconds, providerARNs]");
        }

        @Test
        void misspelled_extension_on_a_scheme_is_refused() {
            assertThatThrownBy(() -> rest(openApi("""
                            paths: {}
                            components:
                              securitySchemes:
                                TokenAuth:
                                  type: apiKey
                                  name: Authorization
                                  in: header
                                  x-amazon-apigateway-authorizor: {type: token}
                            """)))
                    .hasMessage("api.yaml line 10, at components.securitySchemes.TokenAuth"
                            + ".x-amazon-apigateway-authorizor: security scheme \"TokenAuth\" has no field"
                            + " \"x-amazon-apigateway-authorizor\"; did you mean \"x-amazon-apigateway-authorizer\"?"
                            + " Its API Gateway extensions are [x-amazon-apigateway-authtype,"
                            + " x-amazon-apigateway-authorizer]");
        }

        @Test
        void token_authorizer_in_an_http_api_is_refused() {
            assertThatThrownBy(() -> http(openApi(TOKEN_SCHEME)))
                    .hasMessage(
                            "api.yaml line 11, at components.securitySchemes.TokenAuth"
                                    + ".x-amazon-apigateway-authorizer.type: a token authorizer is a REST API authorizer, which"
                                    + " an HTTP API does not have: an HTTP API Lambda authorizer is type: request with"
                                    + " authorizerPayloadFormatVersion \"2.0\" and identitySource $request.header.Authorization");
        }

        @Test
        void jwt_authorizer_in_a_rest_api_is_refused() {
            assertThatThrownBy(() -> rest(openApi("""
                            paths: {}
                            components:
                              securitySchemes:
                                Jwt:
                                  type: oauth2
                                  x-amazon-apigateway-authorizer:
                                    type: jwt
                                    jwtConfiguration: {issuer: https://issuer.example.com, audience: [a]}
                            """)))
                    .hasMessageStartingWith("api.yaml line 9, at components.securitySchemes.Jwt"
                            + ".x-amazon-apigateway-authorizer.type: a jwt authorizer is an HTTP API authorizer");
        }

        @Test
        void http_api_lambda_authorizer_without_payload_format_version_is_refused() {
            assertThatThrownBy(() -> http(openApi("""
                            paths: {}
                            components:
                              securitySchemes:
                                Lambda:
                                  type: apiKey
                                  name: Authorization
                                  in: header
                                  x-amazon-apigateway-authorizer:
                                    type: request
                                    identitySource: $request.header.Authorization
                                    authorizerUri: %s
                            """.formatted(AUTH_URI))))
                    .hasMessageStartingWith("api.yaml line 11, at components.securitySchemes.Lambda"
                            + ".x-amazon-apigateway-authorizer: an HTTP API's Lambda authorizer needs"
                            + " authorizerPayloadFormatVersion");
        }

        @Test
        void rest_request_authorizer_with_a_payload_format_version_is_refused() {
            assertThatThrownBy(() -> rest(openApi("""
                            paths: {}
                            components:
                              securitySchemes:
                                Lambda:
                                  type: apiKey
                                  name: Authorization
                                  in: header
                                  x-amazon-apigateway-authorizer:
                                    type: request
                                    authorizerUri: %s
                                    authorizerPayloadFormatVersion: "2.0"
                            """.formatted(AUTH_URI))))
                    .hasMessageStartingWith("api.yaml line 13, at components.securitySchemes.Lambda"
                            + ".x-amazon-apigateway-authorizer.authorizerPayloadFormatVersion: a REST API's request"
                            + " authorizer has no payload format version");
        }

        @Test
        void token_identity_source_contradicting_the_schemes_header_is_refused() {
            assertThatThrownBy(() -> rest(openApi(TOKEN_SCHEME + "        identitySource: method.request.header.X\n")))
                    .hasMessage("api.yaml line 13, at components.securitySchemes.TokenAuth"
                            + ".x-amazon-apigateway-authorizer.identitySource: identitySource"
                            + " \"method.request.header.X\" contradicts the scheme's header \"Authorization\": a token"
                            + " authorizer reads the header its security scheme names (name: Authorization). Remove"
                            + " identitySource, or make it method.request.header.Authorization");
        }

        @Test
        void token_identity_source_repeating_the_schemes_header_is_accepted() {
            Loaded loaded =
                    rest(openApi(TOKEN_SCHEME + "        identitySource: method.request.header.Authorization\n"));

            assertThat(loaded.build().authorizers().get("TokenAuth").identitySources())
                    .containsExactly("method.request.header.Authorization");
        }

        @Test
        void ttl_above_an_hour_is_refused() {
            assertThatThrownBy(() -> rest(openApi(TOKEN_SCHEME + "        authorizerResultTtlInSeconds: 4000\n")))
                    .hasMessage("api.yaml line 13, at components.securitySchemes.TokenAuth"
                            + ".x-amazon-apigateway-authorizer.authorizerResultTtlInSeconds:"
                            + " authorizerResultTtlInSeconds must be from 0 to 3600, not 4000");
        }

        @Test
        void unknown_authorizer_type_is_refused() {
            assertThatThrownBy(() -> rest(openApi(TOKEN_SCHEME.replace("type: token", "type: lambda"))))
                    .hasMessage("api.yaml line 11, at components.securitySchemes.TokenAuth"
                            + ".x-amazon-apigateway-authorizer.type: \"lambda\" is not an authorizer type: a REST API"
                            + " has token, request and cognito_user_pools");
        }

        @Test
        void field_of_another_authorizer_type_is_refused() {
            assertThatThrownBy(() -> rest(openApi(TOKEN_SCHEME + "        providerARNs: [x]\n")))
                    .hasMessage("api.yaml line 13, at components.securitySchemes.TokenAuth"
                            + ".x-amazon-apigateway-authorizer.providerARNs: \"providerARNs\" does not apply to a"
                            + " token authorizer (type: token); remove it");
        }

        @Test
        void authorizer_uri_that_is_not_a_lambda_invocation_is_refused() {
            assertThatThrownBy(() -> rest(openApi(TOKEN_SCHEME.replace(AUTH_URI, "https://auth.example.com"))))
                    .hasMessageStartingWith("api.yaml line 12, at components.securitySchemes.TokenAuth"
                            + ".x-amazon-apigateway-authorizer.authorizerUri: the authorizerUri of security scheme"
                            + " \"TokenAuth\" \"https://auth.example.com\" is not a Lambda invocation URI");
        }

        @Test
        void authorizer_the_model_refuses_is_reported_at_the_extension() {
            assertThatThrownBy(() -> rest(openApi(TOKEN_SCHEME + "        identityValidationExpression: \"[a-\"\n")))
                    .hasMessageStartingWith("api.yaml line 11, at components.securitySchemes.TokenAuth"
                            + ".x-amazon-apigateway-authorizer: security scheme \"TokenAuth\" has a validation"
                            + " expression that is not a regular expression");
        }
    }

    @Nested
    class Security {

        private static final String SCHEMES = """
                components:
                  securitySchemes:
                    TokenAuth:
                      type: apiKey
                      name: Authorization
                      in: header
                      x-amazon-apigateway-authtype: custom
                      x-amazon-apigateway-authorizer: {type: token, authorizerUri: %s}
                    OtherAuth:
                      type: apiKey
                      name: Authorization
                      in: header
                      x-amazon-apigateway-authorizer: {type: token, authorizerUri: %s}
                    UserPool:
                      type: apiKey
                      name: Authorization
                      in: header
                      x-amazon-apigateway-authtype: cognito_user_pools
                      x-amazon-apigateway-authorizer:
                        type: cognito_user_pools
                        providerARNs: [arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123]
                    api_key: {type: apiKey, name: x-api-key, in: header}
                    sigv4: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
                    oauth: {type: oauth2, flows: {}}
                    custom_header_key: {type: apiKey, name: X-My-Key, in: header}
                    no_authorizer: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: custom}
                """.formatted(AUTH_URI, AUTH_URI);

        private Loaded withOperation(String operation) {
            return rest(openApi("paths:\n  /pets:\n    get:\n" + operation.indent(6) + SCHEMES));
        }

        // The authorizer and the API key are written as two requirements, as AWS's exports write them; both apply
        // (docs/behavior.md#openapi-method-security).
        @Test
        void authorizer_and_api_key_requirements_both_apply() {
            Loaded loaded = withOperation("security: [{TokenAuth: []}, {api_key: []}]");

            MethodRequest request = loaded.method("/pets", "get");

            assertThat(request.authorizer()).contains("TokenAuth");
            assertThat(request.apiKeyRequired()).isTrue();
            assertThat(request.iamAuthorization()).isFalse();
            assertThat(loaded.build().routes().get(0).methodRequest().authorizer())
                    .contains("TokenAuth");
        }

        @Test
        void cognito_requirement_carries_its_scopes() {
            MethodRequest request = withOperation(
                            "security: [{UserPool: [https://my-petstore-api.example.com/cats.read, email]}]")
                    .method("/pets", "get");

            assertThat(request.authorizer()).contains("UserPool");
            assertThat(request.authorizationScopes())
                    .containsExactly("https://my-petstore-api.example.com/cats.read", "email");
        }

        @Test
        void empty_security_leaves_the_method_open() {
            MethodRequest request = withOperation("security: []").method("/pets", "get");

            assertThat(request.authorizer()).isEmpty();
            assertThat(request.apiKeyRequired()).isFalse();
        }

        @Test
        void operation_without_security_is_open() {
            MethodRequest request = withOperation("summary: list").method("/pets", "get");

            assertThat(request.authorizer()).isEmpty();
            assertThat(request.apiKeyRequired()).isFalse();
            assertThat(request.iamAuthorization()).isFalse();
        }

        @Test
        void aws_sigv4_scheme_means_iam_authorization() {
            assertThat(withOperation("security: [{sigv4: []}]")
                            .method("/pets", "get")
                            .iamAuthorization())
                    .isTrue();
        }

        // x-amazon-apigateway-auth: type is case-insensitive (docs/behavior.md#openapi-method-security).
        @Test
        void auth_extension_aws_iam_means_iam_authorization_in_any_case() {
            assertThat(withOperation("x-amazon-apigateway-auth: {type: aws_iam}")
                            .method("/pets", "get")
                            .iamAuthorization())
                    .isTrue();
        }

        @Test
        void auth_extension_none_with_an_api_key_requires_the_key_only() {
            MethodRequest request = withOperation("security: [{api_key: []}]\nx-amazon-apigateway-auth: {type: none}")
                    .method("/pets", "get");

            assertThat(request.apiKeyRequired()).isTrue();
            assertThat(request.authorizer()).isEmpty();
        }

        @Test
        void unknown_scheme_name_is_refused_with_the_closest_name() {
            assertThatThrownBy(() -> withOperation("security: [{TokenAut: []}]").method("/pets", "get"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("api.yaml line 6, at paths./pets.get.security[0].TokenAut: security names the scheme"
                            + " \"TokenAut\", which components.securitySchemes does not declare; did you mean"
                            + " \"TokenAuth\"? Declared: [TokenAuth, OtherAuth, UserPool, api_key, sigv4, oauth,"
                            + " custom_header_key, no_authorizer]");
        }

        @Test
        void two_authorizers_are_refused() {
            assertThatThrownBy(() -> withOperation("security: [{TokenAuth: []}, {OtherAuth: []}]")
                            .method("/pets", "get"))
                    .hasMessage("api.yaml line 6, at paths./pets.get.security[1].OtherAuth: GET /pets names two"
                            + " authorizers, TokenAuth and OtherAuth; an API Gateway method has one authorization type"
                            + " (an HTTP API's import refuses several), so name one");
        }

        @Test
        void authorizer_and_iam_are_refused() {
            assertThatThrownBy(() -> withOperation(
                                    "security: [{TokenAuth: []}]\nx-amazon-apigateway-auth: {type: AWS_IAM}")
                            .method("/pets", "get"))
                    .hasMessage("api.yaml line 7, at paths./pets.get.x-amazon-apigateway-auth.type: GET /pets uses"
                            + " both IAM authorization and the authorizer TokenAuth; an API Gateway method has one"
                            + " authorization type, so keep one");
        }

        @Test
        void auth_extension_none_contradicting_an_authorizer_is_refused() {
            assertThatThrownBy(
                            () -> withOperation("security: [{TokenAuth: []}]\nx-amazon-apigateway-auth: {type: NONE}")
                                    .method("/pets", "get"))
                    .hasMessage("api.yaml line 7, at paths./pets.get.x-amazon-apigateway-auth.type:"
                            + " x-amazon-apigateway-auth type NONE contradicts the operation's security, which names"
                            + " the authorizer TokenAuth; keep one of them");
        }

        @Test
        void scopes_on_a_lambda_authorizer_are_refused() {
            assertThatThrownBy(() ->
                            withOperation("security: [{TokenAuth: [read]}]").method("/pets", "get"))
                    .hasMessage("api.yaml line 6, at paths./pets.get.security[0].TokenAuth: security names TokenAuth"
                            + " with scopes [read], but only a Cognito user pool or JWT authorizer checks scopes; a"
                            + " Lambda authorizer's function decides itself. Write TokenAuth: []");
        }

        // API Gateway supports apiKey schemes only and ignores others (docs/behavior.md#openapi-method-security).
        @Test
        void oauth2_scheme_without_authorizer_is_refused_where_named() {
            assertThatThrownBy(() -> withOperation("security: [{oauth: []}]").method("/pets", "get"))
                    .hasMessage("api.yaml line 6, at paths./pets.get.security[0].oauth: security scheme \"oauth\" is"
                            + " of type oauth2 without x-amazon-apigateway-authorizer: API Gateway applies security"
                            + " schemes of type apiKey only and ignores this one, so the method would be open. Give the"
                            + " scheme an x-amazon-apigateway-authorizer (type: jwt for an HTTP API), or write the"
                            + " operation's security without it");
        }

        @Test
        void authtype_without_authorizer_is_refused_where_named() {
            assertThatThrownBy(() ->
                            withOperation("security: [{no_authorizer: []}]").method("/pets", "get"))
                    .hasMessageContaining("security scheme \"no_authorizer\" has x-amazon-apigateway-authtype"
                            + " \"custom\" but no x-amazon-apigateway-authorizer");
        }

        @Test
        void api_key_scheme_for_another_header_is_refused_where_named() {
            assertThatThrownBy(() ->
                            withOperation("security: [{custom_header_key: []}]").method("/pets", "get"))
                    .hasMessage("api.yaml line 6, at paths./pets.get.security[0].custom_header_key: security scheme"
                            + " \"custom_header_key\" is an API key sent in header \"X-My-Key\", but API Gateway reads"
                            + " API keys from the X-API-Key header only (or from a Lambda authorizer, with"
                            + " x-amazon-apigateway-api-key-source: AUTHORIZER). Write in: header and name: x-api-key");
        }

        @Test
        void api_key_scheme_for_another_header_is_the_api_key_when_the_authorizer_supplies_keys() {
            Loaded loaded = rest(openApi("x-amazon-apigateway-api-key-source: AUTHORIZER\n"
                    + "paths:\n  /pets:\n    get:\n      security: [{TokenAuth: []}, {custom_header_key: []}]\n"
                    + SCHEMES));

            MethodRequest request = loaded.method("/pets", "get");

            assertThat(request.apiKeyRequired()).isTrue();
            assertThat(loaded.build().apiKeySource()).isEqualTo(ApiKeySource.AUTHORIZER);
        }

        // REST: API Gateway does not apply root-level security (docs/behavior.md#openapi-method-security).
        @Test
        void root_security_for_an_operation_without_its_own_is_refused() {
            assertThatThrownBy(() -> rest(openApi("security: [{api_key: []}]\npaths:\n  /pets:\n    get:\n"
                                    + "      summary: list\n" + SCHEMES))
                            .method("/pets", "get"))
                    .hasMessage("api.yaml line 7, at paths./pets.get: GET /pets has no security of its own, so OpenAPI"
                            + " applies the root-level security (line 3) to it, but API Gateway does not apply"
                            + " root-level security to a REST API's methods and would leave it open. Write the"
                            + " requirements on the operation, such as security: [{api_key: []}], or security: [] to"
                            + " leave it open");
        }

        @Test
        void root_security_is_overridden_by_the_operations_own() {
            Loaded loaded = rest(openApi("security: [{api_key: []}]\npaths:\n  /pets:\n    get:\n"
                    + "      security: [{TokenAuth: []}]\n    post:\n      security: []\n" + SCHEMES));

            assertThat(loaded.method("/pets", "get").apiKeyRequired()).isFalse();
            assertThat(loaded.method("/pets", "get").authorizer()).contains("TokenAuth");
            assertThat(loaded.method("/pets", "post").authorizer()).isEmpty();
        }

        @Test
        void root_security_naming_an_unknown_scheme_is_refused_at_read() {
            assertThatThrownBy(() -> rest(openApi("security: [{apikey: []}]\npaths: {}\n" + SCHEMES)))
                    .hasMessageStartingWith("api.yaml line 3, at security[0].apikey: security names the scheme"
                            + " \"apikey\", which components.securitySchemes does not declare; did you mean"
                            + " \"api_key\"?");
        }

        @Test
        void security_that_is_not_a_list_is_refused() {
            assertThatThrownBy(() -> withOperation("security: {TokenAuth: []}").method("/pets", "get"))
                    .hasMessage("api.yaml line 6, at paths./pets.get.security: security must be a list, not an"
                            + " object");
        }

        @Test
        void api_key_in_an_http_api_is_refused() {
            assertThatThrownBy(() -> http(openApi("paths:\n  /pets:\n    get:\n      security: [{api_key: []}]\n"
                                    + "components:\n  securitySchemes:\n"
                                    + "    api_key: {type: apiKey, name: x-api-key, in: header}\n"))
                            .method("/pets", "get"))
                    .hasMessage("api.yaml line 6, at paths./pets.get.security[0].api_key: GET /pets requires the API"
                            + " key of scheme api_key, which only REST APIs have; HTTP APIs have no API keys or usage"
                            + " plans");
        }
    }

    @Nested
    class RootSettings {

        @Test
        void api_key_source_is_read() {
            Loaded loaded = rest(openApi("x-amazon-apigateway-api-key-source: AUTHORIZER\npaths: {}\n"));

            assertThat(loaded.build().apiKeySource()).isEqualTo(ApiKeySource.AUTHORIZER);
        }

        @Test
        void unknown_api_key_source_is_refused() {
            assertThatThrownBy(() -> rest(openApi("x-amazon-apigateway-api-key-source: header\npaths: {}\n")))
                    .hasMessage("api.yaml line 3, at x-amazon-apigateway-api-key-source:"
                            + " x-amazon-apigateway-api-key-source is \"header\"; it is HEADER (the X-API-Key header,"
                            + " the default) or AUTHORIZER (the usageIdentifierKey of the method's Lambda"
                            + " authorizer)");
        }

        @Test
        void binary_media_types_are_read() {
            Loaded loaded = rest(
                    openApi("x-amazon-apigateway-binary-media-types: [application/octet, image/jpeg]\npaths: {}\n"));

            assertThat(loaded.build().binaryMediaTypes()).containsExactly("application/octet", "image/jpeg");
        }

        @Test
        void binary_media_type_that_is_not_a_media_type_is_refused_at_its_entry() {
            assertThatThrownBy(() -> rest(
                            openApi("x-amazon-apigateway-binary-media-types:\n- image/png\n- png\n" + "paths: {}\n")))
                    .hasMessageStartingWith("api.yaml line 5, at x-amazon-apigateway-binary-media-types[1]: Binary"
                            + " media type \"png\" is not a media type");
        }

        @Test
        void gateway_responses_are_read() {
            ApiDefinition api = rest(openApi("""
                            x-amazon-apigateway-gateway-responses:
                              DEFAULT_4XX:
                                responseParameters:
                                  gatewayresponse.header.Access-Control-Allow-Origin: "'domain.com'"
                                responseTemplates:
                                  application/json: '{"message": test 4xx b }'
                              INVALID_API_KEY:
                                statusCode: "429"
                                responseParameters:
                                  gatewayresponse.header.api-key: method.request.header.api-key
                            paths: {}
                            """)).build();

            GatewayResponse fourXx = api.gatewayResponses().get(GatewayResponseType.DEFAULT_4XX);
            assertThat(fourXx.statusCode()).isEqualTo(OptionalInt.empty());
            assertThat(fourXx.headers()).containsExactly(Map.entry("Access-Control-Allow-Origin", "'domain.com'"));
            assertThat(fourXx.templates()).containsExactly(Map.entry("application/json", "{\"message\": test 4xx b }"));
            GatewayResponse invalidKey = api.gatewayResponses().get(GatewayResponseType.INVALID_API_KEY);
            assertThat(invalidKey.statusCode()).hasValue(429);
            assertThat(invalidKey.headers()).containsExactly(Map.entry("api-key", "method.request.header.api-key"));
        }

        @Test
        void misspelled_gateway_response_type_is_refused_with_the_closest_type() {
            assertThatThrownBy(() -> rest(openApi("x-amazon-apigateway-gateway-responses:\n"
                            + "  UNAUTHORISED: {statusCode: 401}\npaths: {}\n")))
                    .hasMessageStartingWith("api.yaml line 4, at x-amazon-apigateway-gateway-responses.UNAUTHORISED:"
                            + " x-amazon-apigateway-gateway-responses has no field \"UNAUTHORISED\"; did you mean"
                            + " \"UNAUTHORIZED\"?");
        }

        @Test
        void gateway_response_parameter_that_is_not_a_header_is_refused() {
            assertThatThrownBy(() -> rest(openApi("x-amazon-apigateway-gateway-responses:\n  DEFAULT_4XX:\n"
                            + "    responseParameters: {gatewayresponse.querystring.x: \"'1'\"}\npaths: {}\n")))
                    .hasMessage("api.yaml line 5, at x-amazon-apigateway-gateway-responses.DEFAULT_4XX"
                            + ".responseParameters['gatewayresponse.querystring.x']: response parameter"
                            + " \"gatewayresponse.querystring.x\" is not a header: a gateway response sets headers,"
                            + " written gatewayresponse.header.<name>, such as"
                            + " gatewayresponse.header.Access-Control-Allow-Origin");
        }

        @Test
        void gateway_response_header_value_that_is_not_a_source_is_refused_at_the_value() {
            assertThatThrownBy(() -> rest(openApi("x-amazon-apigateway-gateway-responses:\n  DEFAULT_4XX:\n"
                            + "    responseParameters: {gatewayresponse.header.Access-Control-Allow-Origin: '*'}\n"
                            + "paths: {}\n")))
                    .hasMessageStartingWith("api.yaml line 5, at x-amazon-apigateway-gateway-responses.DEFAULT_4XX"
                            + ".responseParameters['gatewayresponse.header.Access-Control-Allow-Origin']: Gateway"
                            + " response DEFAULT_4XX sets header Access-Control-Allow-Origin to \"*\", which is not a"
                            + " value source");
        }

        @Test
        void gateway_responses_in_an_http_api_are_refused() {
            assertThatThrownBy(() -> http(openApi("x-amazon-apigateway-gateway-responses: {}\npaths: {}\n")))
                    .hasMessage("api.yaml line 3, at x-amazon-apigateway-gateway-responses:"
                            + " x-amazon-apigateway-gateway-responses is a REST API setting; an HTTP API's own answers"
                            + " cannot be customized. Remove it, or declare a REST API");
        }

        @Test
        void http_api_cors_is_read() {
            ApiDefinition api = http(openApi("""
                            x-amazon-apigateway-cors:
                              allowOrigins: [https://www.example.com]
                              allowCredentials: true
                              exposeHeaders: [x-apigateway-header]
                              maxAge: 3600
                              allowMethods: [GET, OPTIONS, POST]
                              allowHeaders: [content-type]
                            paths: {}
                            """)).build();

            CorsConfiguration cors = api.cors().orElseThrow();
            assertThat(cors.allowOrigins()).containsExactly("https://www.example.com");
            assertThat(cors.allowCredentials()).isTrue();
            assertThat(cors.exposeHeaders()).containsExactly("x-apigateway-header");
            assertThat(cors.maxAge()).contains(Duration.ofHours(1));
            assertThat(cors.allowMethods()).containsExactly("GET", "OPTIONS", "POST");
            assertThat(cors.allowHeaders()).containsExactly("content-type");
        }

        @Test
        void misspelled_cors_field_is_refused() {
            assertThatThrownBy(() -> http(openApi("x-amazon-apigateway-cors: {allowOrigin: ['*']}\npaths: {}\n")))
                    .hasMessageStartingWith("api.yaml line 3, at x-amazon-apigateway-cors.allowOrigin:"
                            + " x-amazon-apigateway-cors has no field \"allowOrigin\"; did you mean"
                            + " \"allowOrigins\"?");
        }

        @Test
        void cors_in_a_rest_api_is_refused() {
            assertThatThrownBy(() -> rest(openApi("x-amazon-apigateway-cors: {allowOrigins: ['*']}\npaths: {}\n")))
                    .hasMessage("api.yaml line 3, at x-amazon-apigateway-cors: x-amazon-apigateway-cors configures an"
                            + " HTTP API's built-in CORS, which a REST API does not have: a REST API answers preflight"
                            + " requests with OPTIONS methods of its own, usually mock integrations, and its functions"
                            + " add the CORS headers (docs/behavior.md#rest-cors). Declare those methods, or declare"
                            + " an HTTP API");
        }

        @Test
        void request_validators_in_an_http_api_are_refused() {
            assertThatThrownBy(() -> http(openApi("x-amazon-apigateway-request-validators:\n"
                            + "  all: {validateRequestBody: true}\npaths: {}\n")))
                    .hasMessage("api.yaml line 4, at x-amazon-apigateway-request-validators:"
                            + " x-amazon-apigateway-request-validators is a REST API setting; HTTP APIs do not validate"
                            + " requests (their import ignores request bodies and schemas for that reason). Remove it,"
                            + " or declare a REST API");
        }

        @Test
        void api_key_source_in_an_http_api_is_refused() {
            assertThatThrownBy(() -> http(openApi("x-amazon-apigateway-api-key-source: HEADER\npaths: {}\n")))
                    .hasMessage("api.yaml line 3, at x-amazon-apigateway-api-key-source:"
                            + " x-amazon-apigateway-api-key-source is a REST API setting; HTTP APIs have no API keys or"
                            + " usage plans. Remove it, or declare a REST API");
        }
    }

    @Nested
    class Validation {

        // AWS's sample API with request validation, as its documentation writes it
        // (docs/behavior.md#openapi-request-validation).
        private static final String SAMPLE = """
                swagger: '2.0'
                info: {title: ReqValidators Sample, version: 1.0.0}
                x-amazon-apigateway-request-validators:
                  all: {validateRequestBody: true, validateRequestParameters: true}
                  params-only: {validateRequestBody: false, validateRequestParameters: true}
                x-amazon-apigateway-request-validator: params-only
                paths:
                  /validation:
                    post:
                      x-amazon-apigateway-request-validator: all
                      parameters:
                      - {in: header, name: h1, required: true}
                      - in: body
                        name: RequestBodyModel
                        required: true
                        schema: {$ref: '#/definitions/RequestBodyModel'}
                    get:
                      parameters:
                      - {name: q1, in: query, required: true}
                      - {name: page, in: query}
                definitions:
                  RequestBodyModel:
                    type: object
                    properties:
                      id: {type: integer}
                      type: {type: string, enum: [dog, cat, fish]}
                      name: {type: string}
                      price: {type: number, minimum: 25, maximum: 500}
                    required: [type, name, price]
                  Error: {type: object, properties: {}}
                """;

        @Test
        void validators_default_validator_parameters_and_body_model_are_read() {
            Loaded loaded = rest(SAMPLE);

            MethodRequest post = loaded.method("/validation", "post");
            MethodRequest get = loaded.method("/validation", "get");
            ApiDefinition api = loaded.build();

            assertThat(api.requestValidators())
                    .containsExactly(
                            Map.entry("all", RequestValidator.of("all", true, true)),
                            Map.entry("params-only", RequestValidator.of("params-only", false, true)));
            assertThat(post.requestValidator()).contains("all");
            assertThat(post.requiredParameters()).containsExactly("method.request.header.h1");
            assertThat(post.requestModels()).containsExactly(Map.entry("application/json", "RequestBodyModel"));
            assertThat(get.requestValidator()).contains("params-only");
            assertThat(get.requiredParameters()).containsExactly("method.request.querystring.q1");
            assertThat(api.models()).containsOnlyKeys("RequestBodyModel", "Error");
        }

        @Test
        void body_parameter_applies_to_each_media_type_consumed() {
            Loaded loaded = rest(SAMPLE.replace(
                    "      x-amazon-apigateway-request-validator: all\n",
                    "      x-amazon-apigateway-request-validator: all\n"
                            + "      consumes: [application/json, application/x-www-form-urlencoded]\n"));

            assertThat(loaded.method("/validation", "post").requestModels())
                    .containsExactly(
                            Map.entry("application/json", "RequestBodyModel"),
                            Map.entry("application/x-www-form-urlencoded", "RequestBodyModel"));
        }

        @Test
        void validator_the_api_does_not_declare_is_refused() {
            assertThatThrownBy(() -> rest(SAMPLE.replace("validator: all", "validator: al"))
                            .method("/validation", "post"))
                    .hasMessage("api.yaml line 10, at paths./validation.post.x-amazon-apigateway-request-validator:"
                            + " x-amazon-apigateway-request-validator names \"al\", which"
                            + " x-amazon-apigateway-request-validators does not declare; declared: [all,"
                            + " params-only]");
        }

        @Test
        void misspelled_validator_field_is_refused() {
            assertThatThrownBy(() -> rest(SAMPLE.replace("validateRequestBody: true", "validateBody: true")))
                    .hasMessageStartingWith("api.yaml line 4, at x-amazon-apigateway-request-validators.all"
                            + ".validateBody: request validator \"all\" has no field \"validateBody\"");
        }

        @Test
        void request_body_refers_to_a_model_or_becomes_one_named_after_the_route() {
            Loaded loaded = rest(openApi("""
                    paths:
                      /pets:
                        post:
                          requestBody:
                            content:
                              application/json: {schema: {$ref: '#/components/schemas/Pet'}}
                        put:
                          requestBody:
                            content:
                              application/json: {schema: {type: object, required: [name]}}
                              application/vnd.pet+json: {schema: {type: object, required: [name]}}
                              text/plain: {schema: {type: string}}
                      /pets/{id}:
                        parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                        - {name: x-tenant, in: header, required: true, schema: {type: string}}
                        patch:
                          parameters:
                          - {name: x-tenant, in: header, required: false, schema: {type: string}}
                          requestBody: {$ref: '#/components/requestBodies/PetPatch'}
                    components:
                      schemas:
                        Pet: {type: object}
                        PutPetsBody: {type: object}
                      requestBodies:
                        PetPatch:
                          content:
                            application/json: {schema: {type: object, properties: {name: {type: string}}}}
                    """));

            assertThat(loaded.method("/pets", "post").requestModels())
                    .containsExactly(Map.entry("application/json", "Pet"));
            assertThat(loaded.method("/pets", "put").requestModels())
                    .containsExactly(
                            Map.entry("application/json", "PutPetsBody2"),
                            Map.entry("application/vnd.pet+json", "PutPetsBody2"),
                            Map.entry("text/plain", "PutPetsBody3"));
            MethodRequest patch = loaded.method("/pets/{id}", "patch");
            assertThat(patch.requestModels()).containsExactly(Map.entry("application/json", "PatchPetsIdBody"));
            assertThat(patch.requiredParameters()).containsExactly("method.request.path.id");
            assertThat(loaded.build().models())
                    .containsEntry("PutPetsBody2", "{\"type\":\"object\",\"required\":[\"name\"]}")
                    .containsEntry("PutPetsBody3", "{\"type\":\"string\"}");
        }

        @Test
        void wildcard_media_type_of_a_request_body_is_refused() {
            assertThatThrownBy(() -> rest(openApi("paths:\n  /pets:\n    post:\n      requestBody:\n"
                                    + "        content:\n          '*/*': {schema: {type: object}}\n"))
                            .method("/pets", "post"))
                    .hasMessage("api.yaml line 8, at paths./pets.post.requestBody.content.*/*: request body media type"
                            + " \"*/*\" is not one media type: API Gateway picks a request model by the request's"
                            + " exact media type, so write type/subtype without wildcards or parameters, such as"
                            + " application/json");
        }

        // HTTP APIs ignore request bodies, schemas and parameters, as their import does
        // (docs/behavior.md#openapi-request-validation).
        @Test
        void http_api_ignores_request_bodies_schemas_and_parameters() {
            Loaded loaded = http(openApi("""
                    paths:
                      /pets:
                        post:
                          parameters: [{name: q, in: query, required: true, schema: {type: string}}]
                          requestBody:
                            content:
                              application/json: {schema: {$ref: '#/components/schemas/Body'}}
                    components:
                      schemas:
                        Body: {type: object, properties: {key: {type: string}}}
                        not_a_model_name: {type: object}
                    """));

            MethodRequest request = loaded.method("/pets", "post");

            assertThat(request.requestModels()).isEmpty();
            assertThat(request.requiredParameters()).isEmpty();
            assertThat(loaded.build().models()).isEmpty();
        }

        @Test
        void operation_validator_in_an_http_api_is_refused() {
            assertThatThrownBy(() -> http(openApi(
                                    "paths:\n  /pets:\n    get:\n      x-amazon-apigateway-request-validator: all\n"))
                            .method("/pets", "get"))
                    .hasMessage("api.yaml line 6, at paths./pets.get.x-amazon-apigateway-request-validator:"
                            + " x-amazon-apigateway-request-validator is a REST API setting; HTTP APIs do not validate"
                            + " requests. Remove it, or declare a REST API");
        }
    }

    @Nested
    class Models {

        private static Map<String, String> models(String schemas) {
            return rest(openApi("paths: {}\ncomponents:\n  schemas:\n" + schemas.indent(4)))
                    .build()
                    .models();
        }

        // References become references into the model's own definitions (docs/behavior.md#openapi-models).
        @Test
        void references_to_other_schemas_are_copied_into_the_models_definitions() {
            Map<String, String> models = models("""
                    Pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                    Pet:
                      type: object
                      properties:
                        type: {$ref: '#/components/schemas/PetType'}
                        price: {type: number}
                    PetType: {type: string, enum: [dog, cat]}
                    """);

            assertThat(models.get("Pets"))
                    .isEqualTo("{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/Pet\"},\"definitions\":{"
                            + "\"Pet\":{\"type\":\"object\",\"properties\":{\"type\":{\"$ref\":\"#/definitions/PetType\"},"
                            + "\"price\":{\"type\":\"number\"}}},\"PetType\":{\"type\":\"string\",\"enum\":[\"dog\","
                            + "\"cat\"]}}}");
            assertThat(models.get("PetType")).isEqualTo("{\"type\":\"string\",\"enum\":[\"dog\",\"cat\"]}");
        }

        @Test
        void reference_to_the_model_itself_becomes_the_root() {
            Map<String, String> models = models("""
                    Node:
                      type: object
                      properties:
                        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                        first: {$ref: '#/components/schemas/Node/properties/children'}
                    """);

            assertThat(models.get("Node"))
                    .isEqualTo("{\"type\":\"object\",\"properties\":{\"children\":{\"type\":\"array\",\"items\":"
                            + "{\"$ref\":\"#\"}},\"first\":{\"$ref\":\"#/properties/children\"}}}");
        }

        @Test
        void references_in_examples_and_property_names_are_not_references() {
            Map<String, String> models = models("""
                    Doc:
                      type: object
                      properties:
                        $ref: {type: string}
                        example: {$ref: '#/components/schemas/Other'}
                      example: {$ref: not-a-reference}
                    Other: {type: string}
                    """);

            assertThat(Json.tryRead(models.get("Doc")).orElseThrow())
                    .isEqualTo(Json.tryRead("{\"type\":\"object\",\"properties\":{\"$ref\":{\"type\":\"string\"},"
                                    + "\"example\":{\"$ref\":\"#/definitions/Other\"}},"
                                    + "\"example\":{\"$ref\":\"not-a-reference\"},"
                                    + "\"definitions\":{\"Other\":{\"type\":\"string\"}}}")
                            .orElseThrow());
        }

        @Test
        void swagger_definitions_become_models_the_same_way() {
            Map<String, String> models = rest("""
                            swagger: '2.0'
                            info: {title: pets, version: '1'}
                            paths: {}
                            definitions:
                              Pets: {type: array, items: {$ref: '#/definitions/Pet'}}
                              Pet: {type: object}
                            """).build().models();

            assertThat(models.get("Pets"))
                    .isEqualTo("{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/Pet\"},\"definitions\":{"
                            + "\"Pet\":{\"type\":\"object\"}}}");
        }

        // "Model name must be alphanumeric", recorded from the import (docs/behavior.md#openapi-models).
        @Test
        void schema_name_that_is_not_alphanumeric_is_refused() {
            assertThatThrownBy(() -> models("body_1: {type: object}"))
                    .hasMessage("api.yaml line 6, at components.schemas.body_1: schema \"body_1\" cannot become a"
                            + " model: API Gateway's import refuses the whole document with \"Model name must be"
                            + " alphanumeric: body_1\". Rename it with letters and digits only, such as \"Body1\"");
        }

        @Test
        void reference_to_an_undeclared_schema_is_refused() {
            assertThatThrownBy(() -> models("Pets: {type: array, items: {$ref: '#/components/schemas/Pett'}}\n"
                            + "Pet: {type: object}"))
                    .hasMessage("api.yaml line 6, at components.schemas.Pets.items.$ref: $ref"
                            + " \"#/components/schemas/Pett\" refers to the schema \"Pett\", which components.schemas"
                            + " does not declare; declared: [Pets, Pet]");
        }

        @Test
        void reference_outside_the_schemas_is_refused() {
            assertThatThrownBy(() -> models("Pet: {$ref: 'https://example.com/pet.json'}"))
                    .hasMessage("api.yaml line 6, at components.schemas.Pet.$ref: $ref \"https://example.com/pet.json\""
                            + " does not point at a schema under #/components/schemas; a model refers to other models"
                            + " only, so refer to one of [Pet]");
        }
    }

    /** A function that answers 200 with its name, and counts its calls. */
    static final class CountingFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        private final AtomicInteger calls = new AtomicInteger();
        private final Map<String, Object> answer;

        CountingFunction(Map<String, Object> answer) {
            this.answer = answer;
        }

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            calls.incrementAndGet();
            return answer;
        }
    }

    private static Map<String, Object> allowEverything() {
        return Map.of(
                "principalId",
                "user",
                "policyDocument",
                Map.of(
                        "Version",
                        "2012-10-17",
                        "Statement",
                        List.of(Map.of("Action", "execute-api:Invoke", "Effect", "Allow", "Resource", "*"))));
    }

    @Nested
    class EndToEnd {

        private static final String PETS_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                + "arn:aws:lambda:us-east-1:123456789012:function:Pets/invocations";

        private ApiGateway gateway(Loaded loaded, CountingFunction auth, CountingFunction pets) {
            return ApiGateway.builder()
                    .definition(loaded.build())
                    .function("Auth", auth)
                    .function("Pets", pets)
                    .build();
        }

        // A token failing identityValidationExpression gets 401 {"message":"Unauthorized"} without a call
        // (docs/behavior.md#rest-authorizer-identity-sources, #rest-authorizer-client-responses).
        @Test
        void token_authorizer_from_the_document_refuses_a_token_failing_its_expression() {
            Loaded loaded = rest(openApi("""
                    paths:
                      /pets:
                        get:
                          security: [{TokenAuth: []}]
                          x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: %s}
                    components:
                      securitySchemes:
                        TokenAuth:
                          type: apiKey
                          name: Authorization
                          in: header
                          x-amazon-apigateway-authtype: custom
                          x-amazon-apigateway-authorizer:
                            type: token
                            authorizerUri: %s
                            identityValidationExpression: "Bearer [a-z]+"
                    """.formatted(PETS_URI, AUTH_URI)));
            loaded.method("/pets", "get");
            CountingFunction auth = new CountingFunction(allowEverything());
            CountingFunction pets = new CountingFunction(Map.of("statusCode", 200, "body", "pets"));

            try (ApiGateway gateway = gateway(loaded, auth, pets)) {
                Exchange refused = gateway.get("/pets")
                        .header("Authorization", "Bearer 123")
                        .send();
                Exchange allowed = gateway.get("/pets")
                        .header("Authorization", "Bearer abc")
                        .send();

                assertThat(refused.response().status()).isEqualTo(401);
                assertThat(refused.response().bodyAsText()).isEqualTo("{\"message\":\"Unauthorized\"}");
                assertThat(refused.response().headers().first("x-amzn-ErrorType"))
                        .contains("UnauthorizedException");
                assertThat(allowed.response().status()).isEqualTo(200);
                assertThat(allowed.response().bodyAsText()).isEqualTo("pets");
                assertThat(auth.calls.get()).isEqualTo(1);
                assertThat(pets.calls.get()).isEqualTo(1);
            }
        }

        // A model whose references were copied into its definitions validates as the document means
        // (docs/behavior.md#openapi-models, #request-body-models).
        @Test
        void body_is_validated_against_a_model_that_refers_to_other_schemas() {
            Loaded loaded = rest(openApi("""
                    x-amazon-apigateway-request-validators:
                      body: {validateRequestBody: true, validateRequestParameters: false}
                    x-amazon-apigateway-request-validator: body
                    paths:
                      /pets:
                        post:
                          requestBody:
                            content:
                              application/json: {schema: {$ref: '#/components/schemas/NewPet'}}
                      /owners:
                        post:
                          requestBody:
                            content:
                              application/json: {schema: {$ref: '#/components/schemas/Owner'}}
                    components:
                      schemas:
                        NewPet:
                          type: object
                          required: [type]
                          properties:
                            type: {$ref: '#/components/schemas/PetType'}
                        PetType: {type: string, enum: [dog, cat, fish]}
                        Owner: {$ref: '#/components/schemas/Person'}
                        Person:
                          type: object
                          required: [name]
                          properties:
                            name: {type: string}
                            friends: {type: array, items: {$ref: '#/components/schemas/Person'}}
                    """));
            loaded.method("/pets", "post");
            loaded.method("/owners", "post");
            CountingFunction pets = new CountingFunction(Map.of("statusCode", 200, "body", "ok"));

            try (ApiGateway gateway = gateway(loaded, new CountingFunction(allowEverything()), pets)) {
                Exchange bird = post(gateway, "/pets", "{\"type\": \"bird\"}");
                Exchange dog = post(gateway, "/pets", "{\"type\": \"dog\"}");
                Exchange nameless = post(gateway, "/owners", "{\"name\": \"a\", \"friends\": [{}]}");
                Exchange owner = post(gateway, "/owners", "{\"name\": \"a\", \"friends\": [{\"name\": \"b\"}]}");

                assertThat(bird.response().status()).isEqualTo(400);
                assertThat(bird.response().bodyAsText()).isEqualTo("{\"message\": \"Invalid request body\"}");
                assertThat(dog.response().status()).isEqualTo(200);
                assertThat(nameless.response().status()).isEqualTo(400);
                assertThat(owner.response().status()).isEqualTo(200);
                assertThat(pets.calls.get()).isEqualTo(2);
            }
        }

        private Exchange post(ApiGateway gateway, String path, String body) {
            return gateway.post(path)
                    .header("Content-Type", "application/json")
                    .body(body)
                    .send();
        }
    }
}

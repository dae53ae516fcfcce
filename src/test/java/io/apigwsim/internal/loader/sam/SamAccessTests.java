package io.apigwsim.internal.loader.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.TestJwt;
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
import io.apigwsim.definition.IntegrationResponseDefinition;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.MockIntegration;
import io.apigwsim.definition.RequestValidator;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.definition.ThrottleSettings;
import io.apigwsim.internal.loader.node.DefinitionReader;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.openapi.FunctionReferences;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * SAM API access settings read into the definition as SAM writes them: authorizers, default authorizer and API keys,
 * request models and parameters, gateway responses, CORS and throttling (docs/behavior.md#sam-access-settings).
 */
class SamAccessTests {

    private static final String AUTH_ARN = "arn:aws:lambda:us-east-1:123456789012:function:auth-fn";
    private static final String POOL_ARN = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123";

    /** A SAM API read into a fresh definition, with a function named auth-fn whose logical id is AuthFunction. */
    static final class Loaded {

        final ApiDefinition.Builder builder;
        final FunctionReferences functions = new FunctionReferences(Map.of("AuthFunction", "AuthFunction"));
        final SamAccess access;

        Loaded(ApiType type, String resourceType, String properties) {
            MapNode node = properties(resourceType, properties);
            builder = ApiDefinition.builder().type(type);
            SamApi api = new SamApi("PetsApi", Optional.of(resourceType), type, Optional.of(node), node.location());
            access = SamAccess.read(
                    api, node, builder, functions, name -> name.equals("auth-fn") ? "AuthFunction" : name);
        }

        /** The method request of an event whose properties are given. */
        MethodRequest event(String routeKey, String eventProperties) {
            return access.methodRequest(SamAccessTests.event(eventProperties), routeKey);
        }

        /** Add a route with this method request and build the definition. */
        ApiDefinition build(String routeKey, MethodRequest request) {
            builder.route(RouteDefinition.parse(
                            routeKey, Integration.lambdaProxy("PetsFunction").build())
                    .withMethodRequest(request));
            return builder.build();
        }

        ApiDefinition build() {
            return build("GET /pets", MethodRequest.NONE);
        }
    }

    static Loaded rest(String properties) {
        return new Loaded(ApiType.REST, "AWS::Serverless::Api", properties);
    }

    static Loaded http(String properties) {
        return new Loaded(ApiType.HTTP, "AWS::Serverless::HttpApi", properties);
    }

    /** The API's properties, from line 5 of template.yaml on; a StageName alone when none are given. */
    static MapNode properties(String resourceType, String yaml) {
        String text = "Resources:\n  PetsApi:\n    Type: " + resourceType + "\n    Properties:\n"
                + (yaml.isBlank() ? "      StageName: prod\n" : yaml.indent(6));
        return child(
                child(child(DefinitionReader.read("template.yaml", text).asMap("template"), "Resources"), "PetsApi"),
                "Properties");
    }

    /** An event's properties, from line 9 of template.yaml on. */
    static MapNode event(String yaml) {
        String text = "Resources:\n  PetsFunction:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                + "      Events:\n        GetPets:\n          Type: Api\n          Properties:\n"
                + (yaml.isBlank() ? "            Path: /pets\n" : yaml.indent(12));
        MapNode function = child(
                child(DefinitionReader.read("template.yaml", text).asMap("template"), "Resources"), "PetsFunction");
        return child(child(child(child(function, "Properties"), "Events"), "GetPets"), "Properties");
    }

    private static MapNode child(MapNode node, String name) {
        return node.get(name).orElseThrow().asMap(name);
    }

    @Nested
    class RestAuthorizers {

        // A Lambda authorizer is TOKEN unless FunctionPayloadType says REQUEST; Identity.Header names the token's
        // header
        // (Authorization by default), ValidationExpression and ReauthorizeEvery pass to the authorizer
        // (docs/behavior.md#sam-rest-api-authorizers).
        @Test
        void a_token_authorizer_takes_header_validation_expression_and_ttl() {
            Loaded api = rest("""
                    Auth:
                      Authorizers:
                        Bearer:
                          FunctionArn: %s
                          Identity:
                            Header: X-Token
                            ValidationExpression: "Bearer .+"
                            ReauthorizeEvery: 60
                    """.formatted(AUTH_ARN));

            AuthorizerDefinition bearer = api.build().authorizers().get("Bearer");

            assertThat(bearer.type()).isEqualTo(AuthorizerType.TOKEN);
            assertThat(bearer.functionName()).contains("AuthFunction");
            assertThat(bearer.identitySources()).containsExactly("method.request.header.X-Token");
            assertThat(bearer.validationExpression()).map(Object::toString).contains("Bearer .+");
            assertThat(bearer.resultTtlSeconds()).isEqualTo(60);
            assertThat(api.functions.firstUses())
                    .containsExactly(Map.entry(
                            "AuthFunction",
                            "the authorizer Bearer of PetsApi (template.yaml line 8, at"
                                    + " Resources.PetsApi.Properties.Auth.Authorizers.Bearer.FunctionArn)"));
        }

        // Without Identity, a TOKEN authorizer reads Authorization and caches for 300 seconds
        // (docs/behavior.md#sam-rest-api-authorizers).
        @Test
        void a_token_authorizer_defaults_to_the_authorization_header_and_300_seconds() {
            Loaded api = rest("""
                    Auth:
                      Authorizers:
                        Bearer:
                          FunctionArn: %s
                    """.formatted(AUTH_ARN));

            AuthorizerDefinition bearer = api.build().authorizers().get("Bearer");

            assertThat(bearer.identitySources()).containsExactly("method.request.header.Authorization");
            assertThat(bearer.resultTtlSeconds()).isEqualTo(300);
            assertThat(bearer.validationExpression()).isEmpty();
        }

        // A REQUEST authorizer's identity sources come in SAM's order: headers, query strings, stage variables,
        // context (docs/behavior.md#sam-rest-api-authorizers).
        @Test
        void a_request_authorizer_lists_its_identity_sources_in_sams_order() {
            Loaded api = rest("""
                    Auth:
                      Authorizers:
                        Tenant:
                          FunctionPayloadType: REQUEST
                          FunctionArn: %s
                          Identity:
                            Context: [sourceIp]
                            StageVariables: [tier]
                            QueryStrings: [key]
                            Headers: [X-Tenant, X-User]
                            ReauthorizeEvery: 0
                    """.formatted(AUTH_ARN));

            AuthorizerDefinition tenant = api.build().authorizers().get("Tenant");

            assertThat(tenant.type()).isEqualTo(AuthorizerType.REQUEST);
            assertThat(tenant.identitySources())
                    .containsExactly(
                            "method.request.header.X-Tenant",
                            "method.request.header.X-User",
                            "method.request.querystring.key",
                            "stageVariables.tier",
                            "context.sourceIp");
            assertThat(tenant.resultTtlSeconds()).isZero();
        }

        // SAM refuses a REQUEST authorizer without identity sources unless its caching is off
        // (docs/behavior.md#sam-rest-api-authorizers).
        @Test
        void a_request_authorizer_without_identity_sources_is_refused_unless_caching_is_off() {
            String declaration = """
                    Auth:
                      Authorizers:
                        Tenant:
                          FunctionPayloadType: REQUEST
                          FunctionArn: %s
                    """.formatted(AUTH_ARN);

            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest(declaration))
                    .withMessage("template.yaml line 8, at Resources.PetsApi.Properties.Auth.Authorizers.Tenant:"
                            + " Auth.Authorizers.Tenant is a REQUEST authorizer without identity sources; SAM requires"
                            + " Identity with at least one of Headers, QueryStrings, StageVariables or Context, unless"
                            + " Identity.ReauthorizeEvery is 0");
            assertThat(rest(declaration + "      Identity: {ReauthorizeEvery: 0}\n")
                            .build()
                            .authorizers()
                            .get("Tenant")
                            .identitySources())
                    .isEmpty();
        }

        // An authorizer with a UserPoolArn is a Cognito one: one pool or a list, Identity.Header, and scopes that
        // its routes require unless their event names others (docs/behavior.md#sam-rest-api-authorizers).
        @Test
        void a_cognito_authorizer_takes_its_pools_header_and_scopes() {
            Loaded api = rest("""
                    Auth:
                      Authorizers:
                        Pool:
                          UserPoolArn: [%s]
                          Identity:
                            Header: X-Id-Token
                            ReauthorizeEvery: 30
                          AuthorizationScopes: [pets/read]
                    """.formatted(POOL_ARN));
            MethodRequest request = api.event("GET /pets", "Auth: {Authorizer: Pool}");

            ApiDefinition definition = api.build("GET /pets", request);

            AuthorizerDefinition pool = definition.authorizers().get("Pool");
            assertThat(pool.type()).isEqualTo(AuthorizerType.COGNITO_USER_POOLS);
            assertThat(pool.providerArns()).containsExactly(POOL_ARN);
            assertThat(pool.identitySources()).containsExactly("method.request.header.X-Id-Token");
            assertThat(request.authorizer()).contains("Pool");
            assertThat(request.authorizationScopes()).containsExactly("pets/read");
        }

        // A Cognito authorizer's ValidationExpression is not simulated, so it is refused rather than ignored.
        @Test
        void a_cognito_validation_expression_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("""
                            Auth:
                              Authorizers:
                                Pool:
                                  UserPoolArn: %s
                                  Identity:
                                    ValidationExpression: "ey.+"
                            """.formatted(POOL_ARN)))
                    .withMessage("template.yaml line 10, at"
                            + " Resources.PetsApi.Properties.Auth.Authorizers.Pool.Identity.ValidationExpression:"
                            + " Auth.Authorizers.Pool.Identity.ValidationExpression checks Cognito tokens before the"
                            + " user pool does, which apigw-sim does not simulate (docs/behavior.md#not-simulated);"
                            + " remove it from the template the test loads, or load a copy without it");
        }

        @Test
        void a_function_payload_type_other_than_token_or_request_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("""
                            Auth:
                              Authorizers:
                                Bearer:
                                  FunctionArn: %s
                                  FunctionPayloadType: JWT
                            """.formatted(AUTH_ARN)))
                    .withMessage("template.yaml line 9, at"
                            + " Resources.PetsApi.Properties.Auth.Authorizers.Bearer.FunctionPayloadType:"
                            + " Auth.Authorizers.Bearer.FunctionPayloadType is \"JWT\"; SAM takes TOKEN (the default)"
                            + " or REQUEST");
        }

        @Test
        void a_function_arn_that_is_not_a_lambda_arn_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("""
                            Auth:
                              Authorizers:
                                Bearer:
                                  FunctionArn: AuthFunction
                            """))
                    .withMessage("template.yaml line 8, at Resources.PetsApi.Properties.Auth.Authorizers.Bearer"
                            + ".FunctionArn: Auth.Authorizers.Bearer.FunctionArn is \"AuthFunction\", which is not a"
                            + " Lambda function ARN such as arn:aws:lambda:us-east-1:123456789012:function:Authorizer;"
                            + " name a function of the template with !GetAtt AuthorizerFunction.Arn");
        }

        @Test
        void a_misspelled_field_names_the_field_meant() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("""
                            Auth:
                              Authorizers:
                                Bearer:
                                  FunctionARN: %s
                            """.formatted(AUTH_ARN)))
                    .withMessage("template.yaml line 8, at Resources.PetsApi.Properties.Auth.Authorizers.Bearer"
                            + ".FunctionARN: The Lambda authorizer Bearer has no field \"FunctionARN\"; did you mean"
                            + " \"FunctionArn\"? Its fields are [FunctionArn, FunctionPayloadType, FunctionInvokeRole,"
                            + " Identity, DisableFunctionDefaultPermissions]");
        }

        // Resource policies are not simulated: every request would pass one, so the template is refused.
        @Test
        void a_resource_policy_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("""
                            Auth:
                              ResourcePolicy:
                                IpRangeWhitelist: [10.0.0.0/8]
                            """))
                    .withMessage("template.yaml line 7, at Resources.PetsApi.Properties.Auth.ResourcePolicy:"
                            + " Auth.ResourcePolicy sets a resource policy, which apigw-sim does not simulate"
                            + " (docs/behavior.md#not-simulated): every request would pass it; remove it from the"
                            + " template the test loads, or load a copy without it");
        }

        // FunctionInvokeRole, DisableFunctionDefaultPermissions and a usage plan change nothing apigw-sim answers
        // (docs/behavior.md#sam-rest-api-authorizers, #sam-usage-plans).
        @Test
        void invoke_roles_permissions_and_usage_plans_are_accepted() {
            Loaded api = rest("""
                    Auth:
                      InvokeRole: CALLER_CREDENTIALS
                      UsagePlan:
                        CreateUsagePlan: PER_API
                        Quota: {Limit: 100, Period: DAY}
                      Authorizers:
                        Bearer:
                          FunctionArn: %s
                          FunctionInvokeRole: arn:aws:iam::123456789012:role/invoker
                          DisableFunctionDefaultPermissions: true
                    """.formatted(AUTH_ARN));

            ApiDefinition definition = api.build();

            assertThat(definition.authorizers()).containsOnlyKeys("Bearer");
            assertThat(definition.usagePlans()).isEmpty();
            assertThat(definition.apiKeys()).isEmpty();
        }

        @Test
        void a_usage_plan_with_an_unknown_create_mode_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("""
                            Auth:
                              UsagePlan:
                                CreateUsagePlan: ALWAYS
                            """))
                    .withMessage("template.yaml line 7, at Resources.PetsApi.Properties.Auth.UsagePlan.CreateUsagePlan:"
                            + " Auth.UsagePlan.CreateUsagePlan is \"ALWAYS\"; SAM takes PER_API, SHARED or NONE");
        }
    }

    @Nested
    class DefaultAuthorizerAndApiKeys {

        private static final String BEARER_DEFAULT = """
                Auth:
                  DefaultAuthorizer: Bearer
                  Authorizers:
                    Bearer:
                      FunctionArn: %s
                    Pool:
                      UserPoolArn: %s
                      AuthorizationScopes: [pets/read]
                """.formatted(AUTH_ARN, POOL_ARN);

        // An event without Auth gets the API's default authorizer
        // (docs/behavior.md#sam-default-authorizer-and-api-keys).
        @Test
        void an_event_without_auth_gets_the_default_authorizer() {
            MethodRequest request = rest(BEARER_DEFAULT).event("GET /pets", "");

            assertThat(request.authorizer()).contains("Bearer");
            assertThat(request.apiKeyRequired()).isFalse();
        }

        // Authorizer: NONE leaves the route open when the API has a default; SAM refuses it otherwise
        // (docs/behavior.md#sam-default-authorizer-and-api-keys).
        @Test
        void authorizer_none_opens_the_route_and_needs_a_default() {
            MethodRequest open = rest(BEARER_DEFAULT).event("GET /pets", "Auth: {Authorizer: NONE}");

            assertThat(open.authorizer()).isEmpty();
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("""
                                    Auth:
                                      Authorizers:
                                        Bearer: {FunctionArn: %s}
                                    """.formatted(AUTH_ARN)).event("GET /pets", "Auth: {Authorizer: NONE}"))
                    .withMessage("template.yaml line 9, at"
                            + " Resources.PetsFunction.Properties.Events.GetPets.Properties.Auth.Authorizer: the event"
                            + " of GET /pets sets Auth.Authorizer NONE, which SAM accepts only when the API has a"
                            + " DefaultAuthorizer; remove it (PetsApi has none, so the route is open)");
        }

        // An event's Authorizer replaces the default; a Cognito authorizer's scopes apply unless the event names
        // others (docs/behavior.md#sam-default-authorizer-and-api-keys).
        @Test
        void an_event_authorizer_replaces_the_default_with_its_scopes() {
            Loaded api = rest(BEARER_DEFAULT);

            MethodRequest own = api.event("GET /pets", "Auth: {Authorizer: Pool}");
            MethodRequest scoped =
                    api.event("POST /pets", "Auth: {Authorizer: Pool, AuthorizationScopes: [pets/write]}");

            assertThat(own.authorizer()).contains("Pool");
            assertThat(own.authorizationScopes()).containsExactly("pets/read");
            assertThat(scoped.authorizationScopes()).containsExactly("pets/write");
        }

        // A Lambda authorizer checks no scopes: an event's scopes for one are dropped
        // [UNCERTAIN] (docs/behavior.md#uncertain-sam-access-settings).
        @Test
        void scopes_for_a_lambda_authorizer_are_dropped() {
            MethodRequest request = rest(BEARER_DEFAULT)
                    .event("GET /pets", "Auth: {Authorizer: Bearer, AuthorizationScopes: [pets/read]}");

            assertThat(request.authorizer()).contains("Bearer");
            assertThat(request.authorizationScopes()).isEmpty();
        }

        @Test
        void scopes_without_an_authorizer_are_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest(BEARER_DEFAULT).event("GET /pets", "Auth: {AuthorizationScopes: [a]}"))
                    .withMessage("template.yaml line 9, at"
                            + " Resources.PetsFunction.Properties.Events.GetPets.Properties.Auth.AuthorizationScopes:"
                            + " Auth.AuthorizationScopes of the Api event of GET /pets needs an Auth.Authorizer on the"
                            + " same event, as SAM requires; name the Cognito authorizer whose tokens carry the"
                            + " scopes");
        }

        @Test
        void an_unknown_authorizer_is_refused_with_the_declared_ones() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest(BEARER_DEFAULT).event("GET /pets", "Auth: {Authorizer: Bearr}"))
                    .withMessage("template.yaml line 9, at"
                            + " Resources.PetsFunction.Properties.Events.GetPets.Properties.Auth.Authorizer: the event"
                            + " of GET /pets names the authorizer \"Bearr\", which PetsApi does not declare (Bearer,"
                            + " Pool); name one of them, AWS_IAM, or NONE to leave the route open");
        }

        @Test
        void an_unknown_default_authorizer_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("""
                            Auth:
                              DefaultAuthorizer: Bearer
                            """))
                    .withMessage("template.yaml line 6, at Resources.PetsApi.Properties.Auth.DefaultAuthorizer:"
                            + " Auth.DefaultAuthorizer is \"Bearer\", which is not one of the API's Authorizers (it"
                            + " declares none under Auth.Authorizers); name one of them, or AWS_IAM");
        }

        // DefaultAuthorizer AWS_IAM, and an event's Authorizer AWS_IAM, make the method AWS_IAM
        // (docs/behavior.md#sam-default-authorizer-and-api-keys).
        @Test
        void aws_iam_makes_the_method_iam_authorized() {
            MethodRequest byDefault = rest("Auth: {DefaultAuthorizer: AWS_IAM}").event("GET /pets", "");
            MethodRequest byEvent = rest(BEARER_DEFAULT).event("GET /pets", "Auth: {Authorizer: AWS_IAM}");

            assertThat(byDefault.iamAuthorization()).isTrue();
            assertThat(byEvent.iamAuthorization()).isTrue();
            assertThat(byEvent.authorizer()).isEmpty();
        }

        // Auth.ApiKeyRequired makes every method require a key; an event can turn it off, but SAM refuses false
        // without the API's default (docs/behavior.md#sam-default-authorizer-and-api-keys).
        @Test
        void the_api_key_requirement_defaults_from_the_api_and_an_event_can_turn_it_off() {
            Loaded api = rest("Auth: {ApiKeyRequired: true}");

            assertThat(api.event("GET /pets", "").apiKeyRequired()).isTrue();
            assertThat(api.event("GET /pets", "Auth: {ApiKeyRequired: false}").apiKeyRequired())
                    .isFalse();
            assertThat(rest("").event("GET /pets", "Auth: {ApiKeyRequired: true}")
                            .apiKeyRequired())
                    .isTrue();
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("").event("GET /pets", "Auth: {ApiKeyRequired: false}"))
                    .withMessage("template.yaml line 9, at"
                            + " Resources.PetsFunction.Properties.Events.GetPets.Properties.Auth.ApiKeyRequired:"
                            + " Auth.ApiKeyRequired of the Api event of GET /pets is false, which SAM accepts only when"
                            + " the API's Auth.ApiKeyRequired is true; remove it");
        }

        // The Add...ToCorsPreflight switches keep the defaults off every OPTIONS method, an event's own included
        // (docs/behavior.md#sam-default-authorizer-and-api-keys).
        @Test
        void options_events_lose_the_defaults_when_the_preflight_switches_are_off() {
            Loaded api = rest(BEARER_DEFAULT.replace(
                    "Auth:\n",
                    "Auth:\n  ApiKeyRequired: true\n  AddDefaultAuthorizerToCorsPreflight: false\n"
                            + "  AddApiKeyRequiredToCorsPreflight: false\n"));

            MethodRequest options = api.event("OPTIONS /pets", "Auth: {ApiKeyRequired: true}");
            MethodRequest get = api.event("GET /pets", "");

            assertThat(options.authorizer()).isEmpty();
            assertThat(options.apiKeyRequired()).isFalse();
            assertThat(get.authorizer()).contains("Bearer");
            assertThat(get.apiKeyRequired()).isTrue();
        }

        // With a DefinitionBody of the template's own, SAM applies an event's Auth only with OverrideApiAuth, and
        // ignores its RequestModel and RequestParameters (docs/behavior.md#sam-default-authorizer-and-api-keys).
        @Test
        void with_a_definition_body_an_event_auth_needs_override_api_auth() {
            Loaded api = rest(BEARER_DEFAULT + """
                    Models:
                      Pet: {type: object}
                    DefinitionBody:
                      openapi: 3.0.1
                      paths: {}
                    """);

            MethodRequest ignored = api.event("GET /pets", """
                    Auth: {Authorizer: NONE}
                    RequestModel: {Model: Pet, ValidateBody: true}
                    """);
            MethodRequest overriding = api.event("GET /pets", "Auth: {Authorizer: NONE, OverrideApiAuth: true}");

            assertThat(ignored.authorizer()).contains("Bearer");
            assertThat(ignored.requestModels()).isEmpty();
            assertThat(ignored.requestValidator()).isEmpty();
            assertThat(overriding.authorizer()).isEmpty();
        }

        // SAM adds the default authorizer to every method of the definition that names none, and the API key
        // requirement to every method; not to OPTIONS methods when the preflight switches are off
        // (docs/behavior.md#sam-default-authorizer-and-api-keys).
        @Test
        void definition_body_methods_get_the_defaults() {
            Loaded api = rest(BEARER_DEFAULT.replace(
                    "Auth:\n", "Auth:\n  ApiKeyRequired: true\n  AddApiKeyRequiredToCorsPreflight: false\n"));
            MethodRequest pool = MethodRequest.builder().authorizer("Pool").build();

            MethodRequest open = api.access.definitionMethodRequest(MethodRequest.NONE, "GET /pets");
            MethodRequest own = api.access.definitionMethodRequest(pool, "POST /pets");
            MethodRequest options = api.access.definitionMethodRequest(MethodRequest.NONE, "OPTIONS /pets");

            assertThat(open.authorizer()).contains("Bearer");
            assertThat(open.apiKeyRequired()).isTrue();
            assertThat(own.authorizer()).contains("Pool");
            assertThat(own.apiKeyRequired()).isTrue();
            assertThat(options.authorizer()).contains("Bearer");
            assertThat(options.apiKeyRequired()).isFalse();
            assertThat(http(HttpApis.JWT)
                            .access
                            .definitionMethodRequest(MethodRequest.NONE, "OPTIONS /pets")
                            .authorizer())
                    .isEmpty();
        }

        @Test
        void override_api_auth_without_an_override_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest(BEARER_DEFAULT).event("GET /pets", "Auth: {OverrideApiAuth: true}"))
                    .withMessage("template.yaml line 9, at Resources.PetsFunction.Properties.Events.GetPets"
                            + ".Properties.Auth: Auth.OverrideApiAuth is true but the Auth sets none of Authorizer,"
                            + " ApiKeyRequired and ResourcePolicy, one of which SAM requires with it");
        }

        @Test
        void a_misspelled_event_auth_field_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest(BEARER_DEFAULT).event("GET /pets", "Auth: {Authoriser: Pool}"))
                    .withMessage("template.yaml line 9, at"
                            + " Resources.PetsFunction.Properties.Events.GetPets.Properties.Auth.Authoriser: The Auth"
                            + " of the Api event of GET /pets has no field \"Authoriser\"; did you mean \"Authorizer\"?"
                            + " Its fields are [Authorizer, AuthorizationScopes, ApiKeyRequired, InvokeRole,"
                            + " ResourcePolicy, OverrideApiAuth]");
        }
    }

    @Nested
    class RequestModelsAndParameters {

        private static final String MODELS = """
                Models:
                  Pet:
                    type: object
                    required: [name]
                    properties:
                      name: {type: string}
                """;

        // SAM names models in lower case and declares the request model for application/json; ValidateBody and
        // ValidateParameters pick SAM's validator (docs/behavior.md#sam-request-models-and-parameters).
        @Test
        void a_request_model_names_the_lower_case_model_and_sams_validator() {
            Loaded api = rest(MODELS);
            MethodRequest request = api.event("POST /pets", "RequestModel: {Model: Pet, ValidateBody: true}");

            ApiDefinition definition = api.build("POST /pets", request);

            assertThat(definition.models())
                    .containsExactly(
                            Map.entry(
                                    "pet",
                                    "{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\"}}}"));
            assertThat(request.requestModels()).containsExactly(Map.entry("application/json", "pet"));
            assertThat(request.requestValidator()).contains("body-only");
            assertThat(definition.requestValidators())
                    .containsExactly(Map.entry("body-only", RequestValidator.of("body-only", true, false)));
        }

        // SAM's validator names: body-and-params, body-only, params-only, no-validation
        // (docs/behavior.md#sam-request-models-and-parameters).
        @Test
        void each_combination_has_sams_validator_name() {
            Loaded api = rest(MODELS);

            assertThat(api.event("POST /a", "RequestModel: {Model: Pet, ValidateBody: true, ValidateParameters: true}")
                            .requestValidator())
                    .contains("body-and-params");
            assertThat(api.event("POST /b", "RequestModel: {Model: Pet, ValidateParameters: true}")
                            .requestValidator())
                    .contains("params-only");
            assertThat(api.event("POST /c", "RequestModel: {Model: Pet, ValidateBody: false}")
                            .requestValidator())
                    .contains("no-validation");
            assertThat(api.builder.build().requestValidators())
                    .containsExactly(
                            Map.entry("body-and-params", RequestValidator.of("body-and-params", true, true)),
                            Map.entry("params-only", RequestValidator.of("params-only", false, true)),
                            Map.entry("no-validation", RequestValidator.of("no-validation", false, false)));
        }

        // Without ValidateBody and ValidateParameters SAM names no validator, so the model is not checked
        // (docs/behavior.md#sam-request-models-and-parameters).
        @Test
        void a_request_model_without_validate_flags_is_not_validated() {
            MethodRequest request = rest(MODELS).event("POST /pets", "RequestModel: {Model: Pet, Required: true}");

            assertThat(request.requestModels()).containsExactly(Map.entry("application/json", "pet"));
            assertThat(request.requestValidator()).isEmpty();
        }

        // RequestParameters require the parameters marked Required; names alone and Caching change nothing checked
        // (docs/behavior.md#sam-request-models-and-parameters).
        @Test
        void request_parameters_marked_required_are_required() {
            MethodRequest request = rest(MODELS).event("GET /pets/{id}", """
                    RequestParameters:
                      - method.request.header.X-Trace
                      - method.request.querystring.limit: {Required: true, Caching: true}
                      - method.request.header.X-Version: {Required: false}
                      - method.request.path.id: {Required: true}
                    RequestModel: {Model: Pet, ValidateParameters: true}
                    """);

            assertThat(request.requiredParameters())
                    .containsExactly("method.request.querystring.limit", "method.request.path.id");
            assertThat(request.requestValidator()).contains("params-only");
        }

        @Test
        void a_request_parameter_outside_header_query_string_and_path_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest(MODELS).event("GET /pets", "RequestParameters: [method.request.body.name]"))
                    .withMessage("template.yaml line 9, at"
                            + " Resources.PetsFunction.Properties.Events.GetPets.Properties.RequestParameters[0]:"
                            + " RequestParameters names \"method.request.body.name\"; SAM takes"
                            + " method.request.header.<name>, method.request.querystring.<name> or"
                            + " method.request.path.<name>");
        }

        @Test
        void a_model_the_api_does_not_declare_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest(MODELS).event("POST /pets", "RequestModel: {Model: pet}"))
                    .withMessage("template.yaml line 9, at"
                            + " Resources.PetsFunction.Properties.Events.GetPets.Properties.RequestModel.Model:"
                            + " RequestModel.Model of the Api event of POST /pets is \"pet\", which PetsApi does not"
                            + " declare; its Models: Pet");
        }

        @Test
        void a_model_without_type_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("Models: {Pet: {properties: {}}}"))
                    .withMessage("template.yaml line 5, at Resources.PetsApi.Properties.Models.Pet: Models.Pet has no"
                            + " \"type\", which SAM requires of a model's schema; add for example type: object");
        }

        @Test
        void a_quoted_validate_flag_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() ->
                            rest(MODELS).event("POST /pets", "RequestModel: {Model: Pet, ValidateBody: \"true\"}"))
                    .withMessage("template.yaml line 9, at"
                            + " Resources.PetsFunction.Properties.Events.GetPets.Properties.RequestModel.ValidateBody:"
                            + " RequestModel.ValidateBody must be true or false, which SAM takes without quotes; not"
                            + " \"true\"");
        }
    }

    @Nested
    class GatewayResponses {

        // GatewayResponses give each type's status, headers (as value sources, quoted by the template) and templates
        // (docs/behavior.md#sam-gateway-responses).
        @Test
        void a_gateway_response_takes_status_headers_and_templates() {
            ApiDefinition definition = rest("""
                            GatewayResponses:
                              UNAUTHORIZED:
                                StatusCode: 401
                                ResponseParameters:
                                  Headers:
                                    WWW-Authenticate: "'Bearer'"
                                    Access-Control-Allow-Origin: "'*'"
                                  QueryStrings:
                                    unused: "'x'"
                                ResponseTemplates:
                                  application/json: '{"error": $context.error.messageString}'
                            """).build();

            GatewayResponse unauthorized = definition.gatewayResponses().get(GatewayResponseType.UNAUTHORIZED);
            assertThat(unauthorized.statusCode()).hasValue(401);
            assertThat(unauthorized.headers())
                    .containsExactly(
                            Map.entry("WWW-Authenticate", "'Bearer'"), Map.entry("Access-Control-Allow-Origin", "'*'"));
            assertThat(unauthorized.templates())
                    .containsExactly(Map.entry("application/json", "{\"error\": $context.error.messageString}"));
        }

        @Test
        void an_unknown_type_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("GatewayResponses: {NOT_FOUND: {StatusCode: 404}}"))
                    .withMessageStartingWith("template.yaml line 5, at"
                            + " Resources.PetsApi.Properties.GatewayResponses.NOT_FOUND: GatewayResponses names the"
                            + " type \"NOT_FOUND\", which API Gateway does not have; its types are [ACCESS_DENIED,");
        }

        // SAM writes header values as given: an unquoted literal is refused as API Gateway refuses it.
        @Test
        void an_unquoted_header_value_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("""
                            GatewayResponses:
                              DEFAULT_4XX:
                                ResponseParameters:
                                  Headers: {Access-Control-Allow-Origin: "*"}
                            """))
                    .withMessage("template.yaml line 8, at Resources.PetsApi.Properties.GatewayResponses.DEFAULT_4XX"
                            + ".ResponseParameters.Headers.Access-Control-Allow-Origin: Gateway response DEFAULT_4XX"
                            + " sets header Access-Control-Allow-Origin to \"*\", which is not a value source: write a"
                            + " literal in single quotes such as \"'*'\", or method.request.header.<name>,"
                            + " method.request.path.<name>, method.request.querystring.<name>, stageVariables.<name> or"
                            + " context.<variable>");
        }
    }

    @Nested
    class RestCorsSettings {

        private static Map<String, Set<String>> paths(String... routeKeys) {
            Map<String, Set<String>> paths = new LinkedHashMap<>();
            for (String key : routeKeys) {
                String[] parts = key.split(" ");
                paths.computeIfAbsent(parts[1], path -> new TreeSet<>()).add(parts[0]);
            }
            return paths;
        }

        private static Map<String, RouteDefinition> preflights(Loaded api, String... routeKeys) {
            api.access.addCorsPreflights(paths(routeKeys), api.builder);
            Map<String, RouteDefinition> routes = new LinkedHashMap<>();
            api.builder.build().routes().forEach(route -> routes.put(route.routeKey(), route));
            return routes;
        }

        private static Map<String, String> headers(RouteDefinition route) {
            IntegrationResponseDefinition response = ((MockIntegration) route.integration())
                    .integrationResponses()
                    .get(0);
            return response.responseParameters();
        }

        // Cors "'*'" adds an OPTIONS mock to each path, allowing the path's methods and OPTIONS, sorted; every method
        // for ANY; none to a path that has OPTIONS; one for /pets and /pets/ (docs/behavior.md#sam-rest-api-cors).
        @Test
        void cors_adds_an_options_method_to_every_path_with_sams_methods() {
            Loaded api = rest("Cors: \"'*'\"");

            Map<String, RouteDefinition> routes =
                    preflights(api, "POST /pets", "GET /pets", "GET /pets/", "ANY /{proxy+}", "OPTIONS /own");

            assertThat(routes).containsOnlyKeys("OPTIONS /pets", "OPTIONS /{proxy+}");
            assertThat(headers(routes.get("OPTIONS /pets")))
                    .containsExactly(
                            Map.entry("method.response.header.Access-Control-Allow-Origin", "'*'"),
                            Map.entry("method.response.header.Access-Control-Allow-Methods", "'GET,OPTIONS,POST'"));
            assertThat(headers(routes.get("OPTIONS /{proxy+}")))
                    .containsEntry(
                            "method.response.header.Access-Control-Allow-Methods",
                            "'DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT'");
            assertThat(routes.get("OPTIONS /pets").methodRequest().authorizer()).isEmpty();
        }

        // The object form sets each header from its single-quoted literal, in SAM's order
        // (docs/behavior.md#sam-rest-api-cors).
        @Test
        void the_object_form_sets_every_header() {
            Loaded api = rest("""
                    Cors:
                      AllowOrigin: "'https://app.example.com'"
                      AllowHeaders: "'Content-Type,Authorization'"
                      AllowMethods: "'GET,PUT'"
                      MaxAge: "'600'"
                      AllowCredentials: true
                    """);

            RouteDefinition options = preflights(api, "GET /pets").get("OPTIONS /pets");

            assertThat(headers(options))
                    .containsExactly(
                            Map.entry(
                                    "method.response.header.Access-Control-Allow-Origin", "'https://app.example.com'"),
                            Map.entry(
                                    "method.response.header.Access-Control-Allow-Headers",
                                    "'Content-Type,Authorization'"),
                            Map.entry("method.response.header.Access-Control-Allow-Methods", "'GET,PUT'"),
                            Map.entry("method.response.header.Access-Control-Max-Age", "'600'"),
                            Map.entry("method.response.header.Access-Control-Allow-Credentials", "'true'"));
            assertThat(options.origin())
                    .isEqualTo("the OPTIONS method SAM adds for Cors (template.yaml line 6, at"
                            + " Resources.PetsApi.Properties.Cors)");
        }

        // SAM puts the default authorizer and the API key requirement on its OPTIONS methods unless told not to
        // (docs/behavior.md#sam-default-authorizer-and-api-keys, #rest-cors).
        @Test
        void the_options_method_gets_the_default_authorizer_and_api_key_unless_switched_off() {
            String auth = """
                    Cors: "'*'"
                    Auth:
                      DefaultAuthorizer: Bearer
                      ApiKeyRequired: true
                      Authorizers:
                        Bearer: {FunctionArn: %s}
                    """.formatted(AUTH_ARN);

            MethodRequest guarded =
                    preflights(rest(auth), "GET /pets").get("OPTIONS /pets").methodRequest();
            MethodRequest open = preflights(
                            rest(auth
                                    + "  AddDefaultAuthorizerToCorsPreflight: false\n"
                                    + "  AddApiKeyRequiredToCorsPreflight: false\n"),
                            "GET /pets")
                    .get("OPTIONS /pets")
                    .methodRequest();

            assertThat(guarded.authorizer()).contains("Bearer");
            assertThat(guarded.apiKeyRequired()).isTrue();
            assertThat(open.authorizer()).isEmpty();
            assertThat(open.apiKeyRequired()).isFalse();
        }

        // SAM hands the value to API Gateway as a mapping expression: without single quotes the deployment fails
        // (docs/behavior.md#sam-rest-api-cors).
        @Test
        void an_unquoted_value_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("Cors: \"*\""))
                    .withMessage("template.yaml line 5, at Resources.PetsApi.Properties.Cors: Cors is \"*\", without"
                            + " the single quotes SAM needs: it hands the value to API Gateway as a mapping expression,"
                            + " which refuses to deploy it (Invalid mapping expression specified); write \"'*'\"");
        }

        @Test
        void credentials_with_the_default_origin_are_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("Cors: {AllowCredentials: true}"))
                    .withMessage("template.yaml line 5, at Resources.PetsApi.Properties.Cors: Cors sets"
                            + " AllowCredentials: true with AllowOrigin \"'*'\" (its default), which SAM refuses:"
                            + " browsers send no credentials to any origin; name the origin, such as"
                            + " \"'https://app.example.com'\"");
        }

        // SAM writes Cors, Auth, GatewayResponses and Models into an inline definition only.
        @Test
        void cors_with_a_definition_uri_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("DefinitionUri: api.yaml\nCors: \"'*'\""))
                    .withMessage("template.yaml line 6, at Resources.PetsApi.Properties.Cors: Cors works only with an"
                            + " inline DefinitionBody (or none, for SAM to write the definition), as SAM requires: SAM"
                            + " writes it into the definition, which it cannot do to a DefinitionUri file; inline the"
                            + " file with DefinitionBody and Fn::Transform AWS::Include, or move the setting into the"
                            + " file");
        }
    }

    @Nested
    class Throttling {

        // MethodSettings for ResourcePath /* and HttpMethod * throttle every method; others one method, with the
        // path's slashes written ~1 (docs/behavior.md#sam-throttling).
        @Test
        void method_settings_throttle_the_stage_and_single_methods() {
            Loaded api = rest("""
                    MethodSettings:
                      - ResourcePath: "/*"
                        HttpMethod: "*"
                        ThrottlingRateLimit: 100
                        ThrottlingBurstLimit: 50
                        LoggingLevel: INFO
                      - ResourcePath: /~1pets~1{id}
                        HttpMethod: GET
                        ThrottlingRateLimit: 2.5
                        ThrottlingBurstLimit: 5
                      - ResourcePath: /~1pets
                        HttpMethod: POST
                        MetricsEnabled: true
                    """);

            ApiDefinition definition = api.build("GET /pets/{id}", MethodRequest.NONE);

            assertThat(definition.stageThrottling().defaultMethodThrottle()).contains(new ThrottleSettings(100, 50));
            assertThat(definition.stageThrottling().methodThrottles())
                    .containsExactly(Map.entry("GET /pets/{id}", new ThrottleSettings(2.5, 5)));
        }

        // A setting that names one limit keeps the account's other limit: 10,000 requests per second, bursts of
        // 5,000 [UNCERTAIN] (docs/behavior.md#uncertain-sam-access-settings).
        @Test
        void a_single_limit_keeps_the_accounts_other_limit() {
            ApiDefinition definition = rest("""
                            MethodSettings:
                              - {ResourcePath: "/*", HttpMethod: "*", ThrottlingBurstLimit: 10}
                            """).build();

            assertThat(definition.stageThrottling().defaultMethodThrottle()).contains(new ThrottleSettings(10_000, 10));
        }

        @Test
        void every_method_of_one_resource_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("""
                            MethodSettings:
                              - {ResourcePath: /~1pets, HttpMethod: "*", ThrottlingRateLimit: 1}
                            """))
                    .withMessage("template.yaml line 6, at Resources.PetsApi.Properties.MethodSettings[0]: this"
                            + " MethodSettings entry throttles ResourcePath /~1pets and HttpMethod *; apigw-sim"
                            + " throttles the whole stage (ResourcePath /*, HttpMethod *) or one method of one"
                            + " resource, such as ResourcePath /~1pets and HttpMethod GET: write an entry for each"
                            + " method");
        }

        // Method caching needs the stage's cache: refused with one, accepted without (no effect then).
        @Test
        void method_caching_is_refused_only_with_a_cache_cluster() {
            String settings = """
                    MethodSettings:
                      - {ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true}
                    """;

            assertThat(rest(settings).build().stageThrottling().defaultMethodThrottle())
                    .isEmpty();
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> rest("CacheClusterEnabled: true\n" + settings))
                    .withMessageStartingWith("template.yaml line 7, at"
                            + " Resources.PetsApi.Properties.MethodSettings[0].CachingEnabled:"
                            + " MethodSettings.CachingEnabled caches the method's responses in the stage's cache");
        }

        // ApiKeySourceType AUTHORIZER makes the authorizer's usageIdentifierKey the key (docs/behavior.md#api-keys).
        @Test
        void api_key_source_type_sets_where_keys_come_from() {
            assertThat(rest("ApiKeySourceType: AUTHORIZER").build().apiKeySource())
                    .isEqualTo(ApiKeySource.AUTHORIZER);
        }
    }

    @Nested
    class HttpApis {

        static final String JWT = """
                Auth:
                  DefaultAuthorizer: Jwt
                  Authorizers:
                    Jwt:
                      IdentitySource: $request.header.Authorization
                      AuthorizationScopes: [pets/read]
                      JwtConfiguration:
                        Issuer: https://issuer.example.com
                        audience: [pets-app]
                """;

        // A JWT authorizer takes issuer and audience in either case, its identity source, and default scopes
        // (docs/behavior.md#sam-http-api-authorizers).
        @Test
        void a_jwt_authorizer_takes_issuer_audience_identity_source_and_scopes() {
            Loaded api = http(JWT);
            MethodRequest request = api.event("GET /pets", "");

            AuthorizerDefinition jwt =
                    api.build("GET /pets", request).authorizers().get("Jwt");

            assertThat(jwt.type()).isEqualTo(AuthorizerType.JWT);
            assertThat(jwt.issuer()).contains("https://issuer.example.com");
            assertThat(jwt.audiences()).containsExactly("pets-app");
            assertThat(jwt.identitySources()).containsExactly("$request.header.Authorization");
            assertThat(request.authorizer()).contains("Jwt");
            assertThat(request.authorizationScopes()).containsExactly("pets/read");
        }

        @Test
        void a_jwt_authorizer_without_identity_source_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> http(JWT.replace("      IdentitySource: $request.header.Authorization\n", "")))
                    .withMessage("template.yaml line 9, at Resources.PetsApi.Properties.Auth.Authorizers.Jwt:"
                            + " Auth.Authorizers.Jwt has no IdentitySource, which SAM requires of a JWT authorizer;"
                            + " write for example IdentitySource: $request.header.Authorization");
        }

        // A Lambda authorizer takes its payload format version, simple responses, identity sources written the HTTP
        // API way, and its TTL (docs/behavior.md#sam-http-api-authorizers).
        @Test
        void a_lambda_authorizer_takes_version_simple_responses_identity_and_ttl() {
            AuthorizerDefinition lambda =
                    http("""
                            Auth:
                              Authorizers:
                                Lambda:
                                  FunctionArn: %s
                                  AuthorizerPayloadFormatVersion: 2.0
                                  EnableSimpleResponses: true
                                  Identity:
                                    Headers: [Authorization]
                                    QueryStrings: [token]
                                    ReauthorizeEvery: 120
                            """.formatted(AUTH_ARN)).build().authorizers().get("Lambda");

            assertThat(lambda.type()).isEqualTo(AuthorizerType.REQUEST);
            assertThat(lambda.functionName()).contains("AuthFunction");
            assertThat(lambda.payloadFormatVersion()).contains("2.0");
            assertThat(lambda.simpleResponsesEnabled()).isTrue();
            assertThat(lambda.identitySources())
                    .containsExactly("$request.header.Authorization", "$request.querystring.token");
            assertThat(lambda.resultTtlSeconds()).isEqualTo(120);
        }

        @Test
        void a_lambda_authorizer_without_payload_format_version_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> http("""
                            Auth:
                              Authorizers:
                                Lambda: {FunctionArn: %s}
                            """.formatted(AUTH_ARN)))
                    .withMessage("template.yaml line 7, at Resources.PetsApi.Properties.Auth.Authorizers.Lambda:"
                            + " Auth.Authorizers.Lambda has no AuthorizerPayloadFormatVersion, which an HTTP API Lambda"
                            + " authorizer needs; write AuthorizerPayloadFormatVersion: \"2.0\" (or \"1.0\" for the"
                            + " REST-compatible event)");
        }

        // Caching needs an identity source; without one the authorizer must turn caching off
        // [UNCERTAIN] (docs/behavior.md#uncertain-sam-access-settings).
        @Test
        void a_lambda_authorizer_without_identity_needs_caching_off() {
            String declaration = """
                    Auth:
                      Authorizers:
                        Lambda:
                          FunctionArn: %s
                          AuthorizerPayloadFormatVersion: "1.0"
                    """.formatted(AUTH_ARN);

            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> http(declaration))
                    .withMessage("template.yaml line 8, at Resources.PetsApi.Properties.Auth.Authorizers.Lambda:"
                            + " Auth.Authorizers.Lambda has no identity source, and apigw-sim caches its answers for"
                            + " 300 seconds (the default), which needs one: give Identity.Headers, QueryStrings,"
                            + " StageVariables or Context, or turn caching off with Identity.ReauthorizeEvery: 0");
            assertThat(http(declaration + "      Identity: {ReauthorizeEvery: 0}\n")
                            .build()
                            .authorizers()
                            .get("Lambda")
                            .resultTtlSeconds())
                    .isZero();
        }

        // The default authorizer guards every route but OPTIONS ones; NONE opens a route; an event's scopes replace
        // the authorizer's (docs/behavior.md#sam-default-authorizer-and-api-keys).
        @Test
        void the_default_authorizer_guards_every_route_but_options() {
            Loaded api = http(JWT);

            assertThat(api.event("OPTIONS /pets", "").authorizer()).isEmpty();
            assertThat(api.event("$default", "").authorizer()).contains("Jwt");
            assertThat(api.event("GET /pets", "Auth: {Authorizer: NONE}").authorizer())
                    .isEmpty();
            assertThat(api.event("GET /pets", "Auth: {AuthorizationScopes: [pets/write]}")
                            .authorizationScopes())
                    .containsExactly("pets/write");
        }

        @Test
        void an_event_auth_without_authorizer_or_default_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> http(JWT.replace("  DefaultAuthorizer: Jwt\n", ""))
                            .event("GET /pets", "Auth: {AuthorizationScopes: [a]}"))
                    .withMessage("template.yaml line 9, at"
                            + " Resources.PetsFunction.Properties.Events.GetPets.Properties.Auth: the Auth of the"
                            + " HttpApi event of GET /pets names no Authorizer and PetsApi has no DefaultAuthorizer;"
                            + " SAM requires one of the two");
        }

        // IAM authorization of HTTP APIs is not simulated.
        @Test
        void iam_authorization_is_refused() {
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> http("Auth: {EnableIamAuthorizer: true}"))
                    .withMessage("template.yaml line 5, at Resources.PetsApi.Properties.Auth.EnableIamAuthorizer:"
                            + " Auth.EnableIamAuthorizer turns on IAM authorization, which apigw-sim simulates for REST"
                            + " APIs only (docs/behavior.md#not-simulated); remove it from the template the test loads,"
                            + " or load a copy without it");
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> http(JWT).event("GET /pets", "Auth: {Authorizer: AWS_IAM}"))
                    .withMessageContaining("Auth.Authorizer AWS_IAM asks for IAM authorization");
        }

        // CorsConfiguration true allows every origin; the object form maps field by field
        // (docs/behavior.md#sam-http-api-cors).
        @Test
        void cors_configuration_true_or_an_object() {
            CorsConfiguration any =
                    http("CorsConfiguration: true").build().cors().orElseThrow();
            CorsConfiguration app = http("""
                            CorsConfiguration:
                              AllowOrigins: [https://app.example.com]
                              AllowHeaders: [content-type]
                              AllowMethods: [GET, POST]
                              ExposeHeaders: [x-total]
                              MaxAge: 600
                              AllowCredentials: true
                            """).build().cors().orElseThrow();

            assertThat(any.allowOrigins()).containsExactly("*");
            assertThat(app.allowOrigins()).containsExactly("https://app.example.com");
            assertThat(app.allowHeaders()).containsExactly("content-type");
            assertThat(app.allowMethods()).containsExactly("GET", "POST");
            assertThat(app.exposeHeaders()).containsExactly("x-total");
            assertThat(app.maxAge()).contains(Duration.ofSeconds(600));
            assertThat(app.allowCredentials()).isTrue();
        }

        // DefaultRouteSettings throttle every route, RouteSettings one route, and an event's RouteSettings are merged
        // over the API's for its route (docs/behavior.md#sam-throttling).
        @Test
        void route_settings_throttle_routes_and_events_merge_theirs() {
            Loaded api = http("""
                    DefaultRouteSettings: {ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200}
                    RouteSettings:
                      GET /pets: {ThrottlingRateLimit: 1, ThrottlingBurstLimit: 2, DetailedMetricsEnabled: true}
                    """);
            api.event("GET /pets", "RouteSettings: {ThrottlingBurstLimit: 3}");
            api.builder.route(RouteDefinition.parse(
                    "POST /pets", Integration.lambdaProxy("PetsFunction").build()));

            ApiDefinition definition = api.build();

            assertThat(definition.stageThrottling().defaultMethodThrottle()).contains(new ThrottleSettings(100, 200));
            assertThat(definition.stageThrottling().methodThrottles())
                    .containsExactly(Map.entry("GET /pets", new ThrottleSettings(1, 3)));
        }
    }

    @Nested
    class PlainCloudFormationApis {

        // Of an AWS::ApiGateway::RestApi's own properties, ApiKeySourceType is read; Auth and the like are SAM's.
        @Test
        void a_rest_api_reads_its_api_key_source() {
            Loaded api = new Loaded(ApiType.REST, "AWS::ApiGateway::RestApi", "ApiKeySourceType: AUTHORIZER");

            assertThat(api.build().apiKeySource()).isEqualTo(ApiKeySource.AUTHORIZER);
        }

        // An AWS::ApiGatewayV2::Api's CorsConfiguration is the object form; SAM's true is not CloudFormation's.
        @Test
        void an_http_api_reads_its_cors_configuration_object() {
            Loaded api = new Loaded(
                    ApiType.HTTP, "AWS::ApiGatewayV2::Api", "CorsConfiguration: {AllowOrigins: [https://a.example]}");

            assertThat(api.build().cors().orElseThrow().allowOrigins()).containsExactly("https://a.example");
            assertThatExceptionOfType(ApiDefinitionException.class)
                    .isThrownBy(() -> new Loaded(ApiType.HTTP, "AWS::ApiGatewayV2::Api", "CorsConfiguration: true"))
                    .withMessageEndingWith("CorsConfiguration must be an object with AllowOrigins, AllowHeaders,"
                            + " AllowMethods, ExposeHeaders, MaxAge and AllowCredentials; not true or false");
        }
    }

    /** The definitions read above, served by a gateway: what a client gets (docs/behavior.md#sam-access-settings). */
    @Nested
    class ThroughTheGateway {

        private static final String APP = "https://app.example.com";

        /** An authorizer that allows every request whose token is "allow" and refuses others with Unauthorized. */
        static final class TokenChecker implements RequestHandler<Map<String, Object>, Map<String, Object>> {
            final AtomicInteger calls = new AtomicInteger();

            @Override
            public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                calls.incrementAndGet();
                if (!"allow".equals(event.get("authorizationToken"))) {
                    throw new RuntimeException("Unauthorized");
                }
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
        }

        /** A proxy function answering 200 "ok". */
        static final class Ok implements RequestHandler<Map<String, Object>, Map<String, Object>> {
            final AtomicInteger calls = new AtomicInteger();

            @Override
            public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                calls.incrementAndGet();
                return Map.of("statusCode", 200, "body", "ok");
            }
        }

        private final TokenChecker authorizer = new TokenChecker();
        private final Ok function = new Ok();

        private ApiGateway serve(Loaded api, String routeKey, MethodRequest request) {
            return ApiGateway.builder()
                    .definition(api.build(routeKey, request))
                    .function("AuthFunction", authorizer)
                    .function("PetsFunction", function)
                    .build();
        }

        // The default TOKEN authorizer guards the event's route: no token gets 401 {"message":"Unauthorized"}
        // without a call; a token the function refuses with Unauthorized gets the same 401; one it allows reaches the
        // function (docs/behavior.md#sam-rest-api-authorizers, #rest-authorizer-client-responses).
        @Test
        void the_default_token_authorizer_guards_the_route() {
            Loaded api = rest("""
                    Auth:
                      DefaultAuthorizer: Bearer
                      Authorizers:
                        Bearer:
                          FunctionArn: %s
                          Identity: {ReauthorizeEvery: 0}
                    """.formatted(AUTH_ARN));
            ApiGateway gateway = serve(api, "GET /pets", api.event("GET /pets", ""));

            Exchange missing = gateway.get("/pets").send();
            Exchange refused =
                    gateway.get("/pets").header("Authorization", "deny").send();
            Exchange allowed =
                    gateway.get("/pets").header("Authorization", "allow").send();

            assertThat(missing).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
            assertThat(refused).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
            assertThat(allowed).response().hasStatus(200).hasBody("ok");
            assertThat(authorizer.calls).hasValue(2);
            assertThat(function.calls).hasValue(1);
        }

        // SAM's Cors adds an OPTIONS mock answering 200 with {}\n and the configured headers, whatever the Origin
        // (docs/behavior.md#sam-rest-api-cors, #rest-cors).
        @Test
        void the_cors_options_method_answers_the_preflight() {
            Loaded api = rest("""
                    Cors:
                      AllowOrigin: "'https://app.example.com'"
                      AllowHeaders: "'Content-Type'"
                    """);
            api.access.addCorsPreflights(Map.of("/pets", new TreeSet<>(Set.of("GET", "POST"))), api.builder);
            ApiGateway gateway = serve(api, "POST /pets", MethodRequest.NONE);

            Exchange preflight = gateway.options("/pets")
                    .header("Origin", APP)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type")
                    .send();

            assertThat(preflight)
                    .wasNotInvoked()
                    .response()
                    .hasStatus(200)
                    .hasBody("{}\n")
                    .hasHeaderValues("Access-Control-Allow-Origin", APP)
                    .hasHeaderValues("Access-Control-Allow-Headers", "Content-Type")
                    .hasHeaderValues("Access-Control-Allow-Methods", "GET,OPTIONS,POST")
                    .allowsPreflight(APP, "POST", "content-type");
        }

        // With a default authorizer, SAM guards the OPTIONS method too: the browser's preflight, which carries no
        // token, gets 401 (docs/behavior.md#sam-default-authorizer-and-api-keys, #rest-cors).
        @Test
        void the_default_authorizer_refuses_the_preflight() {
            Loaded api = rest("""
                    Cors: "'*'"
                    Auth:
                      DefaultAuthorizer: Bearer
                      Authorizers:
                        Bearer: {FunctionArn: %s}
                    """.formatted(AUTH_ARN));
            api.access.addCorsPreflights(Map.of("/pets", new TreeSet<>(Set.of("GET"))), api.builder);
            ApiGateway gateway = serve(api, "GET /pets", api.event("GET /pets", ""));

            Exchange preflight = gateway.options("/pets")
                    .header("Origin", APP)
                    .header("Access-Control-Request-Method", "GET")
                    .send();

            assertThat(preflight).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
            assertThat(authorizer.calls).hasValue(0);
        }

        // A RequestModel with ValidateBody refuses a body its model rejects with 400 before the function
        // (docs/behavior.md#sam-request-models-and-parameters, #request-validators).
        @Test
        void a_request_model_with_validate_body_refuses_an_invalid_body() {
            Loaded api = rest("""
                    Models:
                      Pet:
                        type: object
                        required: [name]
                    """);
            ApiGateway gateway =
                    serve(api, "POST /pets", api.event("POST /pets", "RequestModel: {Model: Pet, ValidateBody: true}"));

            Exchange invalid = gateway.post("/pets")
                    .header("Content-Type", "application/json")
                    .body("{}")
                    .send();
            Exchange valid = gateway.post("/pets")
                    .header("Content-Type", "application/json")
                    .body("{\"name\": \"Rex\"}")
                    .send();

            assertThat(invalid)
                    .response()
                    .hasStatus(400)
                    .hasHeaderValues("x-amzn-ErrorType", "BadRequestException")
                    .hasBody("{\"message\": \"Invalid request body\"}");
            assertThat(valid).response().hasStatus(200);
            assertThat(function.calls).hasValue(1);
        }

        // An HTTP API's default JWT authorizer with its scopes: no token gets 401, a token without the scope 403, a
        // token of the issuer and audience with the scope reaches the function
        // (docs/behavior.md#sam-http-api-authorizers, #http-api-jwt-authorizers).
        @Test
        void the_default_jwt_authorizer_checks_issuer_audience_and_scopes() {
            Loaded api = http(HttpApis.JWT);
            ApiGateway gateway = serve(api, "GET /pets", api.event("GET /pets", ""));

            Exchange missing = gateway.get("/pets").send();
            Exchange unscoped =
                    gateway.get("/pets").header("Authorization", token().sign()).send();
            Exchange scoped = gateway.get("/pets")
                    .header("Authorization", token().scope("pets/read").sign())
                    .send();

            assertThat(missing).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
            assertThat(unscoped).response().hasStatus(403).hasBody("{\"message\":\"Forbidden\"}");
            assertThat(scoped).response().hasStatus(200).hasBody("ok");
        }

        private static TestJwt.Builder token() {
            return TestJwt.builder()
                    .issuer("https://issuer.example.com")
                    .audience("pets-app")
                    .subject("alice");
        }
    }
}

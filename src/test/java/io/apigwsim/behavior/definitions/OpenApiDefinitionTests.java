package io.apigwsim.behavior.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.behavior.definitions.DefinitionHandlers.CustomHandler;
import io.apigwsim.behavior.definitions.DefinitionHandlers.PetsHandler;
import io.apigwsim.behavior.definitions.DefinitionHandlers.RouteKeyHandler;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenAPI documents with API Gateway's extensions, loaded and served (docs/behavior.md#definition-openapi-integrations). */
class OpenApiDefinitionTests {

    static final String LAMBDA = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:%s/invocations";

    @TempDir
    Path folder;

    Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    static String uri(String function) {
        return String.format(LAMBDA, function);
    }

    @Nested
    class RestProxy {

        @Test
        void routes_of_the_document_reach_the_function_its_uri_names() throws IOException {
            Path api = write("api.yaml", """
                    openapi: 3.0.1
                    info: {title: pets, version: '1'}
                    paths:
                      /pets/{id}:
                        get:
                          responses: {'200': {description: ok}}
                          x-amazon-apigateway-integration:
                            type: aws_proxy
                            httpMethod: POST
                            uri: %s
                      /{proxy+}:
                        x-amazon-apigateway-any-method:
                          x-amazon-apigateway-integration:
                            type: AWS_PROXY
                            httpMethod: POST
                            uri: %s
                    """.formatted(uri("Pets"), uri("Fallback:live")));
            try (ApiGateway gateway = ApiGateway.builder()
                    .openApi(api)
                    .function("Pets", new PetsHandler())
                    .function("Fallback", new PetsHandler())
                    .build()) {
                assertThat(gateway.definition().type()).isEqualTo(ApiType.REST);

                Exchange pet = gateway.get("/pets/7").send();
                Exchange other = gateway.delete("/owners/1").send();

                assertThat(pet).response().hasStatus(200).hasBody("Pets /pets/{id} {id=7} 128MB");
                assertThat(other).response().hasStatus(200).hasBody("Fallback /{proxy+} {proxy=owners/1} 128MB");
            }
        }

        @Test
        void a_function_the_document_names_but_nobody_binds_fails_the_build_naming_it_and_the_ways_to_bind()
                throws IOException {
            Path api = write("api.yaml", """
                    swagger: '2.0'
                    info: {title: pets, version: '1'}
                    paths:
                      /pets:
                        get:
                          x-amazon-apigateway-integration:
                            type: aws_proxy
                            httpMethod: POST
                            uri: %s
                    """.formatted(uri("Pets")));

            assertThatThrownBy(() -> ApiGateway.builder().openApi(api).build())
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("The integration of GET /pets (" + api + " line 9, at"
                            + " paths./pets.get.x-amazon-apigateway-integration.uri) names the function \"Pets\", which"
                            + " has no handler. Bind one with ApiGateway.builder().function(\"Pets\", handler) or, in a"
                            + " JUnit test, a @LambdaFunction(\"Pets\") field");
        }
    }

    @Nested
    class HttpApi {

        @Test
        void default_route_and_payload_format_version_make_an_http_api() throws IOException {
            Path api = write("api.json", """
                    {"openapi": "3.0.1", "info": {"title": "pets", "version": "1"},
                     "paths": {
                       "/pets": {"get": {"x-amazon-apigateway-integration": {
                           "type": "aws_proxy", "uri": "%s", "payloadFormatVersion": "2.0"}}},
                       "$default": {"x-amazon-apigateway-any-method": {"x-amazon-apigateway-integration": {
                           "type": "aws_proxy", "uri": "%s", "payloadFormatVersion": "2.0"}}}
                     }}
                    """.formatted(uri("Pets"), uri("Pets")));
            try (ApiGateway gateway = ApiGateway.builder()
                    .openApi(api)
                    .function("Pets", new RouteKeyHandler())
                    .build()) {
                assertThat(gateway.definition().type()).isEqualTo(ApiType.HTTP);

                assertThat(gateway.get("/pets").send()).response().hasBody("Pets GET /pets");
                assertThat(gateway.post("/anything").send()).response().hasBody("Pets $default");
            }
        }
    }

    @Nested
    class LambdaCustom {

        @Test
        void templates_and_selection_patterns_come_from_the_document() throws IOException {
            Path api = write("api.yaml", """
                    openapi: 3.0.1
                    info: {title: pets, version: '1'}
                    paths:
                      /pets/{id}:
                        get:
                          responses:
                            '200': {description: ok}
                            '404':
                              description: missing
                              headers: {X-Error: {schema: {type: string}}}
                          x-amazon-apigateway-integration:
                            type: aws
                            httpMethod: POST
                            uri: %s
                            requestTemplates:
                              application/json: |
                                #if($input.params('id') == '0'){"fail": "$input.params('id')"}#else{"id": "$input.params('id')"}#end
                            responses:
                              default:
                                statusCode: 200
                                responseTemplates: {application/json: '{"pet": $input.json(''$.id'')}'}
                              NotFound.*:
                                statusCode: '404'
                                responseParameters: {method.response.header.X-Error: "'missing'"}
                                responseTemplates: {application/json: '{"error": "$input.path(''$.errorMessage'')"}'}
                    """.formatted(uri("Pets")));
            try (ApiGateway gateway = ApiGateway.builder()
                    .openApi(api)
                    .function("Pets", new CustomHandler())
                    .build()) {

                Exchange found = gateway.get("/pets/7").send();
                Exchange missing = gateway.get("/pets/0").send();

                assertThat(found).response().hasStatus(200).hasBody("{\"pet\": \"7\"}");
                assertThat(missing)
                        .response()
                        .hasStatus(404)
                        .hasHeader("X-Error", "missing")
                        .hasBody("{\"error\": \"NotFound: pet 0\"}");
            }
        }
    }

    @Nested
    class Access {

        // The document's TOKEN authorizer and API key requirement guard the route it declares: a request without the
        // token gets API Gateway's 401 without calling any function (docs/behavior.md#openapi-authorizers).
        @Test
        void the_documents_token_authorizer_and_api_key_guard_its_route() throws IOException {
            Path api = write("api.yaml", """
                    openapi: 3.0.1
                    info: {title: pets, version: '1'}
                    components:
                      securitySchemes:
                        Bearer:
                          type: apiKey
                          name: Authorization
                          in: header
                          x-amazon-apigateway-authtype: custom
                          x-amazon-apigateway-authorizer:
                            type: token
                            authorizerUri: %s
                            authorizerResultTtlInSeconds: 0
                    paths:
                      /pets:
                        get:
                          security: [{Bearer: []}]
                          x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: %s}
                    """.formatted(uri("Auth"), uri("Pets")));
            AtomicInteger authorizerCalls = new AtomicInteger();
            RequestHandler<Map<String, Object>, Map<String, Object>> allowAll = (event, context) -> {
                authorizerCalls.incrementAndGet();
                return Map.of(
                        "principalId",
                        "user",
                        "policyDocument",
                        Map.of(
                                "Version",
                                "2012-10-17",
                                "Statement",
                                List.of(Map.of(
                                        "Action", "execute-api:Invoke",
                                        "Effect", "Allow",
                                        "Resource", event.get("methodArn")))));
            };
            try (ApiGateway gateway = ApiGateway.builder()
                    .openApi(api)
                    .function("Pets", new PetsHandler())
                    .function(
                            "Auth",
                            allowAll,
                            new TypeReference<RequestHandler<Map<String, Object>, Map<String, Object>>>() {}.getType())
                    .build()) {

                Exchange anonymous = gateway.get("/pets").send();
                Exchange signedIn =
                        gateway.get("/pets").header("Authorization", "Bearer x").send();

                assertThat(anonymous).response().hasStatus(401).hasBody("{\"message\":\"Unauthorized\"}");
                assertThat(signedIn).response().hasStatus(200);
                assertThat(authorizerCalls).hasValue(1);
            }
        }
    }
}

package io.apigwsim.behavior.definitions;

import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.apigwsim.ApiGateway;
import io.apigwsim.behavior.definitions.DefinitionHandlers.RouteKeyHandler;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AWS SAM templates: functions, events, implicit and explicit APIs (docs/behavior.md#definition-sam). */
class SamDefinitionTests {

    static final String HANDLERS = "io.apigwsim.behavior.definitions.DefinitionHandlers$";

    @TempDir
    Path folder;

    Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    String failure(ApiGateway.Builder builder, Path file) {
        Throwable thrown = catchThrowable(() -> builder.build().close());
        assertThat(thrown).isInstanceOf(ApiDefinitionException.class);
        return thrown.getMessage().replace(file.toString(), "template.yaml");
    }

    @Test
    void implicit_rest_api_serves_api_events_on_stage_prod_with_handlers_from_the_class_path() throws IOException {
        Path template = write("template.yaml", """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Runtime: java21
                    MemorySize: 512
                Resources:
                  PetsFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: %sPetsHandler::handleRequest
                      Timeout: 10
                      Events:
                        GetPet:
                          Type: Api
                          Properties:
                            Path: /pets/{id}
                            Method: get
                        AnyOwner:
                          Type: Api
                          Properties:
                            Path: /owners/{proxy+}
                            Method: any
                """.formatted(HANDLERS));

        try (ApiGateway gateway = ApiGateway.builder().samTemplate(template).build()) {
            assertThat(gateway.definition().stage()).isEqualTo("Prod");

            assertThat(gateway.get("/pets/7").send())
                    .response()
                    .hasStatus(200)
                    .hasBody("PetsFunction /pets/{id} {id=7} 512MB");
            assertThat(gateway.delete("/owners/1/2").send()).response().hasStatus(200);
        }
    }

    @Test
    void an_explicit_http_api_with_a_definition_body_and_stage_variables() throws IOException {
        Path template = write("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Env: {Type: String, Default: dev}
                Resources:
                  Api:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      StageName: !Ref Env
                      StageVariables: {fn: RouteFunction}
                      DefinitionBody:
                        openapi: 3.0.1
                        info: {title: pets, version: '1'}
                        paths:
                          /pets:
                            get:
                              x-amazon-apigateway-integration:
                                type: aws_proxy
                                payloadFormatVersion: '2.0'
                                uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${RouteFunction.Arn}/invocations
                  RouteFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: %sRouteKeyHandler
                      Events:
                        Fallback:
                          Type: HttpApi
                          Properties: {ApiId: !Ref Api}
                """.formatted(HANDLERS));

        try (ApiGateway gateway = ApiGateway.builder()
                .samTemplate(template)
                .templateParameter("Env", "staging")
                .build()) {
            assertThat(gateway.definition().type()).isEqualTo(ApiType.HTTP);
            assertThat(gateway.definition().stage()).isEqualTo("staging");
            assertThat(gateway.definition().stageVariables()).containsEntry("fn", "RouteFunction");

            assertThat(gateway.get("/pets").send()).response().hasBody("RouteFunction GET /pets");
            assertThat(gateway.post("/other").send()).response().hasBody("RouteFunction $default");
        }
    }

    @Test
    void a_bound_mock_replaces_the_handler_class_and_keeps_the_functions_memory() throws IOException {
        Path template = write("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  RouteFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.example.DoesNotExist::handleRequest
                      MemorySize: 1024
                      Events:
                        Any: {Type: HttpApi}
                """);

        try (ApiGateway gateway = ApiGateway.builder()
                .samTemplate(template)
                .function("RouteFunction", new RouteKeyHandler())
                .build()) {
            assertThat(gateway.get("/x").send()).response().hasBody("RouteFunction $default");
        }
    }

    @Test
    void a_handler_class_missing_from_the_class_path_names_the_function_and_both_fixes() throws IOException {
        Path template = write("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  PetsFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.example.Missing::handleRequest
                      Events:
                        Get: {Type: Api, Properties: {Path: /pets, Method: get}}
                """);

        String message = failure(ApiGateway.builder().samTemplate(template), template);

        assertThat(message)
                .isEqualTo("The function PetsFunction (template.yaml line 4, at Resources.PetsFunction)"
                        + " has Handler \"com.example.Missing::handleRequest\", but the class com.example.Missing is not on"
                        + " the test's class path; add the function's code to the test's dependencies, or bind the function"
                        + " with ApiGateway.builder().function(\"PetsFunction\", handler) or a"
                        + " @LambdaFunction(\"PetsFunction\") field");
    }

    @Test
    void a_template_with_two_apis_asks_which_one() throws IOException {
        Path template = write("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: %sPetsHandler
                      Events:
                        Rest: {Type: Api, Properties: {Path: /pets, Method: get}}
                        Http: {Type: HttpApi, Properties: {Path: /pets, Method: get, PayloadFormatVersion: '1.0'}}
                """.formatted(HANDLERS));

        String message = failure(ApiGateway.builder().samTemplate(template), template);

        assertThat(message)
                .startsWith("template.yaml line 1: the template declares 2 APIs: ServerlessRestApi"
                        + " (implicit REST API, ");
        assertThat(message)
                .endsWith("choose one with .samApi(\"ServerlessRestApi\") or"
                        + " @ApiGatewayTest(samApi = \"ServerlessRestApi\")");
        try (ApiGateway gateway =
                ApiGateway.builder().samTemplate(template).httpApi().build()) {
            assertThat(gateway.definition().type()).isEqualTo(ApiType.HTTP);
        }
    }

    @Test
    void a_misspelled_api_property_is_refused_with_the_closest_name() throws IOException {
        Path template = write("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Api:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      BinaryMediaType: [image~1png]
                """);

        String message = failure(ApiGateway.builder().samTemplate(template), template);

        assertThat(message)
                .startsWith(
                        "template.yaml line 7, at Resources.Api.Properties.BinaryMediaType:"
                                + " AWS::Serverless::Api Api has no field \"BinaryMediaType\"; did you mean \"BinaryMediaTypes\"?");
    }

    @Test
    void binary_media_types_are_written_with_tilde_one_for_the_slash() throws IOException {
        Path template = write("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Api:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      BinaryMediaTypes: [image~1png]
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: %sPetsHandler
                      Events:
                        Get: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /pets, Method: get}}
                """.formatted(HANDLERS));

        try (ApiGateway gateway = ApiGateway.builder().samTemplate(template).build()) {
            assertThat(gateway.definition().binaryMediaTypes()).containsExactly("image/png");
            assertThat(gateway.get("/pets").send()).response().hasStatus(200);
        }
    }

    static String restApiWithBody(boolean mergeDefinitions) {
        return """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Api:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      MergeDefinitions: %s
                      DefinitionBody:
                        swagger: '2.0'
                        info: {title: pets, version: '1'}
                        paths:
                          /pets:
                            get:
                              x-amazon-apigateway-integration:
                                type: aws_proxy
                                httpMethod: POST
                                uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${BodyFunction.Arn}/invocations
                  BodyFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: %sPetsHandler
                      Events:
                        Pets: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /pets, Method: get}}
                  EventFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: %sPetsHandler
                      Events:
                        Owners: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /owners, Method: get}}
                """.formatted(mergeDefinitions, HANDLERS, HANDLERS);
    }

    // Without MergeDefinitions SAM leaves a REST definition body as written: an event on a body operation only grants
    // permission, and an event on a path the body lacks makes no route (docs/behavior.md#definition-sam).
    @Test
    void a_rest_definition_body_is_served_as_written_without_merge_definitions() throws IOException {
        Path template = write("template.yaml", restApiWithBody(false));

        try (ApiGateway gateway = ApiGateway.builder().samTemplate(template).build()) {
            assertThat(gateway.get("/pets").send()).response().hasStatus(200).hasBody("BodyFunction /pets null 128MB");
            assertThat(gateway.get("/owners").send()).response().hasStatus(403);
        }
    }

    @Test
    void merge_definitions_adds_the_events_routes_to_the_body() throws IOException {
        Path template = write("template.yaml", restApiWithBody(true));

        try (ApiGateway gateway = ApiGateway.builder().samTemplate(template).build()) {
            assertThat(gateway.get("/pets").send()).response().hasStatus(200);
            assertThat(gateway.get("/owners").send()).response().hasBody("EventFunction /owners null 128MB");
        }
    }

    @Test
    void two_events_on_one_method_are_refused_with_sams_message() throws IOException {
        Path template = write("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: %sPetsHandler
                      Events:
                        One: {Type: Api, Properties: {Path: /pets, Method: get}}
                        Two: {Type: Api, Properties: {Path: /pets, Method: GET}}
                """.formatted(HANDLERS));

        String message = failure(ApiGateway.builder().samTemplate(template), template);

        assertThat(message)
                .isEqualTo("template.yaml line 9, at Resources.Fn.Properties.Events.Two: API method"
                        + " \"get\" defined multiple times for path \"/pets\".");
    }

    // SAM's default authorizer guards the methods of the definition body and of the events alike
    // (docs/behavior.md#definition-sam).
    @Test
    void the_default_authorizer_guards_body_and_event_routes() throws IOException {
        Path template = write("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Api:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      MergeDefinitions: true
                      Auth:
                        DefaultAuthorizer: Token
                        Authorizers:
                          Token:
                            FunctionArn: !GetAtt AuthFunction.Arn
                            Identity: {ReauthorizeEvery: 0}
                      DefinitionBody:
                        swagger: '2.0'
                        info: {title: pets, version: '1'}
                        paths:
                          /pets:
                            get:
                              x-amazon-apigateway-integration:
                                type: aws_proxy
                                httpMethod: POST
                                uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${PetsFunction.Arn}/invocations
                  AuthFunction:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: %sTokenAuthorizer}
                  PetsFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: %sPetsHandler
                      Events:
                        Owners: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /owners, Method: get}}
                """.formatted(HANDLERS, HANDLERS));

        try (ApiGateway gateway = ApiGateway.builder().samTemplate(template).build()) {
            for (String path : new String[] {"/pets", "/owners"}) {
                assertThat(gateway.get(path).send())
                        .response()
                        .hasStatus(401)
                        .hasBody("{\"message\":\"Unauthorized\"}");
                assertThat(gateway.get(path).header("Authorization", "deny").send())
                        .response()
                        .hasStatus(403);
                assertThat(gateway.get(path).header("Authorization", "allow").send())
                        .response()
                        .hasStatus(200);
            }
        }
    }
}

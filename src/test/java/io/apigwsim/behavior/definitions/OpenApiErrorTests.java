package io.apigwsim.behavior.definitions;

import static io.apigwsim.behavior.definitions.OpenApiDefinitionTests.uri;
import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.ApiGateway;
import io.apigwsim.behavior.definitions.DefinitionHandlers.PetsHandler;
import io.apigwsim.definition.ApiDefinitionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A definition that API Gateway would not import, or that uses what apigw-sim does not simulate, fails the build with
 * the file, line and path of the problem (docs/behavior.md#definition-errors).
 */
class OpenApiErrorTests {

    @TempDir
    Path folder;

    private String failure(String yaml) throws IOException {
        Path file = folder.resolve("api.yaml");
        Files.writeString(file, yaml);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ApiGateway.builder()
                .openApi(file)
                .function("Pets", new PetsHandler())
                .build()
                .close());
        assertThat(thrown).isInstanceOf(ApiDefinitionException.class);
        return thrown.getMessage().replace(file.toString(), "api.yaml");
    }

    private static String operation(String integration) {
        return """
                openapi: 3.0.1
                info: {title: pets, version: '1'}
                paths:
                  /pets:
                    get:
                      responses: {'200': {description: ok}}
                      x-amazon-apigateway-integration:
                %s""".formatted(integration.indent(8));
    }

    @Test
    void a_misspelled_integration_field_is_named_with_the_closest_real_one() throws IOException {
        String message = failure(operation("""
                type: aws_proxy
                httpMethod: POST
                passthroughBehaviour: when_no_match
                uri: %s
                """.formatted(uri("Pets"))));

        assertThat(message)
                .startsWith("api.yaml line 10, at"
                        + " paths./pets.get.x-amazon-apigateway-integration.passthroughBehaviour:"
                        + " x-amazon-apigateway-integration has no field \"passthroughBehaviour\"; did you mean"
                        + " \"passthroughBehavior\"?");
    }

    @Test
    void an_http_integration_is_refused_naming_the_route() throws IOException {
        String message = failure(operation("""
                type: http_proxy
                httpMethod: GET
                uri: https://example.com/pets
                """));

        assertThat(message)
                .isEqualTo("api.yaml line 8, at paths./pets.get.x-amazon-apigateway-integration.type:"
                        + " GET /pets has an http_proxy integration, which apigw-sim does not simulate: it simulates Lambda"
                        + " (aws_proxy, aws) and mock integrations");
    }

    @Test
    void an_aws_service_integration_other_than_lambda_is_refused() throws IOException {
        String message = failure(operation("""
                type: aws
                httpMethod: POST
                uri: arn:aws:apigateway:us-east-1:dynamodb:action/PutItem
                """));

        assertThat(message)
                .contains("paths./pets.get.x-amazon-apigateway-integration.uri: GET /pets integrates the"
                        + " AWS service \"dynamodb\", which apigw-sim does not simulate");
    }

    @Test
    void a_template_that_does_not_parse_is_reported_at_its_path_with_its_own_line_and_column() throws IOException {
        String message = failure(operation("""
                type: aws
                httpMethod: POST
                uri: %s
                requestTemplates:
                  application/json: '#if($input.params(''id'') {"x": 1}#end'
                """.formatted(uri("Pets"))));

        assertThat(message)
                .startsWith("api.yaml line 12, at"
                        + " paths./pets.get.x-amazon-apigateway-integration.requestTemplates.application/json: the template,"
                        + " line 1, column ");
    }

    @Test
    void an_integration_response_without_its_method_response_is_refused_as_api_gateway_does() throws IOException {
        String message = failure(operation("""
                type: aws
                httpMethod: POST
                uri: %s
                responses:
                  default: {statusCode: '200'}
                  '.*Missing.*': {statusCode: '404'}
                """.formatted(uri("Pets"))));

        assertThat(message)
                .isEqualTo("api.yaml line 13, at"
                        + " paths./pets.get.x-amazon-apigateway-integration.responses['.*Missing.*'].statusCode: the"
                        + " integration response has status 404, which the operation's responses do not declare; API Gateway"
                        + " refuses an integration response without its method response. Add \"404\" to the operation's"
                        + " responses");
    }

    @Test
    void a_response_header_the_method_response_does_not_declare_is_an_invalid_mapping_expression() throws IOException {
        String message = failure(operation("""
                type: aws
                httpMethod: POST
                uri: %s
                responses:
                  default:
                    statusCode: '200'
                    responseParameters: {method.response.header.X-Id: "'1'"}
                """.formatted(uri("Pets"))));

        assertThat(message)
                .contains("Invalid mapping expression specified: method.response.header.X-Id: the method"
                        + " response 200 does not declare the header X-Id");
    }

    @Test
    void an_undefined_stage_variable_in_the_uri_names_the_variable() throws IOException {
        String message = failure(operation("""
                type: aws_proxy
                httpMethod: POST
                uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}/invocations
                """));

        assertThat(message).contains("uri uses ${stageVariables.fn}, which the stage does not define");
    }

    @Test
    void a_stage_variable_in_the_uri_chooses_the_function() throws IOException {
        Path file = folder.resolve("api.yaml");
        Files.writeString(file, operation("""
                type: aws_proxy
                httpMethod: POST
                uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}/invocations
                """));
        try (ApiGateway gateway = ApiGateway.builder()
                .openApi(file)
                .stageVariable("fn", "PetsV2")
                .function("PetsV2", new PetsHandler())
                .build()) {
            io.apigwsim.assertions.ApiGatewayAssertions.assertThat(
                            gateway.get("/pets").send())
                    .response()
                    .hasBody("PetsV2 /pets null 128MB");
        }
    }

    @Test
    void text_that_is_not_yaml_names_the_line() throws IOException {
        String message = failure("openapi: 3.0.1\npaths:\n  /pets: {get: [1, 2}\n");

        assertThat(message).startsWith("api.yaml line 3: not valid YAML or JSON: ");
    }

    @Test
    void a_reference_to_nothing_is_refused() throws IOException {
        String message = failure("""
                openapi: 3.0.1
                info: {title: pets, version: '1'}
                paths:
                  /pets:
                    $ref: '#/components/pathItems/pets'
                """);

        assertThat(message)
                .isEqualTo("api.yaml line 5, at paths./pets.$ref: $ref \"#/components/pathItems/pets\""
                        + " refers to nothing in this document");
    }

    @Test
    void openapi_3_1_is_not_imported() throws IOException {
        String message = failure("openapi: 3.1.0\ninfo: {title: pets, version: '1'}\npaths: {}\n");

        assertThat(message)
                .isEqualTo("api.yaml line 1, at openapi: openapi version 3.1.0 is not one API Gateway"
                        + " imports; it imports Swagger 2.0 and OpenAPI 3.0.x");
    }

    @Test
    void a_misspelled_root_extension_is_refused() throws IOException {
        String message = failure("""
                openapi: 3.0.1
                info: {title: pets, version: '1'}
                x-amazon-apigateway-binary-media-type: [image/png]
                paths: {}
                """);

        assertThat(message).contains("did you mean \"x-amazon-apigateway-binary-media-types\"?");
    }
}

package io.apigwsim.internal.loader.cfn;

import static io.apigwsim.internal.loader.cfn.TemplateFixtures.at;
import static io.apigwsim.internal.loader.cfn.TemplateFixtures.resolved;
import static io.apigwsim.internal.loader.cfn.TemplateFixtures.template;
import static io.apigwsim.internal.loader.cfn.TemplateFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import io.apigwsim.internal.loader.openapi.LambdaUri;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

// A SAM template as the loader reads it (docs/behavior.md#sam-templates-intrinsic-functions-and-parameters,
// #sam-globals).
class CloudFormationTemplateTests {

    // A realistic SAM template: parameters with overrides, a condition, Globals, an explicit API whose inline
    // OpenAPI integration URI is an Fn::Sub of the function's ARN.
    private static final String PETS = """
            AWSTemplateFormatVersion: "2010-09-09"
            Transform: AWS::Serverless-2016-10-31
            Description: Pets API
            Parameters:
              Stage:
                Type: String
                Default: dev
                AllowedValues: [dev, prod]
              TableName:
                Type: String
                Default: pets
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Globals:
              Function:
                Runtime: java21
                MemorySize: 1024
                Timeout: 20
                Environment:
                  Variables:
                    STAGE: !Ref Stage
              Api:
                Cors: "'*'"
            Resources:
              PetsApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: !Ref Stage
                  TracingEnabled: !If [IsProd, true, false]
                  DefinitionBody:
                    openapi: 3.0.1
                    info:
                      title: !Sub "pets-${Stage}"
                      version: "1.0"
                    paths:
                      /pets:
                        get:
                          x-amazon-apigateway-integration:
                            type: aws_proxy
                            httpMethod: POST
                            uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${PetsFunction.Arn}/invocations
              PetsFunction:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionName: !Sub "pets-${Stage}"
                  Handler: com.example.pets.Handler::handleRequest
                  CodeUri: pets/
                  Environment:
                    Variables:
                      TABLE: !Ref TableName
                  Events:
                    ListPets:
                      Type: Api
                      Properties:
                        RestApiId: !Ref PetsApi
                        Path: /pets
                        Method: get
              PetsTable:
                Type: AWS::DynamoDB::Table
                Condition: IsProd
                Properties:
                  TableName: !Ref TableName
            Outputs:
              ApiUrl:
                Value: !Sub "https://${PetsApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}/"
            """;

    private static final Map<String, String> PROD = Map.of("Stage", "prod", "TableName", "pets-prod");

    private static final Object[] URI = {
        "Resources",
        "PetsApi",
        "Properties",
        "DefinitionBody",
        "paths",
        "/pets",
        "get",
        "x-amazon-apigateway-integration",
        "uri"
    };

    @Nested
    class RealisticSamTemplate {

        @Test
        void the_integration_uri_resolves_to_the_functions_arn() {
            CloudFormationTemplate template = template(PETS, PROD);

            Node uri = resolved(template, URI);

            assertThat(uri.asText("uri"))
                    .isEqualTo("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                            + "arn:aws:lambda:us-east-1:123456789012:function:pets-prod/invocations");
            assertThat(uri.location().describe())
                    .isEqualTo("template.yaml line 41, at Resources.PetsApi.Properties.DefinitionBody.paths./pets.get"
                            + ".x-amazon-apigateway-integration.uri");
        }

        // The OpenAPI reader turns the resolved URI into a function name, which leads back to the resource.
        @Test
        void the_resolved_uri_leads_back_to_the_function_resource() {
            CloudFormationTemplate template = template(PETS, PROD);

            String name = LambdaUri.functionName(resolved(template, URI), Map.of(), "the integration of GET /pets");

            assertThat(name).isEqualTo("pets-prod");
            assertThat(template.functionLogicalId(name)).hasValue("PetsFunction");
        }

        @Test
        void function_properties_take_the_globals_and_resolve() {
            CloudFormationTemplate template = template(PETS, PROD);

            MapNode properties = (MapNode) template.resolve(template.propertiesWithGlobals("PetsFunction"));

            assertThat(properties.fields())
                    .containsKeys("Runtime", "MemorySize", "Timeout", "Environment", "FunctionName", "Handler");
            assertThat(at(properties, "Runtime").asText("Runtime")).isEqualTo("java21");
            assertThat(at(properties, "FunctionName").asText("FunctionName")).isEqualTo("pets-prod");
            assertThat(((MapNode) at(properties, "Environment", "Variables")).fields())
                    .containsOnlyKeys("STAGE", "TABLE");
            assertThat(at(properties, "Environment", "Variables", "STAGE").asText("STAGE"))
                    .isEqualTo("prod");
            assertThat(at(properties, "Environment", "Variables", "TABLE").asText("TABLE"))
                    .isEqualTo("pets-prod");
        }

        @Test
        void api_properties_take_the_api_globals() {
            CloudFormationTemplate template = template(PETS, PROD);

            MapNode properties = (MapNode) template.resolve(template.propertiesWithGlobals("PetsApi"));

            assertThat(at(properties, "Cors").asText("Cors")).isEqualTo("'*'");
            assertThat(at(properties, "StageName").asText("StageName")).isEqualTo("prod");
            assertThat(at(properties, "DefinitionBody", "info", "title").asText("title"))
                    .isEqualTo("pets-prod");
            assertThat(((ScalarNode) at(properties, "TracingEnabled")).asBoolean("TracingEnabled"))
                    .isTrue();
        }

        @Test
        void outputs_resolve_too() {
            assertThat(text(template(PETS, PROD), "Outputs", "ApiUrl", "Value"))
                    .isEqualTo("https://PetsApi.execute-api.us-east-1.amazonaws.com/prod/");
        }

        // A resource whose Condition is false is not in the deployment.
        @Test
        void the_conditional_table_exists_only_in_prod() {
            CloudFormationTemplate prod = template(PETS, PROD);
            CloudFormationTemplate dev = template(PETS);

            assertThat(prod.resources().fields()).containsOnlyKeys("PetsApi", "PetsFunction", "PetsTable");
            assertThat(dev.resources().fields()).containsOnlyKeys("PetsApi", "PetsFunction");
            assertThat(dev.resourcesOfType("AWS::DynamoDB::Table")).isEmpty();
            assertThat(dev.resourcesOfType("AWS::Serverless::Function")).containsOnlyKeys("PetsFunction");
            assertThat(((ScalarNode) resolved(dev, "Resources", "PetsApi", "Properties", "TracingEnabled"))
                            .asBoolean("TracingEnabled"))
                    .isFalse();
        }

        // resources() and the properties stay as written: resolving is the reader's call.
        @Test
        void resources_are_returned_unresolved() {
            MapNode function = template(PETS, PROD)
                    .resourcesOfType("AWS::Serverless::Function")
                    .get("PetsFunction");

            assertThat(((MapNode) at(function, "Properties", "FunctionName")).intrinsicFunction())
                    .hasValue("Fn::Sub");
        }

        @Test
        void a_template_without_functions_resolves_to_an_equal_tree() {
            CloudFormationTemplate template = template(PETS, PROD);
            Node info = at(template.root(), "Resources", "PetsApi", "Properties", "DefinitionBody", "paths");

            assertThat(template.resolve(at(info, "/pets", "get", "x-amazon-apigateway-integration", "type")))
                    .isEqualTo(at(info, "/pets", "get", "x-amazon-apigateway-integration", "type"));
        }
    }

    @Nested
    class Structure {

        @Test
        void a_misspelled_section_is_refused() {
            String text = """
                    Resource:
                      Table:
                        Type: AWS::DynamoDB::Table
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage(
                            "template.yaml line 2, at Resource: The template has no field \"Resource\"; did you"
                                    + " mean \"Resources\"? Its fields are [AWSTemplateFormatVersion, Description, Metadata,"
                                    + " Parameters, Rules, Mappings, Conditions, Transform, Globals, Resources, Outputs, Hooks]");
        }

        @Test
        void a_template_without_resources_is_refused() {
            assertThatThrownBy(() -> template("Description: nothing\n"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 1: The template has no field \"Resources\", which it needs");
        }

        @Test
        void a_logical_id_must_be_alphanumeric() {
            String text = """
                    Resources:
                      Pets-Table:
                        Type: AWS::DynamoDB::Table
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 3, at Resources.Pets-Table: the logical id \"Pets-Table\" is not"
                            + " alphanumeric; CloudFormation accepts only the letters A-Z and a-z and the digits 0-9 in"
                            + " logical ids");
        }

        @Test
        void a_resource_needs_a_type() {
            String text = """
                    Resources:
                      Table:
                        Properties: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 3, at Resources.Table: The resource Table has no field \"Type\","
                            + " which it needs");
        }

        @Test
        void a_resource_cannot_share_a_parameters_name() {
            String text = """
                    Parameters:
                      Table:
                        Type: String
                        Default: pets
                    Resources:
                      Table:
                        Type: AWS::DynamoDB::Table
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 7, at Resources.Table: the resource Table has the name of a"
                            + " parameter; CloudFormation requires logical ids to be unique across Parameters and"
                            + " Resources");
        }

        @Test
        void properties_of_an_unknown_resource_are_a_programming_error() {
            assertThatThrownBy(() -> template(PETS).propertiesWithGlobals("PetsTable"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the deployment creates no resource PetsTable; its resources are [PetsApi,"
                            + " PetsFunction]");
        }
    }
}

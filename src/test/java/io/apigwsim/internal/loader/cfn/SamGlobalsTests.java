package io.apigwsim.internal.loader.cfn;

import static io.apigwsim.internal.loader.cfn.TemplateFixtures.at;
import static io.apigwsim.internal.loader.cfn.TemplateFixtures.template;
import static io.apigwsim.internal.loader.cfn.TemplateFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.MapNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

// SAM's Globals: what each section may set and how resources merge with it (docs/behavior.md#sam-globals).
class SamGlobalsTests {

    private static final String TEMPLATE = """
            Globals:
              Function:
                Runtime: java21
                Timeout: 30
                Environment:
                  Variables:
                    STAGE: prod
                    TABLE: global-table
                Layers:
                  - arn:one
                VpcConfig:
                  SecurityGroupIds: [sg-123, sg-456]
                Tags:
                  team: pets
              Api:
                Cors: "'*'"
            Resources:
              PetsFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: java17
                  Environment:
                    Variables:
                      TABLE: resource-table
                      NEW_VAR: hello
                  Layers:
                    - arn:two
                  VpcConfig:
                    SecurityGroupIds: [sg-first]
                  Tags: !Ref AWS::NoValue
              BareFunction:
                Type: AWS::Serverless::Function
              IgnoringFunction:
                Type: AWS::Serverless::Function
                IgnoreGlobals: [Runtime, Layers]
                Properties:
                  Handler: pets.Handler
              IgnoringAll:
                Type: AWS::Serverless::Function
                IgnoreGlobals: "*"
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  Runtime: not-merged
            """;

    @Nested
    class Merge {

        // Primitives: the resource's value replaces the global one.
        @Test
        void a_resource_value_replaces_a_global_primitive() {
            MapNode properties = template(TEMPLATE).propertiesWithGlobals("PetsFunction");

            assertThat(at(properties, "Runtime").asText("Runtime")).isEqualTo("java17");
            assertThat(at(properties, "Timeout").asText("Timeout")).isEqualTo("30");
        }

        // Maps merge; in case of duplicates the resource's entry wins.
        @Test
        void maps_merge_with_the_resource_entries_winning() {
            MapNode variables =
                    (MapNode) at(template(TEMPLATE).propertiesWithGlobals("PetsFunction"), "Environment", "Variables");

            assertThat(variables.fields()).containsOnlyKeys("STAGE", "TABLE", "NEW_VAR");
            assertThat(at(variables, "STAGE").asText("STAGE")).isEqualTo("prod");
            assertThat(at(variables, "TABLE").asText("TABLE")).isEqualTo("resource-table");
            assertThat(at(variables, "NEW_VAR").asText("NEW_VAR")).isEqualTo("hello");
        }

        // Lists: the global entries are prepended to the resource's.
        @Test
        void lists_are_the_global_entries_then_the_resource_entries() {
            MapNode properties = template(TEMPLATE).propertiesWithGlobals("PetsFunction");

            assertThat(((ListNode) at(properties, "Layers")).texts("Layers")).containsExactly("arn:one", "arn:two");
            assertThat(((ListNode) at(properties, "VpcConfig", "SecurityGroupIds")).texts("SecurityGroupIds"))
                    .containsExactly("sg-123", "sg-456", "sg-first");
        }

        // An intrinsic function counts as a primitive: it replaces the global map, and here removes it.
        @Test
        void an_intrinsic_function_replaces_a_global_map() {
            CloudFormationTemplate template = template(TEMPLATE);

            MapNode merged = template.propertiesWithGlobals("PetsFunction");
            MapNode resolved = (MapNode) template.resolve(merged);

            assertThat(((MapNode) at(merged, "Tags")).intrinsicFunction()).hasValue("Ref");
            assertThat(resolved.fields()).doesNotContainKey("Tags");
        }

        // A global value the resource does not override keeps the place it was written, in Globals.
        @Test
        void inherited_values_point_at_globals() {
            MapNode properties = template(TEMPLATE).propertiesWithGlobals("BareFunction");

            assertThat(properties.fields())
                    .containsOnlyKeys("Runtime", "Timeout", "Environment", "Layers", "VpcConfig", "Tags");
            assertThat(at(properties, "Timeout").location().describe())
                    .isEqualTo("template.yaml line 4, at Globals.Function.Timeout");
        }

        // IgnoreGlobals leaves out the named globals, or all of them with "*".
        @Test
        void ignore_globals_leaves_globals_out() {
            CloudFormationTemplate template = template(TEMPLATE);

            assertThat(template.propertiesWithGlobals("IgnoringFunction").fields())
                    .containsOnlyKeys("Timeout", "Environment", "VpcConfig", "Tags", "Handler");
            assertThat(template.propertiesWithGlobals("IgnoringAll").fields()).isEmpty();
        }

        @Test
        void resources_without_a_globals_section_keep_their_properties() {
            MapNode properties = template(TEMPLATE).propertiesWithGlobals("Table");

            assertThat(properties.fields()).containsOnlyKeys("Runtime");
        }

        // Globals.Api also applies to the implicit API, which the template does not declare.
        @Test
        void with_globals_merges_into_any_properties() {
            CloudFormationTemplate template = template(TEMPLATE);
            MapNode empty = yaml("{}\n");

            assertThat(at(template.withGlobals("Api", empty), "Cors").asText("Cors"))
                    .isEqualTo("'*'");
            assertThat(template.withGlobals("HttpApi", empty).fields()).isEmpty();
            assertThat(template.globals("Function")).isPresent();
            assertThat(template.globals("HttpApi")).isEmpty();
        }

        @Test
        void an_unknown_section_name_is_a_programming_error() {
            assertThatThrownBy(() -> template(TEMPLATE).globals("Functions"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Globals has no section Functions; its sections are [Api, CapacityProvider, Function,"
                            + " HttpApi, LayerVersion, SimpleTable, StateMachine, WebSocketApi]");
        }
    }

    @Nested
    class Refused {

        @Test
        void an_unknown_section() {
            String text = """
                    Globals:
                      Fnction:
                        Runtime: java21
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 3, at Globals.Fnction: Globals has no section \"Fnction\"; did you"
                            + " mean \"Function\"? The AWS::Serverless transform rejects the template. The sections are"
                            + " [Api, CapacityProvider, Function, HttpApi, LayerVersion, SimpleTable, StateMachine,"
                            + " WebSocketApi]");
        }

        // SAM deliberately keeps Role, Policies, FunctionName and Events out of Globals.Function.
        @Test
        void a_property_sam_keeps_out_of_globals() {
            String text = """
                    Globals:
                      Function:
                        FunctionName: pets
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 3, at Globals.Function.FunctionName: SAM does not allow"
                            + " FunctionName in Globals.Function; the AWS::Serverless transform rejects the template."
                            + " Set FunctionName on each resource instead");
        }

        @Test
        void an_api_definition_body_in_globals() {
            String text = """
                    Globals:
                      Api:
                        DefinitionBody: {}
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageStartingWith("template.yaml line 3, at Globals.Api.DefinitionBody: SAM does not allow"
                            + " DefinitionBody in Globals.Api;");
        }

        @Test
        void a_misspelled_property() {
            String text = """
                    Globals:
                      HttpApi:
                        CorsConfig: true
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 3, at Globals.HttpApi.CorsConfig: Globals.HttpApi has no property"
                            + " \"CorsConfig\". The AWS::Serverless transform rejects the template. Its properties are"
                            + " [Auth, AccessLogSettings, StageVariables, Tags, CorsConfiguration,"
                            + " DefaultRouteSettings, Domain, RouteSettings, FailOnWarnings, PropagateTags]");
        }

        @Test
        void ignore_globals_naming_a_property_globals_does_not_set() {
            String text = """
                    Globals:
                      Function:
                        Runtime: java21
                    Resources:
                      Fn:
                        Type: AWS::Serverless::Function
                        IgnoreGlobals: [Timeout]
                    """;

            assertThatThrownBy(() -> template(text).propertiesWithGlobals("Fn"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 7, at Resources.Fn.IgnoreGlobals[0]: the IgnoreGlobals of resource"
                            + " Fn names Timeout, which Globals does not set for its type; the AWS::Serverless"
                            + " transform rejects the template. The globals are [Runtime]");
        }
    }
}

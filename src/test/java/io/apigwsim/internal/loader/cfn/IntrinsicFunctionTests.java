package io.apigwsim.internal.loader.cfn;

import static io.apigwsim.internal.loader.cfn.TemplateFixtures.at;
import static io.apigwsim.internal.loader.cfn.TemplateFixtures.resolved;
import static io.apigwsim.internal.loader.cfn.TemplateFixtures.template;
import static io.apigwsim.internal.loader.cfn.TemplateFixtures.text;
import static io.apigwsim.internal.loader.cfn.TemplateFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.internal.loader.node.DefinitionReader;
import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

// CloudFormation's intrinsic functions resolved in the fake environment
// (docs/behavior.md#sam-templates-intrinsic-functions-and-parameters).
class IntrinsicFunctionTests {

    private static Object[] variable(String function, String name) {
        return new Object[] {"Resources", function, "Properties", "Environment", "Variables", name};
    }

    @Nested
    class PseudoParameters {

        private static final String TEMPLATE = """
                Resources:
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      Region: !Ref AWS::Region
                      Account: !Ref AWS::AccountId
                      Partition: !Ref AWS::Partition
                      StackName: !Ref AWS::StackName
                      StackId: !Ref AWS::StackId
                      Suffix: !Ref AWS::URLSuffix
                      Notifications: !Ref AWS::NotificationARNs
                      Typo: !Ref AWS::Regoin
                """;

        private Object[] property(String name) {
            return new Object[] {"Resources", "Table", "Properties", name};
        }

        @Test
        void resolve_to_the_fake_environment() {
            CloudFormationTemplate template = template(TEMPLATE);

            assertThat(text(template, property("Region"))).isEqualTo("us-east-1");
            assertThat(text(template, property("Account"))).isEqualTo("123456789012");
            assertThat(text(template, property("Partition"))).isEqualTo("aws");
            assertThat(text(template, property("StackName"))).isEqualTo("apigw-sim");
            assertThat(text(template, property("StackId")))
                    .isEqualTo("arn:aws:cloudformation:us-east-1:123456789012:stack/apigw-sim/"
                            + "5f0c8e30-1d2b-11ef-9a3c-0a1b2c3d4e5f");
            assertThat(text(template, property("Suffix"))).isEqualTo("amazonaws.com");
            assertThat(((ListNode) resolved(template, property("Notifications"))).elements())
                    .isEmpty();
        }

        // China regions are in the aws-cn partition, whose URL suffix is amazonaws.com.cn.
        @Test
        void follow_the_region_and_the_given_account_and_stack() {
            CloudFormationTemplate china =
                    CloudFormationTemplate.of(yaml(TEMPLATE), Map.of(), TemplateEnvironment.of("cn-north-1", null));
            CloudFormationTemplate custom = CloudFormationTemplate.of(
                    yaml(TEMPLATE),
                    Map.of(),
                    new TemplateEnvironment("eu-west-1", "210987654321", "orders", "aws", null));

            assertThat(text(china, property("Partition"))).isEqualTo("aws-cn");
            assertThat(text(china, property("Suffix"))).isEqualTo("amazonaws.com.cn");
            assertThat(text(custom, property("StackId")))
                    .isEqualTo("arn:aws:cloudformation:eu-west-1:210987654321:stack/orders/"
                            + "5f0c8e30-1d2b-11ef-9a3c-0a1b2c3d4e5f");
        }

        @Test
        void an_unknown_pseudo_parameter_is_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), property("Typo")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 12, at Resources.Table.Properties.Typo: Ref refers to AWS::Regoin,"
                            + " which is not a pseudo parameter; did you mean \"AWS::Region\"? CloudFormation rejects"
                            + " the template. The pseudo parameters are [AWS::AccountId, AWS::NotificationARNs,"
                            + " AWS::NoValue, AWS::Partition, AWS::Region, AWS::StackId, AWS::StackName,"
                            + " AWS::URLSuffix]");
        }

        @Test
        void an_environment_with_a_malformed_account_is_refused() {
            assertThatThrownBy(() -> new TemplateEnvironment("us-east-1", "1234", "s", "aws", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("account id \"1234\" must be twelve digits, such as 123456789012");
        }
    }

    @Nested
    class NoValue {

        private static final String TEMPLATE = """
                Conditions:
                  IsProd: !Equals [!Ref AWS::Region, eu-west-1]
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: pets.Handler
                      Tracing: !If [IsProd, Active, !Ref AWS::NoValue]
                      Layers:
                        - arn:aws:lambda:us-east-1:123456789012:layer:one:1
                        - !If [IsProd, arn:aws:lambda:us-east-1:123456789012:layer:two:1, !Ref AWS::NoValue]
                      MemorySize: !Ref AWS::NoValue
                """;

        // AWS::NoValue removes the property, or the list element, it stands for.
        @Test
        void removes_the_enclosing_field_or_list_element() {
            MapNode properties = (MapNode) resolved(template(TEMPLATE), "Resources", "Fn", "Properties");

            assertThat(properties.fields()).containsOnlyKeys("Handler", "Layers");
            assertThat(((ListNode) at(properties, "Layers")).texts("Layers"))
                    .containsExactly("arn:aws:lambda:us-east-1:123456789012:layer:one:1");
        }

        @Test
        void a_value_that_is_no_value_itself_is_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), "Resources", "Fn", "Properties", "MemorySize"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 12, at Resources.Fn.Properties.MemorySize: this value is"
                            + " AWS::NoValue, which removes it, where the template needs a value");
        }
    }

    @Nested
    class Ref {

        private static final String TEMPLATE = """
                Resources:
                  NamedFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: pets-api
                  StackNamedFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: !Sub "${AWS::StackName}-orders"
                  PlainFunction:
                    Type: AWS::Lambda::Function
                  Table:
                    Type: AWS::DynamoDB::Table
                  UserPool:
                    Type: AWS::Cognito::UserPool
                  Consumer:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        List:
                          Type: Api
                          Properties:
                            Path: /pets
                            Method: get
                      Environment:
                        Variables:
                          A: !Ref NamedFunction
                          B: !Ref StackNamedFunction
                          C: !Ref PlainFunction
                          D: !Ref Table
                          E: !Ref UserPool
                          F: !Ref ConsumerRole
                          G: !Ref ServerlessRestApi
                          H: !Ref Tabel
                """;

        // A function's Ref is its name: FunctionName when set, else (apigw-sim's stand-in) the logical id.
        @Test
        void a_function_gives_its_name() {
            CloudFormationTemplate template = template(TEMPLATE);

            assertThat(text(template, variable("Consumer", "A"))).isEqualTo("pets-api");
            assertThat(text(template, variable("Consumer", "B"))).isEqualTo("apigw-sim-orders");
            assertThat(text(template, variable("Consumer", "C"))).isEqualTo("PlainFunction");
        }

        // Other resources give the logical id as the stand-in of their physical id; a user pool gives an id
        // shaped like a pool id; SAM's generated role and implicit API can be referred to. The stand-ins are
        // [UNCERTAIN] (docs/behavior.md#uncertain-sam-templates).
        @Test
        void other_resources_give_their_logical_id() {
            CloudFormationTemplate template = template(TEMPLATE);

            assertThat(text(template, variable("Consumer", "D"))).isEqualTo("Table");
            assertThat(text(template, variable("Consumer", "E"))).isEqualTo("us-east-1_UserPool");
            assertThat(text(template, variable("Consumer", "F"))).isEqualTo("ConsumerRole");
            assertThat(text(template, variable("Consumer", "G"))).isEqualTo("ServerlessRestApi");
        }

        @Test
        void function_names_lead_back_to_their_logical_ids() {
            CloudFormationTemplate template = template(TEMPLATE);

            assertThat(template.functionName("StackNamedFunction")).hasValue("apigw-sim-orders");
            assertThat(template.functionLogicalId("pets-api")).hasValue("NamedFunction");
            assertThat(template.functionLogicalId("PlainFunction")).hasValue("PlainFunction");
            assertThat(template.functionLogicalId("NamedFunction")).isEmpty();
        }

        // CloudFormation rejects a template that refers to a name it does not declare.
        @Test
        void an_undeclared_name_is_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), variable("Consumer", "H")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 34, at Resources.Consumer.Properties.Environment.Variables.H: Ref"
                            + " refers to Tabel, which the template does not declare; did you mean \"Table\"?"
                            + " CloudFormation rejects the template. Declare it under Parameters or Resources");
        }

        private static final String CONDITIONAL = """
                Parameters:
                  Stage:
                    Type: String
                    Default: dev
                Conditions:
                  IsProd: !Equals [!Ref Stage, prod]
                Resources:
                  Topic:
                    Type: AWS::SNS::Topic
                    Condition: IsProd
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Environment:
                        Variables:
                          TOPIC: !Ref Topic
                          MAYBE: !If [IsProd, !Ref Topic, none]
                """;

        // A reference to a resource whose Condition is false fails the deployment, except in the untaken
        // branch of Fn::If (docs/behavior.md#sam-templates-intrinsic-functions-and-parameters).
        @Test
        void a_resource_excluded_by_its_condition_is_refused_outside_fn_if() {
            CloudFormationTemplate template = template(CONDITIONAL);

            assertThat(text(template, variable("Fn", "MAYBE"))).isEqualTo("none");
            assertThatThrownBy(() -> resolved(template, variable("Fn", "TOPIC")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 16, at Resources.Fn.Properties.Environment.Variables.TOPIC: Ref"
                            + " refers to Topic, which this deployment does not create: its Condition IsProd is false,"
                            + " and CloudFormation rejects the template (\"Unresolved resource dependencies [Topic]\")."
                            + " Refer to it only in a branch of Fn::If [IsProd, ...]");
        }

        @Test
        void a_resource_whose_condition_holds_is_there() {
            CloudFormationTemplate template = template(CONDITIONAL, Map.of("Stage", "prod"));

            assertThat(text(template, variable("Fn", "TOPIC"))).isEqualTo("Topic");
            assertThat(text(template, variable("Fn", "MAYBE"))).isEqualTo("Topic");
        }
    }

    @Nested
    class GetAtt {

        private static final String TEMPLATE = """
                Parameters:
                  AttributeName:
                    Type: String
                    Default: Arn
                Resources:
                  PetsFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: pets
                  OrdersFunction:
                    Type: AWS::Lambda::Function
                  Api:
                    Type: AWS::Serverless::Api
                  RestApi:
                    Type: AWS::ApiGateway::RestApi
                  ExecRole:
                    Type: AWS::IAM::Role
                  UserPool:
                    Type: AWS::Cognito::UserPool
                  Table:
                    Type: AWS::DynamoDB::Table
                  Consumer:
                    Type: AWS::Serverless::Function
                    Properties:
                      Role: !GetAtt ExecRole.Arn
                      Environment:
                        Variables:
                          PETS: !GetAtt PetsFunction.Arn
                          ORDERS: {"Fn::GetAtt": [OrdersFunction, Arn]}
                          ORDERS_DOTTED: {"Fn::GetAtt": OrdersFunction.Arn}
                          DYNAMIC: !GetAtt [PetsFunction, !Ref AttributeName]
                          API_ROOT: !GetAtt Api.RootResourceId
                          REST_ROOT: !GetAtt RestApi.RootResourceId
                          PETS_ROLE: !GetAtt PetsFunctionRole.Arn
                          POOL_ARN: !GetAtt UserPool.Arn
                          POOL_NAME: !GetAtt UserPool.ProviderName
                          POOL_URL: !GetAtt UserPool.ProviderURL
                          POOL_ID: !GetAtt UserPool.UserPoolId
                          STREAM: !GetAtt Table.StreamArn
                          OF_PARAMETER: !GetAtt AttributeName.Arn
                          NO_ROLE: !GetAtt ConsumerRole.Arn
                """;

        @Test
        void a_function_arn_is_built_from_its_name() {
            CloudFormationTemplate template = template(TEMPLATE);

            assertThat(text(template, variable("Consumer", "PETS")))
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:pets");
            assertThat(text(template, variable("Consumer", "ORDERS")))
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:OrdersFunction");
            assertThat(text(template, variable("Consumer", "ORDERS_DOTTED")))
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:OrdersFunction");
            assertThat(text(template, variable("Consumer", "DYNAMIC")))
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:pets");
        }

        // Formats from each resource's return values; the ids in them are stand-ins
        // [UNCERTAIN] (docs/behavior.md#uncertain-sam-templates).
        @Test
        void apis_roles_and_user_pools_have_stand_in_attributes() {
            CloudFormationTemplate template = template(TEMPLATE);

            assertThat(text(template, variable("Consumer", "API_ROOT"))).isEqualTo("rootres000");
            assertThat(text(template, variable("Consumer", "REST_ROOT"))).isEqualTo("rootres000");
            assertThat(text(template, "Resources", "Consumer", "Properties", "Role"))
                    .isEqualTo("arn:aws:iam::123456789012:role/ExecRole");
            assertThat(text(template, variable("Consumer", "PETS_ROLE")))
                    .isEqualTo("arn:aws:iam::123456789012:role/PetsFunctionRole");
            assertThat(text(template, variable("Consumer", "POOL_ARN")))
                    .isEqualTo("arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_UserPool");
            assertThat(text(template, variable("Consumer", "POOL_NAME")))
                    .isEqualTo("cognito-idp.us-east-1.amazonaws.com/us-east-1_UserPool");
            assertThat(text(template, variable("Consumer", "POOL_URL")))
                    .isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_UserPool");
            assertThat(text(template, variable("Consumer", "POOL_ID"))).isEqualTo("us-east-1_UserPool");
        }

        // An attribute apigw-sim does not model stays unresolved; reading it as text then fails clearly.
        @Test
        void an_attribute_not_modelled_stays_unresolved() {
            Node stream = resolved(template(TEMPLATE), variable("Consumer", "STREAM"));

            assertThat(((MapNode) stream).intrinsicFunction()).hasValue("Fn::GetAtt");
            assertThatThrownBy(() -> stream.asText("STREAM"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 39, at Resources.Consumer.Properties.Environment.Variables.STREAM:"
                            + " STREAM uses the intrinsic function Fn::GetAtt, which apigw-sim cannot resolve here;"
                            + " write the value, or pass it as a template parameter the test sets");
        }

        @Test
        void an_attribute_of_a_parameter_is_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), variable("Consumer", "OF_PARAMETER")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageEndingWith(": Fn::GetAtt reads an attribute of AttributeName, which is a parameter;"
                            + " only resources have attributes. Write Ref AttributeName for its value");
        }

        // SAM generates {Function}Role only for a function without a Role.
        @Test
        void the_role_of_a_function_with_its_own_role_does_not_exist() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), variable("Consumer", "NO_ROLE")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageEndingWith(": Fn::GetAtt refers to ConsumerRole, which the template does not declare."
                            + " CloudFormation rejects the template. Declare it under Parameters or Resources");
        }
    }

    @Nested
    class Sub {

        private static final String TEMPLATE = """
                Parameters:
                  Stage:
                    Type: String
                    Default: prod
                  Origins:
                    Type: CommaDelimitedList
                    Default: a,b
                Resources:
                  PetsFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      AutoPublishAlias: live
                  Table:
                    Type: AWS::DynamoDB::Table
                  Consumer:
                    Type: AWS::Serverless::Function
                    Properties:
                      Environment:
                        Variables:
                          URI: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${PetsFunction.Arn}/invocations
                          NAMED: !Sub
                            - "${Prefix}-${Stage}-${Table}"
                            - Prefix: !Ref AWS::StackName
                          LITERAL: !Sub "${!Stage} costs $5 at ${Stage}; ${ is text"
                          ALIAS: !Sub "${PetsFunction.Alias}"
                          LIST: !Sub "${Origins}"
                          IMPORTED: !Sub
                            - "${Vpc}-${Stage}"
                            - Vpc: !ImportValue shared-vpc
                          TYPO: !Sub "${Stag}"
                """;

        // ${Logical.Attr} is Fn::GetAtt, ${Name} is Ref, pseudo parameters included.
        @Test
        void an_integration_uri_resolves_to_the_function_arn() {
            assertThat(text(template(TEMPLATE), variable("Consumer", "URI")))
                    .isEqualTo("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                            + "arn:aws:lambda:us-east-1:123456789012:function:PetsFunction/invocations");
        }

        // The variable map comes first, then parameters and resources.
        @Test
        void the_list_form_takes_variables() {
            assertThat(text(template(TEMPLATE), variable("Consumer", "NAMED"))).isEqualTo("apigw-sim-prod-Table");
        }

        // ${!Literal} is the text ${Literal}; a ${ without a closing brace is text.
        @Test
        void an_exclamation_mark_writes_the_braces_literally() {
            assertThat(text(template(TEMPLATE), variable("Consumer", "LITERAL")))
                    .isEqualTo("${Stage} costs $5 at prod; ${ is text");
        }

        // SAM: Function.Alias names the alias AutoPublishAlias creates; its Ref is the alias ARN.
        @Test
        void a_function_alias_resolves_to_the_alias_arn() {
            assertThat(text(template(TEMPLATE), variable("Consumer", "ALIAS")))
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:PetsFunction:live");
        }

        @Test
        void a_list_cannot_be_inserted() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), variable("Consumer", "LIST")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 26, at Resources.Consumer.Properties.Environment.Variables.LIST:"
                            + " Fn::Sub inserts ${Origins}, which is a list; Fn::Sub inserts strings only (to join a"
                            + " list, use Fn::Join)");
        }

        @Test
        void a_variable_not_known_offline_leaves_the_sub_unresolved_with_its_variables_resolved() {
            MapNode imported = (MapNode) resolved(template(TEMPLATE), variable("Consumer", "IMPORTED"));

            assertThat(imported.intrinsicFunction()).hasValue("Fn::Sub");
            MapNode vpc = (MapNode) at(imported, "Fn::Sub", 1, "Vpc");
            assertThat(vpc.intrinsicFunction()).hasValue("Fn::ImportValue");
        }

        @Test
        void an_undeclared_variable_is_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), variable("Consumer", "TYPO")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 30, at Resources.Consumer.Properties.Environment.Variables.TYPO:"
                            + " Fn::Sub refers to ${Stag}, which the template does not declare; did you mean"
                            + " \"Stage\"? CloudFormation rejects the template. Declare it under Parameters or"
                            + " Resources");
        }
    }

    @Nested
    class ListFunctions {

        private static final String TEMPLATE = """
                Parameters:
                  Origins:
                    Type: CommaDelimitedList
                    Default: "a, b ,c"
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Environment:
                        Variables:
                          JOINED: !Join [",", !Ref Origins]
                          JOINED_LITERAL: !Join ["", ["arn:", !Ref AWS::Partition, ":s3:::bucket"]]
                          EMPTY: !Join ["-", []]
                          SECOND: !Select [1, !Ref Origins]
                          STRING_INDEX: !Select ["2", [x, y, z]]
                          PART: !Select [2, !Split ["/", "a/b/c/d"]]
                          SPLIT: !Split [",", "a,,b,"]
                          ENCODED: !Base64 "hello, wörld"
                          OUT_OF_RANGE: !Select [3, !Ref Origins]
                          ZONE: !Select [0, !GetAZs ""]
                          JOIN_IMPORTED: !Join [",", [a, !ImportValue shared]]
                          CONDITION_FUNCTION: !Equals [a, b]
                          TYPO: {"Fn::Sbu": "x"}
                """;

        @Test
        void join_select_split_and_base64() {
            CloudFormationTemplate template = template(TEMPLATE);

            assertThat(text(template, variable("Fn", "JOINED"))).isEqualTo("a,b,c");
            assertThat(text(template, variable("Fn", "JOINED_LITERAL"))).isEqualTo("arn:aws:s3:::bucket");
            assertThat(text(template, variable("Fn", "EMPTY"))).isEmpty();
            assertThat(text(template, variable("Fn", "SECOND"))).isEqualTo("b");
            assertThat(text(template, variable("Fn", "STRING_INDEX"))).isEqualTo("z");
            assertThat(text(template, variable("Fn", "PART"))).isEqualTo("c");
            assertThat(((ListNode) resolved(template, variable("Fn", "SPLIT"))).texts("SPLIT"))
                    .containsExactly("a", "", "b", "");
            assertThat(text(template, variable("Fn", "ENCODED"))).isEqualTo("aGVsbG8sIHfDtnJsZA==");
        }

        @Test
        void select_out_of_bounds_is_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), variable("Fn", "OUT_OF_RANGE")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 19, at Resources.Fn.Properties.Environment.Variables.OUT_OF_RANGE:"
                            + " Fn::Select takes element 3 of a list of 3; CloudFormation fails the deployment on an"
                            + " index out of bounds");
        }

        // Fn::GetAZs and Fn::ImportValue need a real account: the functions using them stay unresolved.
        @Test
        void functions_over_values_not_known_offline_stay_unresolved() {
            CloudFormationTemplate template = template(TEMPLATE);

            MapNode zone = (MapNode) resolved(template, variable("Fn", "ZONE"));
            MapNode joined = (MapNode) resolved(template, variable("Fn", "JOIN_IMPORTED"));

            assertThat(zone.intrinsicFunction()).hasValue("Fn::Select");
            assertThat(((MapNode) at(zone, "Fn::Select", 1)).intrinsicFunction())
                    .hasValue("Fn::GetAZs");
            assertThat(joined.intrinsicFunction()).hasValue("Fn::Join");
        }

        @Test
        void condition_functions_outside_conditions_are_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), variable("Fn", "CONDITION_FUNCTION")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageEndingWith(": Fn::Equals is a condition function, which CloudFormation accepts only"
                            + " under Conditions; declare a condition there and choose the value with Fn::If");
        }

        @Test
        void an_unknown_function_is_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), variable("Fn", "TYPO")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 23, at Resources.Fn.Properties.Environment.Variables.TYPO: Fn::Sbu"
                            + " is not an intrinsic function; did you mean \"Fn::Sub\"? CloudFormation rejects the"
                            + " template. The functions are Ref, Condition and [Fn::And, Fn::Base64, Fn::Cidr,"
                            + " Fn::Equals, Fn::FindInMap, Fn::GetAtt, Fn::GetAZs, Fn::If, Fn::ImportValue, Fn::Join,"
                            + " Fn::Length, Fn::Not, Fn::Or, Fn::Select, Fn::Split, Fn::Sub, Fn::ToJsonString,"
                            + " Fn::Transform]");
        }

        @Test
        void import_value_keeps_its_resolved_argument() {
            String text = """
                    Resources:
                      Fn:
                        Type: AWS::Serverless::Function
                        Properties:
                          Environment:
                            Variables:
                              VPC: {"Fn::ImportValue": {"Fn::Sub": "${AWS::StackName}-vpc"}}
                    """;

            MapNode imported = (MapNode) resolved(template(text), variable("Fn", "VPC"));

            assertThat(imported.intrinsicFunction()).hasValue("Fn::ImportValue");
            assertThat(at(imported, "Fn::ImportValue").asText("name")).isEqualTo("apigw-sim-vpc");
        }
    }

    @Nested
    class LanguageExtensions {

        private static final String TEMPLATE = """
                Transform:
                  - AWS::LanguageExtensions
                  - AWS::Serverless-2016-10-31
                Parameters:
                  Origins:
                    Type: CommaDelimitedList
                    Default: a,b,c
                Mappings:
                  Stages:
                    prod:
                      Memory: 1024
                      Zones: [a, b]
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      MemorySize: !FindInMap [Stages, prod, Memory]
                      Environment:
                        Variables:
                          COUNT: !Length [x, y, z]
                          ORIGINS: !Length {Ref: Origins}
                          JSON: !ToJsonString {name: !Ref AWS::Region, size: 3, tags: [a, !Ref AWS::Partition], on: true}
                          ZONES: !Join [",", !FindInMap [Stages, prod, Zones]]
                          FALLBACK: !FindInMap [Stages, dev, Memory, {DefaultValue: 128}]
                          MISSING: !FindInMap [Stages, prod, Timeout]
                          NO_MAPPING: !FindInMap [Regions, prod, Timeout]
                """;

        // A mapping's value keeps its type (1024 is a number) and takes the location of the Fn::FindInMap.
        @Test
        void find_in_map_returns_the_mapped_value_where_the_function_is() {
            CloudFormationTemplate template = template(TEMPLATE);

            ScalarNode memory = (ScalarNode) resolved(template, "Resources", "Fn", "Properties", "MemorySize");

            assertThat(memory.text()).isEqualTo("1024");
            assertThat(memory.type()).isEqualTo(ScalarNode.Type.INTEGER);
            assertThat(memory.location().describe())
                    .isEqualTo("template.yaml line 17, at Resources.Fn.Properties.MemorySize");
            assertThat(text(template, variable("Fn", "ZONES"))).isEqualTo("a,b");
            assertThat(text(template, variable("Fn", "FALLBACK"))).isEqualTo("128");
        }

        @Test
        void length_and_to_json_string() {
            CloudFormationTemplate template = template(TEMPLATE);

            assertThat(text(template, variable("Fn", "COUNT"))).isEqualTo("3");
            assertThat(text(template, variable("Fn", "ORIGINS"))).isEqualTo("3");
            assertThat(text(template, variable("Fn", "JSON")))
                    .isEqualTo("{\"name\":\"us-east-1\",\"size\":3,\"tags\":[\"a\",\"aws\"],\"on\":true}");
        }

        @Test
        void a_missing_key_is_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), variable("Fn", "MISSING")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 25, at Resources.Fn.Properties.Environment.Variables.MISSING:"
                            + " Fn::FindInMap looks up the key Timeout, which Mappings.Stages.prod does not have (its"
                            + " keys are [Memory, Zones]); CloudFormation fails the deployment");
        }

        @Test
        void a_missing_mapping_is_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), variable("Fn", "NO_MAPPING")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageEndingWith(": Fn::FindInMap looks up the mapping Regions, which the template does not"
                            + " declare under Mappings (its mappings are [Stages]); CloudFormation fails the"
                            + " deployment");
        }

        @Test
        void the_extensions_need_their_transform() {
            String text = """
                    Resources:
                      Fn:
                        Type: AWS::Serverless::Function
                        Properties:
                          MemorySize: !Length [x, y]
                    """;

            assertThatThrownBy(() -> resolved(template(text), "Resources", "Fn", "Properties", "MemorySize"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 5, at Resources.Fn.Properties.MemorySize: Fn::Length needs the"
                            + " AWS::LanguageExtensions transform, which the template does not declare; CloudFormation"
                            + " rejects the template. Add it to the Transform list: Transform:"
                            + " [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]");
        }
    }

    @Nested
    class Conditions {

        private static final String TEMPLATE = """
                Parameters:
                  Stage:
                    Type: String
                    Default: prod
                  Count:
                    Type: Number
                    Default: 3
                Conditions:
                  IsProd: !Equals [!Ref Stage, prod]
                  IsUs: !Equals [!Select [0, !Split ["-", !Ref AWS::Region]], us]
                  IsProdInUs: !And [!Condition IsProd, !Condition IsUs]
                  IsEither: !Or [!Condition IsProd, !Equals [a, b]]
                  NotProd: !Not [!Condition IsProd]
                  CountIsThree: !Equals [!Ref Count, 3]
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Environment:
                        Variables:
                          A: !If [IsProdInUs, "true-branch", "false-branch"]
                          B: !If [IsEither, "true-branch", "false-branch"]
                          C: !If [NotProd, "true-branch", "false-branch"]
                          D: !If [CountIsThree, "true-branch", "false-branch"]
                          E: !If [IsProdd, "true-branch", "false-branch"]
                """;

        @Test
        void fn_if_takes_the_branch_of_its_condition() {
            CloudFormationTemplate template = template(TEMPLATE);

            assertThat(text(template, variable("Fn", "A"))).isEqualTo("true-branch");
            assertThat(text(template, variable("Fn", "B"))).isEqualTo("true-branch");
            assertThat(text(template, variable("Fn", "C"))).isEqualTo("false-branch");
            assertThat(text(template, variable("Fn", "D"))).isEqualTo("true-branch");
        }

        @Test
        void conditions_follow_the_parameters() {
            CloudFormationTemplate template = template(TEMPLATE, Map.of("Stage", "dev"));

            assertThat(text(template, variable("Fn", "A"))).isEqualTo("false-branch");
            assertThat(text(template, variable("Fn", "B"))).isEqualTo("false-branch");
            assertThat(text(template, variable("Fn", "C"))).isEqualTo("true-branch");
        }

        @Test
        void an_undeclared_condition_is_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), variable("Fn", "E")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 25, at Resources.Fn.Properties.Environment.Variables.E.Fn::If[0]:"
                            + " Fn::If uses the condition IsProdd, which the template does not declare under"
                            + " Conditions; CloudFormation rejects the template. Its conditions are [IsProd, IsUs,"
                            + " IsProdInUs, IsEither, NotProd, CountIsThree]; did you mean \"IsProd\"?");
        }

        @Test
        void a_circular_condition_is_refused() {
            String text = """
                    Conditions:
                      A: !Not [!Condition B]
                      B: !Not [!Condition A]
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 3, at Conditions.B.Fn::Not[0].Condition: the condition A depends on"
                            + " itself (A -> B -> A); CloudFormation rejects circular conditions");
        }

        // Conditions are evaluated before any resource exists.
        @Test
        void a_condition_cannot_refer_to_a_resource() {
            String text = """
                    Conditions:
                      HasTable: !Equals [!Ref Table, x]
                    Resources:
                      Table:
                        Type: AWS::DynamoDB::Table
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 2, at Conditions.HasTable.Fn::Equals[0]: Ref refers to the resource"
                            + " Table in Conditions; CloudFormation evaluates conditions before it creates resources"
                            + " and rejects the template (\"Cannot reference resources in the Conditions block of the"
                            + " template\")");
        }

        @Test
        void a_condition_over_a_value_not_known_offline_is_refused() {
            String text = """
                    Conditions:
                      Shared: !Equals [!ImportValue shared-flag, "on"]
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 2, at Conditions.Shared.Fn::Equals[0]: the condition Shared"
                            + " compares a value that uses Fn::ImportValue, which apigw-sim cannot resolve offline, so"
                            + " it cannot evaluate the condition; use a template parameter the test sets instead");
        }

        @Test
        void and_takes_at_least_two_conditions() {
            String text = """
                    Conditions:
                      Lonely: !And [!Equals [a, a]]
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 2, at Conditions.Lonely.Fn::And: Fn::And takes from 2 to 10"
                            + " conditions in a list, not 1");
        }

        @Test
        void a_resource_condition_must_be_declared() {
            String text = """
                    Resources:
                      Topic:
                        Type: AWS::SNS::Topic
                        Condition: IsProd
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 4, at Resources.Topic.Condition: the resource Topic uses the"
                            + " condition IsProd, which the template does not declare under Conditions;"
                            + " CloudFormation rejects the template. The template declares no conditions");
        }
    }

    @Nested
    class Include {

        private static final String TEMPLATE = """
                Resources:
                  Api:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      DefinitionBody:
                        Fn::Transform:
                          Name: AWS::Include
                          Parameters:
                            Location: openapi.yaml
                  PetsFunction:
                    Type: AWS::Serverless::Function
                """;

        private static final String OPENAPI = """
                openapi: 3.0.1
                paths:
                  /pets:
                    get:
                      x-amazon-apigateway-integration:
                        type: aws_proxy
                        httpMethod: POST
                        uri:
                          Fn::Sub: arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${PetsFunction.Arn}/invocations
                """;

        private static Node file(String name, String text) {
            return DefinitionReader.read(name, text);
        }

        // AWS::Include inserts the file before CloudFormation resolves the template, so functions in it resolve
        // (unlike a DefinitionUri file); errors and values point into the included file.
        @Test
        void an_included_file_is_resolved_in_the_template() {
            CloudFormationTemplate template = template(TEMPLATE, name -> file(name, OPENAPI));

            Node body = resolved(template, "Resources", "Api", "Properties", "DefinitionBody");
            Node uri = at(body, "paths", "/pets", "get", "x-amazon-apigateway-integration", "uri");

            assertThat(uri.asText("uri"))
                    .isEqualTo("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                            + "arn:aws:lambda:us-east-1:123456789012:function:PetsFunction/invocations");
            assertThat(uri.location().describe())
                    .isEqualTo("openapi.yaml line 9, at paths./pets.get.x-amazon-apigateway-integration.uri");
        }

        // The included object's fields join those beside the Fn::Transform key.
        @Test
        void an_include_beside_other_fields_adds_the_files_fields() {
            String text = """
                    Resources:
                      Api:
                        Type: AWS::Serverless::Api
                        Properties:
                          Fn::Transform: {Name: AWS::Include, Parameters: {Location: props.yaml}}
                          StageName: prod
                    """;
            CloudFormationTemplate template =
                    template(text, name -> file(name, "Description: {\"Fn::Sub\": \"API of ${AWS::StackName}\"}\n"));

            MapNode properties = (MapNode) resolved(template, "Resources", "Api", "Properties");

            assertThat(properties.fields()).containsOnlyKeys("Description", "StageName");
            assertThat(at(properties, "Description").asText("Description")).isEqualTo("API of apigw-sim");
        }

        // A field both the included file and the including object set [UNCERTAIN]
        // (docs/behavior.md#uncertain-sam-templates).
        @Test
        void an_include_that_repeats_a_field_beside_it_is_refused() {
            String text = """
                    Resources:
                      Api:
                        Type: AWS::Serverless::Api
                        Properties:
                          Fn::Transform: {Name: AWS::Include, Parameters: {Location: props.yaml}}
                          StageName: prod
                    """;
            CloudFormationTemplate template = template(text, name -> file(name, "StageName: dev\n"));

            assertThatThrownBy(() -> resolved(template, "Resources", "Api", "Properties"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("props.yaml line 1, at StageName: the included file sets StageName, which the object"
                            + " that includes it (template.yaml line 5, at Resources.Api.Properties) sets too; keep"
                            + " one");
        }

        @Test
        void an_include_without_files_is_refused() {
            assertThatThrownBy(() -> resolved(template(TEMPLATE), "Resources", "Api", "Properties", "DefinitionBody"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 8, at Resources.Api.Properties.DefinitionBody.Fn::Transform:"
                            + " AWS::Include includes openapi.yaml, but this template was given as text, with no folder"
                            + " to read other files from; load the template from a file");
        }

        // CloudFormation does not include files from an included file.
        @Test
        void an_include_inside_an_included_file_is_refused() {
            String nested = """
                    openapi: 3.0.1
                    paths:
                      Fn::Transform:
                        Name: AWS::Include
                        Parameters:
                          Location: paths.yaml
                    """;
            CloudFormationTemplate template = template(TEMPLATE, name -> file(name, nested));

            assertThatThrownBy(() -> resolved(template, "Resources", "Api", "Properties", "DefinitionBody"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("openapi.yaml line 4, at paths.Fn::Transform: the included file openapi.yaml uses"
                            + " AWS::Include itself; CloudFormation does not include files from included files."
                            + " Include it from the template");
        }

        // Other macros cannot run offline; their call stays.
        @Test
        void another_macro_stays_unresolved() {
            String text = """
                    Resources:
                      Api:
                        Type: AWS::Serverless::Api
                        Properties:
                          DefinitionBody:
                            Fn::Transform: {Name: MyMacro, Parameters: {Mode: fast}}
                    """;

            MapNode body = (MapNode) resolved(template(text), "Resources", "Api", "Properties", "DefinitionBody");

            assertThat(body.intrinsicFunction()).hasValue("Fn::Transform");
        }

        // SAM does not resolve intrinsic functions in a DefinitionUri file.
        @Test
        void a_definition_uri_file_is_read_unresolved() {
            String text = """
                    Resources:
                      Api:
                        Type: AWS::Serverless::Api
                        Properties:
                          StageName: prod
                          DefinitionUri: openapi.yaml
                      PetsFunction:
                        Type: AWS::Serverless::Function
                    """;
            CloudFormationTemplate template = template(text, name -> file(name, OPENAPI));

            Node definition =
                    template.readDefinitionUri(at(template.root(), "Resources", "Api", "Properties", "DefinitionUri"));

            Node uri = at(definition, "paths", "/pets", "get", "x-amazon-apigateway-integration", "uri");
            assertThat(((MapNode) uri).intrinsicFunction()).hasValue("Fn::Sub");
        }

        @Test
        void a_definition_uri_in_s3_is_refused() {
            String text = """
                    Resources:
                      Api:
                        Type: AWS::Serverless::Api
                        Properties:
                          DefinitionUri: s3://bucket/openapi.yaml
                    """;
            CloudFormationTemplate template = template(text, name -> file(name, OPENAPI));

            assertThatThrownBy(() -> template.readDefinitionUri(
                            at(template.root(), "Resources", "Api", "Properties", "DefinitionUri")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 5, at Resources.Api.Properties.DefinitionUri: DefinitionUri names"
                            + " the S3 object s3://bucket/openapi.yaml; apigw-sim reads local files only. Write the path"
                            + " of the OpenAPI file relative to the template");
        }
    }
}

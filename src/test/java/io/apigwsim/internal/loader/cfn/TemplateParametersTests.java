package io.apigwsim.internal.loader.cfn;

import static io.apigwsim.internal.loader.cfn.TemplateFixtures.resolved;
import static io.apigwsim.internal.loader.cfn.TemplateFixtures.template;
import static io.apigwsim.internal.loader.cfn.TemplateFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

// Parameters: types, defaults, overrides and constraints
// (docs/behavior.md#sam-templates-intrinsic-functions-and-parameters).
class TemplateParametersTests {

    private static final String PARAMETERS = """
            Parameters:
              Stage:
                Type: String
                Default: dev
                AllowedValues: [dev, prod]
              Timeout:
                Type: Number
                Default: 30
                MinValue: 1
                MaxValue: 900
              Origins:
                Type: CommaDelimitedList
                Default: "https://a.example, https://b.example"
              Sizes:
                Type: List<Number>
                Default: "1,2"
              Vpc:
                Type: AWS::EC2::VPC::Id
                Default: vpc-123
              Subnets:
                Type: List<AWS::EC2::Subnet::Id>
                Default: subnet-1,subnet-2
              Name:
                Type: String
                Default: pets
                MinLength: 2
                MaxLength: 8
                AllowedPattern: "[a-z]+"
                ConstraintDescription: must be lower-case letters
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  Stage: !Ref Stage
                  Timeout: !Ref Timeout
                  Origins: !Ref Origins
                  Sizes: !Ref Sizes
                  Vpc: !Ref Vpc
                  Subnets: !Ref Subnets
                  Name: !Ref Name
            """;

    private static Object[] property(String name) {
        return new Object[] {"Resources", "Table", "Properties", name};
    }

    @Nested
    class Values {

        // Ref of a parameter without an override gives its Default.
        @Test
        void defaults_are_the_values_without_overrides() {
            CloudFormationTemplate template = template(PARAMETERS);

            assertThat(text(template, property("Stage"))).isEqualTo("dev");
            assertThat(text(template, property("Vpc"))).isEqualTo("vpc-123");
            assertThat(text(template, property("Name"))).isEqualTo("pets");
        }

        // A Number parameter is checked as a number, but Ref gives it as a string.
        @Test
        void number_parameters_resolve_to_strings() {
            ScalarNode timeout = (ScalarNode) resolved(template(PARAMETERS), property("Timeout"));

            assertThat(timeout.text()).isEqualTo("30");
            assertThat(timeout.type()).isEqualTo(ScalarNode.Type.STRING);
        }

        // CommaDelimitedList: one value more than commas, each trimmed of spaces; List<Number> and
        // List<AWS::...> are lists too.
        @Test
        void list_parameters_resolve_to_lists_of_trimmed_strings() {
            CloudFormationTemplate template = template(PARAMETERS);

            assertThat(((ListNode) resolved(template, property("Origins"))).texts("Origins"))
                    .containsExactly("https://a.example", "https://b.example");
            assertThat(((ListNode) resolved(template, property("Sizes"))).texts("Sizes"))
                    .containsExactly("1", "2");
            assertThat(((ListNode) resolved(template, property("Subnets"))).texts("Subnets"))
                    .containsExactly("subnet-1", "subnet-2");
        }

        @Test
        void overrides_replace_the_defaults() {
            CloudFormationTemplate template =
                    template(PARAMETERS, Map.of("Stage", "prod", "Origins", "x,,y", "Name", "cats"));

            assertThat(text(template, property("Stage"))).isEqualTo("prod");
            assertThat(text(template, property("Name"))).isEqualTo("cats");
            assertThat(((ListNode) resolved(template, property("Origins"))).texts("Origins"))
                    .containsExactly("x", "", "y");
        }

        // A Ref to a parameter resolves to a value placed where the Ref is.
        @Test
        void the_value_keeps_the_location_of_the_ref() {
            CloudFormationTemplate template = template(PARAMETERS);

            assertThat(resolved(template, property("Stage")).location().describe())
                    .isEqualTo("template.yaml line 34, at Resources.Table.Properties.Stage");
        }

        // Parameter Store values are not known offline: without an override the Ref stays; an override is the
        // value [UNCERTAIN] (docs/behavior.md#uncertain-sam-templates).
        @Test
        void parameter_store_values_resolve_only_from_an_override() {
            String text = """
                    Parameters:
                      Secret:
                        Type: AWS::SSM::Parameter::Value<String>
                        Default: /pets/secret
                    Resources:
                      Table:
                        Type: AWS::DynamoDB::Table
                        Properties:
                          Secret: !Ref Secret
                    """;

            MapNode unresolved = (MapNode) resolved(template(text), property("Secret"));

            assertThat(unresolved.intrinsicFunction()).hasValue("Ref");
            assertThatThrownBy(() -> unresolved.asText("Secret"))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 9, at Resources.Table.Properties.Secret: Secret uses the"
                            + " intrinsic function Ref, which apigw-sim cannot resolve here; write the value, or pass it"
                            + " as a template parameter the test sets");
            assertThat(text(template(text, Map.of("Secret", "s3cr3t")), property("Secret")))
                    .isEqualTo("s3cr3t");
        }
    }

    @Nested
    class Refused {

        // CloudFormation refuses a value outside AllowedValues.
        @Test
        void an_override_outside_the_allowed_values() {
            assertThatThrownBy(() -> template(PARAMETERS, Map.of("Stage", "qa")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 3, at Parameters.Stage: the value of parameter Stage (set by the"
                            + " test) breaks a constraint: \"qa\" is not one of its AllowedValues [dev, prod];"
                            + " CloudFormation refuses to deploy (\"Parameter Stage must be one of AllowedValues\")");
        }

        @Test
        void a_default_outside_the_allowed_values() {
            String text = """
                    Parameters:
                      Stage:
                        Type: String
                        Default: qa
                        AllowedValues: [dev, prod]
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 4, at Parameters.Stage.Default: the value of parameter Stage (its"
                            + " Default) breaks a constraint: \"qa\" is not one of its AllowedValues [dev, prod];"
                            + " CloudFormation refuses to deploy (\"Parameter Stage must be one of AllowedValues\")");
        }

        @Test
        void a_number_below_min_value() {
            assertThatThrownBy(() -> template(PARAMETERS, Map.of("Timeout", "0")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 7, at Parameters.Timeout: the value of parameter Timeout (set by"
                            + " the test) breaks a constraint: 0 is less than its MinValue 1; CloudFormation refuses to"
                            + " deploy (\"Parameter Timeout must be a number not less than 1\")");
        }

        @Test
        void a_number_above_max_value() {
            assertThatThrownBy(() -> template(PARAMETERS, Map.of("Timeout", "901")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageEndingWith(
                            "901 is greater than its MaxValue 900; CloudFormation refuses to deploy (\"Parameter"
                                    + " Timeout must be a number not greater than 900\")");
        }

        @Test
        void a_number_parameter_that_is_not_a_number() {
            assertThatThrownBy(() -> template(PARAMETERS, Map.of("Timeout", "thirty")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 7, at Parameters.Timeout: the value of parameter Timeout (set by"
                            + " the test) breaks a constraint: \"thirty\" is not a number; CloudFormation refuses to"
                            + " deploy (\"Parameter Timeout must be a number\")");
        }

        @Test
        void each_number_of_a_number_list_is_checked() {
            assertThatThrownBy(() -> template(PARAMETERS, Map.of("Sizes", "1,two")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageContaining("\"two\" is not a number");
        }

        // The ConstraintDescription replaces CloudFormation's own wording of the rule.
        @Test
        void a_string_shorter_than_min_length_with_the_constraint_description() {
            assertThatThrownBy(() -> template(PARAMETERS, Map.of("Name", "x")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 24, at Parameters.Name: the value of parameter Name (set by the"
                            + " test) breaks a constraint: \"x\" is shorter than its MinLength 2; CloudFormation"
                            + " refuses to deploy (\"Parameter Name must be lower-case letters\")");
        }

        @Test
        void a_string_longer_than_max_length() {
            assertThatThrownBy(() -> template(PARAMETERS, Map.of("Name", "longername")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageContaining("\"longername\" is longer than its MaxLength 8");
        }

        // AllowedPattern must match the whole value.
        @Test
        void a_string_that_does_not_match_the_whole_pattern() {
            assertThatThrownBy(() -> template(PARAMETERS, Map.of("Name", "pets1")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 24, at Parameters.Name: the value of parameter Name (set by the"
                            + " test) breaks a constraint: \"pets1\" does not match its AllowedPattern [a-z]+;"
                            + " CloudFormation refuses to deploy (\"Parameter Name must be lower-case letters\")");
        }

        // On a CommaDelimitedList, AllowedValues and AllowedPattern apply to each value.
        @Test
        void each_value_of_a_comma_delimited_list_is_checked() {
            String text = """
                    Parameters:
                      Stages:
                        Type: CommaDelimitedList
                        Default: "dev, prod, qa"
                        AllowedValues: [dev, prod]
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessageContaining("\"qa\" is not one of its AllowedValues [dev, prod]");
        }

        @Test
        void an_override_of_a_parameter_the_template_does_not_declare() {
            assertThatThrownBy(() -> template(PARAMETERS, Map.of("Stge", "prod")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 2, at Parameters: the test sets the parameter \"Stge\", which the"
                            + " template does not declare; CloudFormation refuses to deploy with a parameter the"
                            + " template lacks. Its parameters are [Stage, Timeout, Origins, Sizes, Vpc, Subnets,"
                            + " Name]; did you mean \"Stage\"?");
        }

        @Test
        void an_override_when_the_template_declares_no_parameters() {
            assertThatThrownBy(() -> template("Resources: {}\n", Map.of("Stage", "prod")))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 1, at Parameters: the test sets the parameter \"Stage\", which the"
                            + " template does not declare; CloudFormation refuses to deploy with a parameter the"
                            + " template lacks. The template declares no parameters");
        }

        @Test
        void a_parameter_with_neither_default_nor_override() {
            String text = """
                    Parameters:
                      Stage:
                        Type: String
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 3, at Parameters.Stage: the parameter Stage has no Default and the"
                            + " test sets no value for it; CloudFormation refuses to deploy without one. Give it a"
                            + " Default, or set its value in the test's parameter overrides");
        }

        @Test
        void an_unknown_type() {
            String text = """
                    Parameters:
                      Stage:
                        Type: Strng
                        Default: dev
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 3, at Parameters.Stage.Type: the parameter Stage has the Type"
                            + " \"Strng\", which CloudFormation does not know; write one of [String, Number,"
                            + " List<Number>, CommaDelimitedList], an AWS-specific type such as AWS::EC2::VPC::Id or"
                            + " List<AWS::EC2::Subnet::Id>, or AWS::SSM::Parameter::Value<String>");
        }

        @Test
        void a_misspelled_field() {
            String text = """
                    Parameters:
                      Stage:
                        Type: String
                        Defualt: dev
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 4, at Parameters.Stage.Defualt: The parameter Stage has no field"
                            + " \"Defualt\"; did you mean \"Default\"? Its fields are [Type, Default, AllowedValues,"
                            + " AllowedPattern, MinLength, MaxLength, MinValue, MaxValue, ConstraintDescription,"
                            + " Description, NoEcho]");
        }

        @Test
        void a_list_written_as_a_yaml_list_default() {
            String text = """
                    Parameters:
                      Origins:
                        Type: CommaDelimitedList
                        Default: [a, b]
                    Resources: {}
                    """;

            assertThatThrownBy(() -> template(text))
                    .isInstanceOf(ApiDefinitionException.class)
                    .hasMessage("template.yaml line 4, at Parameters.Origins.Default: the Default of parameter Origins"
                            + " must be a string, not a list; a list parameter's Default is one string of"
                            + " comma-separated values, such as \"a,b,c\"");
        }
    }
}

package io.apigwsim.internal.loader.cfn;

import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.Location;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A template's {@code Parameters} with the values of this deployment: the test's overrides, else each parameter's
 * {@code Default}, checked against the parameter's type and constraints as CloudFormation checks them before it
 * deploys (docs/behavior.md#sam-templates-intrinsic-functions-and-parameters).
 */
final class TemplateParameters {

    private static final List<String> FIELDS = List.of(
            "Type",
            "Default",
            "AllowedValues",
            "AllowedPattern",
            "MinLength",
            "MaxLength",
            "MinValue",
            "MaxValue",
            "ConstraintDescription",
            "Description",
            "NoEcho");
    private static final List<String> BASIC_TYPES = List.of("String", "Number", "List<Number>", "CommaDelimitedList");
    private static final Pattern AWS_TYPE = Pattern.compile("AWS::[A-Za-z0-9]+::[A-Za-z0-9:]+");
    private static final Pattern AWS_LIST_TYPE = Pattern.compile("List<AWS::[A-Za-z0-9]+::[A-Za-z0-9:]+>");
    private static final Pattern SSM_VALUE_TYPE = Pattern.compile("AWS::SSM::Parameter::Value<(.+)>");
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]+");

    /** How a parameter's value is read and what {@code Ref} gives for it. */
    enum Kind {
        /** {@code String} and the AWS-specific types of one value: {@code Ref} gives the string. */
        STRING,
        /** {@code Number}: checked as a number, {@code Ref} gives the string. */
        NUMBER,
        /** {@code List<Number>}: comma-separated numbers, {@code Ref} gives a list of strings. */
        NUMBER_LIST,
        /** {@code CommaDelimitedList} and {@code List<AWS::...>}: {@code Ref} gives a list of trimmed strings. */
        STRING_LIST,
        /** {@code AWS::SSM::Parameter::Value<...>} of one value: the value lives in Parameter Store. */
        SSM_VALUE,
        /** {@code AWS::SSM::Parameter::Value<List<...>>} or {@code <CommaDelimitedList>}. */
        SSM_VALUE_LIST
    }

    /**
     * One parameter and its value.
     *
     * @param name the parameter's name
     * @param kind how its value is read
     * @param value its value as given, or empty for a Parameter Store parameter the test does not set
     */
    record Parameter(String name, Kind kind, Optional<String> value) {}

    private final Map<String, Parameter> parameters;

    private TemplateParameters(Map<String, Parameter> parameters) {
        this.parameters = Collections.unmodifiableMap(parameters);
    }

    /**
     * Read and check a template's parameters.
     *
     * @param root the template
     * @param overrides the values the test sets, by parameter name
     * @return the parameters with their values
     */
    static TemplateParameters read(MapNode root, Map<String, String> overrides) {
        MapNode section = root.get("Parameters")
                .map(node -> node.asMap("Parameters"))
                .orElse(new MapNode(
                        root.location().key("Parameters", root.location().line()), Map.of()));
        for (String name : overrides.keySet()) {
            if (!section.has(name)) {
                List<String> declared = List.copyOf(section.fields().keySet());
                throw section.location()
                        .error("the test sets the parameter \"" + name + "\", which the template does not declare;"
                                + " CloudFormation refuses to deploy with a parameter the template lacks. "
                                + (declared.isEmpty()
                                        ? "The template declares no parameters"
                                        : "Its parameters are " + declared + Suggestions.didYouMean(name, declared)));
            }
        }
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : section.fields().entrySet()) {
            String name = entry.getKey();
            if (!NAME.matcher(name).matches()) {
                throw entry.getValue()
                        .location()
                        .error("the parameter name \"" + name + "\" is not alphanumeric; CloudFormation accepts"
                                + " only the letters A-Z and a-z and the digits 0-9 in names");
            }
            MapNode declaration = entry.getValue().asMap("The parameter " + name);
            declaration.checkFields("The parameter " + name, FIELDS);
            parameters.put(name, read(name, declaration, Optional.ofNullable(overrides.get(name))));
        }
        return new TemplateParameters(parameters);
    }

    private static Parameter read(String name, MapNode declaration, Optional<String> override) {
        Node typeNode = declaration.require("Type", "The parameter " + name);
        String type = typeNode.asText("The Type of parameter " + name);
        Kind kind = kind(type);
        if (kind == null) {
            throw typeNode.location()
                    .error("the parameter " + name + " has the Type \"" + type + "\", which CloudFormation does not"
                            + " know; write one of " + BASIC_TYPES
                            + ", an AWS-specific type such as AWS::EC2::VPC::Id or List<AWS::EC2::Subnet::Id>, or"
                            + " AWS::SSM::Parameter::Value<String>");
        }
        String value;
        Location valueAt;
        String origin;
        if (override.isPresent()) {
            value = override.get();
            valueAt = declaration.location();
            origin = " (set by the test)";
        } else if (declaration.has("Default")) {
            Node defaultNode = declaration.require("Default", "");
            if (!(defaultNode instanceof ScalarNode scalar) || scalar.type() == ScalarNode.Type.NULL) {
                throw defaultNode
                        .location()
                        .error("the Default of parameter " + name + " must be a string, not " + defaultNode.kind()
                                + (kind == Kind.STRING_LIST || kind == Kind.NUMBER_LIST
                                        ? "; a list parameter's Default is one string of comma-separated values,"
                                                + " such as \"a,b,c\""
                                        : ""));
            }
            value = scalar.text();
            valueAt = defaultNode.location();
            origin = " (its Default)";
        } else {
            throw declaration
                    .location()
                    .error("the parameter " + name + " has no Default and the test sets no value for it;"
                            + " CloudFormation refuses to deploy without one. Give it a Default, or set its value"
                            + " in the test's parameter overrides");
        }
        if (kind == Kind.SSM_VALUE || kind == Kind.SSM_VALUE_LIST) {
            // The value lives in Parameter Store: only a value the test sets stands in for it
            // [UNCERTAIN] (docs/behavior.md#uncertain-sam-templates).
            return new Parameter(name, kind, override);
        }
        new Check(name, declaration, valueAt, origin).value(kind, value);
        return new Parameter(name, kind, Optional.of(value));
    }

    private static Kind kind(String type) {
        switch (type) {
            case "String", "AWS::SSM::Parameter::Name":
                return Kind.STRING;
            case "Number":
                return Kind.NUMBER;
            case "List<Number>":
                return Kind.NUMBER_LIST;
            case "CommaDelimitedList":
                return Kind.STRING_LIST;
            default:
                break;
        }
        var ssm = SSM_VALUE_TYPE.matcher(type);
        if (ssm.matches()) {
            String inner = ssm.group(1);
            return inner.startsWith("List<") || inner.equals("CommaDelimitedList")
                    ? Kind.SSM_VALUE_LIST
                    : Kind.SSM_VALUE;
        }
        if (AWS_LIST_TYPE.matcher(type).matches()) {
            return Kind.STRING_LIST;
        }
        if (AWS_TYPE.matcher(type).matches()) {
            return Kind.STRING;
        }
        return null;
    }

    /** Whether the template declares a parameter of this name. */
    boolean declares(String name) {
        return parameters.containsKey(name);
    }

    /** The declared parameters' names, in template order. */
    Set<String> names() {
        return parameters.keySet();
    }

    /**
     * What {@code Ref} gives for a parameter, placed where the {@code Ref} is.
     *
     * @param name a declared parameter
     * @param at where the reference is
     * @return a string, or a list of strings for list types; empty for a Parameter Store value the test does not set
     */
    Optional<Node> refValue(String name, Location at) {
        Parameter parameter = parameters.get(name);
        return parameter.value().map(value -> switch (parameter.kind()) {
            case STRING, NUMBER, SSM_VALUE -> ScalarNode.string(at, value);
            case STRING_LIST, NUMBER_LIST, SSM_VALUE_LIST -> {
                List<Node> elements = new ArrayList<>();
                List<String> items = splitList(value);
                for (int i = 0; i < items.size(); i++) {
                    elements.add(ScalarNode.string(at.index(i, at.line()), items.get(i)));
                }
                yield new ListNode(at, elements);
            }
        });
    }

    // A comma-delimited list: one more value than commas, each value trimmed of spaces.
    static List<String> splitList(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            items.add(item.strip());
        }
        return items;
    }

    /** The checks of one parameter's value. */
    private record Check(String name, MapNode declaration, Location valueAt, String origin) {

        void value(Kind kind, String value) {
            switch (kind) {
                case STRING -> {
                    allowedValue(value);
                    pattern(value);
                    length(value);
                }
                case NUMBER -> {
                    number(value);
                    allowedValue(value);
                    range(value);
                }
                case STRING_LIST -> {
                    for (String item : splitList(value)) {
                        allowedValue(item);
                        pattern(item);
                    }
                }
                case NUMBER_LIST -> {
                    // Checked as each Number is [UNCERTAIN] (docs/behavior.md#uncertain-sam-templates).
                    for (String item : splitList(value)) {
                        number(item);
                        allowedValue(item);
                        range(item);
                    }
                }
                default -> throw new IllegalStateException(kind.name());
            }
        }

        private void number(String value) {
            if (!NUMBER.matcher(value).matches()) {
                fail("\"" + value + "\" is not a number", "must be a number");
            }
        }

        private void allowedValue(String value) {
            Optional<Node> allowed = declaration.get("AllowedValues");
            if (allowed.isEmpty()) {
                return;
            }
            List<String> values = allowed.get().asList("AllowedValues").texts("AllowedValues");
            if (!values.contains(value)) {
                fail("\"" + value + "\" is not one of its AllowedValues " + values, "must be one of AllowedValues");
            }
        }

        private void pattern(String value) {
            Optional<Node> patternNode = declaration.get("AllowedPattern");
            if (patternNode.isEmpty()) {
                return;
            }
            String regex = patternNode.get().asText("AllowedPattern");
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw patternNode
                        .get()
                        .location()
                        .error("the AllowedPattern of parameter " + name + " is not a regular expression: "
                                + e.getDescription());
            }
            if (!pattern.matcher(value).matches()) {
                fail("\"" + value + "\" does not match its AllowedPattern " + regex, "must match pattern " + regex);
            }
        }

        private void length(String value) {
            int length = value.codePointCount(0, value.length());
            bound("MinLength").ifPresent(min -> {
                if (length < min.longValue()) {
                    fail(
                            "\"" + value + "\" is shorter than its MinLength " + min.toPlainString(),
                            "must contain at least " + min.toPlainString() + " characters");
                }
            });
            bound("MaxLength").ifPresent(max -> {
                if (length > max.longValue()) {
                    fail(
                            "\"" + value + "\" is longer than its MaxLength " + max.toPlainString(),
                            "must contain at most " + max.toPlainString() + " characters");
                }
            });
        }

        private void range(String value) {
            BigDecimal number = new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
            bound("MinValue").ifPresent(min -> {
                if (number.compareTo(min) < 0) {
                    fail(
                            value + " is less than its MinValue " + min.toPlainString(),
                            "must be a number not less than " + min.toPlainString());
                }
            });
            bound("MaxValue").ifPresent(max -> {
                if (number.compareTo(max) > 0) {
                    fail(
                            value + " is greater than its MaxValue " + max.toPlainString(),
                            "must be a number not greater than " + max.toPlainString());
                }
            });
        }

        private Optional<BigDecimal> bound(String field) {
            return declaration.get(field).map(node -> {
                String text = node.asText(field + " of parameter " + name);
                if (!NUMBER.matcher(text).matches()) {
                    throw node.location()
                            .error("the " + field + " of parameter " + name + " must be a number, not " + text);
                }
                return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            });
        }

        // CloudFormation says "Parameter X <rule>", or "Parameter X <ConstraintDescription>" when one is given.
        private void fail(String problem, String rule) {
            String constraint = declaration
                    .get("ConstraintDescription")
                    .map(node -> node.asText("ConstraintDescription"))
                    .orElse(rule);
            throw valueAt.error("the value of parameter " + name + origin + " breaks a constraint: " + problem
                    + "; CloudFormation refuses to deploy (\"Parameter " + name + " " + constraint + "\")");
        }
    }
}

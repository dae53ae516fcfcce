package io.apigwsim.internal.loader.cfn;

import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.Location;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A template's {@code Conditions}, each evaluated once for this deployment as CloudFormation evaluates them before it
 * creates anything: {@code Fn::Equals}, {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not} and {@code Condition}
 * references, over parameters, pseudo parameters and mappings
 * (docs/behavior.md#sam-templates-intrinsic-functions-and-parameters).
 */
final class TemplateConditions {

    private final Map<String, Boolean> values;

    private TemplateConditions(Map<String, Boolean> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Evaluate every condition of a template.
     *
     * @param root the template
     * @param resolver resolves the values that {@code Fn::Equals} compares; it refuses references to resources
     * @return the conditions' values
     */
    static TemplateConditions evaluate(MapNode root, IntrinsicResolver resolver) {
        MapNode section = root.get("Conditions")
                .map(node -> node.asMap("Conditions"))
                .orElse(new MapNode(root.location(), Map.of()));
        Evaluation evaluation = new Evaluation(section, resolver);
        for (Map.Entry<String, Node> entry : section.fields().entrySet()) {
            evaluation.condition(entry.getKey(), entry.getValue().location(), "Conditions");
        }
        return new TemplateConditions(evaluation.values);
    }

    /**
     * The value of a condition.
     *
     * @param name the condition's name
     * @param usedAt where it is used, for the message when the template does not declare it
     * @param usedBy what uses it, for the message, such as "the resource PetsTable"
     * @return whether it holds
     */
    boolean holds(String name, Location usedAt, String usedBy) {
        Boolean value = values.get(name);
        if (value == null) {
            throw usedAt.error(undeclared(name, usedBy, values.keySet()));
        }
        return value;
    }

    private static String undeclared(String name, String usedBy, Set<String> declared) {
        return usedBy + " uses the condition " + name + ", which the template does not declare under Conditions;"
                + " CloudFormation rejects the template. "
                + (declared.isEmpty()
                        ? "The template declares no conditions"
                        : "Its conditions are " + List.copyOf(declared) + Suggestions.didYouMean(name, declared));
    }

    /** One pass over the section: each condition evaluated once, in the order first needed. */
    private static final class Evaluation {

        private final MapNode section;
        private final IntrinsicResolver resolver;
        private final Map<String, Boolean> values = new LinkedHashMap<>();
        private final Set<String> inProgress = new LinkedHashSet<>();

        Evaluation(MapNode section, IntrinsicResolver resolver) {
            this.section = section;
            this.resolver = resolver;
        }

        boolean condition(String name, Location usedAt, String usedBy) {
            Boolean known = values.get(name);
            if (known != null) {
                return known;
            }
            Node definition = section.get(name)
                    .orElseThrow(() -> usedAt.error(
                            undeclared(name, usedBy, section.fields().keySet())));
            if (!inProgress.add(name)) {
                List<String> cycle = new ArrayList<>(inProgress);
                cycle = cycle.subList(cycle.indexOf(name), cycle.size());
                throw usedAt.error("the condition " + name + " depends on itself (" + String.join(" -> ", cycle)
                        + " -> " + name + "); CloudFormation rejects circular conditions");
            }
            boolean value = evaluate(definition, name);
            inProgress.remove(name);
            values.put(name, value);
            return value;
        }

        private boolean evaluate(Node node, String condition) {
            String what = "the condition " + condition;
            if (!(node instanceof MapNode call) || call.fields().size() != 1) {
                throw node.location()
                        .error(what + " must be one condition function, Fn::Equals, Fn::And, Fn::Or, Fn::Not or"
                                + " Condition, not " + node.kind());
            }
            Map.Entry<String, Node> entry = call.fields().entrySet().iterator().next();
            String function = entry.getKey();
            Node argument = entry.getValue();
            switch (function) {
                case "Fn::Equals" -> {
                    List<Node> operands = arguments(argument, function, 2, 2, "values");
                    return same(operand(operands.get(0), condition), operand(operands.get(1), condition));
                }
                case "Fn::And" -> {
                    boolean all = true;
                    for (Node operand : arguments(argument, function, 2, 10, "conditions")) {
                        all &= evaluate(operand, condition);
                    }
                    return all;
                }
                case "Fn::Or" -> {
                    boolean any = false;
                    for (Node operand : arguments(argument, function, 2, 10, "conditions")) {
                        any |= evaluate(operand, condition);
                    }
                    return any;
                }
                case "Fn::Not" -> {
                    return !evaluate(
                            arguments(argument, function, 1, 1, "condition").get(0), condition);
                }
                case "Condition" -> {
                    return condition(argument.asText("Condition"), argument.location(), what);
                }
                default ->
                    throw call.location()
                            .error(what + " uses " + function + ", which is not a condition function; write"
                                    + " Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition");
            }
        }

        private static List<Node> arguments(Node argument, String function, int min, int max, String noun) {
            List<Node> elements = argument.asList(function).elements();
            if (elements.size() < min || elements.size() > max) {
                throw argument.location()
                        .error(function + " takes " + (min == max ? String.valueOf(min) : "from " + min + " to " + max)
                                + " " + noun + " in a list, not " + elements.size());
            }
            return elements;
        }

        private Node operand(Node operand, String condition) {
            Optional<Node> value = resolver.value(operand);
            if (value.isEmpty()) {
                throw operand.location()
                        .error("Fn::Equals in the condition " + condition + " compares AWS::NoValue, which has no"
                                + " value to compare");
            }
            IntrinsicResolver.firstUnresolved(value.get()).ifPresent(unresolved -> {
                throw operand.location()
                        .error("the condition " + condition + " compares a value that uses "
                                + ((MapNode) unresolved).intrinsicFunction().orElseThrow()
                                + ", which apigw-sim cannot resolve offline, so it cannot evaluate the condition;"
                                + " use a template parameter the test sets instead");
            });
            return value.get();
        }

        // CloudFormation compares the values as strings: 3 equals "3".
        private static boolean same(Node a, Node b) {
            if (a instanceof ScalarNode x && b instanceof ScalarNode y) {
                return x.text().equals(y.text());
            }
            if (a instanceof ListNode x && b instanceof ListNode y) {
                if (x.elements().size() != y.elements().size()) {
                    return false;
                }
                for (int i = 0; i < x.elements().size(); i++) {
                    if (!same(x.elements().get(i), y.elements().get(i))) {
                        return false;
                    }
                }
                return true;
            }
            if (a instanceof MapNode x && b instanceof MapNode y) {
                if (!x.fields().keySet().equals(y.fields().keySet())) {
                    return false;
                }
                Iterator<String> keys = x.fields().keySet().iterator();
                while (keys.hasNext()) {
                    String key = keys.next();
                    if (!same(x.fields().get(key), y.fields().get(key))) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }
    }
}

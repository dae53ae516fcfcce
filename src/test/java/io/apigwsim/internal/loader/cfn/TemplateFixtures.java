package io.apigwsim.internal.loader.cfn;

import io.apigwsim.internal.loader.node.DefinitionReader;
import io.apigwsim.internal.loader.node.ListNode;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import java.util.Map;
import java.util.function.Function;

/** Templates from text, and the nodes inside them. */
final class TemplateFixtures {

    static final TemplateEnvironment US_EAST_1 = TemplateEnvironment.of("us-east-1", null);

    private TemplateFixtures() {}

    static MapNode yaml(String text) {
        return DefinitionReader.read("template.yaml", text).asMap("template");
    }

    static CloudFormationTemplate template(String text) {
        return CloudFormationTemplate.of(yaml(text), Map.of(), US_EAST_1);
    }

    static CloudFormationTemplate template(String text, Map<String, String> overrides) {
        return CloudFormationTemplate.of(yaml(text), overrides, US_EAST_1);
    }

    static CloudFormationTemplate template(String text, Function<String, Node> files) {
        return CloudFormationTemplate.of(yaml(text), Map.of(), TemplateEnvironment.of("us-east-1", files));
    }

    /** The node at a path of field names and list indexes, such as {@code at(root, "Resources", "Fn", "Type")}. */
    static Node at(Node node, Object... path) {
        Node current = node;
        for (Object step : path) {
            current = step instanceof Integer index
                    ? ((ListNode) current).elements().get(index)
                    : ((MapNode) current).get((String) step).orElseThrow(() -> new AssertionError("no " + step));
        }
        return current;
    }

    /** The resolved value of the node at a path. */
    static Node resolved(CloudFormationTemplate template, Object... path) {
        return template.resolve(at(template.root(), path));
    }

    /** The resolved text of the node at a path. */
    static String text(CloudFormationTemplate template, Object... path) {
        return resolved(template, path).asText("the value");
    }
}

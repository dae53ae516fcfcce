package io.apigwsim.internal.loader.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a YAML or JSON definition file into {@link Node}s that remember their line and path.
 *
 * <p>CloudFormation's short-form tags become the long form that templates may also write: {@code !Ref X}
 * becomes {@code {Ref: X}}, {@code !GetAtt A.B} becomes {@code {Fn::GetAtt: [A, B]}}, {@code !Sub s} becomes
 * {@code {Fn::Sub: s}}, and so on, so later stages handle one form.
 */
public final class DefinitionReader {

    private static final int MAX_DEPTH = 256;
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    // The short-form tags of CloudFormation's intrinsic functions, and the long-form key each stands for.
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("!Ref", "Ref"),
            Map.entry("!Condition", "Condition"),
            Map.entry("!Base64", "Fn::Base64"),
            Map.entry("!Cidr", "Fn::Cidr"),
            Map.entry("!FindInMap", "Fn::FindInMap"),
            Map.entry("!GetAtt", "Fn::GetAtt"),
            Map.entry("!GetAZs", "Fn::GetAZs"),
            Map.entry("!ImportValue", "Fn::ImportValue"),
            Map.entry("!Join", "Fn::Join"),
            Map.entry("!Select", "Fn::Select"),
            Map.entry("!Split", "Fn::Split"),
            Map.entry("!Sub", "Fn::Sub"),
            Map.entry("!Transform", "Fn::Transform"),
            Map.entry("!And", "Fn::And"),
            Map.entry("!Equals", "Fn::Equals"),
            Map.entry("!If", "Fn::If"),
            Map.entry("!Not", "Fn::Not"),
            Map.entry("!Or", "Fn::Or"),
            Map.entry("!Length", "Fn::Length"),
            Map.entry("!ToJsonString", "Fn::ToJsonString"));

    private final String file;

    private DefinitionReader(String file) {
        this.file = file;
    }

    /**
     * Read a file's text.
     *
     * @param file the file's name as messages give it
     * @param text the file's text
     * @return its root node
     * @throws io.apigwsim.definition.ApiDefinitionException naming the file and line where the text is not YAML
     *     or JSON, or is empty
     */
    public static Node read(String file, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(100)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setSchema(new CoreSchema())
                .setUseMarks(true)
                .build();
        Optional<org.snakeyaml.engine.v2.nodes.Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark()
                    .or(e::getContextMark)
                    .map(mark -> mark.getLine() + 1)
                    .orElse(0);
            String problem = e.getProblem() == null ? "" : e.getProblem().strip();
            String context = e.getContext() == null
                    ? ""
                    : " (" + e.getContext().strip()
                            + e.getContextMark()
                                    .filter(mark -> mark.getLine() + 1 != line)
                                    .map(mark -> " that starts on line " + (mark.getLine() + 1))
                                    .orElse("")
                            + ")";
            throw new Location(file, line, "").error("not valid YAML or JSON: " + problem + context);
        } catch (YamlEngineException e) {
            throw new Location(file, 0, "").error("not valid YAML or JSON: " + e.getMessage());
        }
        if (root.isEmpty()) {
            throw Location.root(file).error("the file is empty; it should hold an API definition");
        }
        return new DefinitionReader(file).convert(root.get(), Location.root(file), 0);
    }

    private Node convert(org.snakeyaml.engine.v2.nodes.Node node, Location location, int depth) {
        if (depth > MAX_DEPTH) {
            throw location.error("nested deeper than " + MAX_DEPTH + " levels; is an alias referring to itself?");
        }
        Location here = location.atLine(line(node.getStartMark(), location.line()));
        String tag = node.getTag().getValue();
        if (tag.startsWith("!") && !tag.startsWith("!!")) {
            String function = SHORT_FORMS.get(tag);
            if (function == null) {
                throw here.error("unknown tag " + tag + "; CloudFormation's short forms are "
                        + SHORT_FORMS.keySet().stream().sorted().toList());
            }
            Node argument = convertUntagged(node, here.key(function, here.line()), depth);
            if (function.equals("Fn::GetAtt") && argument instanceof ScalarNode dotted) {
                argument = splitGetAtt(dotted);
            }
            Map<String, Node> longForm = new LinkedHashMap<>();
            longForm.put(function, argument);
            return new MapNode(here, longForm);
        }
        return convertUntagged(node, here, depth);
    }

    private Node convertUntagged(org.snakeyaml.engine.v2.nodes.Node node, Location here, int depth) {
        if (node instanceof MappingNode mapping) {
            Map<String, Node> fields = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode key)) {
                    throw here.error("a field name must be a string, not a list or object");
                }
                int keyLine = line(key.getStartMark(), here.line());
                String name = key.getValue();
                if (fields.containsKey(name)) {
                    throw here.key(name, keyLine)
                            .error("the field \"" + name + "\" appears twice (lines " + keyLines.get(name) + " and "
                                    + keyLine + "); keep one");
                }
                keyLines.put(name, keyLine);
                fields.put(name, convert(tuple.getValueNode(), here.key(name, keyLine), depth + 1));
            }
            return new MapNode(here, fields);
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> elements = new ArrayList<>();
            List<org.snakeyaml.engine.v2.nodes.Node> values = sequence.getValue();
            for (int i = 0; i < values.size(); i++) {
                elements.add(convert(
                        values.get(i), here.index(i, line(values.get(i).getStartMark(), here.line())), depth + 1));
            }
            return new ListNode(here, elements);
        }
        org.snakeyaml.engine.v2.nodes.ScalarNode scalar = (org.snakeyaml.engine.v2.nodes.ScalarNode) node;
        return new ScalarNode(here, scalar.getValue(), scalarType(scalar));
    }

    private static ScalarNode.Type scalarType(org.snakeyaml.engine.v2.nodes.ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.INT)) {
            return ScalarNode.Type.INTEGER;
        }
        if (tag.equals(Tag.FLOAT)) {
            return ScalarNode.Type.FLOAT;
        }
        if (tag.equals(Tag.BOOL)) {
            return ScalarNode.Type.BOOLEAN;
        }
        if (tag.equals(Tag.NULL)) {
            return ScalarNode.Type.NULL;
        }
        return ScalarNode.Type.STRING;
    }

    // !GetAtt Logical.Attribute is the short form of Fn::GetAtt: [Logical, Attribute]; the attribute may hold dots.
    private static Node splitGetAtt(ScalarNode dotted) {
        int dot = dotted.text().indexOf('.');
        if (dot <= 0 || dot == dotted.text().length() - 1) {
            throw dotted.location()
                    .error("!GetAtt " + dotted.text() + " names no attribute; write !GetAtt"
                            + " LogicalId.Attribute, for example !GetAtt PetsFunction.Arn");
        }
        Location at = dotted.location();
        return new ListNode(
                at,
                List.of(
                        ScalarNode.string(at.index(0, at.line()), dotted.text().substring(0, dot)),
                        ScalarNode.string(at.index(1, at.line()), dotted.text().substring(dot + 1))));
    }

    private static int line(Optional<Mark> mark, int fallback) {
        return mark.map(m -> m.getLine() + 1).orElse(fallback);
    }

    @Override
    public String toString() {
        return "DefinitionReader[" + file + "]";
    }
}

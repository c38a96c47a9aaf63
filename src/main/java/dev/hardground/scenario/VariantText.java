package dev.hardground.scenario;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Writes a named variant into a scenario file's text by inserting lines, so every other byte of the file stays
 * as it was, comments included. The {@code variants:} block is found by the node marks of the parsed file; a new
 * variant goes after the last one, a replaced variant takes exactly the lines of the old one, and a file without
 * the block gets one at its end. Values are written as the user gave them (each checked to be one line of YAML
 * that is a scalar or a flow collection), paths and the description as double-quoted strings.
 */
public final class VariantText {
    /** What a variant may be called: a word of letters, digits, '.', '_' and '-'. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    /** The variant name exists and replacing it was not asked for. */
    public static final class Exists extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exists(String name) {
            super("a variant named '" + name + "' exists");
        }
    }

    private VariantText() {
    }

    static String insert(String text, Node root, YamlReader reader, String name, String description,
                         List<Assignment> sets, boolean replace) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException(Diagnostic.of("variant", "invalid variant name '" + name
                    + "': use letters, digits, '.', '_' and '-' (at most 80), starting with a letter or digit"));
        }
        if (sets.isEmpty()) {
            throw new InvalidInputException(Diagnostic.of("variant", "nothing to save: no input differs from the scenario"));
        }
        for (Assignment set : sets) {
            checkValue(reader, set);
        }
        List<String> lines = lines(text);
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        MappingNode map = (MappingNode) root;
        NodeTuple variants = tuple(map, "variants");
        if (variants == null || variants.getValueNode() instanceof ScalarNode s && s.getValue().isEmpty()) {
            List<String> block = body(name, description, sets, "  ", "  ", eol);
            if (variants == null) {
                String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                StringBuilder out = new StringBuilder(text);
                if (!text.isEmpty() && !last.endsWith("\n") && !last.endsWith("\r")) {
                    out.append(eol);
                }
                out.append(eol).append("variants:").append(eol);
                block.forEach(out::append);
                return out.toString();
            }
            int at = variants.getKeyNode().getStartMark().getLine() + 1;
            String keyLine = lines.get(at - 1);
            if (!keyLine.endsWith("\n") && !keyLine.endsWith("\r")) {
                lines.set(at - 1, keyLine + eol);
            }
            lines.addAll(at, block);
            return String.join("", lines);
        }
        if (!(variants.getValueNode() instanceof MappingNode body) || body.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            throw new InvalidInputException(Diagnostic.of("variants", "the file's variants are not a block mapping "
                    + "(one variant per line group); save by hand or rewrite them in block style"));
        }
        String indent = " ".repeat(body.getValue().get(0).getKeyNode().getStartMark().getColumn());
        String inner = innerIndent(body.getValue().get(0), indent);
        List<String> block = body(name, description, sets, indent, inner, eol);
        for (NodeTuple t : body.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name)) {
                if (!replace) {
                    throw new Exists(name);
                }
                int from = k.getStartMark().getLine();
                int to = lastLine(t.getValueNode());
                for (int i = to; i >= from; i--) {
                    lines.remove(i);
                }
                lines.addAll(from, block);
                return String.join("", lines);
            }
        }
        int after = lastLine(body.getValue().get(body.getValue().size() - 1).getValueNode()) + 1;
        String before = lines.get(after - 1);
        if (!before.endsWith("\n") && !before.endsWith("\r")) {
            lines.set(after - 1, before + eol);
        }
        lines.addAll(after, block);
        return String.join("", lines);
    }

    /** The value must be one line of YAML, a scalar or a flow collection: nothing that could add keys to the file. */
    private static void checkValue(YamlReader reader, Assignment set) {
        String v = set.value();
        if (v.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                || v.contains(" #") || v.startsWith("#")) {
            throw new InvalidInputException(Diagnostic.of(set.path(), "a value must be one line of YAML without comments: '"
                    + v + "'"));
        }
        Node node = reader.compose(new Source("value", List.of(v), 0), v.isEmpty() ? "null" : v);
        if (node instanceof CollectionNode<?> c && c.getFlowStyle() != DumperOptions.FlowStyle.FLOW) {
            throw new InvalidInputException(Diagnostic.of(set.path(), "a value must be a scalar or a flow list or "
                    + "mapping: '" + v + "'"));
        }
    }

    private static List<String> body(String name, String description, List<Assignment> sets, String indent,
                                     String inner, String eol) {
        List<String> out = new ArrayList<>();
        out.add(indent + name + ":" + eol);
        if (description != null && !description.isBlank()) {
            out.add(indent + inner + "description: " + quote(description.strip()) + eol);
        }
        out.add(indent + inner + "set:" + eol);
        for (Assignment set : sets) {
            out.add(indent + inner + inner + quote(set.path()) + ": " + (set.value().isEmpty() ? "null" : set.value()) + eol);
        }
        return out;
    }

    /** How far a variant's keys sit inside its name, as the file's first variant does it (two spaces otherwise). */
    private static String innerIndent(NodeTuple first, String indent) {
        if (first.getValueNode() instanceof MappingNode m && m.getFlowStyle() != DumperOptions.FlowStyle.FLOW
                && !m.getValue().isEmpty()) {
            int column = m.getValue().get(0).getKeyNode().getStartMark().getColumn();
            if (column > indent.length()) {
                return " ".repeat(column - indent.length());
            }
        }
        return "  ";
    }

    /** The last line on which a node's text lies: its last scalar's, or a flow collection's closing bracket. */
    private static int lastLine(Node node) {
        if (node instanceof MappingNode m && m.getFlowStyle() != DumperOptions.FlowStyle.FLOW && !m.getValue().isEmpty()) {
            return lastLine(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode s && s.getFlowStyle() != DumperOptions.FlowStyle.FLOW && !s.getValue().isEmpty()) {
            return lastLine(s.getValue().get(s.getValue().size() - 1));
        }
        var end = node.getEndMark();
        // a mark at column 0 is the start of the next line: the node ended on the line before
        return end.getColumn() == 0 && end.getLine() > node.getStartMark().getLine() ? end.getLine() - 1 : end.getLine();
    }

    private static NodeTuple tuple(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t;
            }
        }
        return null;
    }

    /** A double-quoted YAML string (JSON's escapes are YAML's). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The text's lines, each with its own line break, split as SnakeYAML counts lines. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}

package dev.hardground.scenario;

import dev.hardground.model.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML text into SnakeYAML's node tree, which keeps every value's line and column. Nothing is
 * instantiated from the text: tags other than YAML's plain data types are rejected, aliases and nesting are
 * bounded, and the file size is checked before it is read.
 */
final class YamlReader {
    private static final Set<Tag> DATA_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private final Limits limits;

    YamlReader(Limits limits) {
        this.limits = limits;
    }

    /** Reads a file's text, refusing files over the size limit and bytes that are not UTF-8. */
    String readText(Path path) {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new InvalidInputException(dev.hardground.model.Diagnostic.of(name, "is a directory, not a scenario file"));
            }
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                throw new InvalidInputException(dev.hardground.model.Diagnostic.of(name, String.format(
                        "file is %,d bytes, over the scenario size limit of %,d bytes (raise it with --max-file-size)",
                        size, limits.maxBytes())));
            }
            byte[] bytes = Files.readAllBytes(path);
            return decode(name, bytes);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(dev.hardground.model.Diagnostic.of(name, "no such file"));
        } catch (IOException e) {
            throw new InvalidInputException(dev.hardground.model.Diagnostic.of(name, "cannot read: " + e.getMessage()));
        }
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n') - 1;
            Source source = Source.of(name, before);
            throw new InvalidInputException(source.at(line, column, "file is not valid UTF-8 (byte " + bad + ")"));
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        for (int end = 1; end <= bytes.length; end++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, 0, end));
            } catch (CharacterCodingException e) {
                // A prefix that ends inside a valid multi-byte character also fails; check that it is truly bad.
                if (end == bytes.length || !isIncompleteTail(bytes, end)) {
                    return Math.max(0, end - 1);
                }
            }
        }
        return bytes.length;
    }

    private static boolean isIncompleteTail(byte[] bytes, int end) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, end + 3)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Parses YAML text into a node tree; an empty document gives null. */
    Node compose(Source source, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported by the binder, with their location
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1));
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new InvalidInputException(mark == null
                    ? source.at(0, 0, "invalid YAML: " + problem)
                    : source.at(mark.getLine(), mark.getColumn(), "invalid YAML: " + explain(problem)));
        } catch (YAMLException e) {
            throw new InvalidInputException(source.at(0, 0, "invalid YAML: " + explain(e.getMessage())));
        }
        if (root != null) {
            checkTree(source, root, 0, new int[1]);
        }
        return root;
    }

    private String explain(String problem) {
        if (problem == null) {
            return "unreadable";
        }
        String p = problem.strip();
        if (p.startsWith("Number of aliases for non-scalar nodes exceeds")) {
            return "too many aliases (over " + limits.maxAliases() + "; a scenario needs none): alias expansion is limited";
        }
        if (p.startsWith("Nesting Depth exceeded")) {
            return "nested deeper than " + limits.maxDepth() + " levels, the nesting limit";
        }
        return p;
    }

    /** Upper bound on nodes after alias expansion: a real scenario has a few hundred. */
    private static final int MAX_EXPANDED_NODES = 200_000;

    private void checkTree(Source source, Node node, int depth, int[] seen) {
        if (++seen[0] > MAX_EXPANDED_NODES) {
            throw new InvalidInputException(source.at(node.getStartMark().getLine(), node.getStartMark().getColumn(),
                    "aliases expand to over " + MAX_EXPANDED_NODES + " values: alias expansion is limited"));
        }
        if (depth > limits.maxDepth()) {
            throw new InvalidInputException(source.at(node.getStartMark().getLine(), node.getStartMark().getColumn(),
                    "nested deeper than " + limits.maxDepth() + " levels, the nesting limit"));
        }
        if (!DATA_TAGS.contains(node.getTag())) {
            throw new InvalidInputException(source.at(node.getStartMark().getLine(), node.getStartMark().getColumn(),
                    "YAML tag '" + node.getTag().getValue() + "' is not allowed: scenario files are plain data"));
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                checkTree(source, tuple.getKeyNode(), depth + 1, seen);
                checkTree(source, tuple.getValueNode(), depth + 1, seen);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                checkTree(source, item, depth + 1, seen);
            }
        }
    }
}

package dev.hardground.scenario;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
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
        if (name.isEmpty()) {
            throw new InvalidInputException(Diagnostic.of("\"\"", "an empty argument names no file or directory"));
        }
        if (name.equals(STANDARD_INPUT)) {
            try {
                return decode(STANDARD_INPUT_NAME, bounded(System.in, STANDARD_INPUT_NAME));
            } catch (IOException e) {
                throw new InvalidInputException(Diagnostic.of(STANDARD_INPUT_NAME, "cannot read: " + e.getMessage()));
            }
        }
        try {
            if (Files.isDirectory(path)) {
                throw new InvalidInputException(Diagnostic.of(name, "is a directory, not a scenario file"));
            }
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                throw new InvalidInputException(Diagnostic.of(name, String.format(Locale.ROOT,
                        "file is %d bytes, over the scenario size limit of %d bytes (raise it with %s BYTES)",
                        size, limits.maxBytes(), Limits.MAX_FILE_SIZE_OPTION)));
            }
            byte[] bytes = readBounded(path);
            return decode(name, bytes);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Diagnostic.of(name, "no such file or directory"));
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(Diagnostic.of(name, "cannot read: permission denied"));
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(name, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads at most one byte over the limit, so that a file that grows (or a device) cannot exhaust memory. */
    private byte[] readBounded(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return bounded(in, path.toString());
        }
    }

    /** Reads a scenario's text from a stream (a file on any file system Spark reads), bounded by the size limit. */
    String read(String name, InputStream in) throws IOException {
        return decode(name, bounded(in, name));
    }

    /** The argument that names standard input, and how errors name it. */
    static final String STANDARD_INPUT = "-";
    static final String STANDARD_INPUT_NAME = "<stdin>";

    private byte[] bounded(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
            throw new InvalidInputException(Diagnostic.of(name, String.format(Locale.ROOT,
                    "file is over the scenario size limit of %d bytes (raise it with %s BYTES)",
                    limits.maxBytes(), Limits.MAX_FILE_SIZE_OPTION)));
        }
        return bytes;
    }

    /** UTF-8 text without a leading byte-order mark; the first malformed byte is reported by line and column. */
    static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            List<String> head = Source.of(name, new String(bytes, 0, bad, StandardCharsets.UTF_8) + "x").lines();
            int line = head.size() - 1;
            int column = head.get(line).length() - 1;
            Source source = Source.of(name, new String(bytes, StandardCharsets.UTF_8));
            throw new InvalidInputException(source.at(line, column, String.format(Locale.ROOT,
                    "file is not valid UTF-8: byte 0x%02X at offset %d", bytes[bad] & 0xFF, bad)));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Longest line parsed. SnakeYAML slows down sharply on very long tokens (a 5 MB line takes seconds), and no
     * scenario needs a line anywhere near this long.
     */
    static final int MAX_LINE_LENGTH = 65_536;

    /**
     * A deep copy of composed nodes, with their marks (for located errors), tags, styles and anchors; a node reached
     * twice (an alias) is copied once; comments are not copied (binding reads none). Cheaper than composing again.
     */
    static Node copy(Node node) {
        return node == null ? null : copy(node, new java.util.IdentityHashMap<>());
    }

    private static Node copy(Node node, java.util.IdentityHashMap<Node, Node> done) {
        Node seen = done.get(node);
        if (seen != null) {
            return seen;
        }
        if (node instanceof ScalarNode s) {
            ScalarNode c = new ScalarNode(s.getTag(), s.getValue(), s.getStartMark(), s.getEndMark(), s.getScalarStyle());
            c.setAnchor(s.getAnchor());
            done.put(node, c);
            return c;
        }
        if (node instanceof SequenceNode q) {
            SequenceNode c = new SequenceNode(q.getTag(), true, new java.util.ArrayList<>(q.getValue().size()),
                    q.getStartMark(), q.getEndMark(), q.getFlowStyle());
            c.setAnchor(q.getAnchor());
            done.put(node, c);
            for (Node item : q.getValue()) {
                c.getValue().add(copy(item, done));
            }
            return c;
        }
        if (node instanceof MappingNode m) {
            MappingNode c = new MappingNode(m.getTag(), true, new java.util.ArrayList<>(m.getValue().size()),
                    m.getStartMark(), m.getEndMark(), m.getFlowStyle());
            c.setMerged(m.isMerged());
            c.setAnchor(m.getAnchor());
            done.put(node, c);
            for (NodeTuple t : m.getValue()) {
                c.getValue().add(new NodeTuple(copy(t.getKeyNode(), done), copy(t.getValueNode(), done)));
            }
            return c;
        }
        throw new IllegalStateException("unexpected YAML node " + node.getClass().getSimpleName());
    }

    /** Parses YAML text into a node tree; an empty document gives null. */
    Node compose(Source source, String text) {
        checkLineLengths(source, text);
        Node root;
        try {
            root = new Yaml(options()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            if (isNestingLimit(e.getMessage())) {
                throw nestingError(source, text);
            }
            String problem = e.getProblem() == null ? "" : e.getProblem().strip();
            if (problem.startsWith(GLOBAL_TAG) && e.getProblemMark() != null) {
                Mark mark = e.getProblemMark();
                throw new InvalidInputException(source.at(mark.getLine(), mark.getColumn(),
                        notPlainData(problem.substring(GLOBAL_TAG.length()).strip())));
            }
            boolean unclosed = problem.contains("end of stream") && e.getContextMark() != null && e.getContext() != null;
            Mark mark = unclosed || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
            String message = unclosed
                    ? e.getContext().strip().replaceFirst("^while (scanning|parsing) ", "") + " that starts here is"
                            + " never closed"
                    : problem(e);
            throw new InvalidInputException(mark == null
                    ? source.at(0, 0, "invalid YAML: " + message)
                    : source.at(mark.getLine(), mark.getColumn(), "invalid YAML: " + message));
        } catch (ReaderException e) {
            throw new InvalidInputException(at(source, text, e.getPosition(), String.format(Locale.ROOT,
                    "invalid YAML: control character U+%04X is not allowed", e.getCodePoint())));
        } catch (YAMLException e) {
            if (isNestingLimit(e.getMessage())) {
                throw nestingError(source, text);
            }
            if (e.getMessage() != null && e.getMessage().startsWith(ALIAS_LIMIT)) {
                throw aliasError(source, text, "invalid YAML: " + explain(e.getMessage()));
            }
            throw new InvalidInputException(source.at(0, 0, "invalid YAML: " + explain(e.getMessage())));
        } catch (StackOverflowError e) {
            throw nestingError(source, text);
        }
        if (root != null) {
            checkTree(source, root, 0, new long[] {MAX_EXPANDED_NODES + text.length(), limits.maxBytes()});
        }
        return root;
    }

    private static void checkLineLengths(Source source, String text) {
        if (text.length() <= MAX_LINE_LENGTH) {
            return;
        }
        List<String> lines = Source.of(source.name(), text).lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_LINE_LENGTH) {
                throw new InvalidInputException(source.at(i, MAX_LINE_LENGTH, String.format(Locale.ROOT,
                        "line is %d characters long, over the line length limit of %d: break it up (the limit keeps"
                                + " parsing fast and cannot be raised)", lines.get(i).length(), MAX_LINE_LENGTH)));
            }
        }
    }

    private static final String GLOBAL_TAG = "Global tag is not allowed:";
    private static final String ALIAS_LIMIT = "Number of aliases for non-scalar nodes exceeds";

    /** A diagnostic at a code-point offset of the text (SnakeYAML's reader counts code points). */
    private static Diagnostic at(Source source, String text, int codePoint, String message) {
        int index = text.offsetByCodePoints(0, Math.max(0, Math.min(codePoint, text.codePointCount(0, text.length()))));
        List<String> head = Source.of(source.name(), text.substring(0, index) + "x").lines();
        int line = head.size() - 1;
        return source.at(line, head.get(line).codePointCount(0, head.get(line).length()) - 1, message);
    }

    private static String notPlainData(String tag) {
        return "YAML tag '" + (tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag)
                + "' is not allowed: scenario files are plain data";
    }

    private LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported by the binder, with their location
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1));
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** SnakeYAML's message, with its context when the problem alone does not read as a sentence. */
    private String problem(MarkedYAMLException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null) {
            return explain(context);
        }
        if (context != null && problem.strip().startsWith("but found")) {
            return explain(context.strip() + " " + problem.strip());
        }
        return explain(problem);
    }

    private static boolean isNestingLimit(String message) {
        return message != null && message.contains("Nesting Depth exceeded");
    }

    /**
     * Locates where nesting first goes past the limit. SnakeYAML's composer stops without a position; its event
     * parser is not recursive, so walking the events finds the collection that opened one level too many.
     */
    private InvalidInputException nestingError(Source source, String text) {
        int[] depth = {0};
        return located(source, text, nestingMessage(), event -> {
            if (event instanceof CollectionStartEvent) {
                return ++depth[0] > limits.maxDepth();
            }
            if (event instanceof CollectionEndEvent) {
                depth[0]--;
            }
            return false;
        });
    }

    /** Locates the first alias to a collection past the alias limit, which SnakeYAML reports without a position. */
    private InvalidInputException aliasError(Source source, String text, String message) {
        Set<String> collections = new HashSet<>();
        int[] aliases = {0};
        return located(source, text, message, event -> {
            if (event instanceof CollectionStartEvent start && start.getAnchor() != null) {
                collections.add(start.getAnchor());
            } else if (event instanceof AliasEvent alias && collections.contains(alias.getAnchor())) {
                return ++aliases[0] > limits.maxAliases();
            }
            return false;
        });
    }

    /** An error at the first event {@code culprit} accepts, or at the start when the walk cannot find it. */
    private InvalidInputException located(Source source, String text, String message, Predicate<Event> culprit) {
        try {
            for (Event event : new Yaml(options()).parse(new StringReader(text))) {
                if (culprit.test(event)) {
                    Mark mark = event.getStartMark();
                    return new InvalidInputException(source.at(mark.getLine(), mark.getColumn(), message));
                }
            }
        } catch (YAMLException | StackOverflowError e) {
            // fall through: report without a position
        }
        return new InvalidInputException(source.at(0, 0, message));
    }

    private String nestingMessage() {
        return "nested deeper than " + limits.maxDepth() + " levels, the nesting limit (raise it with "
                + Limits.MAX_DEPTH_OPTION + " N)";
    }

    private String explain(String problem) {
        if (problem == null) {
            return "unreadable";
        }
        String p = problem.strip();
        if (p.startsWith(ALIAS_LIMIT)) {
            return "more than " + limits.maxAliases() + " aliases, the alias limit that stops alias bombs"
                    + " (raise it with " + Limits.MAX_ALIASES_OPTION + " N)";
        }
        if (p.startsWith("The incoming YAML document exceeds the limit")) {
            return "text over the scenario size limit of " + limits.maxBytes() + " bytes (raise it with "
                    + Limits.MAX_FILE_SIZE_OPTION + " BYTES)";
        }
        return p;
    }

    /**
     * Nodes that alias expansion may add beyond the text's own: a real scenario has a few hundred nodes and
     * needs no alias, while a file of a few kilobytes can expand into billions.
     */
    static final int MAX_EXPANDED_NODES = 200_000;

    /**
     * Walks the tree as the binder will, with {@code budget[0]} visits left (each character may hold one node)
     * and {@code budget[1]} characters of scalar text: an alias of a large scalar repeats all of it, so the text
     * the aliases expand to is bounded by the file size limit as the file itself is.
     */
    private void checkTree(Source source, Node node, int depth, long[] budget) {
        if (node instanceof ScalarNode scalar) {
            budget[1] -= scalar.getValue().length();
            if (budget[1] < 0) {
                throw new InvalidInputException(source.at(node.getStartMark().getLine(),
                        node.getStartMark().getColumn(), "aliases expand to over " + limits.maxBytes()
                                + " characters of text, the scenario size limit (raise it with "
                                + Limits.MAX_FILE_SIZE_OPTION + " BYTES, or write the repeated parts out)"));
            }
        }
        if (--budget[0] < 0) {
            throw new InvalidInputException(source.at(node.getStartMark().getLine(), node.getStartMark().getColumn(),
                    "aliases expand to over " + MAX_EXPANDED_NODES + " extra values, the expansion limit that stops alias"
                            + " bombs (it cannot be raised: write the repeated parts out)"));
        }
        if (depth > limits.maxDepth()) {
            throw new InvalidInputException(source.at(node.getStartMark().getLine(), node.getStartMark().getColumn(),
                    nestingMessage()));
        }
        if (!DATA_TAGS.contains(node.getTag())) {
            String why = node.getTag().equals(Tag.MERGE) ? "merge keys (<<) are not supported: write the keys out"
                    : notPlainData(node.getTag().getValue());
            throw new InvalidInputException(source.at(node.getStartMark().getLine(), node.getStartMark().getColumn(),
                    why));
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                checkTree(source, tuple.getKeyNode(), depth + 1, budget);
                checkTree(source, tuple.getValueNode(), depth + 1, budget);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                checkTree(source, item, depth + 1, budget);
            }
        }
    }
}

package dev.hardground.engine;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.Ledger;
import dev.hardground.model.Suggestions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Drools' build messages into diagnostics located in the user's rule files. */
final class DrlDiagnostics {
    /** Fragments Drools quotes when it cannot say where an error is: the expression or name to look for. */
    private static final List<Pattern> CULPRITS = List.of(
            Pattern.compile("(\\S+) cannot be resolved"),
            Pattern.compile("Unable to find class: (\\S+)"),
            Pattern.compile("Unable to resolve ObjectType '([^']+)'"),
            Pattern.compile("Unable to parse left part of expression: (.+)"),
            Pattern.compile("Unable to Analyse Expression ([^:]+):"),
            Pattern.compile("Variable \\[(\\$?\\w+)\\]"),
            Pattern.compile("Unknown property (\\w+)"),
            Pattern.compile("unable to resolve method using strict-mode: [\\w.$]+\\.(\\w+)\\("),
            Pattern.compile("'([^']+)'"));
    private static final Pattern RULE_NAME = Pattern.compile("\\[Rule name='([^']+)'\\]");

    private DrlDiagnostics() {
    }

    static Diagnostic at(RuleFiles.RuleFile file, int line, int column, String message) {
        List<String> lines = file.lines();
        String text = line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
        return new Diagnostic(file.display(), Math.max(line, 1), Math.max(column, 1), message + didYouMean(message, text, column),
                text);
    }

    /** A property Drools could not find on a fact: the name it quotes, first word of the expression. */
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "(?:Unable to parse left part of expression: |Unknown property )(\\w+)");
    /** The fact pattern a constraint sits in: {@code Agreement(} before the column. */
    private static final Pattern FACT = Pattern.compile("(\\w+)\\s*\\(");

    /**
     * For a misspelt field of a model fact ({@code Agreement(ratifed == true)}): {@code "; did you mean
     * 'ratified'?"}, by the same edit distance as scenario keys, or the fact's fields when none is near.
     */
    static String didYouMean(String message, String line, int column) {
        Matcher field = UNKNOWN_FIELD.matcher(message);
        if (!field.find() || line == null) {
            return "";
        }
        String before = line.substring(0, Math.max(0, Math.min(line.length(), column > 0 ? column + field.group(1).length() : line.length())));
        String type = null;
        Matcher fact = FACT.matcher(before);
        while (fact.find()) {
            type = fact.group(1);
        }
        if (type == null) {
            return "";
        }
        Class<?> record;
        try {
            record = Class.forName(Ledger.class.getPackageName() + "." + type);
        } catch (ClassNotFoundException e) {
            return "";
        }
        if (!record.isRecord()) {
            return "";
        }
        List<String> fields = java.util.Arrays.stream(record.getRecordComponents()).map(c -> c.getName()).toList();
        String hint = Suggestions.hint(field.group(1), fields);
        return hint.isEmpty() ? " (" + type + " has: " + String.join(", ", fields) + ")" : hint;
    }

    /** A diagnostic for a build message whose line Drools may not know: found by searching for its culprit. */
    static Diagnostic locate(RuleFiles.RuleFile file, int line, int column, String message) {
        String clean = clean(message);
        if (line >= 1 && column >= 1) {
            return at(file, line, column, clean);
        }
        List<String> lines = file.lines();
        for (Pattern pattern : CULPRITS) {
            Matcher m = pattern.matcher(message);
            if (m.find()) {
                int[] found = find(lines, m.group(1).strip(), Math.max(line, 1));
                if (found != null) {
                    return at(file, found[0], found[1], clean);
                }
            }
        }
        Matcher rule = RULE_NAME.matcher(message);
        if (rule.find()) {
            int[] found = find(lines, "rule \"" + rule.group(1) + "\"", 1);
            if (found != null) {
                return at(file, found[0], found[1], clean);
            }
        }
        return at(file, Math.max(line, 1), 1, clean);
    }

    private static int[] find(List<String> lines, String fragment, int fromLine) {
        if (fragment.isEmpty()) {
            return null;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = pass == 0 ? fromLine - 1 : 0; i < lines.size(); i++) {
                String code = stripComment(lines.get(i));
                int at = code.indexOf(fragment);
                if (at >= 0) {
                    return new int[] {i + 1, at + 1};
                }
            }
        }
        return null;
    }

    private static String stripComment(String line) {
        int at = line.indexOf("//");
        return at >= 0 ? line.substring(0, at) : line;
    }

    /** One line of message: Drools' multi-line texts, reduced to what a rule author needs. */
    static String clean(String message) {
        if (message == null) {
            return "rule error";
        }
        if (message.startsWith("Java source of ") && message.contains(" in error:")) {
            // Drools' dump of the Java it generated: not the user's text, and nothing they can act on.
            return "a rule does not compile to Java (see the error above)";
        }
        String m = message.replaceAll("\\s*\\[Rule name='[^']*'\\]", "")
                .replaceAll("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "")
                .replaceAll("(?s)\\[Near : \\{.*?\\}\\]", "")
                .replaceAll("(?m)^\\s*\\^\\s*$", "")
                .replaceAll("\\[Line: \\d+, Column: \\d+\\]", "")
                .replaceAll("\\s+", " ")
                .strip();
        m = m.replaceFirst("^\\w+ErrorResult: ", "").replaceFirst("^Rule Compilation error ", "").replaceFirst("^VariableUsedInBindingError: ", "");
        return m.isEmpty() ? "rule error" : m;
    }
}

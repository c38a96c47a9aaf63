package dev.hardground.engine;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Ledger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Parses every rule file once to find each rule's file, line and metadata, and to report syntax errors with
 * their exact position before the (slower) build is attempted.
 */
final class RuleIndex {
    private final Map<String, RuleSite> sites = new LinkedHashMap<>();

    private RuleIndex() {
    }

    /** An index read back from the cache. */
    static RuleIndex of(List<RuleSite> known) {
        RuleIndex index = new RuleIndex();
        known.forEach(s -> index.sites.put(s.key(), s));
        return index;
    }

    static RuleIndex of(RuleFiles files) {
        RuleIndex index = new RuleIndex();
        List<Diagnostic> errors = new ArrayList<>();
        for (RuleFiles.RuleFile file : files.files()) {
            index.add(file, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return index;
    }

    private void add(RuleFiles.RuleFile file, List<Diagnostic> errors) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, file.text());
        } catch (DroolsParserException e) {
            errors.add(DrlDiagnostics.at(file, e.getLineNumber(), e.getColumn(), e.getMessage()));
            return;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                int line = error instanceof ParserError p ? p.getRow() : firstLine(error);
                int col = error instanceof ParserError p ? p.getCol() : 0;
                errors.add(DrlDiagnostics.at(file, line, col + 1, DrlDiagnostics.clean(error.getMessage())));
            }
            if (parser.getErrors().isEmpty()) {
                errors.add(DrlDiagnostics.at(file, 1, 1, "cannot parse rule file"));
            }
            return;
        }
        checkPackageName(file, pkg, errors);
        checkLedger(file, pkg, errors);
        for (RuleDescr rule : pkg.getRules()) {
            checkLedgerCalls(file, rule, errors);
            RuleSite site = new RuleSite(pkg.getName(), rule.getName(), file.display(), rule.getLine(),
                    annotation(rule, "factor", RuleSite.UNCLASSIFIED), annotation(rule, "description", ""));
            RuleSite previous = sites.put(site.key(), site);
            if (previous != null) {
                errors.add(DrlDiagnostics.at(file, rule.getLine(), rule.getColumn() + 1, "duplicate rule name '"
                        + rule.getName() + "' in package " + pkg.getName() + " (first at " + previous.location() + ")"));
            }
        }
    }

    /** Java keywords: rules compile to Java classes in their package, and Drools fails without a position on them. */
    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte",
            "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
            "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_");
    private static final Pattern LEDGER_CALL = Pattern.compile("\\bledger\\s*\\.\\s*(\\w+)\\s*\\(");

    private static void checkPackageName(RuleFiles.RuleFile file, PackageDescr pkg, List<Diagnostic> errors) {
        String name = pkg.getName() == null ? "" : pkg.getName();
        for (String segment : name.split("\\.")) {
            if (JAVA_KEYWORDS.contains(segment)) {
                int[] at = find(file, Pattern.compile("\\bpackage\\s+(" + Pattern.quote(name) + ")"), 1);
                errors.add(DrlDiagnostics.at(file, at[0], at[1], "package name '" + name + "' uses the Java keyword '"
                        + segment + "'; rules compile to Java, so choose another name"));
                return;
            }
        }
    }

    /** The ledger global must be a {@link Ledger}: the engine hands one to every session. */
    private static void checkLedger(RuleFiles.RuleFile file, PackageDescr pkg, List<Diagnostic> errors) {
        for (GlobalDescr global : pkg.getGlobals()) {
            String type = global.getType();
            if ("ledger".equals(global.getIdentifier()) && !"Ledger".equals(type)
                    && !Ledger.class.getName().equals(type)) {
                int[] at = find(file, Pattern.compile("\\bglobal\\s+(" + Pattern.quote(type) + ")\\s+ledger\\b"), 1);
                errors.add(DrlDiagnostics.at(file, at[0], at[1], "the global 'ledger' must be declared as 'global Ledger"
                        + " ledger;', not as " + type));
            }
        }
    }

    /** A call to a method the ledger does not have: the commonest slip in a consequence, located exactly. */
    private static void checkLedgerCalls(RuleFiles.RuleFile file, RuleDescr rule, List<Diagnostic> errors) {
        if (!(rule.getConsequence() instanceof String consequence)) {
            return;
        }
        Set<String> methods = RuleVocabulary.ledgerMethodNames();
        Matcher call = LEDGER_CALL.matcher(consequence);
        while (call.find()) {
            String method = call.group(1);
            if (!methods.contains(method)) {
                int[] at = find(file, Pattern.compile("\\bledger\\s*\\.\\s*(" + Pattern.quote(method) + ")\\s*\\("),
                        Math.max(1, rule.getLine()));
                errors.add(DrlDiagnostics.at(file, at[0], at[1], "rule '" + rule.getName() + "' calls ledger."
                        + method + "(), which does not exist; the ledger has " + String.join(", ", methods)));
            }
        }
    }

    /** Line and column (1-based) of the first group of {@code pattern} at or after {@code fromLine}; else 1:1. */
    private static int[] find(RuleFiles.RuleFile file, Pattern pattern, int fromLine) {
        List<String> lines = file.lines();
        for (int i = fromLine - 1; i < lines.size(); i++) {
            Matcher m = pattern.matcher(lines.get(i));
            if (m.find()) {
                return new int[] {i + 1, m.start(1) + 1};
            }
        }
        return new int[] {fromLine, 1};
    }

    private static int firstLine(DroolsError error) {
        int[] lines = error.getLines();
        return lines != null && lines.length > 0 ? lines[0] : 1;
    }

    private static String annotation(RuleDescr rule, String name, String fallback) {
        AnnotationDescr a = rule.getAnnotation(name);
        if (a == null || a.getSingleValue() == null) {
            return fallback;
        }
        String value = a.getSingleValue().toString().strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    RuleSite site(String packageName, String ruleName) {
        return sites.get(packageName + ":" + ruleName);
    }

    /** The first rule of that name in any package (Drools names a failing condition's rule without its package). */
    RuleSite byName(String ruleName) {
        return sites.values().stream().filter(s -> s.name().equals(ruleName)).findFirst().orElse(null);
    }

    List<RuleSite> all() {
        return List.copyOf(sites.values());
    }
}

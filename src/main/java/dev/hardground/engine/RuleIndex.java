package dev.hardground.engine;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
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
        for (RuleDescr rule : pkg.getRules()) {
            RuleSite site = new RuleSite(pkg.getName(), rule.getName(), file.display(), rule.getLine(),
                    annotation(rule, "factor", RuleSite.UNCLASSIFIED), annotation(rule, "description", ""));
            RuleSite previous = sites.put(site.key(), site);
            if (previous != null) {
                errors.add(DrlDiagnostics.at(file, rule.getLine(), rule.getColumn() + 1, "duplicate rule name '"
                        + rule.getName() + "' in package " + pkg.getName() + " (first at " + previous.location() + ")"));
            }
        }
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

    List<RuleSite> all() {
        return List.copyOf(sites.values());
    }
}

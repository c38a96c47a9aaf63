package dev.hardground.engine;

import dev.hardground.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.Model;
import org.drools.model.impl.ModelImpl;

/**
 * Drools' executable model sometimes throws on a rule it cannot handle instead of reporting an error (an
 * {@code accumulate} over a {@code not}, {@code exists} or {@code eval}: a NullPointerException while the rule
 * base is built; some accumulate expressions: "Need the last pattern to add the binding" while Java is
 * generated). This finds the rule that makes it throw, so the user gets {@code file:line:col: error:} and exit 2
 * rather than an internal error: by loading the built model one rule at a time (cheap), or, when generating
 * the Java throws, by halving the set of rules compiled until one rule is left (each try a build: slow, but
 * only on this error path).
 */
final class DrlCrashes {
    private DrlCrashes() {
    }

    /** One rule of the user's files, where its text starts and ends. */
    record Site(RuleFiles.RuleFile file, String packageName, String name, int line, int column, int start, int end) {
    }

    /** The rule of the built models that fails to load on its own, or null when none does alone. */
    static String failingModelRule(List<Model> models, Predicate<List<Model>> loads) {
        for (Model model : models) {
            for (var rule : model.getRules()) {
                ModelImpl alone = new ModelImpl(model.getName()).withGlobals(model.getGlobals()).addRule(rule);
                model.getTypeMetaDatas().forEach(alone::addTypeMetaData);
                if (!loads.test(List.of(alone))) {
                    return model.getPackageName() + ":" + rule.getName();
                }
            }
        }
        return null;
    }

    /** Every rule of the files, in file order. */
    static List<Site> sites(RuleFiles files) {
        List<Site> sites = new ArrayList<>();
        for (RuleFiles.RuleFile file : files.files()) {
            PackageDescr pkg;
            try {
                pkg = new DrlParser().parse(false, file.text());
            } catch (DroolsParserException e) {
                continue; // a file that does not parse was reported before compiling
            }
            if (pkg == null) {
                continue;
            }
            for (RuleDescr rule : pkg.getRules()) {
                sites.add(new Site(file, pkg.getName(), rule.getName(), rule.getLine(), rule.getColumn() + 1,
                        rule.getStartCharacter(), rule.getEndCharacter()));
            }
        }
        return sites;
    }

    /**
     * The one rule that makes {@code crashes} true: the smallest prefix of the rules (the others blanked out)
     * that still crashes ends with it. Null when the files without any rule crash too, or nothing is found.
     */
    static Site bisect(RuleFiles files, List<Site> sites, Predicate<RuleFiles> crashes) {
        int lo = 0;
        int hi = sites.size();
        if (hi == 0 || crashes.test(keeping(files, sites, 0))) {
            return null;
        }
        while (hi - lo > 1) { // invariant: the first lo rules do not crash, the first hi do
            int mid = (lo + hi) >>> 1;
            if (crashes.test(keeping(files, sites, mid))) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return sites.get(hi - 1);
    }

    /** The files with every rule after the first {@code count} replaced by blanks (lines kept). */
    static RuleFiles keeping(RuleFiles files, List<Site> sites, int count) {
        List<RuleFiles.RuleFile> out = new ArrayList<>();
        for (RuleFiles.RuleFile file : files.files()) {
            char[] text = file.text().toCharArray();
            for (int i = count; i < sites.size(); i++) {
                Site s = sites.get(i);
                if (s.file() == file) {
                    for (int c = Math.max(0, s.start()); c <= Math.min(text.length - 1, s.end()); c++) {
                        if (text[c] != '\n' && text[c] != '\r') {
                            text[c] = ' ';
                        }
                    }
                }
            }
            out.add(new RuleFiles.RuleFile(file.display(), file.relative(), new String(text)));
        }
        return RuleFiles.of(files.dir(), out);
    }

    /** The error shown for the rule Drools throws on. */
    static Diagnostic at(Site site, RuntimeException crash) {
        return DrlDiagnostics.at(site.file(), site.line(), site.column(), message(crash));
    }

    static String message(RuntimeException crash) {
        String what = crash.getMessage() == null ? crash.getClass().getSimpleName() : crash.getMessage();
        return "Drools cannot compile this rule (it fails inside with: " + DrlDiagnostics.clean(what)
                + "); write its conditions another way (an accumulate over a pattern, with a plain expression)";
    }
}

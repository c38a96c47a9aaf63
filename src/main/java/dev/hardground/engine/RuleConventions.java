package dev.hardground.engine;

import dev.hardground.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The house conventions for rule files, checked by {@code lint}: every rule names its factor and describes
 * itself in metadata, and a comment right above it says why its weight has that size.
 */
final class RuleConventions {
    private RuleConventions() {
    }

    static List<Diagnostic> check(RuleFiles files, RuleIndex index) {
        List<Diagnostic> warnings = new ArrayList<>();
        for (RuleSite site : index.all()) {
            RuleFiles.RuleFile file = files.files().stream().filter(f -> f.display().equals(site.file())).findFirst()
                    .orElse(null);
            if (file == null) {
                continue;
            }
            if (site.factor().equals(RuleSite.UNCLASSIFIED)) {
                warnings.add(DrlDiagnostics.at(file, site.line(), 1, "rule '" + site.name()
                        + "' has no @factor: its points are counted as 'unclassified'"));
            }
            if (site.description().isEmpty()) {
                warnings.add(DrlDiagnostics.at(file, site.line(), 1, "rule '" + site.name() + "' has no @description"));
            }
            if (!commented(file.lines(), site.line())) {
                warnings.add(DrlDiagnostics.at(file, site.line(), 1, "rule '" + site.name()
                        + "' has no comment above it saying why its weight has that size"));
            }
        }
        return warnings;
    }

    /** Whether the nearest non-blank line above the rule is a comment. */
    private static boolean commented(List<String> lines, int ruleLine) {
        for (int i = ruleLine - 2; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                return line.startsWith("//") || line.endsWith("*/");
            }
        }
        return false;
    }
}

package dev.hardground.cli;

import dev.hardground.analysis.BatchInputs;
import dev.hardground.analysis.RevisionRules;
import dev.hardground.analysis.RuleDiff;
import dev.hardground.engine.RuleBase;
import dev.hardground.report.DiffReporter;
import dev.hardground.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff --rules A --against B PATH…}: scores and verdicts under two rule sets, side by side. */
@Command(name = "diff",
        description = {"Score every scenario and variant under two rule sets and show what changed: --rules (the rules "
                + "under test) against --against DIR or --against-rev REV (rules/ at a git revision).",
                "Exit 1 with --fail-on-change when a row changed; 2 on invalid input."})
final class DiffCommand extends RulesCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario files, directories or globs.")
    List<String> paths;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Against against;

    static final class Against {
        @Option(names = "--against", paramLabel = "DIR", description = "The rule directory to compare with.")
        Path dir;

        @Option(names = "--against-rev", paramLabel = "REV", description = "Compare with the --rules directory as of this git revision.")
        String revision;
    }

    @Option(names = "--all", description = "Show every row, not only the changed ones.")
    boolean all;

    @Option(names = "--threshold", paramLabel = "POINTS", defaultValue = "0",
            description = "Ignore score changes smaller than this (verdict changes always count; default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--fail-on-change", description = "Exit 1 when any row changed.")
    boolean failOnChange;

    @Mixin
    FormatOption formatOption;

    @Override
    Integer run(RuleSource source) {
        PrintWriter out = out();
        PrintWriter err = err();
        if (threshold < 0 || !Double.isFinite(threshold)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be a number of points, 0 or more",
                    null, String.valueOf(threshold));
        }
        RuleBase rules = source.compile();
        RuleBase previous;
        String againstName;
        if (against.dir != null) {
            againstName = against.dir.toString();
            previous = source.compile(against.dir);
        } else {
            againstName = source.directory() + "@" + against.revision;
            try (RevisionRules revision = RevisionRules.extract(source.directory(), against.revision)) {
                previous = source.compile(revision.directory());
            }
        }
        List<RuleDiff.Row> rows = compare(rules, previous);
        rows.forEach(r -> ErrorHandler.print(err, r.diagnostics()));
        List<RuleDiff.Row> shown = rows.stream().filter(r -> all || r.error() || r.changed(threshold)).toList();
        long changed = rows.stream().filter(r -> r.changed(threshold)).count();
        if (formatOption.json()) {
            out.print(DiffReporter.json(shown, rows.size(), changed, new DiffReporter.Sides(rules.hash(),
                    source.directory().toString(), previous.hash(), againstName), threshold));
        } else {
            DiffReporter.text(out, shown, rows.size(), source.directory().toString(), againstName);
        }
        out.flush();
        err.flush();
        boolean invalid = rows.stream().anyMatch(RuleDiff.Row::error);
        return ExitCode.worst(invalid, failOnChange && changed > 0).code();
    }

    private List<RuleDiff.Row> compare(RuleBase rules, RuleBase previous) {
        return RuleDiff.compare(rules, previous, BatchInputs.expand(paths, Path.of("")), new ScenarioLoader(limitOptions.limits()));
    }
}

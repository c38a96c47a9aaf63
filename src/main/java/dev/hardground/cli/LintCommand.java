package dev.hardground.cli;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Variant;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lint [FILE…]}: compile the rules and validate scenarios (with every variant) without running anything. */
@Command(name = "lint",
        description = "Compile the rules and validate scenario files and their variants, without scoring.")
final class LintCommand extends RulesCommand {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Scenario files, folders (searched for *.yaml, *.yml) or globs to validate.")
    List<String> paths = new ArrayList<>();

    @picocli.CommandLine.Option(names = "--strict", description = "Exit 1 when a rule breaks the conventions (warnings).")
    boolean strict;

    @Override
    Integer run(RuleSource source) {
        PrintWriter out = out();
        PrintWriter err = err();
        boolean invalid = false;
        boolean warned = false;
        try {
            RuleBase rules = source.compile();
            out.printf("rules: %d rules in %s compiled (%s)%n", rules.rules().size(), rules.directory(),
                    rules.hash().substring(0, 12));
            for (var warning : rules.conventionWarnings()) {
                err.println(warning.headline("warning"));
                warned = true;
            }
        } catch (InvalidInputException e) {
            ErrorHandler.print(err, e);
            invalid = true;
        }
        ScenarioLoader loader = new ScenarioLoader(limitOptions.limits());
        var inputs = ScenarioPaths.expand(paths);
        if (!inputs.problems().isEmpty()) {
            ErrorHandler.print(err, inputs.problems());
            invalid = true;
        }
        for (Path file : inputs.files()) {
            try {
                ScenarioFile scenario = loader.load(file);
                for (Variant v : scenario.variants()) {
                    scenario.resolve(v.name(), List.of());
                }
                out.printf("%s: ok (%d variants)%n", file, scenario.variants().size());
            } catch (InvalidInputException e) {
                ErrorHandler.print(err, e);
                invalid = true;
            }
        }
        out.flush();
        err.flush();
        return ExitCode.worst(invalid, strict && warned).code();
    }
}

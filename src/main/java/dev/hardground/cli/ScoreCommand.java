package dev.hardground.cli;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Scenario;
import dev.hardground.report.ScoreJsonReporter;
import dev.hardground.report.ScoreResult;
import dev.hardground.report.ScoreTextReporter;
import dev.hardground.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score FILE…}: the deterministic score, verdict and factor breakdown of each scenario. */
@Command(name = "score",
        description = "Score scenarios: durability score, verdict and a breakdown by factor.")
final class ScoreCommand extends RulesCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario files, folders (searched for *.yaml, *.yml) or globs.")
    List<String> paths;


    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--explain", description = "List every fired rule with file:line, factor, points and reason.")
    boolean explain;

    @Mixin
    FormatOption formatOption;

    @Mixin
    WatchOption watch;

    @Override
    Integer run(RuleSource source) throws Exception {
        var inputs = ScenarioPaths.expand(paths);
        List<Path> files = inputs.files();
        if (!inputs.problems().isEmpty()) {
            ErrorHandler.print(err(), inputs.problems());
            if (files.isEmpty()) {
                return ExitCode.INVALID_INPUT.code();
            }
        }
        boolean missing = !inputs.problems().isEmpty();
        int code = watch.run(out(), err(), source.directory(), files, () -> once(source, files));
        return missing ? Math.max(code, ExitCode.INVALID_INPUT.code()) : code;
    }

    private int once(RuleSource source, List<Path> files) {
        PrintWriter out = out();
        PrintWriter err = err();
        var assignments = scenarioOptions.assignments();
        RuleBase rules = source.compile();
        ScenarioLoader loader = new ScenarioLoader(limitOptions.limits());
        List<ScoreResult> results = new ArrayList<>();
        boolean invalid = false;
        for (Path file : files) {
            try {
                Scenario scenario = loader.load(file).resolve(scenarioOptions.variant, assignments);
                results.add(new ScoreResult(scenario, scenarioOptions.label(), rules.score(scenario), rules.hash()));
            } catch (InvalidInputException e) {
                ErrorHandler.print(err, e);
                invalid = true;
            }
        }
        if (formatOption.json()) {
            out.print(ScoreJsonReporter.render(results, rules.hash()));
        } else {
            ScoreTextReporter text = new ScoreTextReporter(out, explain, rules.settings().durableAt(),
                    rules.settings().fragileAt());
            results.forEach(text::report);
        }
        out.flush();
        err.flush();
        return ExitCode.worst(invalid, false).code();
    }
}

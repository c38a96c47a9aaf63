package dev.hardground.cli;

import dev.hardground.engine.RuleVocabulary;
import dev.hardground.report.OutputFile;
import dev.hardground.scenario.ScenarioReference;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reference rules|scenario}: the generated references docs/rules.md and docs/scenario.md. */
@Command(name = "reference",
        description = {"Print a reference generated from the model, as Markdown:",
                "  rules     every fact class, field, type, enum value and ledger method a rule may use (docs/rules.md)",
                "  scenario  every scenario field: type, required, bounds, ranges, default, meaning (docs/scenario.md)"})
final class ReferenceCommand extends BaseCommand {
    /** Which reference. */
    enum Topic { RULES, SCENARIO }

    @Parameters(paramLabel = "TOPIC", description = "rules or scenario.")
    Topic topic;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the reference to FILE instead of stdout.")
    Path outFile;

    @Override
    public Integer call() {
        String text = topic == Topic.RULES ? RuleVocabulary.markdown() : ScenarioReference.markdown();
        if (outFile != null) {
            OutputFile.write(outFile, text, List.of());
        } else {
            PrintWriter out = out();
            out.print(text);
            out.flush();
        }
        return ExitCode.OK.code();
    }
}

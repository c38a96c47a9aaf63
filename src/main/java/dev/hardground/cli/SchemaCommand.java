package dev.hardground.cli;

import dev.hardground.report.Json;
import dev.hardground.report.OutputFile;
import dev.hardground.scenario.ScenarioSchema;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code schema}: the JSON Schema of scenario files, for editors and validators. */
@Command(name = "schema",
        description = {"Print the JSON Schema (draft 2020-12) of scenario files, generated from the model.",
                "Editors with the YAML language server pick it up from a first line such as:",
                "  # yaml-language-server: $schema=../schema/scenario.schema.json"})
final class SchemaCommand extends BaseCommand {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the schema to FILE instead of stdout.")
    Path outFile;

    @Override
    public Integer call() {
        String schema = Json.write(ScenarioSchema.generate());
        if (outFile != null) {
            OutputFile.write(outFile, schema, List.of());
        } else {
            PrintWriter out = out();
            out.print(schema);
            out.flush();
        }
        return ExitCode.OK.code();
    }
}

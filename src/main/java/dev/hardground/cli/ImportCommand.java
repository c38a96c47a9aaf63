package dev.hardground.cli;

import dev.hardground.evidence.UcdpPadImport;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.report.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: turn a dataset's rows into scenario files. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = ImportCommand.UcdpPad.class,
        description = "Import scenario files from a research dataset (see docs/data.md).")
final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing dataset (try: hardground import ucdp-pad FILE --out DIR)");
    }

    /**
     * {@code import ucdp-pad FILE --out DIR}: one scenario per row. A file that exists with the same bytes is left
     * alone; one that differs is kept, and reported, unless {@code --force}; the other rows are still written.
     */
    @Command(name = "ucdp-pad", mixinStandardHelpOptions = true,
            description = {"One scenario file per row of a UCDP Peace Agreement Dataset CSV: facts as known on the",
                    "signing day, the outcome by the label rule of docs/data.md, and source: {dataset, id}."})
    static final class UcdpPad implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The CSV (e.g. data/ucdp-pad-22.1-merged-1975-2009.csv).")
        Path file;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write the scenarios into.")
        Path out;

        @Option(names = "--force", description = "Overwrite scenario files that exist with other contents.")
        boolean force;

        @Option(names = "--dataset", paramLabel = "NAME", defaultValue = UcdpPadImport.DEFAULT_DATASET,
                description = "Dataset name written into each file's source (default: ${DEFAULT-VALUE}).")
        String dataset;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            UcdpPadImport.Result result = UcdpPadImport.run(file.toString(), read(file), dataset);
            List<Diagnostic> errors = new ArrayList<>(result.errors());
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new InvalidInputException(Diagnostic.of(out.toString(), "is not a directory"));
            }
            int written = 0;
            int same = 0;
            for (UcdpPadImport.Scenario s : result.scenarios()) {
                Path target = out.resolve(s.fileName());
                byte[] bytes = s.yaml().getBytes(StandardCharsets.UTF_8);
                if (Files.exists(target) && unchanged(target, bytes)) {
                    same++;
                } else if (Files.exists(target) && !force) {
                    errors.add(new Diagnostic(target.toString(), 1, 1, "exists with other contents: not overwritten"
                            + " (row on " + file + ":" + s.line() + "; use --force to replace it)", null));
                } else {
                    OutputFile.write(target, bytes, List.of(file));
                    written++;
                }
            }
            errors.sort(java.util.Comparator.comparing(Diagnostic::path).thenComparingInt(Diagnostic::line));
            ErrorHandler.print(err, errors);
            err.printf("imported %d of %d rows into %s: %d written, %d unchanged%s%n", result.scenarios().size(),
                    result.rows(), out, written, same, errors.isEmpty() ? "" : ", " + errors.size() + " error(s)");
            err.flush();
            return errors.isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
        }

        private static boolean unchanged(Path target, byte[] bytes) {
            try {
                return java.util.Arrays.equals(Files.readAllBytes(target), bytes);
            } catch (IOException e) {
                return false;
            }
        }

        private static String read(Path file) {
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            } catch (NoSuchFileException e) {
                throw new InvalidInputException(Diagnostic.of(file.toString(), "no such file or directory"));
            } catch (CharacterCodingException e) {
                throw new InvalidInputException(Diagnostic.of(file.toString(), "not UTF-8 text"));
            } catch (IOException e) {
                throw new InvalidInputException(Diagnostic.of(file.toString(), "cannot read: " + e.getMessage()));
            }
        }
    }
}

package dev.hardground.cli;

import dev.hardground.analysis.BatchInputs;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario arguments as {@code batch} reads them ({@link BatchInputs}): files, folders searched for
 * {@code *.yaml} and {@code *.yml}, and globs; an argument that names nothing is a located error. Unlike
 * {@code batch}, a command that reads the scenarios it is given also takes {@code -} (standard input) and a
 * special file named outright ({@code /dev/stdin}, a shell's {@code <(…)}), read up to the size limit.
 */
final class ScenarioPaths {
    private ScenarioPaths() {
    }

    /** Every file the arguments name, sorted; the arguments that name nothing in {@link BatchInputs#problems()}. */
    static BatchInputs expand(List<String> arguments) {
        List<String> searched = new ArrayList<>();
        List<Path> direct = new ArrayList<>();
        for (String argument : arguments) {
            if (readAsGiven(argument)) {
                direct.add(Path.of(argument));
            } else {
                searched.add(argument);
            }
        }
        BatchInputs inputs = BatchInputs.expand(searched, Path.of(""));
        if (direct.isEmpty()) {
            return inputs;
        }
        List<Path> files = new ArrayList<>(inputs.files());
        files.addAll(direct);
        return new BatchInputs(inputs.workingDir(), files, inputs.problems());
    }

    /** Standard input, or a FIFO or device named outright: read as given rather than searched for. */
    private static boolean readAsGiven(String argument) {
        if (argument.equals("-")) {
            return true;
        }
        if (argument.isEmpty() || BatchInputs.isGlob(argument)) {
            return false;
        }
        try {
            Path path = Path.of(argument);
            return Files.exists(path) && !Files.isDirectory(path) && !Files.isRegularFile(path);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The one scenario file a single-scenario command reads; a folder or glob must name exactly one. */
    static Path one(String argument, String command) {
        BatchInputs inputs = expand(List.of(argument));
        if (!inputs.problems().isEmpty()) {
            throw new InvalidInputException(inputs.problems());
        }
        if (inputs.files().size() != 1) {
            List<String> names = inputs.files().stream().map(inputs::name).toList();
            throw new InvalidInputException(Diagnostic.of(argument, "names " + names.size() + " scenario files ("
                    + String.join(", ", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", …" : "")
                    + "): " + command + " reads one; score, lint and batch take several"));
        }
        return inputs.files().get(0);
    }
}

package dev.hardground.cli;

import dev.hardground.analysis.BatchInputs;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * Scenario arguments as {@code batch} reads them ({@link BatchInputs}): files, folders searched for
 * {@code *.yaml} and {@code *.yml}, and globs; an argument that names nothing is a located error.
 */
final class ScenarioPaths {
    private ScenarioPaths() {
    }

    /** Every file the arguments name, sorted; the arguments that name nothing in {@link BatchInputs#problems()}. */
    static BatchInputs expand(List<String> arguments) {
        return BatchInputs.expand(arguments, Path.of(""));
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

package dev.hardground.cli;

import dev.hardground.scenario.Assignment;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --variant} and {@code --set}: which what-if of a scenario to run. */
public final class ScenarioOptions {
    @Option(names = "--variant", paramLabel = "NAME", description = "Apply the scenario's named variant.")
    String variant;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a value, e.g. --set 'commitments[jp-firms-contribute].chance=0.2' (repeatable).")
    List<String> sets = new ArrayList<>();

    /** The named variant, or null for the base scenario. */
    public String variant() {
        return variant;
    }

    /** The {@code --set} overrides as written, in order. */
    public List<String> sets() {
        return List.copyOf(sets);
    }

    public List<Assignment> assignments() {
        return sets.stream().map(Assignment::parse).toList();
    }

    /** The label a result carries: the variant's name, {@code --set}, or null for the base scenario. */
    String label() {
        if (sets.isEmpty()) {
            return variant;
        }
        String custom = String.join(", ", sets);
        return variant == null ? custom : variant + " + " + custom;
    }
}

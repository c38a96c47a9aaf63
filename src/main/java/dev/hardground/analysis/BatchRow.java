package dev.hardground.analysis;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.Verdict;
import dev.hardground.simulate.InputSpread;
import dev.hardground.simulate.Interval;
import java.util.List;

/**
 * One scenario or one of its variants, as a batch judged it.
 *
 * @param scenario    the scenario's id, or the file's name when the file could not be read
 * @param variant     the variant's name, null for the base scenario
 * @param file        the scenario file as named on the command line (relative, forward slashes)
 * @param messages    what failed: each expectation that did not hold, stating expected and actual, or the errors
 * @param score       null when not scored
 * @param verdict     null when not scored
 * @param survival    null unless an expectation named survival and the scenario was simulated
 * @param diagnostics located errors for an {@code error} row; empty otherwise
 * @param line        1-based line of the {@code expect:} block that applies, or of the variant or the first line
 *                    of the file when there is none; 0 when the file could not be read
 * @param seconds     how long scoring (and simulating) this row took, the one figure that varies between runs
 * @param inputs      the 90% spread of survival over the ranged inputs' draws, kept apart from the Monte Carlo
 *                    interval {@code survival}; null for a point scenario or one not simulated
 */
public record BatchRow(String scenario, String variant, String file, BatchStatus status, List<String> messages,
                       Double score, Verdict verdict, Interval survival, List<Diagnostic> diagnostics, int line,
                       double seconds, InputSpread inputs) {
    public BatchRow {
        messages = List.copyOf(messages);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A row of a point scenario, or one not simulated: no input spread. */
    public BatchRow(String scenario, String variant, String file, BatchStatus status, List<String> messages,
                    Double score, Verdict verdict, Interval survival, List<Diagnostic> diagnostics, int line,
                    double seconds) {
        this(scenario, variant, file, status, messages, score, verdict, survival, diagnostics, line, seconds, null);
    }

    /** A row that could not be scored. */
    public static BatchRow error(String scenario, String variant, String file, List<Diagnostic> diagnostics) {
        int line = diagnostics.isEmpty() ? 0 : diagnostics.get(0).line();
        return new BatchRow(scenario, variant, file, BatchStatus.ERROR,
                diagnostics.stream().map(Diagnostic::headline).toList(), null, null, null, diagnostics, line, 0);
    }

    /** {@code scenario} or {@code scenario [variant]}. */
    public String label() {
        return variant == null ? scenario : scenario + " [" + variant + "]";
    }
}

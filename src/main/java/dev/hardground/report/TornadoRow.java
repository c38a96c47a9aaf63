package dev.hardground.report;

import dev.hardground.analysis.Sensitivity;
import java.util.List;

/**
 * One bar of a sensitivity tornado: the survival probability at the horizon when one uncertain input is set to
 * the low and then the high end of its range, everything else as in the baseline.
 *
 * @param input        the input's override path, e.g. {@code commitments[jp-firms-contribute].chance}
 * @param survivalLow  survival with the input at the low end of its range, in [0, 1]
 * @param survivalHigh survival with the input at the high end of its range, in [0, 1]
 * @param baseline     survival of the baseline scenario, in [0, 1]
 */
public record TornadoRow(String input, double survivalLow, double survivalHigh, double baseline) {
    public TornadoRow {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("a tornado row needs the input's path");
        }
        probability("survivalLow", survivalLow);
        probability("survivalHigh", survivalHigh);
        probability("baseline", baseline);
    }

    /** The bars of a sensitivity analysis, each against the analysis's own baseline survival. */
    public static List<TornadoRow> of(Sensitivity.Result result) {
        double baseline = result.baselineSurvival().estimate();
        return result.rows().stream()
                .map(r -> new TornadoRow(r.input().path(), r.survivalLow(), r.survivalHigh(), baseline))
                .toList();
    }

    /** How far the input moves survival from one end of its range to the other: the bar's length. */
    public double swing() {
        return Math.abs(survivalHigh - survivalLow);
    }

    private static void probability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1], not " + value);
        }
    }
}

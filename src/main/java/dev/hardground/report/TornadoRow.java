package dev.hardground.report;

import dev.hardground.analysis.Sensitivity;
import java.util.List;

/**
 * One bar of a sensitivity tornado: the survival probability at the horizon when one uncertain input is set to
 * the low and then the high end of its range, everything else as in the baseline.
 *
 * @param input        the input's override path, e.g. {@code commitments[jp-firms-contribute].chance}
 * @param low          the input's low end, as written (a number, a stance, a date)
 * @param high         the input's high end, as written
 * @param survivalLow  survival with the input at the low end of its range, in [0, 1]
 * @param survivalHigh survival with the input at the high end of its range, in [0, 1]
 * @param baseline     survival of the baseline scenario at the tornado's own trials, in [0, 1]
 * @param trials       simulated futures per setting (the baseline's too)
 */
public record TornadoRow(String input, String low, String high, double survivalLow, double survivalHigh,
                         double baseline, long trials) {
    public TornadoRow {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("a tornado row needs the input's path");
        }
        probability("survivalLow", survivalLow);
        probability("survivalHigh", survivalHigh);
        probability("baseline", baseline);
    }

    /** The bars of a sensitivity analysis, each against the analysis's own baseline survival. */
    public static List<TornadoRow> of(Sensitivity.Result result, long trials) {
        double baseline = result.baselineSurvival().estimate();
        return result.rows().stream()
                .map(r -> new TornadoRow(r.input().path(), r.input().low(), r.input().high(), r.survivalLow(),
                        r.survivalHigh(), baseline, trials))
                .toList();
    }

    /**
     * The input in words for a chart's axis: its path without the list and map names, camelCase split
     * ({@code commitments[jp-firms-contribute].chance} reads "jp-firms-contribute chance",
     * {@code parties.KR.leader.approval} "KR leader approval").
     */
    public String label() {
        StringBuilder out = new StringBuilder();
        for (String part : input.split("[.\\[\\]]+")) {
            if (part.isEmpty() || java.util.Set.of("commitments", "events", "parties", "outcomes", "threats").contains(part)) {
                continue;
            }
            String words = part.contains("-") || part.chars().allMatch(c -> !Character.isLowerCase(c)) ? part
                    : part.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            out.append(out.isEmpty() ? "" : " ").append(words);
        }
        return out.isEmpty() ? input : out.toString();
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

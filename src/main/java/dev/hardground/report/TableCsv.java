package dev.hardground.report;

import dev.hardground.analysis.Backtest;
import dev.hardground.analysis.BreakEven;
import dev.hardground.analysis.Sensitivity;
import dev.hardground.analysis.WhatIf;
import dev.hardground.simulate.InputSpread;
import dev.hardground.simulate.Interval;
import java.util.ArrayList;
import java.util.List;

/**
 * The tabular outputs as CSV ({@code --format csv}): what-if (the first row is the baseline), the sensitivity
 * tornado, sweep and break-even, and the back-test's cases; numbers rounded as in JSON ({@link Numbers}), an
 * empty field for none.
 */
public final class TableCsv {
    private TableCsv() {
    }

    public static String whatIf(WhatIf.Result r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(whatIfRow(r.baseline(), null, null, null));
        List<InputSpread> deltaInputs = r.run().deltaInputs();
        for (int i = 0; i < r.variants().size(); i++) {
            WhatIf.Comparison c = r.variants().get(i);
            rows.add(whatIfRow(c.variant(), c.deltaScore(), c.deltaSurvival(), i < deltaInputs.size() ? deltaInputs.get(i) : null));
        }
        // The *_inputs_* columns: the 90% spread over the ranged inputs' draws (empty for a point scenario),
        // apart from the Monte Carlo interval in *_low and *_high.
        return CsvReporter.table(List.of("variant", "score", "verdict", "survival", "survival_low", "survival_high",
                "delta_score", "delta_survival", "delta_survival_low", "delta_survival_high", "survival_inputs_low",
                "survival_inputs_high", "delta_survival_inputs_low", "delta_survival_inputs_high"), rows);
    }

    private static List<String> whatIfRow(WhatIf.Case c, Double deltaScore, Interval delta, InputSpread deltaInputs) {
        List<String> row = new ArrayList<>(List.of(c.label() == null ? "baseline" : c.label(), score(c.evaluation().score()), c.evaluation().verdict().key()));
        row.addAll(interval(c.simulation().survival()));
        row.add(deltaScore == null ? "" : score(deltaScore));
        row.addAll(delta == null ? List.of("", "", "") : interval(delta));
        row.addAll(spread(c.simulation().inputs()));
        row.addAll(spread(deltaInputs));
        return row;
    }

    private static List<String> spread(InputSpread s) {
        return s == null ? List.of("", "") : List.of(probability(s.low()), probability(s.high()));
    }

    public static String tornado(Sensitivity.Result r) {
        return CsvReporter.table(List.of("path", "low", "high", "survival_low", "survival_high"), r.rows().stream()
                .map(row -> List.of(row.input().path(), row.input().low(), row.input().high(),
                        probability(row.survivalLow()), probability(row.survivalHigh()))).toList());
    }

    public static String sweep(String path, List<Sensitivity.SweepPoint> points) {
        return CsvReporter.table(List.of("path", "value", "score", "verdict", "survival", "survival_low", "survival_high"),
                points.stream().map(p -> {
                    List<String> row = new ArrayList<>(List.of(path, probability(p.value()), score(p.evaluation().score()),
                            p.evaluation().verdict().key()));
                    row.addAll(interval(p.survival()));
                    return row;
                }).toList());
    }

    public static String breakEven(List<BreakEven.Finding> findings) {
        return CsvReporter.table(List.of("path", "value", "verdict_flip", "flipped_to", "survival_crossing"),
                findings.stream().map(f -> List.of(f.input().path(), probability(f.input().value()),
                        f.verdictFlip() == null ? "" : probability(f.verdictFlip()),
                        f.flippedTo() == null ? "" : f.flippedTo().key(),
                        f.survivalCrossing() == null ? "" : probability(f.survivalCrossing()))).toList());
    }

    /** One row per case, worst first; with a fit, each case's leave-one-out forecast beside its in-sample one. */
    public static String backtest(Backtest.Scores scores, Backtest.Scores leaveOneOut) {
        List<String> header = new ArrayList<>(List.of("case", "file", "outcome", "predicted", "brier"));
        if (leaveOneOut != null) {
            header.addAll(List.of("predicted_loo", "brier_loo"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Backtest.Forecast f : scores.forecasts()) {
            List<String> row = new ArrayList<>(List.of(f.source().scenario().id(), f.source().file(),
                    f.source().survived() ? "survived" : "collapsed", probability(f.predicted()), probability(f.brier())));
            if (leaveOneOut != null) {
                Backtest.Forecast held = leaveOneOut.forecasts().stream().filter(h -> h.source() == f.source())
                        .findFirst().orElseThrow();
                row.addAll(List.of(probability(held.predicted()), probability(held.brier())));
            }
            rows.add(row);
        }
        return CsvReporter.table(header, rows);
    }

    private static List<String> interval(Interval i) {
        return List.of(probability(i.estimate()), probability(i.low()), probability(i.high()));
    }

    private static String score(double v) {
        return Numbers.fixed(v, 1);
    }

    private static String probability(double v) {
        return Numbers.fixed(v, 4);
    }
}

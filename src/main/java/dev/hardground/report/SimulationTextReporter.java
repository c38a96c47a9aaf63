package dev.hardground.report;

import dev.hardground.evidence.OutsideView;
import dev.hardground.simulate.CollapseAnatomy;
import dev.hardground.simulate.InputSpread;
import dev.hardground.simulate.SimulationResult;
import java.util.List;
import java.io.PrintWriter;
import java.util.Locale;

/** The human view of a simulation: survival with its interval, the survival curve by year, causes of collapse. */
public final class SimulationTextReporter {
    private static final int WIDTH = 40;
    /** The opening paragraph's width in characters, wrapped at words. */
    private static final int PARAGRAPH = 100;
    /** Facts shown by --explain-collapse. */
    public static final int ANATOMY_ROWS = 8;

    private SimulationTextReporter() {
    }

    /**
     * The simulation, opening with the plain-words paragraph ({@link KeyInputs}), which names inputs from
     * {@code anatomy} when the inputs are points (null: not tallied, and the paragraph gives survival alone).
     */
    public static void report(PrintWriter out, SimulationResult r, String rulesHash, CollapseAnatomy anatomy) {
        out.printf("%s%s — %s%n", r.scenario().id(), r.variant() == null ? "" : " [" + r.variant() + "]",
                r.scenario().title());
        out.printf(Locale.ROOT, "%,d trials · seed %d · as of %s · horizon %s · rules %s%n%n", r.trials(), r.seed(),
                r.scenario().asOf(), r.horizon(), rulesHash.substring(0, 12));
        List<String> paragraph = new java.util.ArrayList<>();
        OutsideViewFormat.wrap(paragraph, KeyInputs.paragraph(r, List.of(), anatomy), PARAGRAPH);
        for (String line : paragraph) {
            out.printf("  %s%n", line);
        }
        out.println();
        out.printf("  survival to %s: %s  (95%% interval %s–%s)%n", r.horizon(), percent(r.survival().estimate()),
                percent(r.survival().low()), percent(r.survival().high()));
        if (r.inputs() != null) {
            out.printf("  what the ranged inputs leave open: %s–%s  (90%% of %d input draws; the 95%% interval above"
                            + " is Monte Carlo error only)%n", percent(r.inputs().low()), percent(r.inputs().high()),
                    r.inputs().draws());
        }
        out.printf("  median time to collapse: %s%n", r.medianYearsToCollapse() == null ? "beyond horizon"
                : Numbers.fixed(r.medianYearsToCollapse(), 1) + " years");
        OutsideViewFormat.print(out, OutsideView.of(r.scenario()), percent(r.survival().estimate()) + " survival to "
                + r.horizon());
        out.println();
        out.println(r.inputs() == null ? "  survival by year" : "  survival by year (95%: Monte Carlo error;"
                + " inputs: the 90% spread over the ranged inputs' draws)");
        for (int i = 0; i < r.byYear().size(); i++) {
            SimulationResult.YearSurvival y = r.byYear().get(i);
            dev.hardground.simulate.Interval ci = SimulationJsonReporter.yearly(y.survival(), r.trials());
            String spread = r.inputs() == null ? "" : "   95% " + percent(ci.low()) + "–" + percent(ci.high())
                    + "   inputs " + percent(r.inputs().byYear().get(i).low()) + "–"
                    + percent(r.inputs().byYear().get(i).high());
            out.printf("  %d  %s %6s%s%n", y.year(), Bars.horizontal(y.survival(), WIDTH), percent(y.survival()), spread);
        }
        if (!r.causes().isEmpty()) {
            int width = Math.max(20, r.causes().stream().mapToInt(c -> c.cause().length()).max().orElse(20));
            out.printf("%n  causes of collapse (share of all trials)%n");
            for (SimulationResult.Cause c : r.causes()) {
                out.printf("  %-" + width + "s %6s%n", c.cause(), percent(c.share()));
            }
        }
        out.println();
        out.flush();
    }

    /** The facts most typical of collapsed futures, beside how often surviving futures saw them. */
    public static void anatomy(PrintWriter out, CollapseAnatomy a) {
        if (a.collapsed() == 0) {
            out.printf("  no future collapsed: nothing to explain%n%n");
            out.flush();
            return;
        }
        List<CollapseAnatomy.Share> top = a.facts().stream().limit(ANATOMY_ROWS).toList();
        int width = Math.max(24, top.stream().mapToInt(f -> f.fact().length()).max().orElse(24));
        out.printf(Locale.ROOT, "  what the %,d collapsed futures had in common (by the day of the collapse)%n", a.collapsed());
        out.printf("  %-" + width + "s %10s %10s%n", "", "collapsed", "survived");
        for (CollapseAnatomy.Share f : top) {
            out.printf("  %-" + width + "s %10s %10s%n", f.fact(), percent(f.amongCollapsed()), percent(f.amongSurvived()));
        }
        out.println();
        out.flush();
    }

    private static String percent(double fraction) {
        return Numbers.percent(fraction);
    }
}

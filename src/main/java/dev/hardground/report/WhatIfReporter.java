package dev.hardground.report;

import dev.hardground.analysis.WhatIf;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A what-if comparison as a text table or as JSON (DESIGN.md §6). */
public final class WhatIfReporter {
    private WhatIfReporter() {
    }

    public static void text(PrintWriter out, WhatIf.Result r) {
        WhatIf.Case base = r.baseline();
        out.printf("%s — %s%n", base.scenario().id(), base.scenario().title());
        out.printf(Locale.ROOT, "%,d trials · seed %d · horizon %s · same sampled futures for every row%n%n",
                base.simulation().trials(), base.simulation().seed(), base.simulation().horizon());
        int width = Math.max(10, r.variants().stream().mapToInt(c -> c.variant().label().length()).max().orElse(0));
        width = Math.min(width, 48);
        String header = "  %-" + width + "s  %6s  %-8s  %-22s  %6s  %-26s%n";
        out.printf(header, "what-if", "score", "verdict", "survival (95%)", "Δscore", "Δsurvival (paired 95%)");
        out.printf(header, "baseline", Numbers.fixed(base.evaluation().score(), 1), base.evaluation().verdict().key(),
                survival(base), "", "");
        for (int i = 0; i < r.variants().size(); i++) {
            WhatIf.Comparison c = r.variants().get(i);
            String label = c.variant().label();
            if (label.length() > width) {
                label = label.substring(0, width - 1) + "…";
            }
            out.printf(header, label, Numbers.fixed(c.variant().evaluation().score(), 1),
                    c.variant().evaluation().verdict().key(), survival(c.variant()), Numbers.signed(c.deltaScore()),
                    String.format(Locale.ROOT, "%+.1f pts (%+.1f to %+.1f)", c.deltaSurvival().estimate() * 100,
                            c.deltaSurvival().low() * 100, c.deltaSurvival().high() * 100)
                            + deltaInputs(r, i));
        }
        List<String> notes = new ArrayList<>();
        VerdictNote.of(base.evaluation(), base.simulation()).ifPresent(n -> notes.add("baseline: " + n));
        for (WhatIf.Comparison c : r.variants()) {
            VerdictNote.of(c.variant().evaluation(), c.variant().simulation())
                    .ifPresent(n -> notes.add(c.variant().label() + ": " + n));
        }
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(n -> out.println("  note: " + n));
        }
        if (!r.run().deltaInputs().isEmpty()) {
            int draws = r.run().results().stream().filter(x -> x.inputs() != null).findFirst()
                    .map(x -> x.inputs().draws()).orElse(0);
            out.printf("%n  survival (95%%) and the paired 95%% are Monte Carlo error; 'inputs' is the 90%% spread over"
                    + " %d draws of the ranged inputs%n", draws);
        }
        out.println();
        out.flush();
    }

    private static String survival(WhatIf.Case c) {
        var s = c.simulation().survival();
        String inputs = c.simulation().inputs() == null ? "" : String.format(Locale.ROOT, " inputs %.1f–%.1f",
                c.simulation().inputs().low() * 100, c.simulation().inputs().high() * 100);
        return String.format(Locale.ROOT, "%5.1f%% (%.1f–%.1f)", s.estimate() * 100, s.low() * 100, s.high() * 100)
                + inputs;
    }

    private static String deltaInputs(WhatIf.Result r, int variant) {
        if (r.run().deltaInputs().isEmpty() || r.run().deltaInputs().get(variant) == null) {
            return "";
        }
        var spread = r.run().deltaInputs().get(variant);
        return String.format(Locale.ROOT, " inputs %+.1f to %+.1f", spread.low() * 100, spread.high() * 100);
    }

    public static Map<String, Object> json(WhatIf.Result r, String rulesHash) {
        List<Object> variants = new ArrayList<>();
        for (int i = 0; i < r.variants().size(); i++) {
            WhatIf.Comparison c = r.variants().get(i);
            Map<String, Object> m = row(c.variant());
            m.put("deltaScore", Numbers.oneDecimal(c.deltaScore()));
            Map<String, Object> delta = SimulationJsonReporter.interval(c.deltaSurvival().estimate(),
                    c.deltaSurvival().low(), c.deltaSurvival().high());
            if (!r.run().deltaInputs().isEmpty() && r.run().deltaInputs().get(i) != null) {
                var spread = r.run().deltaInputs().get(i);
                delta.put("inputs", SimulationJsonReporter.inputs(spread.low(), spread.high(), spread.draws()));
            }
            m.put("deltaSurvival", delta);
            variants.add(m);
        }
        return Json.object("scenario", r.baseline().scenario().id(), "baseline", row(r.baseline()),
                "variants", variants, "trials", r.baseline().simulation().trials(),
                "seed", r.baseline().simulation().seed(), "rules", rulesHash);
    }

    private static Map<String, Object> row(WhatIf.Case c) {
        var s = c.simulation().survival();
        Map<String, Object> survival = SimulationJsonReporter.interval(s.estimate(), s.low(), s.high());
        if (c.simulation().inputs() != null) {
            var spread = c.simulation().inputs();
            survival.put("inputs", SimulationJsonReporter.inputs(spread.low(), spread.high(), spread.draws()));
        }
        return Json.object("variant", c.label(), "score", Numbers.oneDecimal(c.evaluation().score()),
                "verdict", c.evaluation().verdict().key(), "survival", survival);
    }
}

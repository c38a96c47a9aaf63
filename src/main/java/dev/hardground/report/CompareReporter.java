package dev.hardground.report;

import dev.hardground.analysis.Compare;
import dev.hardground.analysis.WhatIf;
import dev.hardground.simulate.Interval;
import dev.hardground.simulate.SimulationResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Two scenarios side by side ({@code compare A B}) as text or JSON. */
public final class CompareReporter {
    private CompareReporter() {
    }

    public static void text(PrintWriter out, Compare.Result r, String rulesHash) {
        WhatIf.Case a = r.a();
        WhatIf.Case b = r.b();
        out.printf("A  %s — %s%nB  %s — %s%n", a.scenario().id(), a.scenario().title(), b.scenario().id(),
                b.scenario().title());
        out.printf(Locale.ROOT, "%,d trials · seed %d · rules %s · shared inputs draw the same random numbers%n%n",
                a.simulation().trials(), a.simulation().seed(), rulesHash.substring(0, Math.min(12, rulesHash.length())));
        String row = "  %-24s %14s %14s %24s%n";
        out.printf(row, "", "A", "B", "B − A");
        out.printf(row, "score", Numbers.fixed(a.evaluation().score(), 1), Numbers.fixed(b.evaluation().score(), 1),
                Numbers.signed(r.deltaScore()));
        out.printf(row, "verdict", a.evaluation().verdict().key(), b.evaluation().verdict().key(),
                a.evaluation().verdict() == b.evaluation().verdict() ? "same" : "changed");
        Interval d = r.deltaSurvival();
        out.printf(row, "survival to horizon", percent(a.simulation().survival().estimate()),
                percent(b.simulation().survival().estimate()), String.format(Locale.ROOT, "%+.1f pts (%+.1f to %+.1f)",
                        d.estimate() * 100, d.low() * 100, d.high() * 100));
        out.printf("%n  factor%n");
        for (Compare.FactorRow f : r.factors()) {
            out.printf(row, f.factor(), Numbers.signed(f.a()), Numbers.signed(f.b()),
                    Math.abs(f.delta()) < 1e-9 ? "" : Numbers.signed(f.delta()));
        }
        out.printf("%n  rules that fired only in A (%d): %s%n", r.onlyA().size(), r.onlyA().isEmpty() ? "none"
                : String.join(", ", r.onlyA()));
        out.printf("  rules that fired only in B (%d): %s%n", r.onlyB().size(), r.onlyB().isEmpty() ? "none"
                : String.join(", ", r.onlyB()));
        out.printf("%n  survival by year        A        B%n");
        List<SimulationResult.YearSurvival> ya = a.simulation().byYear();
        List<SimulationResult.YearSurvival> yb = b.simulation().byYear();
        int years = Math.max(ya.size(), yb.size());
        for (int i = 0; i < years; i++) {
            int year = i < ya.size() ? ya.get(i).year() : yb.get(i).year();
            out.printf("    %d %14s %8s%n", year, i < ya.size() && ya.get(i).year() == year ? percent(ya.get(i).survival()) : "—",
                    yearOf(yb, year));
        }
        out.flush();
    }

    private static String yearOf(List<SimulationResult.YearSurvival> years, int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().map(y -> percent(y.survival())).orElse("—");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    public static Map<String, Object> json(Compare.Result r, String rulesHash) {
        List<Object> factors = new ArrayList<>();
        for (Compare.FactorRow f : r.factors()) {
            factors.add(Json.object("factor", f.factor(), "a", Numbers.oneDecimal(f.a()), "b", Numbers.oneDecimal(f.b()),
                    "delta", Numbers.oneDecimal(f.delta())));
        }
        Interval d = r.deltaSurvival();
        return Json.object("rules", rulesHash, "a", side(r.a()), "b", side(r.b()),
                "deltaScore", Numbers.oneDecimal(r.deltaScore()),
                "deltaSurvival", SimulationJsonReporter.interval(d.estimate(), d.low(), d.high()),
                "factors", factors, "onlyInA", r.onlyA(), "onlyInB", r.onlyB(),
                "trials", r.a().simulation().trials(), "seed", r.a().simulation().seed());
    }

    private static Map<String, Object> side(WhatIf.Case c) {
        var s = c.simulation().survival();
        List<Object> byYear = new ArrayList<>();
        c.simulation().byYear().forEach(y -> byYear.add(Json.object("year", y.year(),
                "survival", Numbers.fourDecimals(y.survival()))));
        return Json.object("scenario", c.scenario().id(), "file", c.label(),
                "score", Numbers.oneDecimal(c.evaluation().score()), "verdict", c.evaluation().verdict().key(),
                "survival", SimulationJsonReporter.interval(s.estimate(), s.low(), s.high()),
                "horizon", String.valueOf(c.simulation().horizon()), "byYear", byYear);
    }
}

package dev.hardground.report;

import dev.hardground.evidence.OutsideView;
import dev.hardground.simulate.CollapseAnatomy;
import dev.hardground.simulate.InputSpread;
import dev.hardground.simulate.Interval;
import dev.hardground.simulate.SimulationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A simulation as JSON in the shape fixed by DESIGN.md §6. */
public final class SimulationJsonReporter {
    private SimulationJsonReporter() {
    }

    public static Map<String, Object> toMap(SimulationResult r, String rulesHash) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", r.scenario().id());
        out.put("variant", r.variant());
        out.put("trials", r.trials());
        out.put("seed", r.seed());
        out.put("horizon", r.horizon().toString());
        Map<String, Object> survival = interval(r.survival().estimate(), r.survival().low(), r.survival().high());
        if (r.inputs() != null) {
            survival.put("inputs", inputs(r.inputs().low(), r.inputs().high(), r.inputs().draws()));
        }
        out.put("survival", survival);
        List<Map<String, Object>> byYear = new ArrayList<>();
        for (int i = 0; i < r.byYear().size(); i++) {
            SimulationResult.YearSurvival y = r.byYear().get(i);
            Interval ci = yearly(y.survival(), r.trials());
            Map<String, Object> year = Json.object("year", y.year(), "survival", Numbers.fourDecimals(y.survival()),
                    "low", Numbers.fourDecimals(ci.low()), "high", Numbers.fourDecimals(ci.high()));
            if (r.inputs() != null) {
                InputSpread.YearSpread spread = r.inputs().byYear().get(i);
                year.put("inputs", Json.object("low", Numbers.fourDecimals(spread.low()),
                        "high", Numbers.fourDecimals(spread.high())));
            }
            byYear.add(year);
        }
        out.put("byYear", byYear);
        out.put("medianYearsToCollapse", r.medianYearsToCollapse() == null ? null : Numbers.fourDecimals(r.medianYearsToCollapse()));
        out.put("causes", r.causes().stream()
                .map(c -> Json.object("cause", c.cause(), "share", Numbers.fourDecimals(c.share()), "trials", c.count())).toList());
        out.put("outsideView", OutsideViewFormat.json(OutsideView.of(r.scenario())));
        if (r.inputs() != null) {
            out.put("drivers", r.inputs().drivers().stream().map(d -> Json.object("path", d.path(), "written", d.written(),
                    "rankCorrelation", Numbers.fourDecimals(d.correlation()),
                    "survivalLowestQuarter", Numbers.fourDecimals(d.survivalLow()),
                    "survivalHighestQuarter", Numbers.fourDecimals(d.survivalHigh()))).toList());
        }
        out.put("rules", rulesHash);
        return out;
    }

    /** What collapsed futures had in common, facts ranked by how much more often they preceded a collapse. */
    public static Map<String, Object> anatomy(CollapseAnatomy a) {
        return Json.object("collapsed", a.collapsed(), "survived", a.survived(), "facts", a.facts().stream()
                .map(f -> Json.object("fact", f.fact(), "amongCollapsed", Numbers.fourDecimals(f.amongCollapsed()),
                        "amongSurvived", Numbers.fourDecimals(f.amongSurvived()))).toList());
    }

    /** The 90% spread over input draws, kept apart from the Monte Carlo interval. */
    static Map<String, Object> inputs(double low, double high, int draws) {
        return Json.object("low", Numbers.fourDecimals(low), "high", Numbers.fourDecimals(high), "draws", draws);
    }

    static Map<String, Object> interval(double estimate, double low, double high) {
        return Json.object("probability", Numbers.fourDecimals(estimate), "low", Numbers.fourDecimals(low), "high", Numbers.fourDecimals(high));
    }


    /** The 95% Wilson interval of one year's survival, from its share of {@code trials}: the JSON's byYear low and high. */
    public static Interval yearly(double survival, long trials) {
        return Interval.wilson(Math.round(survival * trials), trials);
    }
}

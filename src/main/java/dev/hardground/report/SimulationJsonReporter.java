package dev.hardground.report;

import dev.hardground.evidence.OutsideView;
import dev.hardground.simulate.Interval;
import dev.hardground.simulate.SimulationResult;
import java.util.LinkedHashMap;
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
        out.put("survival", interval(r.survival().estimate(), r.survival().low(), r.survival().high()));
        out.put("byYear", r.byYear().stream().map(y -> {
            Interval ci = ChartsSurvival.yearly(y.survival(), r.trials());
            return Json.object("year", y.year(), "survival", Numbers.fourDecimals(y.survival()),
                    "low", Numbers.fourDecimals(ci.low()), "high", Numbers.fourDecimals(ci.high()));
        }).toList());
        out.put("medianYearsToCollapse", r.medianYearsToCollapse() == null ? null : Numbers.fourDecimals(r.medianYearsToCollapse()));
        out.put("causes", r.causes().stream()
                .map(c -> Json.object("cause", c.cause(), "share", Numbers.fourDecimals(c.share()), "trials", c.count())).toList());
        out.put("outsideView", OutsideViewFormat.json(OutsideView.of(r.scenario())));
        out.put("rules", rulesHash);
        return out;
    }

    static Map<String, Object> interval(double estimate, double low, double high) {
        return Json.object("probability", Numbers.fourDecimals(estimate), "low", Numbers.fourDecimals(low), "high", Numbers.fourDecimals(high));
    }

}

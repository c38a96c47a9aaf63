package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Baseline;
import dev.hardground.model.HazardLink;
import java.util.Map;
import java.util.TreeMap;

/**
 * The background hazard as {@code rules/verdict.drl} states it and {@code backtest --fit} estimates it: the
 * score link's base (the flat baseline of agreements in no reference class) and slope, and each reference
 * class's baseline by age.
 */
public record HazardModel(double base, double slope, Map<String, Baseline> baselines) {
    public HazardModel {
        baselines = Map.copyOf(new TreeMap<>(baselines));
    }

    public static HazardModel of(RuleBase.Settings settings) {
        return new HazardModel(settings.hazard().base(), settings.hazard().slope(), settings.baselines());
    }

    /** The baseline of a reference class; the flat base when null or unnamed. */
    public Baseline baseline(String referenceClass) {
        return link().baseline(baselines, referenceClass);
    }

    /** The score link's slope for a reference class: its own when its baseline has one, else the link's. */
    public double slope(String referenceClass) {
        return link().slope(baselines, referenceClass);
    }

    /** The score link these parameters hold: the same value the engine's settings and the simulator use. */
    public HazardLink link() {
        return new HazardLink(base, slope);
    }

    /** Reference classes in name order (a stable order for fitting and writing). */
    public java.util.List<String> classes() {
        return new java.util.ArrayList<>(new TreeMap<>(baselines).keySet());
    }
}

package dev.hardground.analysis;

import dev.hardground.model.Commitment;
import dev.hardground.model.Event;
import dev.hardground.model.Keyed;
import dev.hardground.model.Party;
import dev.hardground.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a scenario's uncertain inputs and swings each by a documented rule:
 * <ul>
 *   <li>a probability p (a pending commitment's chance, an early-exit chance, an approval, a public support)
 *       goes to p − 0.2 and p + 0.2, clamped to [0, 1];</li>
 *   <li>a distribution (an event's outcomes, a successor's stance) is mixed 20% toward its first outcome for
 *       the low setting and 20% toward its last for the high one: new = 0.8 · old + 0.2 · (that outcome).
 *       Outcomes are in file order; stances from champion to hostile.</li>
 * </ul>
 */
public final class Swing {
    public static final double STEP = 0.2;

    private Swing() {
    }

    public static List<UncertainInput> inputs(Scenario s) {
        List<UncertainInput> inputs = new ArrayList<>();
        for (Commitment c : s.commitments()) {
            if (c.pending()) {
                inputs.add(scalar("commitments[" + c.id() + "].chance", c.chance()));
            }
        }
        for (Event e : s.events()) {
            if (e.dated() && !e.date().isAfter(s.asOf())) {
                continue;
            }
            if (e.outcomes().size() > 1) {
                inputs.add(distribution("events[" + e.id() + "].outcomes", e.outcomes()));
            }
            stances(inputs, "events[" + e.id() + "].successorStance", e.successorStance());
            stances(inputs, "events[" + e.id() + "].governmentSuccessorStance", e.governmentSuccessorStance());
        }
        for (Party p : s.parties().values()) {
            String at = "parties." + p.code();
            if (p.earlyExitChance() > 0) {
                inputs.add(scalar(at + ".earlyExitChance", p.earlyExitChance()));
            }
            if (p.leader().known()) {
                inputs.add(scalar(at + ".leader.approval", p.leader().approval()));
            }
            inputs.add(scalar(at + ".publicSupport", p.publicSupport()));
        }
        return inputs;
    }

    /** A stance distribution, from champion to hostile, when it is uncertain at all. */
    private static void stances(List<UncertainInput> inputs, String path, Map<dev.hardground.model.Stance, Double> d) {
        if (d.size() > 1) {
            Map<String, Double> byStance = new LinkedHashMap<>();
            d.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(en -> byStance.put(((Keyed) en.getKey()).key(), en.getValue()));
            inputs.add(distribution(path, byStance));
        }
    }

    private static UncertainInput scalar(String path, double p) {
        return new UncertainInput(path, format(Math.max(0, p - STEP)), format(Math.min(1, p + STEP)), true, p);
    }

    private static UncertainInput distribution(String path, Map<String, Double> d) {
        List<String> keys = new ArrayList<>(d.keySet());
        return new UncertainInput(path, mix(d, keys.get(0)), mix(d, keys.get(keys.size() - 1)), false, Double.NaN);
    }

    /** The distribution mixed {@link #STEP} toward one outcome, as a YAML flow mapping. */
    private static String mix(Map<String, Double> d, String toward) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Double> e : d.entrySet()) {
            double v = (1 - STEP) * e.getValue() + (e.getKey().equals(toward) ? STEP : 0);
            out.append(out.length() == 1 ? "" : ", ").append(e.getKey()).append(": ").append(format(v));
        }
        return out.append('}').toString();
    }

    /** Six decimals at most, no trailing zeros: what a user would type. */
    public static String format(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}

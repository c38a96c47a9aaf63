package dev.hardground.report;

import dev.hardground.simulate.CollapseAnatomy;
import dev.hardground.simulate.InputSpread;
import dev.hardground.simulate.SimulationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The opening paragraph of {@code simulate}'s text and of the HTML report, in plain words: survival to the
 * horizon, the inputs that matter most and what survival is at their ends. Built from figures the command has
 * already computed, never from a simulation of its own, by the first of these that is there:
 * <ol>
 *   <li>the sensitivity tornado (point inputs swung to the ends of their ranges, same futures);</li>
 *   <li>the ranged inputs' draws (survival in the quarter of draws where an input was lowest and highest);</li>
 *   <li>the collapse anatomy (survival among the futures in which each event went each way, or each commitment
 *       was kept or broken: what went with survival in these futures, not what setting an input would do).</li>
 * </ol>
 * With an anatomy that names nothing (no event or commitment went more than one way, or none moved survival by
 * {@link #LEAST_SWING}), it says so; with none of them, it gives survival alone. {@code simulate}'s text and the
 * report always have the anatomy: their run tallies it from its own trials.
 */
public final class KeyInputs {
    /** Inputs named: the strongest, then the next. */
    static final int NAMED = 2;
    /** A ranged input is named when its draws' rank correlation with survival reaches this. */
    static final double NAMED_CORRELATION = 0.3;
    /** A fact of the anatomy counts when at least this share of all futures saw it (fewer: noise). */
    static final double LEAST_SHARE = 0.02;
    /** An input or fact that moves survival by less than this is not worth naming. */
    static final double LEAST_SWING = 0.005;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private KeyInputs() {
    }

    /** The paragraph, from what the caller has: any of tornado, anatomy may be empty or null. */
    public static String paragraph(SimulationResult sim, List<TornadoRow> tornado, CollapseAnatomy anatomy) {
        String opening = String.format(Locale.ROOT, "Survival to %s is %s.", sim.horizon(),
                Numbers.percent(sim.survival().estimate()));
        String inputs = fromTornado(tornado);
        if (inputs == null && sim.inputs() != null) {
            inputs = fromDraws(sim.inputs());
        }
        if (inputs == null && anatomy != null) {
            inputs = fromAnatomy(anatomy);
            if (inputs == null) {
                inputs = nothingToName(anatomy);
            }
        }
        return inputs != null ? opening + " " + inputs : opening;
    }

    /** What an anatomy that names nothing says: why, and where to look instead. */
    static String nothingToName(CollapseAnatomy anatomy) {
        String why = splits(anatomy).isEmpty()
                ? "No event or commitment went more than one way in these futures (the scenario leaves none of them to"
                        + " chance), so none can be named"
                : "No event or commitment went with survival by " + Numbers.fixed(LEAST_SWING * 100, 1)
                        + " percentage points or more in these futures";
        return why + "; sensitivity swings each input to the ends of its range.";
    }

    /** From the tornado's two strongest bars, or null when there is none worth naming. */
    static String fromTornado(List<TornadoRow> tornado) {
        if (tornado == null) {
            return null;
        }
        List<TornadoRow> rows = tornado.stream().filter(r -> r.swing() >= LEAST_SWING)
                .sorted(Comparator.comparingDouble(TornadoRow::swing).reversed().thenComparing(TornadoRow::input))
                .limit(NAMED).toList();
        if (rows.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("It depends most on ").append(rows.get(0).label()).append(": ")
                .append(ends(rows.get(0)));
        if (rows.size() > 1) {
            out.append("; then on ").append(rows.get(1).label()).append(" (").append(ends(rows.get(1))).append(')');
        }
        return out.append('.').toString();
    }

    private static String ends(TornadoRow r) {
        boolean numeric = NUMBER.matcher(r.low()).matches() && NUMBER.matcher(r.high()).matches();
        return numeric
                ? Numbers.percent(r.survivalLow()) + " at " + r.low() + ", " + Numbers.percent(r.survivalHigh()) + " at " + r.high()
                : Numbers.percent(r.survivalLow()) + " at its low setting, " + Numbers.percent(r.survivalHigh())
                        + " at its high one";
    }

    /** From the ranged inputs' draws, or null when no draw statistics were kept. */
    static String fromDraws(InputSpread spread) {
        if (spread.drivers().isEmpty()) {
            return null;
        }
        InputSpread.Driver top = spread.drivers().get(0);
        if (Math.abs(top.correlation()) < NAMED_CORRELATION) {
            return String.format(Locale.ROOT, "No ranged input stands out: none moves with survival across the %d"
                    + " draws by a rank correlation of %.1f or more.", spread.draws(), NAMED_CORRELATION);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "It depends most on %s (%s): %s in the draws where it was highest, %s where it was lowest",
                top.path(), top.written(), Numbers.percent(top.survivalHigh()), Numbers.percent(top.survivalLow())));
        if (spread.drivers().size() > 1 && Math.abs(spread.drivers().get(1).correlation()) >= NAMED_CORRELATION) {
            InputSpread.Driver next = spread.drivers().get(1);
            out.append(String.format(Locale.ROOT, "; then on %s (%s highest, %s lowest)", next.path(),
                    Numbers.percent(next.survivalHigh()), Numbers.percent(next.survivalLow())));
        }
        return out.append(String.format(Locale.ROOT, " (quarters of %d input draws; sensitivity --global ranks them"
                + " properly).", spread.draws())).toString();
    }

    /** One event or commitment of the anatomy: survival among the futures that saw each of its outcomes. */
    record Split(String subject, Map<String, Double> survivalBy) {
        double swing() {
            return survivalBy.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)
                    - survivalBy.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        }

        String ends() {
            List<Map.Entry<String, Double>> sorted = new ArrayList<>(survivalBy.entrySet());
            sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Map.Entry<String, Double> best = sorted.get(0);
            Map.Entry<String, Double> worst = sorted.get(sorted.size() - 1);
            return Numbers.percent(best.getValue()) + " where " + best.getKey() + ", " + Numbers.percent(worst.getValue())
                    + " where " + worst.getKey();
        }
    }

    /** From the anatomy's facts grouped by event or commitment, or null when none splits the futures. */
    static String fromAnatomy(CollapseAnatomy anatomy) {
        List<Split> splits = splits(anatomy).stream().filter(s -> s.swing() >= LEAST_SWING)
                .sorted(Comparator.comparingDouble(Split::swing).reversed().thenComparing(Split::subject)).limit(NAMED).toList();
        if (splits.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("In these futures it went most with ").append(words(splits.get(0).subject()))
                .append(": ").append(splits.get(0).ends());
        if (splits.size() > 1) {
            out.append("; then with ").append(words(splits.get(1).subject())).append(" (").append(splits.get(1).ends())
                    .append(')');
        }
        return out.append(" (among the futures that saw each; sensitivity gives what setting an input does).")
                .toString();
    }

    /**
     * A subject in words: the simulator's own events (a term ending with no election named, an early exit, the
     * election that ends an interim) by what they are; the scenario's events and commitments by their ids.
     */
    static String words(String subject) {
        String[][] own = {{"term-end:", "the end of %s's leader's term"}, {"early-exit:", "%s's leader leaving early"},
                {"interim-election:", "the election ending %s's interim"}};
        for (String[] o : own) {
            if (subject.startsWith(o[0])) {
                return String.format(Locale.ROOT, o[1], subject.substring(o[0].length()));
            }
        }
        return subject;
    }

    static List<Split> splits(CollapseAnatomy anatomy) {
        long collapsed = anatomy.collapsed();
        long survived = anatomy.survived();
        long all = collapsed + survived;
        Map<String, Map<String, Double>> bySubject = new LinkedHashMap<>();
        for (CollapseAnatomy.Share f : anatomy.facts()) {
            String[] parts = subjectAndOutcome(f.fact());
            double sawAndCollapsed = f.amongCollapsed() * collapsed;
            double sawAndSurvived = f.amongSurvived() * survived;
            double saw = sawAndCollapsed + sawAndSurvived;
            // An outcome named collapse ends the deal by definition: "0% where collapse" would say nothing.
            if (parts == null || all == 0 || saw < LEAST_SHARE * all || parts[1].equals(dev.hardground.model.Event.COLLAPSE)) {
                continue;
            }
            bySubject.computeIfAbsent(parts[0], k -> new LinkedHashMap<>()).put(parts[1], sawAndSurvived / saw);
        }
        List<Split> out = new ArrayList<>();
        bySubject.forEach((subject, by) -> {
            if (by.size() > 1) {
                out.add(new Split(subject, by));
            }
        });
        return out;
    }

    /** "kr-2024-legislative: opposition-wins" and "jp-firms-contribute kept" as subject and outcome; else null. */
    private static String[] subjectAndOutcome(String fact) {
        for (String outcome : new String[] {" kept", " broken"}) {
            if (fact.endsWith(outcome) && !fact.contains(": ")) {
                return new String[] {fact.substring(0, fact.length() - outcome.length()), "it was" + outcome};
            }
        }
        int colon = fact.lastIndexOf(": ");
        return colon > 0 && fact.indexOf(' ', colon + 2) < 0
                ? new String[] {fact.substring(0, colon), fact.substring(colon + 2)} : null;
    }
}

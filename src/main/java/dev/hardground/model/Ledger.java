package dev.hardground.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules record during one evaluation. Rules reach it as the DRL global {@code ledger}; they never
 * print. The engine tells the ledger which rule is firing, so a rule only states its points and its reason.
 * One ledger serves one evaluation and is not shared between threads.
 */
public final class Ledger {

    /** One line written by a rule: points toward the score, or a declared collapse. */
    public record Entry(String rule, double points, String reason, boolean collapse) {
    }

    /** A rule asked the ledger for something that cannot be: the engine reports it against the rule, exit 2. */
    public static final class Misuse extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public Misuse(String message) {
            super(message);
        }
    }

    /** A change to the world a dynamics rule asked for. */
    public record Change(String rule, WorldChange.Kind kind, String target, String value, String reason) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Integer> firings = new HashMap<>();
    private String firing = "";
    private Double durableAt;
    private Double fragileAt;
    private HazardLink hazardLink;
    private final Map<String, Baseline> baselines = new java.util.TreeMap<>();
    private String referenceClass;
    private String referenceClassRule;

    /** Called by the engine before each rule's consequence runs. */
    public void begin(String ruleName) {
        firing = ruleName;
        firings.merge(ruleName, 1, Integer::sum);
    }

    /** How often each rule fired in this evaluation. */
    public Map<String, Integer> firings() {
        return Map.copyOf(firings);
    }

    /** No single contribution can move the score further than its whole range of 0 to 100. */
    public static final double MAX_POINTS = 100;

    @RuleApi("Adds signed points to the score, with a one-line reason built from the matched facts.")
    public void add(double points, String reason) {
        if (!Double.isFinite(points) || Math.abs(points) > MAX_POINTS) {
            throw new Misuse("adds " + points + " points; a contribution must be a finite number between -"
                    + (int) MAX_POINTS + " and +" + (int) MAX_POINTS + " (the whole range of the score)");
        }
        entries.add(new Entry(firing, points, reason, false));
    }

    @RuleApi("Declares that the agreement collapses now (used by rules/dynamics during a simulation).")
    public void collapse(String reason) {
        entries.add(new Entry(firing, 0, reason, true));
    }

    @RuleApi("During a simulation: a pending commitment is settled now, kept or broken, whatever its chance said.")
    public void settle(String commitmentId, boolean kept, String reason) {
        changes.add(new Change(firing, WorldChange.Kind.COMMITMENT, commitmentId,
                (kept ? CommitmentStatus.FULFILLED : CommitmentStatus.BROKEN).key(), reason));
    }

    @RuleApi("During a simulation: a party's leader takes another stance toward the deal.")
    public void stance(String party, Stance stance, String reason) {
        changes.add(new Change(firing, WorldChange.Kind.STANCE, party, stance.key(), reason));
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    @RuleApi("Sets the verdict thresholds: a score at or above durable is durable, one below fragile at risk.")
    public void thresholds(double durable, double fragile) {
        if (!(fragile >= 0 && fragile <= durable && durable <= 100)) {
            throw new Misuse("sets thresholds durable " + durable + " and at-risk " + fragile + "; they must be"
                    + " scores with 0 ≤ at-risk ≤ durable ≤ 100");
        }
        durableAt = durable;
        fragileAt = fragile;
    }

    @RuleApi("Sets the link from score to annual collapse hazard: the hazard at a score of 50 is base, and every "
            + "10 points above 50 multiply it by exp(-slope).")
    public void hazardLink(double base, double slope) {
        if (!(base >= 0 && base <= 1) || !Double.isFinite(slope)) {
            throw new Misuse("sets the hazard link to base " + base + " and slope " + slope + "; the base is an"
                    + " annual probability in [0, 1] and the slope a finite number");
        }
        hazardLink = new HazardLink(base, slope);
    }

    @RuleApi("Sets a reference class's background hazard by the agreement's age, at a score of 50: the annual "
            + "hazard in its first year, its second, and every later year. The score link scales it as it scales "
            + "the link's base.")
    public void baseline(String referenceClass, double firstYear, double secondYear, double later) {
        baselines.put(referenceClass, new Baseline(List.of(firstYear, secondYear, later)));
    }

    @RuleApi("Puts the agreement judged in a reference class, whose baseline (set by baseline) then applies.")
    public void referenceClass(String name) {
        referenceClass = name;
        referenceClassRule = firing;
    }

    @RuleApi("As baseline(String, double, double, double), with the class's own slope of the score link.")
    public void baseline(String referenceClass, double firstYear, double secondYear, double later, double slope) {
        baselines.put(referenceClass, new Baseline(List.of(firstYear, secondYear, later), slope));
    }

    @RuleApi("As baseline(String, double, double, double, double), with an era trend: the log hazard changes by "
            + "perDecade for every ten years between an agreement's signing year and lastYear; the yearly values are "
            + "those of agreements signed in lastYear or later (the trend is not extrapolated).")
    public void baseline(String referenceClass, double firstYear, double secondYear, double later, double slope,
                         double perDecade, int lastYear) {
        Baseline.Trend trend;
        try {
            trend = new Baseline.Trend(perDecade, lastYear);
        } catch (IllegalArgumentException e) {
            throw new Misuse("sets the era trend of '" + referenceClass + "': " + e.getMessage());
        }
        baselines.put(referenceClass, new Baseline(List.of(firstYear, secondYear, later), slope, trend));
    }

    /** The rule that chose the reference class (engine key), or null. */
    public String referenceClassRule() {
        return referenceClassRule;
    }

    public Map<String, Baseline> baselines() {
        return Map.copyOf(baselines);
    }

    /** The reference class a rule chose, or null when none did (the link's own base then applies at every age). */
    public String referenceClass() {
        return referenceClass;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public Double durableAt() {
        return durableAt;
    }

    public Double fragileAt() {
        return fragileAt;
    }

    /** The link a rule set, or null when none did. */
    public HazardLink hazard() {
        return hazardLink;
    }
}

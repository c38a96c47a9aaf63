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

    private final List<Entry> entries = new ArrayList<>();
    /** Changes to the world dynamics rules asked for, each holding the rule's engine key and no place yet. */
    private final List<WorldChange> changes = new ArrayList<>();
    private final SimulationSettingsDraft simulation = new SimulationSettingsDraft();
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

    @RuleApi("A name's thing in words for a reason: \"Japan's public\", but \"the public of the United States\""
            + " for a name ending in s.")
    public String possessive(String name, String thing) {
        return Possessive.of(name, thing);
    }

    @RuleApi("Declares that the agreement collapses now (used by rules/dynamics during a simulation).")
    public void collapse(String reason) {
        entries.add(new Entry(firing, 0, reason, true));
    }

    @RuleApi("During a simulation: a pending commitment is settled now, kept or broken, whatever its chance said.")
    public void settle(String commitmentId, boolean kept, String reason) {
        changes.add(new WorldChange.Settle(firing, null, 0, commitmentId, kept, reason));
    }

    @RuleApi("During a simulation: a party's leader takes another stance toward the deal.")
    public void stance(String party, Stance stance, String reason) {
        if (stance == null) {
            throw new Misuse("sets a null stance for " + party);
        }
        changes.add(new WorldChange.StanceShift(firing, null, 0, party, stance, reason));
    }

    @RuleApi("During a simulation: the party's current leader has abandoned the deal by now with this chance"
            + " (cumulative over the leader's time in office); the simulator draws it, one number per leader.")
    public void repudiation(String party, double chance, String reason) {
        probability("gives a repudiation chance of", chance);
        changes.add(new WorldChange.Repudiation(firing, null, 0, party, chance, reason));
    }

    @RuleApi("During a simulation: a commitment broken in the trial ends the deal with this chance; the simulator"
            + " draws it, one number per commitment.")
    public void breachCollapse(String commitment, double chance, String reason) {
        probability("gives a breach a collapse chance of", chance);
        changes.add(new WorldChange.BreachCollapse(firing, null, 0, commitment, chance, reason));
    }

    @RuleApi("During a simulation: the deal has ended by being carried out; it counts as survived from now on.")
    public void complete(String agreement, String reason) {
        changes.add(new WorldChange.Completion(firing, null, 0, agreement, reason));
    }

    public List<WorldChange> changes() {
        return List.copyOf(changes);
    }

    private static void probability(String what, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new Misuse(what + " " + p + "; a probability must be between 0 and 1");
        }
    }

    private static double years(String what, double years) {
        if (!(years > 0 && years <= 100)) {
            throw new Misuse(what + " " + years + " years; it must be more than 0 and at most 100");
        }
        return years;
    }

    // --- settings (rules/settings.drl): what the simulator assumes where a scenario says nothing ---

    @RuleApi("Setting: the chance that the government's camp keeps power when a term ends with no election named.")
    public void termEndWithoutElection(double governmentKeeps) {
        probability("sets the government's chance at a term's end to", governmentKeeps);
        simulation.governmentKeepsAtTermEnd = governmentKeeps;
    }

    @RuleApi("Setting: a new term's length in years when the scenario gives no term start, and the shortest new term.")
    public void terms(double defaultYears, double shortestYears) {
        simulation.defaultTermYears = years("sets the default term to", defaultYears);
        simulation.shortestTermYears = years("sets the shortest term to", shortestYears);
    }

    @RuleApi("Setting: the approval and its trend of a leader of the other camp on taking office.")
    public void newLeader(double approval, Trend trend) {
        probability("sets a new leader's approval to", approval);
        if (trend == null) {
            throw new Misuse("sets a null approval trend for a new leader");
        }
        simulation.newLeaderApproval = approval;
        simulation.newLeaderTrend = trend;
    }

    @RuleApi("Setting: who takes over after an early exit in a party of this system of government (null: not stated).")
    public void earlyExit(Government system, Camp camp) {
        if (camp == null) {
            throw new Misuse("sets a null camp for an early exit");
        }
        if (system == null) {
            simulation.unstatedEarlyExit = camp;
        } else {
            simulation.earlyExit.put(system, camp);
        }
    }

    @RuleApi("Setting: years after asOf at which a pending commitment with no due date is settled.")
    public void commitmentWithoutDue(double years) {
        simulation.undueCommitmentYears = years("settles commitments without a due date after", years);
    }

    @RuleApi("Setting: the chance that an interim leader's camp wins the early election that ends the interim.")
    public void interimElection(double interimCampWins) {
        probability("sets the interim camp's chance in an early election to", interimCampWins);
        simulation.interimElectionWins = interimCampWins;
    }

    /** The simulation settings rules set, the rest from {@code fallback}. */
    public SimulationSettings simulation(SimulationSettings fallback) {
        SimulationSettingsDraft d = simulation;
        return new SimulationSettings(or(d.governmentKeepsAtTermEnd, fallback.governmentKeepsAtTermEnd()),
                or(d.defaultTermYears, fallback.defaultTermYears()), or(d.shortestTermYears, fallback.shortestTermYears()),
                or(d.newLeaderApproval, fallback.newLeaderApproval()),
                d.newLeaderTrend != null ? d.newLeaderTrend : fallback.newLeaderTrend(),
                d.unstatedEarlyExit != null ? d.unstatedEarlyExit : fallback.earlyExitCamp(), bySystem(d, fallback),
                or(d.undueCommitmentYears, fallback.undueCommitmentYears()),
                or(d.interimElectionWins, fallback.interimElectionWins()));
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    private static Map<Government, Camp> bySystem(SimulationSettingsDraft d, SimulationSettings fallback) {
        Map<Government, Camp> out = new HashMap<>(fallback.earlyExitBySystem());
        out.putAll(d.earlyExit);
        return out;
    }

    /** Settings as rules set them so far; null where none did. */
    private static final class SimulationSettingsDraft {
        Double governmentKeepsAtTermEnd;
        Double defaultTermYears;
        Double shortestTermYears;
        Double newLeaderApproval;
        Trend newLeaderTrend;
        final Map<Government, Camp> earlyExit = new HashMap<>();
        Camp unstatedEarlyExit;
        Double undueCommitmentYears;
        Double interimElectionWins;
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

package dev.hardground.model;

/**
 * The simulator's assumptions about a world the scenario leaves unsaid, as {@code rules/settings.drl} sets
 * them (each with its reason there). A rule set that does not set one gets the value of {@link #DEFAULT},
 * which is what the simulator assumed before the settings were rules.
 *
 * @param governmentKeepsAtTermEnd chance that the government's camp keeps power when a term ends and the
 *                                 scenario names no election for it
 * @param defaultTermYears         length of a new term for a leader whose term's start is unknown
 * @param shortestTermYears        a new term runs at least this long, whatever the scenario's term implies
 * @param newLeaderApproval        the public's approval of a leader of the other camp on taking office
 * @param newLeaderTrend           the trend of that approval
 * @param earlyExitCamp            who takes over when a leader leaves early and neither the scenario nor the
 *                                 party's system of government says otherwise
 * @param earlyExitBySystem        who takes over after an early exit, by the party's system of government
 * @param undueCommitmentYears     years after asOf at which a pending commitment without a due date is settled
 * @param interimElectionWins      chance that an interim leader's camp wins the early election that follows
 */
public record SimulationSettings(double governmentKeepsAtTermEnd, double defaultTermYears, double shortestTermYears,
                                 double newLeaderApproval, Trend newLeaderTrend, Camp earlyExitCamp,
                                 java.util.Map<Government, Camp> earlyExitBySystem, double undueCommitmentYears,
                                 double interimElectionWins) {
    /**
     * What the simulator assumed before these were settings (hardground 0.1), and, for the systems of government
     * scenarios could not state before, power passing within the governing camp.
     */
    public static final SimulationSettings DEFAULT = new SimulationSettings(0.5, 4, 1, 0.5, Trend.FLAT,
            Camp.OTHER_CAMP, java.util.Map.of(Government.PRESIDENTIAL, Camp.OTHER_CAMP, Government.PARLIAMENTARY,
            Camp.SAME_CAMP, Government.MONARCHY, Camp.SAME_CAMP, Government.ONE_PARTY, Camp.SAME_CAMP), 1, 0.5);

    public SimulationSettings {
        earlyExitBySystem = java.util.Map.copyOf(earlyExitBySystem);
    }

    /** Who takes over after an early exit in a party with this system of government (null: not stated). */
    public Camp earlyExitCamp(Government system) {
        return system == null ? earlyExitCamp : earlyExitBySystem.getOrDefault(system, earlyExitCamp);
    }
}

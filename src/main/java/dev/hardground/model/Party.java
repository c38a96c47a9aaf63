package dev.hardground.model;

/**
 * A party to the agreement, keyed by its {@code code} in the scenario's {@code parties} map.
 *
 * @param earlyExitChance yearly chance that the leader leaves office before {@code termEnds}
 * @param publicSupport   share of the public backing the deal
 * @param kind            a state (the default) or a non-state armed group
 * @param leader          the leader; {@link Leader#unknown()} when the scenario names none
 * @param succession      who follows a leader who leaves early; {@link Succession#unstated()} when not said
 * @param role            what the party is to the deal: principal (the default), co-signatory, guarantor, bystander
 */
public record Party(String code, String name, Leader leader, Regime regime, @Probability Double earlyExitChance,
                    @Probability Double publicSupport, Opposition opposition, PartyKind kind, Succession succession,
                    Role role) {
    public Party {
        succession = succession == null ? Succession.unstated() : succession;
        kind = kind == null ? PartyKind.STATE : kind;
        role = role == null ? Role.PRINCIPAL : role;
        leader = leader == null ? Leader.unknown() : leader;
        regime = regime == null ? Regime.DEMOCRACY : regime;
        earlyExitChance = earlyExitChance == null ? 0.0 : earlyExitChance;
        publicSupport = publicSupport == null ? 0.5 : publicSupport;
        opposition = opposition == null ? Opposition.none() : opposition;
    }

    public Party withLeader(Leader newLeader) {
        return new Party(code, name, newLeader, regime, earlyExitChance, publicSupport, opposition, kind, succession, role);
    }

    public Party withOpposition(Opposition newOpposition) {
        return new Party(code, name, leader, regime, earlyExitChance, publicSupport, newOpposition, kind, succession, role);
    }
}

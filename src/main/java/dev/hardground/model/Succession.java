package dev.hardground.model;

import java.util.Map;

/**
 * Who follows a party's leader who leaves early (death, resignation, removal), when the scenario says so;
 * every part is optional and falls back on {@code rules/settings.drl}.
 *
 * @param government      how the leader is chosen: in a parliamentary system the governing party picks the next
 *                        head, in a monarchy or one-party state an heir of the same camp follows
 * @param earlyExit       who takes over after an early exit, whatever the system says
 * @param interimDays     an acting leader of the outgoing leader's camp holds office this many days, then an
 *                        early election decides (null: no interim, the successor takes over at once)
 * @param successorStance stance → probability of the new leader's stance when the other camp takes over
 *                        (without it: the opposition's stance)
 * @param heirStance      stance → probability of the new leader's stance when the same camp keeps power
 *                        (without it: the outgoing leader's stance)
 * @param heir            the successor's name when one is designated (a crown prince, a named deputy)
 */
public record Succession(Government government, Camp earlyExit, Integer interimDays,
                         @Probability Map<Stance, Double> successorStance, @Probability Map<Stance, Double> heirStance,
                         String heir) {
    public Succession {
        successorStance = successorStance == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(successorStance));
        heirStance = heirStance == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(heirStance));
    }

    /** A party whose scenario says nothing about succession. */
    public static Succession unstated() {
        return new Succession(null, null, null, null, null, null);
    }
}

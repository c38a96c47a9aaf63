package dev.hardground.engine;

import dev.hardground.model.Event;
import dev.hardground.model.Leader;
import dev.hardground.model.Party;
import dev.hardground.model.Scenario;
import dev.hardground.model.Tenure;
import dev.hardground.model.Today;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns a scenario, as the world stands on one day, into the facts the rules match. */
final class FactBuilder {
    private FactBuilder() {
    }

    static List<Object> facts(Scenario world, LocalDate day) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Today(day, world.asOf(), world.horizon()));
        facts.add(world.agreement());
        if (world.context() != null) {
            facts.add(world.context());
        }
        for (Party party : world.parties().values()) {
            facts.add(party);
            if (party.leader().known()) {
                facts.add(tenure(party, world, day));
            }
        }
        facts.addAll(world.actors().values());
        facts.addAll(world.threats());
        facts.addAll(world.commitments());
        facts.addAll(world.cooperation());
        facts.addAll(world.precedents());
        for (Event event : world.events()) {
            if (event.dated() && event.date().isAfter(day)) {
                facts.add(event);
            }
        }
        return facts;
    }

    static Tenure tenure(Party party, Scenario world, LocalDate day) {
        Leader leader = party.leader();
        double yearsIn = leader.since() == null ? 0 : Math.max(0, Today.years(leader.since(), day));
        double yearsLeft = leader.termEnds() == null ? Tenure.OPEN_ENDED : Today.years(day, leader.termEnds());
        LocalDate signed = world.agreement().signed() != null ? world.agreement().signed() : world.asOf();
        boolean successor = leader.since() != null && leader.since().isAfter(signed);
        boolean canStay = leader.reelectable() || leader.termEnds() == null; // no fixed term: no term limit
        return new Tenure(party.code(), leader.name(), yearsIn, yearsLeft, canStay, successor,
                leader.stance(), leader.pledgedToScrap());
    }
}

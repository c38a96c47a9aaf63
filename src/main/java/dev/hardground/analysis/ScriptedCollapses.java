package dev.hardground.analysis;

import dev.hardground.model.Commitment;
import dev.hardground.model.Event;
import dev.hardground.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario without the collapses its analyst scripted, to measure the rules' own share of a back-test's skill
 * ({@code backtest --without-scripted-collapses}): every event outcome named {@code collapse} is dropped and the
 * event's other outcomes are scaled up to sum to 1 again (an event whose only outcome was collapse then simply
 * occurs), and every commitment's {@code breachCollapse} becomes 0 (its breach only costs points). Everything
 * else, and every chance the rules draw, is as written.
 */
public final class ScriptedCollapses {
    private ScriptedCollapses() {
    }

    public static Scenario removed(Scenario s) {
        List<Event> events = new ArrayList<>();
        for (Event e : s.events()) {
            events.add(e.outcomes().containsKey(Event.COLLAPSE) ? withoutCollapse(e) : e);
        }
        Scenario out = s.withEvents(events);
        if (s.commitments().stream().anyMatch(c -> c.breachCollapse() > 0)) {
            List<Commitment> commitments = s.commitments().stream().map(c -> c.withBreachCollapse(0)).toList();
            out = out.withWorld(s.parties(), commitments);
        }
        return out;
    }

    private static Event withoutCollapse(Event e) {
        double rest = 1 - e.outcomes().get(Event.COLLAPSE);
        Map<String, Double> outcomes = new LinkedHashMap<>();
        e.outcomes().forEach((name, p) -> {
            if (!name.equals(Event.COLLAPSE) && rest > 0) {
                outcomes.put(name, p / rest);
            }
        });
        return new Event(e.id(), e.date(), e.kind(), e.party(), e.decidesLeader(), e.what(), outcomes,
                e.successorStance(), e.successor(), e.governmentSuccessorStance(), e.every(), e.perYear());
    }
}

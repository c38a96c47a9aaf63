package dev.hardground.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario file: an agreement and its context as known on {@code asOf}, simulated until {@code horizon}.
 * Parties are kept in file order. {@code sources} are free-text references; {@code source} names the dataset row
 * an imported scenario was made from; {@code context} describes the war a peace agreement pauses or ends (null
 * for agreements between states at peace). {@code correlations} are rank correlations between ranged inputs;
 * {@code uncertain} lists the inputs written as ranges (their values here are the ranges' means); {@code actors}
 * are those who did not sign but can wreck or hold up the deal (spoilers, forces, guarantors, lenders).
 */
public record Scenario(String id, String title, LocalDate asOf, LocalDate horizon, Agreement agreement,
                       Map<String, Party> parties, List<Threat> threats, List<Commitment> commitments,
                       List<Cooperation> cooperation, List<Precedent> precedents, List<Event> events,
                       Map<String, Variant> variants, Expectation expect, Outcome outcome, List<String> sources,
                       Provenance source, ConflictContext context, List<Correlation> correlations,
                       @Derived List<RangedInput> uncertain, Map<String, Actor> actors) {
    /**
     * The furthest a simulation looks ahead of asOf: a trial's cost grows with every year simulated (terms keep
     * ending, leaders keep leaving), and a century is past anything the rules can say about one agreement.
     */
    public static final int MAX_HORIZON_YEARS = 100;

    public Scenario {
        title = title == null ? id : title;
        parties = parties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parties));
        threats = threats == null ? List.of() : List.copyOf(threats);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        cooperation = cooperation == null ? List.of() : List.copyOf(cooperation);
        precedents = precedents == null ? List.of() : List.copyOf(precedents);
        events = events == null ? List.of() : List.copyOf(events);
        variants = variants == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        sources = sources == null ? List.of() : List.copyOf(sources);
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
        uncertain = uncertain == null ? List.of() : List.copyOf(uncertain);
        actors = actors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(actors));
        if (horizon == null && asOf != null) {
            horizon = asOf.plusYears(5);
        }
    }

    /** The same scenario with other parties and commitments: how the simulator moves the world forward. */
    public Scenario withWorld(Map<String, Party> newParties, List<Commitment> newCommitments) {
        // A loop, not a stream: a simulation asks this of every new world it judges.
        boolean approvals = false;
        boolean allApproved = true;
        for (int i = 0; i < newCommitments.size(); i++) {
            Commitment c = newCommitments.get(i);
            if (c.ratifies()) {
                approvals = true;
                allApproved &= c.status() == CommitmentStatus.FULFILLED;
            }
        }
        allApproved &= approvals;
        Agreement now = allApproved && !agreement.ratified() ? agreement.withRatified(true) : agreement;
        return new Scenario(id, title, asOf, horizon, now, newParties, threats, newCommitments, cooperation,
                precedents, events, variants, expect, outcome, sources, source, context, correlations, uncertain, actors);
    }

    /** The same scenario with other events (an input draw's outcome weights). */
    public Scenario withEvents(List<Event> newEvents) {
        return new Scenario(id, title, asOf, horizon, agreement, parties, threats, commitments, cooperation,
                precedents, newEvents, variants, expect, outcome, sources, source, context, correlations, uncertain, actors);
    }

    /** The same scenario with its ranged inputs recorded (the loader's side table). */
    public Scenario withUncertain(List<RangedInput> inputs) {
        return new Scenario(id, title, asOf, horizon, agreement, parties, threats, commitments, cooperation,
                precedents, events, variants, expect, outcome, sources, source, context, correlations, inputs, actors);
    }

    /** Whether any input is a range: the simulator then draws inputs as well as futures. */
    public boolean ranged() {
        return !uncertain.isEmpty();
    }
}

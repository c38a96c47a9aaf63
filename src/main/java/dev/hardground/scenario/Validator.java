package dev.hardground.scenario;

import dev.hardground.model.Suggestions;
import dev.hardground.model.Commitment;
import dev.hardground.model.ConflictContext;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.Event;
import dev.hardground.model.EventKind;
import dev.hardground.model.Expectation;
import dev.hardground.model.Leader;
import dev.hardground.model.Outcome;
import dev.hardground.model.OutcomeStatus;
import dev.hardground.model.Party;
import dev.hardground.model.PartyKind;
import dev.hardground.model.Scenario;
import dev.hardground.model.Threat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks what typing alone cannot: required fields, probabilities in [0,1], distributions summing to 1, dates
 * in a possible order, references to parties and commitments that exist, unique ids.
 */
final class Validator implements VocabularyChecks.Errors {
    private static final double SUM_TOLERANCE = 1e-6;

    private final Binder binder;
    private final Node root;
    private final Limits limits;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final VocabularyChecks vocabulary = new VocabularyChecks(this);

    Validator(Binder binder, Node root, Limits limits) {
        this.binder = binder;
        this.root = root;
        this.limits = limits;
    }

    List<Diagnostic> validate(Scenario s) {
        requireAll(Scenario.class, s, "");
        if (s.asOf() != null && s.horizon() != null && !s.horizon().isAfter(s.asOf())) {
            errorAt("horizon", "", "horizon " + s.horizon() + " is not after asOf " + s.asOf());
        }
        if (s.asOf() != null && s.horizon() != null && s.horizon().isAfter(s.asOf().plusYears(Scenario.MAX_HORIZON_YEARS))) {
            errorAt("horizon", "", "horizon " + s.horizon() + " is more than " + Scenario.MAX_HORIZON_YEARS
                    + " years after asOf " + s.asOf() + ", the horizon limit (it keeps a trial's cost bounded and"
                    + " cannot be raised)");
        }
        Set<String> parties = s.parties().keySet();
        if (s.agreement() != null) {
            checkAgreement(s, parties);
        }
        if (s.context() != null) {
            bounds(ConflictContext.class, s.context(), "context");
        }
        s.parties().values().forEach(p -> checkParty(p, s));
        for (int i = 0; i < s.threats().size(); i++) {
            Threat t = s.threats().get(i);
            requireAll(Threat.class, t, "threats[" + i + "]");
            for (int j = 0; j < t.sharedBy().size(); j++) {
                reference(parties, t.sharedBy().get(j), "threats[" + i + "].sharedBy[" + j + "]");
            }
        }
        vocabulary.actors(s, parties);
        checkCommitments(s, parties);
        checkEvents(s, parties);
        checkExpectation(s.expect(), "expect");
        checkOutcome(s);
        s.variants().forEach((name, v) -> {
            checkVariantName(name);
            checkExpectation(v.expect(), "variants." + name + ".expect");
        });
        return errors;
    }

    private void checkAgreement(Scenario s, Set<String> parties) {
        LocalDate signed = s.agreement().signed();
        if (signed != null && s.asOf() != null && signed.isAfter(s.asOf())) {
            errorAt("agreement.signed", "", "agreement signed " + signed + ", after asOf " + s.asOf()
                    + ": a scenario judges a deal already made");
        }
        if (s.agreement().broker() != null && s.agreement().broker().name() == null) {
            errorAt("agreement.broker", "", "a broker needs a name (or write broker: null for none)");
        }
        List<String> listed = s.agreement().parties();
        for (int i = 0; i < listed.size(); i++) {
            reference(parties, listed.get(i), "agreement.parties[" + i + "]");
        }
    }

    /** A collapse needs its day and a censored case its last day known in force: survival analysis reads them. */
    private void checkOutcome(Scenario s) {
        Outcome o = s.outcome();
        if (o == null || o.status() == null) {
            return;
        }
        if (o.date() == null && o.status() != OutcomeStatus.SURVIVED) {
            errorAt("outcome", "", "a " + o.status().key() + " outcome needs a date: " + (o.status() == OutcomeStatus.COLLAPSED
                    ? "the day the agreement collapsed" : "the last day the agreement was known to be in force"));
        } else if (o.date() != null && s.asOf() != null && o.date().isBefore(s.asOf())) {
            errorAt("outcome.date", "", "outcome dated " + o.date() + ", before asOf " + s.asOf());
        }
    }

    private void checkParty(Party p, Scenario s) {
        String path = "parties." + p.code();
        bounds(Party.class, p, path);
        Leader leader = p.leader();
        if (binder.node(path + ".leader") == null || Binder.isNull(binder.node(path + ".leader"))) {
            if (p.kind() == PartyKind.STATE && s.source() == null) {
                errorAt(path, "", "party " + p.code() + " needs a leader (only an armed group, or a scenario imported"
                        + " from a dataset with a 'source', may leave it unknown)");
            }
            return;
        }
        requireAll(Leader.class, leader, path + ".leader");
        bounds(Leader.class, leader, path + ".leader");
        if (leader.since() != null && leader.termEnds() != null && !leader.termEnds().isAfter(leader.since())) {
            errorAt(path + ".leader.termEnds", "", "leader's term ends " + leader.termEnds()
                    + ", not after taking office on " + leader.since());
        }
        if (leader.since() != null && s.asOf() != null && leader.since().isAfter(s.asOf())) {
            errorAt(path + ".leader.since", "", "leader took office " + leader.since() + ", after asOf " + s.asOf());
        }
        dev.hardground.model.Succession succession = p.succession();
        vocabulary.succession(succession, path + ".succession");
        distribution(succession.successorStance(), path + ".succession.successorStance", false);
        distribution(succession.heirStance(), path + ".succession.heirStance", false);
    }

    private void checkCommitments(Scenario s, Set<String> parties) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.commitments().size(); i++) {
            Commitment c = s.commitments().get(i);
            String path = "commitments[" + i + "]";
            requireAll(Commitment.class, c, path);
            if (c.id() != null && !ids.add(c.id())) {
                errorAt(path + ".id", "", "duplicate commitment id '" + c.id() + "'");
            }
            reference(parties, c.by(), path + ".by");
            bounds(Commitment.class, c, path);
            vocabulary.commitment(c, path, s);
        }
    }

    private void checkEvents(Scenario s, Set<String> parties) {
        if (s.events().size() > limits.maxEvents()) {
            errorAt("events", "", s.events().size() + (s.events().size() == 1 ? " event" : " events") + ", over the event limit of " + limits.maxEvents()
                    + " (raise it with " + Limits.MAX_EVENTS_OPTION + " N)");
        }
        Set<String> ids = new HashSet<>();
        LocalDate previous = null;
        for (int i = 0; i < s.events().size(); i++) {
            Event e = s.events().get(i);
            String path = "events[" + i + "]";
            requireAll(Event.class, e, path);
            if (e.perYear() == null) {
                require(e.date(), "date", path);
            }
            vocabulary.timing(e, path);
            if (e.id() != null && !ids.add(e.id())) {
                errorAt(path + ".id", "", "duplicate event id '" + e.id() + "'");
            }
            if (e.party() != null) {
                reference(parties, e.party(), path + ".party");
            } else if (e.kind() == EventKind.ELECTION || e.kind() == EventKind.LEADER_EXIT) {
                errorAt(path, "", (e.kind() == EventKind.ELECTION ? "an " : "a ") + e.kind().key() + " event needs a party");
            }
            if (e.date() != null) {
                if (s.horizon() != null && e.date().isAfter(s.horizon())) {
                    errorAt(path + ".date", "", "event " + e.id() + " on " + e.date() + " is after the horizon "
                            + s.horizon());
                }
                if (previous != null && e.date().isBefore(previous)) {
                    errorAt(path + ".date", "", "events must be in date order: " + e.date() + " comes before "
                            + previous);
                }
                previous = e.date();
            }
            distribution(e.outcomes(), path + ".outcomes", e.kind() != EventKind.LEADER_EXIT);
            distribution(e.successorStance(), path + ".successorStance", false);
            distribution(e.governmentSuccessorStance(), path + ".governmentSuccessorStance", false);
            if (e.kind() != null && !e.kind().outcomeNames().isEmpty()) {
                outcomeNames(e, path, e.kind().outcomeNames());
            }
        }
    }

    private void outcomeNames(Event e, String path, List<String> allowed) {
        for (String outcome : e.outcomes().keySet()) {
            if (!allowed.contains(outcome)) {
                errorAt(path + ".outcomes." + outcome, "#key", "unknown " + e.kind().key() + " outcome '" + outcome
                        + "'" + Suggestions.hint(outcome, allowed) + " (expected " + String.join(" or ", allowed) + ")");
            }
        }
    }

    private void checkExpectation(Expectation expect, String path) {
        if (expect == null) {
            return;
        }
        if (expect.survival() != null) {
            probability(expect.survival().min(), path + ".survival.min");
            probability(expect.survival().max(), path + ".survival.max");
            if (expect.survival().min() != null && expect.survival().max() != null
                    && expect.survival().min() > expect.survival().max()) {
                errorAt(path + ".survival", "", "survival min " + expect.survival().min() + " is above max "
                        + expect.survival().max() + ": the expectation can never hold");
            }
        }
        if (expect.score() != null && expect.score().min() != null && expect.score().max() != null
                && expect.score().min() > expect.score().max()) {
            errorAt(path + ".score", "", "score min " + expect.score().min() + " is above max " + expect.score().max());
        }
        if (expect.score() != null) {
            outsideScore(expect.score().min(), path + ".score.min");
            outsideScore(expect.score().max(), path + ".score.max");
        }
    }

    /** A score bound outside 0–100 (or not a number) can never be met, or always is: a typo either way. */
    private void outsideScore(Double bound, String path) {
        Fields.Bounds range = Fields.get(Expectation.class, "score").orElseThrow().bounds();
        if (bound != null && !range.contains(bound)) {
            errorAt(path, "", "score bound " + trim(bound) + " is outside the score's range [" + trim(range.min())
                    + ", " + trim(range.max()) + "]");
        }
    }

    /**
     * A variant name is selected with {@code --variant NAME}: it may not be empty, start with '-' (that reads as an
     * option), have spaces at either end (a shell drops them), or hold control characters (they cannot be typed
     * and are shown as '?'); nor may it be "baseline", what-if's name for the scenario itself.
     */
    private void checkVariantName(String name) {
        String problem = null;
        boolean control = name.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
        if (name.isBlank() || name.startsWith("-") || !name.equals(name.strip()) || control) {
            problem = "variant name '" + name + "' cannot be selected with --variant: no leading '-', no spaces at"
                    + " either end and no control characters";
        } else if (name.equalsIgnoreCase("baseline")) {
            problem = "variant name '" + name + "' shadows the baseline (what-if's name for the scenario itself):"
                    + " choose another name";
        }
        if (problem != null) {
            errors.add(binder.at(variantKey(name), problem));
        }
    }

    private Node variantKey(String name) {
        if (root instanceof org.yaml.snakeyaml.nodes.MappingNode map) {
            for (var top : map.getValue()) {
                if (top.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && k.getValue().equals("variants")
                        && top.getValueNode() instanceof org.yaml.snakeyaml.nodes.MappingNode variants) {
                    for (var v : variants.getValue()) {
                        if (v.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode key && key.getValue().equals(name)) {
                            return key;
                        }
                    }
                }
            }
        }
        return root;
    }

    private void distribution(Map<?, Double> distribution, String path, boolean required) {
        if (distribution.isEmpty()) {
            if (required && binder.node(path) != null) {
                errorAt(path, "", "outcomes must name at least one outcome");
            }
            return;
        }
        double sum = 0;
        for (var entry : distribution.entrySet()) {
            String key = entry.getKey() instanceof dev.hardground.model.Keyed k ? k.key() : entry.getKey().toString();
            probability(entry.getValue(), path + "." + key);
            sum += entry.getValue();
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            errorAt(path, "", String.format("probabilities in '%s' sum to %s, not 1", path, trim(sum)));
        }
    }

    private void probability(Double value, String path) {
        bounded(value, path, Fields.Bounds.PROBABILITY);
    }

    private void bounded(Double value, String path, Fields.Bounds range) {
        if (value != null && !range.contains(value)) {
            errorAt(path, "", "'" + path + "' is " + trim(value) + ", outside [" + trim(range.min()) + ", "
                    + trim(range.max()) + "]");
        }
    }

    @Override
    public void reference(Set<String> parties, String code, String path) {
        if (code != null && !parties.contains(code)) {
            errorAt(path, "", "unknown party '" + code + "'" + Suggestions.hint(code, parties)
                    + " (parties: " + String.join(", ", parties) + ")");
        }
    }

    /**
     * Every field {@link Fields} marks required, in declaration order: a missing key, or for a list or map one
     * without an entry.
     */
    private void requireAll(Class<?> type, Object record, String parent) {
        for (Fields.Field f : Fields.of(type)) {
            if (!f.required()) {
                continue;
            }
            Object value = read(f, record);
            if (value instanceof java.util.Collection<?> c ? c.isEmpty() : value instanceof Map<?, ?> m && m.isEmpty()) {
                String element = Fields.raw(((java.lang.reflect.ParameterizedType) f.type())
                        .getActualTypeArguments()[value instanceof Map<?, ?> ? 1 : 0]).getSimpleName();
                String path = parent.isEmpty() ? f.name() : parent + "." + f.name();
                errorAt(path, "", (parent.isEmpty() ? "a scenario" : parent) + " needs at least one "
                        + element.toLowerCase(java.util.Locale.ROOT) + " under '" + f.name() + "'");
            } else {
                require(value, f.name(), parent);
            }
        }
    }

    /** Every number of the record that {@link Fields} bounds (a map's values too) lies within its bounds. */
    private void bounds(Class<?> type, Object record, String parent) {
        for (Fields.Field f : Fields.of(type)) {
            if (f.bounds() == null) {
                continue;
            }
            String path = parent.isEmpty() ? f.name() : parent + "." + f.name();
            Object value = read(f, record);
            if (value instanceof Double d) {
                bounded(d, path, f.bounds());
            } else if (value instanceof Map<?, ?> m) {
                m.forEach((k, v) -> bounded((Double) v, path + "." + (k instanceof dev.hardground.model.Keyed kk
                        ? kk.key() : k), f.bounds()));
            }
        }
    }

    private static Object read(Fields.Field f, Object record) {
        try {
            return f.component().getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void require(Object value, String field, String parent) {
        if (value == null) {
            String path = parent.isEmpty() ? field : parent + "." + field;
            if (binder.node(path) != null && !Binder.isNull(binder.node(path))) {
                return; // present but mistyped: the binder has reported it
            }
            errorAt(parent, "", "missing required key '" + field + "'" + (parent.isEmpty() ? "" : " in " + parent));
        }
    }

    @Override
    public void errorAt(String path, String suffix, String message) {
        Node node = binder.node(path + suffix);
        String p = path;
        while (node == null && p.contains(".")) {
            p = p.substring(0, p.lastIndexOf('.'));
            node = binder.node(p);
        }
        errors.add(binder.at(node != null ? node : root, message));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 1e6) / 1e6);
    }
}

package dev.hardground.scenario;

import dev.hardground.model.Actor;
import dev.hardground.model.Agreement;
import dev.hardground.model.Broker;
import dev.hardground.model.Commitment;
import dev.hardground.model.ConflictContext;
import dev.hardground.model.Cooperation;
import dev.hardground.model.Correlation;
import dev.hardground.model.Derived;
import dev.hardground.model.Event;
import dev.hardground.model.Expectation;
import dev.hardground.model.Keyed;
import dev.hardground.model.Leader;
import dev.hardground.model.Opposition;
import dev.hardground.model.Outcome;
import dev.hardground.model.Party;
import dev.hardground.model.Precedent;
import dev.hardground.model.Probability;
import dev.hardground.model.Provenance;
import dev.hardground.model.Range;
import dev.hardground.model.Scenario;
import dev.hardground.model.Succession;
import dev.hardground.model.Threat;
import dev.hardground.model.Variant;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one description of every scenario field: whether it is required, the bounds its value must lie in, whether
 * it may be written as a range, the default the model fills in, and what it means. The binder reads which keys a
 * record takes and which take ranges, the validator which are required and their bounds, the JSON Schema all of
 * it, and {@code hardground reference scenario} writes it as docs/scenario.md.
 *
 * <p>What the model itself says is read from it, not restated: a field's type from its record component, a
 * probability's [0, 1] bounds from {@link Probability}, a field the loader fills from {@link Derived}, a default by
 * building the record from nothing. What only the loader knows (required, ranges, other bounds, descriptions) is
 * declared in {@link #DECLARED} below, once per field; a field of the model missing there is an error at start-up
 * (and in FieldsTest), so a new field cannot go undescribed.
 */
public final class Fields {
    /** A field's allowed values, both ends inclusive. */
    public record Bounds(double min, double max) {
        public static final Bounds PROBABILITY = new Bounds(0, 1);

        public boolean contains(double value) {
            return value >= min && value <= max;
        }
    }

    /**
     * One scenario field.
     *
     * @param owner        the record it is a key of
     * @param component    its record component (name, Java type)
     * @param required     whether a scenario without it is rejected (a list or map: without an entry)
     * @param bounds       the range a number (a map's values, a range's ends) must lie in; null for none
     * @param ranges       whether it may be written as a range ({@code 0.2 to 0.5}, {@code { beta: [a, b] }})
     * @param defaultValue what the model holds when it is absent (an enum's key, a number, a boolean); null for none
     * @param description  what it means, one sentence
     */
    public record Field(Class<?> owner, RecordComponent component, boolean required, Bounds bounds, boolean ranges,
                        Object defaultValue, String description) {
        public String name() {
            return component.getName();
        }

        public Type type() {
            return component.getGenericType();
        }

        /** Whether the model marks it a probability ({@link Probability}): bounded to [0, 1]. */
        public boolean probability() {
            return component.isAnnotationPresent(Probability.class);
        }
    }

    /** What each record of the file is, for an editor's hover text and the docs. */
    private static final Map<Class<?>, String> TYPES = new LinkedHashMap<>();
    /** Per record, per field: the declaration. */
    private static final Map<Class<?>, Map<String, Declared>> DECLARED = new LinkedHashMap<>();

    private record Declared(boolean required, Bounds bounds, boolean ranges, String description) {
    }

    static {
        type(Scenario.class, "One agreement and its context as known on asOf (DESIGN.md §3).")
                .required("id", "A short name for the scenario, shown in every output.")
                .field("title", "A human title; defaults to the id.")
                .required("asOf", "What was known on this day: the day the scenario judges the agreement.")
                .field("horizon", "Simulate until this day; defaults to five years after asOf, at most 100.")
                .required("agreement", "The agreement being judged.")
                .required("parties", "The parties, keyed by their code (KR, JP); agreement.parties and every 'by' and"
                        + " 'party' name these codes.")
                .field("threats", "Threats the parties face; a shared one pushes them together.")
                .field("commitments", "Promises the parties made under the deal, with the chance each is kept.")
                .field("cooperation", "Routine cooperation that gives both sides a stake.")
                .field("precedents", "Earlier deals between the same parties and what became of them.")
                .field("events", "Future events the simulator samples, in date order; those on or before asOf are"
                        + " skipped.")
                .field("variants", "Named what-ifs: overrides applied on top of the base scenario.")
                .field("expect", "What the scenario is expected to yield; batch checks it (without it, batch skips"
                        + " the scenario).")
                .field("outcome", "For a historical case: what actually became of the agreement.")
                .field("sources", "Free-text references for the facts.")
                .field("source", "The dataset row an imported scenario was made from.")
                .field("context", "The war a peace agreement pauses or ends; null between states at peace.")
                .field("correlations", "Rank correlations between inputs written as ranges.")
                .field("actors", "Those who did not sign but can wreck or hold up the deal, keyed by a code that is not"
                        + " a party's: spoilers, factions of a party's own camp, peacekeeping forces, guarantors, lenders.");
        type(Agreement.class, "The agreement itself: its form, whether it is ratified, a broker, mechanisms, parties.")
                .field("name", "What the agreement is called.")
                .field("signed", "The day it was signed; not after asOf.")
                .field("form", "Its legal form: ratified treaties outlast political deals.")
                .field("ratified", "Whether a legislature approved it.")
                .field("broker", "The third party that brokered it; null when the parties negotiated it themselves.")
                .field("mechanisms", "Monitoring, guarantees, peacekeepers and the like that hold it in place.")
                .field("parties", "The codes of the parties that signed it.")
                .field("scope", "For a peace agreement: whether it settles the whole conflict or part of it.")
                .field("provisions", "For a peace agreement: what its text provides.")
                .field("inclusive", "Whether every party then fighting signed it; null when not known.");
        type(Broker.class, "A third party that brokered the agreement.")
                .field("name", "Who brokered it.")
                .field("staysEngaged", "Whether it keeps paying, guaranteeing or policing the deal after signature.");
        type(Party.class, "A party to the agreement (key: its code): its leader, regime, public and opposition.")
                .field("code", "The party's code; the key it is listed under, so leave it out.")
                .field("name", "The party's name.")
                .field("leader", "Its head of government on asOf (a state needs one unless the scenario was imported).")
                .field("regime", "Its regime: leader change threatens deals far more outside democracies.")
                .ranged("earlyExitChance", "Yearly chance that the leader leaves office before termEnds.")
                .ranged("publicSupport", "Share of the public backing the deal.")
                .field("opposition", "Its main opposition: stance toward the deal and hold on the legislature.")
                .field("kind", "A state, or a non-state armed group.")
                .field("succession", "Who follows a leader who leaves early; without it, rules/settings.drl decides.")
                .field("role", "What the party is to the deal: a principal's compliance is the deal; a co-signatory's or"
                        + " guarantor's public and opposition weigh half, a bystander's nothing.");
        type(Succession.class, "Who follows a party's leader who leaves early (death, resignation, removal).")
                .field("government", "How the leader is chosen: parliamentary, monarchy and one-party pass power within"
                        + " the governing camp after an early exit, presidential (and unstated) to the other camp.")
                .field("earlyExit", "Who takes over after an early exit, whatever the system says.")
                .field("interimDays", "An acting leader of the outgoing camp holds office this many days, then an early"
                        + " election decides.")
                .field("successorStance", "Stance to probability of the new leader's stance when the other camp takes"
                        + " over (without it: the opposition's stance).")
                .field("heirStance", "Stance to probability of the new leader's stance when the same camp keeps power"
                        + " (without it: the outgoing leader's stance).")
                .field("heir", "The successor's name when one is designated.");
        type(Leader.class, "The party's head of government on asOf: term, approval and stance toward the deal.")
                .required("name", "The leader's name.")
                .field("since", "The day the leader took office; not after asOf.")
                .field("termEnds", "The day the current term ends; null when no term is fixed.")
                .field("reelectable", "Whether the leader may stand again when the term ends.")
                .ranged("approval", "Share of the public approving of the leader.")
                .field("approvalTrend", "Where approval is heading.")
                .field("stance", "The leader's stance toward the deal.")
                .field("pledgedToScrap", "Whether the leader campaigned on scrapping the deal: a successor who did"
                        + " repudiates an unratified deal more often (rules/dynamics/repudiation.drl).");
        type(Opposition.class, "A party's main opposition.")
                .field("stance", "Its stance toward the deal.")
                .field("controlsLegislature", "Whether it holds the legislature.")
                .field("pledgedToScrap", "Whether it campaigns on scrapping the deal: a leader it brings to power"
                        + " starts with that pledge.");
        type(Threat.class, "A threat the parties face; one felt by both sides gives them a reason to cooperate.")
                .required("source", "What the threat is.")
                .field("severity", "How severe it is.")
                .field("trend", "Whether it is growing.")
                .field("sharedBy", "The codes of the parties that feel it.")
                .field("mutual", "Whether it is the danger the parties pose to each other (their own war or rivalry),"
                        + " which is never a shared threat.");
        type(Commitment.class, "A promise a party made under the deal, with the chance it is kept by its due date.")
                .required("id", "A unique id, used by override paths (commitments[ID].chance).")
                .field("by", "The code of the party that made it.")
                .field("what", "What was promised.")
                .field("voluntary", "Whether it rests on others' goodwill (companies, donors) rather than the state's"
                        + " own act.")
                .field("status", "Where it stands on asOf.")
                .ranged("chance", "The probability that it is kept by due; defaults by status (1 fulfilled, 0 broken,"
                        + " 0.5 otherwise).")
                .field("due", "The day it falls due; the simulator decides it then.")
                .field("ratifies", "Whether keeping it is the party's legislative approval of the agreement.")
                .field("graceUntil", "Late but kept: the day up to which keeping it still counts; the simulator decides"
                        + " it then, not at due.")
                .field("importance", "How much of the bargain it carries: a broken core promise weighs 1.5 times a"
                        + " supporting one, an aspiration a quarter.")
                .field("owedBy", "The actor (a key of actors) that owes it instead of a party: a UN force, a lender,"
                        + " a guarantor; leave 'by' out.")
                .field("breachCollapse", "The chance that the deal ends when it is broken (1: its breach ends the"
                        + " deal): in a simulation, a breach in a trial ends the deal with this chance (rules/dynamics/breaches.drl).")
                .field("conditionalOn", "Another dispute it is conditional on, in words (linkage).");
        type(Actor.class, "Someone who did not sign but can wreck or hold up the deal (key: its code).")
                .field("code", "The actor's code; the key it is listed under, so leave it out.")
                .field("name", "The actor's name; defaults to its code.")
                .field("kind", "A faction, an excluded government, an armed wing, a peacekeeping force, a guarantor, a"
                        + " lender or other.")
                .field("stance", "Its stance toward the deal; a sceptical or hostile actor is a spoiler.")
                .field("capacity", "How far it can act on its stance: its arms, votes, money or reach.")
                .field("campOf", "The party whose governing camp or coalition it belongs to: a split in that camp.")
                .field("troops", "A peacekeeping force's size; 10,000 or more armed troops deter, not only watch.")
                .field("mandate", "A peacekeeping force's mandate: unarmed observers, or an armed force (traditional,"
                        + " multidimensional, enforcement).")
                .field("pays", "Whether a guarantor or lender puts money, troops or its own security behind the deal.");
        type(Cooperation.class, "Routine cooperation between the parties.")
                .field("kind", "What kind of cooperation.")
                .field("what", "What it is.")
                .field("institutionalized", "Whether it recurs on a fixed schedule.");
        type(Precedent.class, "An earlier deal between the same parties, and what became of it.")
                .field("name", "What the earlier deal was.")
                .field("outcome", "What became of it.")
                .field("cause", "Why, in free text; rules match leader-change, fighting-resumed, rejected-at-home and"
                        + " never-implemented, any other text is other.")
                .field("year", "The year of its outcome.");
        type(Event.class, "A future event the simulator samples: an election, leader exit, court ruling, provocation,"
                + " shock, renewal decision or planned expiry.")
                .required("id", "A unique id, named in the causes of collapse.")
                .field("date", "The day it happens (the first day, for one that repeats); events are listed in date"
                        + " order, none after the horizon. Required unless perYear is given.")
                .required("kind", "What kind of event.")
                .field("party", "The code of the party it concerns (an election or leader exit needs one).")
                .field("decidesLeader", "For an election: whether it chooses the party's leader.")
                .field("what", "What it is, in words.")
                .ranged("outcomes", "Outcome name to probability, summing to 1 (an election's: government-wins,"
                        + " opposition-wins).")
                .ranged("successorStance", "Stance to probability of the new leader's stance when the other camp"
                        + " takes over.")
                .field("successor", "The new leader's name, when known.")
                .ranged("governmentSuccessorStance", "Stance to probability of the new leader's stance when the"
                        + " government's camp keeps power under a new leader.")
                .field("every", "Days between one occurrence and the next, from date to the horizon (a renewal every"
                        + " 120 days); at least 7.")
                .bounded("perYear", 0, 1, "For a risk with no known date: the yearly chance that it happens, sampled"
                        + " like early exits; such an event has no date.");
        type(Variant.class, "A named what-if: overrides on the base scenario, with its own expectation.")
                .field("name", "The variant's name; the key it is listed under, so leave it out.")
                .field("description", "What the what-if is, in words.")
                .field("set", "Override path to value, as with --set.")
                .field("expect", "What this variant is expected to yield.");
        type(Expectation.class, "What the scenario is expected to yield; batch checks it (without one, batch skips it).")
                .field("verdict", "The verdict expected.")
                .bounded("score", 0, 100, "Bounds the score must lie in.")
                .field("survival", "Bounds the simulated survival probability must lie in.");
        type(Range.class, "A range; either end may be left out.")
                .field("min", "The lowest value allowed.")
                .field("max", "The highest value allowed.");
        type(Outcome.class, "What actually happened to a historical agreement by its horizon.")
                .field("status", "Whether it survived, collapsed, or is censored (still in force when the data end).")
                .field("date", "The day it collapsed, or for a censored case the last day known in force.")
                .field("note", "What happened, in words.");
        type(Provenance.class, "The dataset row an imported scenario was made from.")
                .field("dataset", "The dataset's name and release.")
                .field("id", "The row's identifier there.");
        type(ConflictContext.class, "The war an agreement pauses or ends, as it stood on the signing day.")
                .field("contested", "What the fighting is over; null when not stated.")
                .field("deaths", "Battle deaths of the conflict up to signing; null when not known.")
                .field("battlefield", "How the fighting stood.")
                .bounded("polyarchy", 0, 1, "V-Dem's electoral-democracy index of the country at war; null when not"
                        + " known.");
        type(Correlation.class, "A rank (Spearman) correlation between ranged inputs named by their override paths.")
                .field("inputs", "The override paths of the inputs; every pair among them is correlated by rho.")
                .bounded("rho", -1, 1, "The rank correlation.");
    }

    private static final Map<Class<?>, List<Field>> FIELDS = build();

    private Fields() {
    }

    /** The keys a record takes in a scenario file, in declaration order (derived components left out). */
    public static List<Field> of(Class<?> type) {
        List<Field> fields = FIELDS.get(type);
        if (fields == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a record of the scenario file");
        }
        return fields;
    }

    /** The field {@code name} of a record, if it is a key of the file. */
    public static Optional<Field> get(Class<?> type, String name) {
        return FIELDS.containsKey(type) ? of(type).stream().filter(f -> f.name().equals(name)).findFirst()
                : Optional.empty();
    }

    /** Every record of the scenario file, from {@link Scenario} down, each once, in the order first met. */
    public static List<Class<?>> records() {
        return List.copyOf(FIELDS.keySet());
    }

    /** What a record of the file is. */
    public static String describe(Class<?> type) {
        return TYPES.get(type);
    }

    /**
     * The paths of the fields that take ranges ({@code commitments[…].chance}, {@code parties.*.leader.approval}),
     * grouped by top-level key in alphabetical order, a record's own fields before its nested ones'.
     */
    public static List<String> rangedPaths() {
        List<String> out = new ArrayList<>();
        collectRanged(Scenario.class, "", out);
        return out.stream().sorted(Comparator.comparing((String p) -> p.split("[.\\[]", 2)[0])
                .thenComparing(p -> p.chars().filter(c -> c == '.').count())).toList();
    }

    private static void collectRanged(Class<?> type, String prefix, List<String> out) {
        for (Field f : of(type)) {
            Type t = f.type();
            String path = prefix + f.name();
            Class<?> raw = raw(t);
            if (f.ranges()) {
                out.add(Map.class.isAssignableFrom(raw) ? path + ".*" : path);
            } else if (raw.isRecord() && FIELDS.containsKey(raw) && raw != type) {
                collectRanged(raw, path + ".", out);
            } else if (List.class.isAssignableFrom(raw) && raw(arg(t, 0)).isRecord()) {
                collectRanged(raw(arg(t, 0)), path + "[…].", out);
            } else if (Map.class.isAssignableFrom(raw) && raw(arg(t, 1)).isRecord()) {
                collectRanged(raw(arg(t, 1)), path + ".*.", out);
            }
        }
    }

    private static Builder type(Class<?> type, String description) {
        TYPES.put(type, description);
        return new Builder(DECLARED.computeIfAbsent(type, k -> new LinkedHashMap<>()));
    }

    private record Builder(Map<String, Declared> fields) {
        Builder field(String name, String description) {
            return add(name, new Declared(false, null, false, description));
        }

        Builder required(String name, String description) {
            return add(name, new Declared(true, null, false, description));
        }

        Builder ranged(String name, String description) {
            return add(name, new Declared(false, null, true, description));
        }

        Builder bounded(String name, double min, double max, String description) {
            return add(name, new Declared(false, new Bounds(min, max), false, description));
        }

        private Builder add(String name, Declared declared) {
            fields.put(name, declared);
            return this;
        }
    }

    /** Walks the records from Scenario down, joining each component with its declaration. */
    private static Map<Class<?>, List<Field>> build() {
        Map<Class<?>, List<Field>> out = new LinkedHashMap<>();
        visit(Scenario.class, out);
        for (Class<?> declared : DECLARED.keySet()) {
            if (!out.containsKey(declared)) {
                throw new IllegalStateException("Fields declares " + declared.getSimpleName()
                        + ", which no scenario field holds");
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static void visit(Type type, Map<Class<?>, List<Field>> out) {
        Class<?> raw = raw(type);
        if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> visit(t, out));
            return;
        }
        if (!raw.isRecord() || out.containsKey(raw)) {
            return;
        }
        Map<String, Declared> declared = DECLARED.getOrDefault(raw, Map.of());
        Map<String, Object> defaults = defaults(raw);
        List<Field> fields = new ArrayList<>();
        out.put(raw, fields);
        for (RecordComponent c : raw.getRecordComponents()) {
            if (c.isAnnotationPresent(Derived.class)) {
                continue;
            }
            Declared d = declared.get(c.getName());
            if (d == null) {
                throw new IllegalStateException("scenario field " + raw.getSimpleName() + "." + c.getName()
                        + " is not described in scenario/Fields");
            }
            boolean probability = c.isAnnotationPresent(Probability.class);
            if (d.ranges() && !probability) {
                throw new IllegalStateException(raw.getSimpleName() + "." + c.getName()
                        + " takes ranges but is not a @Probability");
            }
            Bounds bounds = probability ? Bounds.PROBABILITY : d.bounds();
            fields.add(new Field(raw, c, d.required(), bounds, d.ranges(), defaults.get(c.getName()), d.description()));
            visit(c.getGenericType(), out);
        }
        out.put(raw, List.copyOf(fields));
        if (declared.size() != fields.size()) {
            throw new IllegalStateException("scenario/Fields describes keys " + raw.getSimpleName() + " does not have: "
                    + declared.keySet().stream().filter(k -> fields.stream().noneMatch(f -> f.name().equals(k))).toList());
        }
    }

    /**
     * What the model fills in for each absent plain field (an enum's key, a number, a boolean), read by building
     * the record from nothing but nulls; none when the record refuses that.
     */
    private static Map<String, Object> defaults(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] nulls = Arrays.stream(types).map(t -> t == boolean.class ? (Object) false
                : t == double.class ? (Object) 0.0 : t == int.class ? (Object) 0 : null).toArray();
        Object built;
        try {
            built = type.getDeclaredConstructor(types).newInstance(nulls);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            if (c.getType().isPrimitive()) {
                continue;
            }
            try {
                Object value = c.getAccessor().invoke(built);
                if (value instanceof Keyed k) {
                    out.put(c.getName(), k.key());
                } else if (value instanceof Number || value instanceof Boolean) {
                    out.put(c.getName(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type arg(Type type, int i) {
        return ((ParameterizedType) type).getActualTypeArguments()[i];
    }
}
